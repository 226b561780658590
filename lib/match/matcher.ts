import { foldText } from '../text/fold';
import type { IndexEntry, MatcherIndex } from './index-format';
import { Judge } from './judge';
import { withoutYielded } from './one-per-claim';
import { Scan } from './scan';
import { ScanMemory } from './scan-memory';
import { Tables } from './tables';
import { SENSITIVITY, type Match } from './types';

export interface MatchOptions {
  /** Minimum score; see {@link SENSITIVITY}. */
  threshold?: number;
}

/**
 * Finds the claims a text asserts, in one pass ({@link Scan}): each word costs
 * at most two hash probes, and only sentences where some claim's every idea
 * occurs are looked at closely ({@link Judge}: figures, debunking cues,
 * similarity to known wordings). So the cost grows with the text, and with
 * the number of claims only as far as their words occur in it.
 */
export class Matcher {
  readonly entries: readonly IndexEntry[];
  private readonly tables: Tables;
  private readonly judge: Judge;
  private readonly memory: ScanMemory;
  private readonly yieldsTo = new Map<string, readonly string[]>();

  /** Throws when the index's lists do not fit together. */
  constructor(index: MatcherIndex) {
    this.entries = index.entries;
    this.tables = new Tables(index);
    this.judge = new Judge(index.entries, this.tables);
    this.memory = new ScanMemory(this.tables.dict, index.terms.length, index.entries.length);
    for (const e of index.entries) if (e.yieldsTo) this.yieldsTo.set(e.id, e.yieldsTo);
  }

  match(text: string, { threshold = SENSITIVITY.balanced }: MatchOptions = {}): Match[] {
    const matches = new Scan(this.tables, this.judge, this.memory, text, foldText(text), threshold).run();
    this.judge.forget();
    return withoutYielded(matches, this.yieldsTo);
  }
}
