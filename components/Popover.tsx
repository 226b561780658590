import { useEffect, useRef } from 'preact/hooks';
import type { ClaimDetails } from '../lib/claims/details';
import type { Match } from '../lib/match/types';
import ClaimCard from './ClaimCard';
import { useT } from './I18nProvider';

interface Props {
  matches: readonly Match[];
  quote: string;
  claims: ReadonlyMap<string, ClaimDetails>;
  /** Viewport coordinates of the highlight the popover belongs to. */
  anchor: { top: number; bottom: number; left: number };
  onClose: () => void;
  onReadMore: (id: string) => void;
  /** When given, each claim offers "This highlight is wrong" and "Suggest a better source"; see `PopoverReport`. */
  onReport?: ((report: PopoverReport) => void) | undefined;
}

/**
 * What a popover report button asks for. The host (the content script) answers by sending
 * `{ type: 'caveat:report-open', kind, claim, selection: quote, pageTitle, pageUrl }` to the background,
 * which opens the prefilled report form in a new tab; the popover stays as it is.
 */
export interface PopoverReport {
  kind: 'false-positive' | 'better-source';
  /** Claims-db id of the claim whose button was pressed. */
  claim: string;
  /** The highlighted text, as the popover shows it. */
  quote: string;
}

const WIDTH = 420;
const MARGIN = 8;

/** The popover next to a highlight: a non-modal dialog that takes focus and gives it back on close. */
export default function Popover({ matches, quote, claims, anchor, onClose, onReadMore, onReport }: Props) {
  const t = useT();
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
      aria-label={t.popoverLabel}
      tabIndex={-1}
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <button type="button" class="close" aria-label={t.close} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {matches.map((m) => {
        const claim = claims.get(m.claim);
        return claim ? (
          <ClaimCard
            key={m.claim}
            claim={claim}
            match={m}
            onReadMore={onReadMore}
            onReport={onReport && ((kind) => onReport({ kind, claim: m.claim, quote }))}
          />
        ) : null;
      })}
      <figure class="quote">
        <figcaption>{t.textOnPage}</figcaption>
        <blockquote>{quote}</blockquote>
      </figure>
    </div>
  );
}
