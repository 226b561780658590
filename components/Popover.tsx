import { useEffect, useRef } from 'preact/hooks';
import type { ClaimDetails } from '../lib/claims/details';
import type { Match } from '../lib/match/types';
import ClaimCard from './ClaimCard';

interface Props {
  matches: readonly Match[];
  quote: string;
  claims: ReadonlyMap<string, ClaimDetails>;
  /** Viewport coordinates of the highlight the popover belongs to. */
  anchor: { top: number; bottom: number; left: number };
  german: boolean;
  onClose: () => void;
  onReadMore: (id: string) => void;
}

const WIDTH = 420;
const MARGIN = 8;

/** The popover next to a highlight: a non-modal dialog that takes focus and gives it back on close. */
export default function Popover({ matches, quote, claims, anchor, german, onClose, onReadMore }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [matches]);

  const left = Math.max(MARGIN, Math.min(anchor.left, window.innerWidth - WIDTH - MARGIN));
  const below = window.innerHeight - anchor.bottom > 320 || anchor.top < window.innerHeight / 2;
  const style = below
    ? { left: `${left}px`, top: `${anchor.bottom + MARGIN}px`, maxHeight: `${Math.max(200, window.innerHeight - anchor.bottom - 2 * MARGIN)}px` }
    : { left: `${left}px`, bottom: `${window.innerHeight - anchor.top + MARGIN}px`, maxHeight: `${Math.max(200, anchor.top - 2 * MARGIN)}px` };

  return (
    <div
      ref={ref}
      class="popover"
      role="dialog"
      aria-label="Caveat: context for this claim"
      tabIndex={-1}
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <button type="button" class="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {matches.map((m) => {
        const claim = claims.get(m.claim);
        return claim ? <ClaimCard key={m.claim} claim={claim} match={m} german={german} onReadMore={onReadMore} /> : null;
      })}
      <figure class="quote">
        <figcaption>Text on this page</figcaption>
        <blockquote>{quote}</blockquote>
      </figure>
    </div>
  );
}
