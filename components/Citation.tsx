import type { Source } from '../lib/claims/schema';
import { useT } from './I18nProvider';

/** One source as a proper citation: author, title (linked), publication details, what was read. */
export default function Citation({ source }: { source: Source }) {
  const t = useT();
  const { author, title, year, publisher, journal, pages, url, note } = source;
  const details = [journal, publisher, year, pages && t.pages(pages)].filter(Boolean).join(', ');
  return (
    <li class="citation">
      {author && <span class="author">{author}, </span>}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          <cite>{title}</cite>
        </a>
      ) : (
        <cite>{title}</cite>
      )}
      {details && <span>. {details}</span>}.{note && <span class="note" lang={t.lang === 'en' ? undefined : 'en'}> {note}</span>}
    </li>
  );
}
