import type { Figure } from '../lib/claims/schema';
import { useT } from './I18nProvider';

/**
 * "What historians found": each figure with who gives it. The figures are the
 * database's own (English) wording, so in a non-English interface the list carries lang="en".
 */
export default function FigureList({ figures }: { figures: readonly Figure[] }) {
  const t = useT();
  if (!figures.length) return null;
  return (
    <ul class="figures" lang={t.lang === 'en' ? undefined : 'en'}>
      {figures.map((f) => (
        <li key={f.who + f.value}>
          <strong>{f.who}</strong>
          {f.year ? ` (${f.year})` : ''}: {f.value}
          {f.note && <span class="note"> ({f.note})</span>}
        </li>
      ))}
    </ul>
  );
}
