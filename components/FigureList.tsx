import type { Figure } from '../lib/claims/schema';

/** "What historians found": each figure with who gives it. */
export default function FigureList({ figures }: { figures: readonly Figure[] }) {
  if (!figures.length) return null;
  return (
    <ul class="figures">
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
