import type { Verdict } from '../lib/claims/verdicts';

const LABELS: Record<Verdict, string> = {
  false: 'False',
  misleading: 'Misleading',
  disputed: 'Disputed',
  'needs-context': 'Needs context',
};

/** The verdict as a coloured label; colour is never the only cue, the word is always there. */
export default function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span class={`verdict verdict-${verdict}`}>{LABELS[verdict]}</span>;
}
