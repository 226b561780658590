// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Match } from '../match/types';
import { extractText } from './extract';
import { Highlighter, MARK_TAG } from './highlight';

const match = (start: number, end: number, claim = 'c'): Match => ({
  claim, verdict: 'false', start, end, score: 1, why: { terms: [], variant: '', exact: false, partial: false },
});

function span(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle);
  return [start, start + needle.length];
}

describe('Highlighter', () => {
  it('wraps a claim split by inline elements and restores the DOM exactly', () => {
    document.body.innerHTML = '<article><p>It is said that <b>500,000</b> to <a href="#">1 million</a> were shot. Other text.</p></article>';
    const before = document.body.cloneNode(true);
    const ex = extractText(document.body);
    const [s, e] = span(ex.text, 'It is said that 500,000 to 1 million were shot.');
    const h = new Highlighter();
    const [hl] = h.add(ex, [match(s, e)]);
    expect(hl!.marks.length).toBe(5);
    expect(hl!.marks.map((m) => m.textContent).join('')).toBe('It is said that 500,000 to 1 million were shot.');
    expect(document.body.textContent).toBe(before.textContent);
    expect(hl!.marks[0]!.getAttribute('tabindex')).toBe('0');
    h.remove();
    expect(document.body.isEqualNode(before)).toBe(true);
    expect(document.querySelector(MARK_TAG)).toBeNull();
  });

  it('never moves or wraps the page\'s own text node (frameworks hold references to it)', () => {
    document.body.innerHTML = '<p>Some say that a million were shot there.</p>';
    const p = document.body.querySelector('p')!;
    const node = p.firstChild as Text;
    const ex = extractText(document.body);
    const h = new Highlighter();
    h.add(ex, [match(...span(ex.text, 'a million were shot'))]);
    expect(node.parentNode).toBe(p);
    expect(p.firstChild).toBe(node);
    expect(p.textContent).toBe('Some say that a million were shot there.');
    h.remove();
  });

  it('repairs after a framework rewrites a text node it owns, without duplicating text', () => {
    document.body.innerHTML = '<p>A million were shot there.</p>';
    const p = document.body.querySelector('p')!;
    const node = p.firstChild as Text;
    const ex = extractText(document.body);
    const h = new Highlighter();
    h.add(ex, [match(...span(ex.text, 'A million were shot'))]);
    node.nodeValue = 'Completely new text.';
    const { dropped, dirty } = h.repair();
    expect(dropped).toHaveLength(1);
    expect(dirty).toContain(p);
    expect(p.textContent).toBe('Completely new text.');
    expect(p.childNodes.length).toBe(1);
    expect(h.highlights).toHaveLength(0);
  });

  it('repairs after a framework removes a text node it owns, leaving no orphan marks', () => {
    document.body.innerHTML = '<p>A million were shot there.</p>';
    const p = document.body.querySelector('p')!;
    const node = p.firstChild as Text;
    const ex = extractText(document.body);
    const h = new Highlighter();
    h.add(ex, [match(...span(ex.text, 'million were shot'))]);
    p.removeChild(node);
    h.repair();
    expect(p.querySelector(MARK_TAG)).toBeNull();
    expect(p.textContent).toBe('');
  });

  it('removes only the highlights inside a subtree', () => {
    document.body.innerHTML = '<p id="a">alpha beta</p><p id="b">gamma delta</p>';
    const ex = extractText(document.body);
    const h = new Highlighter();
    h.add(ex, [match(...span(ex.text, 'beta'), 'x'), match(...span(ex.text, 'delta'), 'y')]);
    const removed = h.removeWithin(document.getElementById('a')!);
    expect(removed.map((r) => r.matches[0]!.claim)).toEqual(['x']);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(1);
    expect(document.getElementById('a')!.childNodes).toHaveLength(1);
  });

  it('keeps the original text node objects on removal', () => {
    document.body.innerHTML = '<p>alpha beta gamma</p>';
    const node = document.body.querySelector('p')!.firstChild;
    const ex = extractText(document.body);
    const h = new Highlighter();
    h.add(ex, [match(...span(ex.text, 'beta'))]);
    h.remove();
    expect(document.body.querySelector('p')!.firstChild).toBe(node);
    expect(document.body.querySelector('p')!.childNodes.length).toBe(1);
  });

  it('merges overlapping matches into one highlight', () => {
    document.body.innerHTML = '<p>one two three four</p>';
    const ex = extractText(document.body);
    const h = new Highlighter();
    const created = h.add(ex, [match(...span(ex.text, 'one two'), 'a'), match(...span(ex.text, 'two three'), 'b')]);
    expect(created).toHaveLength(1);
    expect(created[0]!.matches.map((m) => m.claim).sort()).toEqual(['a', 'b']);
  });
});

/** Random DOM trees of inline and block elements with text. */
const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.stringMatching(/^[a-zA-Z ,.]{1,12}$/),
    fc.tuple(fc.constantFrom('b', 'i', 'a', 'span', 'p', 'div', 'em'), fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`,
    ),
  ),
})).node;

describe('Highlighter properties', () => {
  it('never changes textContent, maps matches to the right text, and restores the DOM exactly', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }), (html, spans) => {
        document.body.innerHTML = html;
        const before = document.body.cloneNode(true);
        const ex = extractText(document.body);
        const matches = spans
          .map(([a, b]) => [a % (ex.text.length + 1), b % (ex.text.length + 1)].sort((x, y) => x - y) as [number, number])
          .filter(([a, b]) => b > a)
          .map(([a, b]) => match(a, b));
        const h = new Highlighter();
        const created = h.add(ex, matches);
        expect(document.body.textContent).toBe(before.textContent);
        for (const hl of created) {
          // Marks cover exactly the matched text, minus whitespace-only pieces.
          const covered = hl.marks.map((m) => m.textContent).join('');
          expect(hl.quote.replace(/\s/g, '')).toBe(covered.replace(/\s/g, ''));
        }
        h.remove();
        expect(document.body.isEqualNode(before)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
