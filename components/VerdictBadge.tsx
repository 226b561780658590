import type { Verdict } from '../lib/claims/verdicts';
import { useT } from './I18nProvider';

/** The verdict as a coloured label; colour is never the only cue, the word is always there. */
export default function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return <span class={`verdict verdict-${verdict}`}>{t.verdicts[verdict]}</span>;
}
