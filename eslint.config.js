import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'bench-output/', 'demo/site/**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Claims and reports are rendered through Preact, never as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render through Preact; never innerHTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
      ],
    },
  },
  {
    // Layers: lib/ is pure logic that runs in Node; it may not reach for the browser, WXT or the UI.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'], message: 'lib/ must not use extension APIs.' },
            { group: ['**/components/*', '**/entrypoints/*', '**/utils/*', 'node:*', 'fs', 'path'], message: 'lib/ is pure: no UI, entrypoints or Node I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'lib/ must not use extension APIs.' }, { name: 'browser', message: 'lib/ must not use extension APIs.' }],
    },
  },
  {
    // Components render; they do not wire the extension.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/*', 'wxt/browser'], message: 'Components get data and callbacks as props.' }] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'lib/**/*.test.ts', 'lib/dom/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
