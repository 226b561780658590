// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { loadClaims } from '../claims-db/load';
import LibraryApp from './LibraryApp';

const claims = loadClaims().items.map((i) => i.value);
const withGerman = claims.find((c) => c.summary_de)!;
const withoutGerman = claims.find((c) => !c.summary_de);

function show(language: 'en' | 'de'): HTMLElement {
  const el = document.body.appendChild(document.createElement('div'));
  act(() => render(<LibraryApp claims={claims} language={language} />, el));
  return el;
}
const article = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`article[id="${id}"]`)!;

afterEach(() => {
  document.body.replaceChildren();
});

describe('LibraryApp in German', () => {
  it('translates the interface and sets the page language', () => {
    const el = show('de');
    expect(el.querySelector('h1')?.textContent).toBe('Caveat-Bibliothek der Behauptungen');
    expect(el.textContent).toContain(`${claims.length} Einträge`);
    expect([...el.querySelectorAll('label')].map((l) => l.firstChild?.textContent)).toEqual(['Suche', 'Bewertung', 'Kategorie']);
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Caveat-Bibliothek der Behauptungen');
  });

  it('shows the German summary where the entry has one, and marks the English text as English', () => {
    const a = article(show('de'), withGerman.id);
    const summary = a.querySelector('.summary')!;
    expect(summary.textContent).toBe(withGerman.summary_de);
    expect(summary.getAttribute('lang')).toBe('de');
    expect(a.querySelector('h2')?.getAttribute('lang')).toBe('en');
    expect(a.querySelector('.verdict')?.textContent).toMatch(/^(Falsch|Irreführend|Umstritten|Kontext nötig)$/);
    expect(a.textContent).toContain('Quellen');
    expect(a.querySelector('p.muted')?.textContent).toMatch(/^Zuletzt geprüft am \d{1,2}\. \p{L}+ \d{4}\.$/u);
  });

  it('falls back to the English summary, marked as English', () => {
    if (!withoutGerman) return;
    const summary = article(show('de'), withoutGerman.id).querySelector('.summary')!;
    expect(summary.textContent).toBe(withoutGerman.summary);
    expect(summary.getAttribute('lang')).toBe('en');
  });
});

describe('LibraryApp in English', () => {
  it('shows the English summary without extra lang attributes', () => {
    const el = show('en');
    expect(el.querySelector('h1')?.textContent).toBe('Caveat claims library');
    const a = article(el, withGerman.id);
    expect(a.querySelector('.summary')?.textContent).toBe(withGerman.summary);
    expect(a.querySelector('[lang]')).toBeNull();
  });
});
