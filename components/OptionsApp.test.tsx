// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import OptionsApp from './OptionsApp';

function show(initial: Settings = DEFAULT_SETTINGS) {
  const saved: Settings[] = [];
  let push: (s: Settings) => void = () => undefined;
  const el = document.body.appendChild(document.createElement('div'));
  act(() =>
    render(
      <OptionsApp
        initial={initial}
        save={async (s) => void saved.push(s)}
        watch={(cb) => ((push = cb), () => undefined)}
        browserLanguages={['en-GB']}
        shortcuts={[{ name: 'next-highlight', description: 'x', shortcut: 'Alt+Shift+N' }]}
      />,
      el,
    ),
  );
  return { el, saved, push: (s: Settings) => act(() => push(s)) };
}
const byId = <T extends HTMLElement>(el: HTMLElement, id: string) => el.querySelector<T>(`#${id}`)!;
async function click(node: HTMLElement) {
  await act(async () => node.click());
}
async function type(input: HTMLInputElement, value: string, event: 'input' | 'change' = 'input') {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('OptionsApp', () => {
  it('saves each change at once and says so', async () => {
    const { el, saved } = show();
    await click(byId(el, 'style-dotted'));
    await click(byId(el, 'mode-click'));
    await vi.waitFor(() => expect(el.querySelector('[data-testid="save-status"]')?.textContent).toBe('✓ Saved'));
    expect(saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, style: 'dotted', mode: 'click' });
  });

  it('keeps verdicts in the scale order whatever the clicking order', async () => {
    const { el, saved } = show({ ...DEFAULT_SETTINGS, verdicts: [] });
    expect(el.textContent).toContain('No rating is selected');
    await click(byId(el, 'verdict-disputed'));
    await click(byId(el, 'verdict-false'));
    expect(saved.at(-1)?.verdicts).toEqual(['false', 'disputed']);
  });

  it('adds a site from a pasted address, refuses nonsense and duplicates, removes it again', async () => {
    const { el, saved } = show();
    const input = byId<HTMLInputElement>(el, 'site-input');
    const submit = () => act(async () => void el.querySelector('form.add-site')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await type(input, 'https://www.Example.com/a/b?c');
    await submit();
    expect(saved.at(-1)?.disabledSites).toEqual(['www.example.com']);
    await type(input, 'what ever');
    await submit();
    expect(el.querySelector('#site-error')?.textContent).toContain('“what ever” is not a web address');
    await type(input, 'example.com');
    await submit();
    // The parent domain replaces the subdomain it covers.
    expect(saved.at(-1)?.disabledSites).toEqual(['example.com']);
    await type(input, 'news.example.com');
    await submit();
    expect(el.querySelector('#site-error')?.textContent).toBe('Caveat is already off for news.example.com.');
    await click(el.querySelector<HTMLButtonElement>('[aria-label="Turn Caveat on again for example.com"]')!);
    expect(saved.at(-1)?.disabledSites).toEqual([]);
  });

  it('saves a report address only when it is valid', async () => {
    const { el, saved } = show();
    const input = byId<HTMLInputElement>(el, 'endpoint');
    await type(input, 'reports.example.org');
    await type(input, 'reports.example.org', 'change');
    expect(el.querySelector('#endpoint-error')).not.toBeNull();
    expect(saved).toEqual([]);
    await type(input, 'https://reports.example.org/caveat');
    await type(input, 'https://reports.example.org/caveat', 'change');
    expect(saved.at(-1)?.reportEndpoint).toBe('https://reports.example.org/caveat');
    expect(el.querySelector('[data-testid="endpoint-state"]')?.textContent).toContain('sent to https://reports.example.org/caveat');
  });

  it('follows changes made elsewhere, including the language', async () => {
    const { el, push } = show();
    push({ ...DEFAULT_SETTINGS, language: 'de', disabledSites: ['elsewhere.example'] });
    expect(el.querySelector('h1')?.textContent).toBe('Caveat-Einstellungen');
    expect(el.textContent).toContain('elsewhere.example');
    expect(el.querySelector('.shortcuts')?.textContent).toContain('Zur nächsten markierten Behauptung springen');
  });
});
