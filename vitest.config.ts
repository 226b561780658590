import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'claims-db/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts', 'server/**/*.test.ts', 'tests/support/**/*.test.ts'],
    environment: 'node',
  },
});
