import type { Figure } from '../lib/claims/schema';

/**
 * "What historians found": each figure with who gives it. The figures are the
 * database's own (English) wording, so the list carries lang="en".
 */
export default function FigureList({ figures }: { figures: readonly Figure[] }) {
  if (!figures.length) return null;
  return (
    <ul class="figures" lang="en">
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
