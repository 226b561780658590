import { Dictionary } from './dictionary';
import { MAX_GROUPS, MAX_TERM_WORDS, type MatcherIndex } from './index-format';

/**
 * The index as the scan reads it: typed arrays copied from the index's lists,
 * plus the dictionary's lookup tables. Built once per page from a checked index.
 */
export class Tables {
  readonly dict: Dictionary;
  readonly cues: Uint16Array;
  /** Does some entry use the term (rather than only the cue lists)? */
  readonly listened: Uint8Array;
  readonly slotStarts: Int32Array;
  readonly slotTerms: Int32Array;
  readonly wakeStarts: Int32Array;
  readonly wakes: Int32Array;
  /** Per entry: its first slot, its number of groups, and the mask of all its groups. */
  readonly firstSlot: Int32Array;
  readonly groups: Int32Array;
  readonly required: Int32Array;
  /** Per entry: 1 when it names the figures that make it dubious (`numbers`). */
  readonly figure: Uint8Array;

  constructor(index: MatcherIndex) {
    checkIndex(index);
    const entryCount = index.entries.length;
    this.dict = new Dictionary(index);
    this.cues = Uint16Array.from(index.cues);
    this.slotStarts = Int32Array.from(index.slotStarts);
    this.slotTerms = Int32Array.from(index.slotTerms);
    this.wakeStarts = Int32Array.from(index.wakeStarts);
    this.wakes = Int32Array.from(index.wakes);
    this.firstSlot = new Int32Array(entryCount);
    this.groups = new Int32Array(entryCount);
    this.required = new Int32Array(entryCount);
    this.figure = Uint8Array.from(index.entries, (e) => +!!e.numbers);
    let slot = 0;
    for (let e = 0; e < entryCount; e++) {
      const { groups } = index.entries[e]!;
      this.firstSlot[e] = slot;
      this.groups[e] = groups;
      this.required[e] = groups >= 31 ? -1 : (1 << groups) - 1;
      slot += groups + 2;
    }
    this.listened = new Uint8Array(index.terms.length);
    for (const t of this.slotTerms) this.listened[t] = 1;
  }
}

/**
 * Which of entry e's groups, from `fromGroup` on, have a term stamped with a sentence number in lo..hi,
 * as bits. With `stopEarly` it gives up at the first missing group: most woken entries miss one.
 */
export function groupsStamped(t: Tables, stamp: Int32Array, e: number, lo: number, hi: number, stopEarly: boolean, fromGroup: number): number {
  const { slotStarts, slotTerms, firstSlot, groups } = t;
  const first = firstSlot[e]!;
  let mask = 0;
  for (let g = fromGroup, count = groups[e]!; g < count; g++) {
    for (let k = slotStarts[first + g]!, stop = slotStarts[first + g + 1]!; k < stop; k++) {
      const st = stamp[slotTerms[k]!]!;
      if (st >= lo && st <= hi) {
        mask |= 1 << g;
        break;
      }
    }
    if (stopEarly && !(mask & (1 << g))) return mask;
  }
  return mask;
}

/** A term of slot `slot` stamped with a sentence in lo..hi, or -1. */
export function termStampedIn(t: Tables, stamp: Int32Array, slot: number, lo: number, hi: number): number {
  const { slotStarts, slotTerms } = t;
  for (let k = slotStarts[slot]!, stop = slotStarts[slot + 1]!; k < stop; k++) {
    const st = stamp[slotTerms[k]!]!;
    if (st >= lo && st <= hi) return slotTerms[k]!;
  }
  return -1;
}

/** Is `term` one of the terms of slots fromSlot .. toSlot - 1? */
export function slotsHold(t: Tables, term: number, fromSlot: number, toSlot: number): boolean {
  for (let k = t.slotStarts[fromSlot]!, stop = t.slotStarts[toSlot]!; k < stop; k++) if (t.slotTerms[k] === term) return true;
  return false;
}

/** How many terms of slot `slot` are stamped with sentence `lo` or later. */
export function termsStamped(t: Tables, stamp: Int32Array, slot: number, lo: number): number {
  const { slotStarts, slotTerms } = t;
  let count = 0;
  for (let k = slotStarts[slot]!, stop = slotStarts[slot + 1]!; k < stop; k++) if (stamp[slotTerms[k]!]! >= lo) count++;
  return count;
}

/** The index arrives from outside the content script: its lists must point inside each other. */
function checkIndex(index: MatcherIndex): void {
  const slots = index.entries.reduce((sum, e) => sum + e.groups + 2, 0);
  const fail = (what: string) => {
    throw new Error(`matcher index: ${what}`);
  };
  if (index.slotStarts.length !== slots + 1) fail(`slotStarts has ${index.slotStarts.length} values for ${slots} slots`);
  if (index.wakeStarts.length !== index.terms.length + 1) fail(`wakeStarts has ${index.wakeStarts.length} values for ${index.terms.length} terms`);
  if (index.cues.length !== index.terms.length) fail(`cues has ${index.cues.length} values for ${index.terms.length} terms`);
  if (index.termWordStarts.length !== index.terms.length + 1) fail(`termWordStarts has ${index.termWordStarts.length} values for ${index.terms.length} terms`);
  if (index.termWordStarts.at(-1) !== index.termWords.length) fail('termWordStarts is not closed by its length');
  if (!ascending(index.termWordStarts) || !within(index.termWords, index.words.length)) fail('termWords must ascend and point inside words');
  if (index.termWordStarts.some((at, t) => t > 0 && (at === index.termWordStarts[t - 1] || at - index.termWordStarts[t - 1]! > MAX_TERM_WORDS))) {
    fail(`every term must have 1 to ${MAX_TERM_WORDS} words`);
  }
  if (index.slotStarts.at(-1) !== index.slotTerms.length || index.wakeStarts.at(-1) !== index.wakes.length) fail('a list is not closed by its length');
  if (!ascending(index.slotStarts) || !ascending(index.wakeStarts)) fail('slotStarts and wakeStarts must ascend from 0');
  if (!within(index.slotTerms, index.terms.length)) fail('slotTerms points outside terms');
  if (!within(index.wakes, index.entries.length * 2)) fail('wakes points outside entries');
  if (index.entries.some((e) => !Number.isInteger(e.groups) || e.groups < 1 || e.groups > MAX_GROUPS)) fail('an entry has a bad group count');
}
const ascending = (xs: readonly number[]) => xs[0] === 0 && xs.every((x, i) => Number.isInteger(x) && (i === 0 || x >= xs[i - 1]!));
const within = (xs: readonly number[], size: number) => xs.every((x) => Number.isInteger(x) && x >= 0 && x < size);
