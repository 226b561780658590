import { grow } from './grow';

/** The entries woken so far in a paragraph, in the order of the sentences that woke them. */
export class WokenInParagraph {
  entries = new Int32Array(64);
  sentences = new Int32Array(64);
  count = 0;
  private first = 0;

  touch(e: number, sentence: number): void {
    if (this.count === this.entries.length) {
      this.entries = grow(this.entries, this.count + 1);
      this.sentences = grow(this.sentences, this.count + 1);
    }
    this.entries[this.count] = e;
    this.sentences[this.count++] = sentence;
  }

  /** The first index woken in sentence `from` or later (older ones are never asked for again). */
  since(from: number): number {
    while (this.first < this.count && this.sentences[this.first]! < from) this.first++;
    return this.first;
  }

  clear(): void {
    this.count = this.first = 0;
  }
}
