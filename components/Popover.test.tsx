// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadClaims } from '../claims-db/load';
import { toDetails } from '../lib/claims/details';
import type { Match } from '../lib/match/types';
import Popover, { type PopoverReport } from './Popover';

const claim = toDetails(loadClaims().items[0]!.value);
const match: Match = { claim: claim.id, verdict: claim.verdict, start: 0, end: 5, score: 1, why: { terms: [], variant: claim.title, exact: true, partial: false } };
const root = () => document.body.appendChild(document.createElement('div'));

function show(onReport?: (r: PopoverReport) => void): HTMLElement {
  const el = root();
  render(
    <Popover matches={[match]} quote="the quote" claims={new Map([[claim.id, claim]])} anchor={{ top: 0, bottom: 10, left: 0 }} onClose={() => undefined} onReadMore={() => undefined} onReport={onReport} />,
    el,
  );
  return el;
}
const button = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent === name);

afterEach(() => {
  document.body.replaceChildren();
});

describe('Popover report buttons', () => {
  it('are absent without onReport', () => {
    expect(button(show(), 'This highlight is wrong')).toBeUndefined();
  });

  it('ask for a report about the claim, with the quote, and name the claim to assistive technology', () => {
    const onReport = vi.fn();
    const el = show(onReport);
    const wrong = button(el, 'This highlight is wrong')!;
    wrong.click();
    button(el, 'Suggest a better source')!.click();
    expect(onReport.mock.calls).toEqual([[{ kind: 'false-positive', claim: claim.id, quote: 'the quote' }], [{ kind: 'better-source', claim: claim.id, quote: 'the quote' }]]);
    expect(el.querySelector(`#${wrong.getAttribute('aria-describedby')}`)?.textContent).toBe(claim.title);
  });
});
