/**
 * How much of a page one chunk reads. It starts small, while the engine has
 * not yet optimised the code, doubles while a chunk takes well under a slice
 * and halves when one overruns, so a chunk costs a few milliseconds on any
 * machine. Nodes per chunk follow the characters (node-dense markup costs
 * time without adding text), within bounds that keep claims whole in most blocks.
 */
export class ChunkSize {
  static readonly FIRST_CHARS = 1_000;
  static readonly MIN_CHARS = 500;
  static readonly MAX_CHARS = 32_000;
  private static readonly CHARS_PER_NODE = 4;
  private static readonly MIN_NODES = 1_000;
  private static readonly MAX_NODES = 3_000;

  chars = ChunkSize.FIRST_CHARS;

  /** `sliceMs`: the main-thread time one slice of work may take. */
  constructor(private readonly sliceMs: number) {}

  get nodes(): number {
    return Math.min(ChunkSize.MAX_NODES, Math.max(ChunkSize.MIN_NODES, this.chars / ChunkSize.CHARS_PER_NODE));
  }

  /** The last chunk took `ms`. */
  took(ms: number): void {
    if (ms < this.sliceMs / 3) this.chars = Math.min(ChunkSize.MAX_CHARS, this.chars * 2);
    else if (ms > this.sliceMs) this.chars = Math.max(ChunkSize.MIN_CHARS, this.chars / 2);
  }
}
