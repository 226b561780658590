import { describe, expect, it } from 'vitest';
import { ChunkSize } from './chunk-size';

describe('ChunkSize', () => {
  it('starts small, grows while chunks are quick, shrinks when one overruns, within bounds', () => {
    const size = new ChunkSize(6);
    expect(size.chars).toBe(ChunkSize.FIRST_CHARS);
    for (let i = 0; i < 20; i++) size.took(0.5);
    expect(size.chars).toBe(ChunkSize.MAX_CHARS);
    size.took(12);
    expect(size.chars).toBe(ChunkSize.MAX_CHARS / 2);
    size.took(4);
    expect(size.chars).toBe(ChunkSize.MAX_CHARS / 2);
    for (let i = 0; i < 20; i++) size.took(50);
    expect(size.chars).toBe(ChunkSize.MIN_CHARS);
  });

  it('reads nodes in proportion to characters, between 1,000 and 3,000', () => {
    const size = new ChunkSize(6);
    expect(size.nodes).toBe(1_000);
    for (let i = 0; i < 20; i++) size.took(0);
    expect(size.nodes).toBe(3_000);
  });
});
