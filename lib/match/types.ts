import type { Verdict } from '../claims/verdicts';

/** Why a span was highlighted, for the popover's "Why this was highlighted". */
export interface Explanation {
  /** Page words that matched the claim's terms. */
  terms: string[];
  /** The page's figure that made the statement dubious, with what the claim counts. */
  figure?: { text: string; low: number; high: number; counts: string };
  /** The words an earlier sentence of the paragraph named the claim's topic with ("Dresden"), when the sentence leans on it. */
  topic?: string;
  /** The claim wording closest to the page's sentence. */
  variant: string;
  /** The page contains a wording of the claim verbatim. */
  exact: boolean;
  /** One required idea was missing (only at high sensitivity). */
  partial: boolean;
}

/** One highlighted claim: offsets into the text that was matched. */
export interface Match {
  claim: string;
  verdict: Verdict;
  start: number;
  end: number;
  /** 0..1; compared with the sensitivity threshold. */
  score: number;
  why: Explanation;
}

/** Sensitivity presets, as thresholds on the score. */
export const SENSITIVITY = { strict: 0.72, balanced: 0.6, sensitive: 0.45 } as const;
export type Sensitivity = keyof typeof SENSITIVITY;
