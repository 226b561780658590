// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../claims-db/load';
import { compileIndex } from '../match/compile';
import { Matcher } from '../match/matcher';
import { extractText, textBefore, TextWalker } from './extract';
import { joined, OverlappingChunks, tailFrom, tailStart } from './overlap';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('tailStart, tailFrom and joined', () => {
  const ex = () => extractText(dom('<p>one</p><p>two <b>2</b></p><p>three</p><p>four</p>'));

  it('holds back the last blocks, from a node start, within a length', () => {
    const e = ex();
    expect(e.text.slice(tailStart(e, 2))).toBe('three\nfour\n');
    expect(e.text.slice(tailStart(e, 9))).toBe(e.text);
    expect(e.text.slice(tailStart(e, 2, 6))).toBe('four\n');
  });

  it('splits and joins back to the same text and node offsets', () => {
    const e = ex();
    const cut = tailStart(e, 3);
    const head = { ...e, text: e.text.slice(0, cut), nodes: e.nodes.filter((_, i) => e.starts[i]! < cut), starts: e.starts.filter((s) => s < cut) };
    const again = joined(head, tailFrom(e, cut));
    expect(again.text).toBe(e.text);
    expect(again.starts).toEqual(e.starts);
    expect(again.nodes).toEqual(e.nodes);
  });
});

describe('OverlappingChunks', () => {
  const matcher = new Matcher(compileIndex(loadClaims().items.map((x) => x.value)));

  /** The highlighted quotes when the body is read in chunks of about `size` characters (Infinity: at once). */
  function drawn(size: number): string[] {
    const walker = new TextWalker(document.body);
    const chunks = new OverlappingChunks();
    const quotes: string[] = [];
    while (!walker.done) {
      const fresh = walker.next(size);
      const { ex, from, cut } = chunks.next(fresh, walker.done);
      for (const m of matcher.match(ex.text)) if (m.start >= from && m.start < cut) quotes.push(ex.text.slice(m.start, m.end));
    }
    return quotes;
  }

  const page = (name: string) => {
    const html = readFileSync(join(import.meta.dirname, `../../demo/site/posts/${name}.html`), 'utf8');
    return html.slice(html.indexOf('<body'), html.indexOf('</body>'));
  };

  it('highlights the same claims wherever the chunks end (the demo posts, whose claims lean on paragraphs before)', () => {
    for (const name of ['stalin-german-pows', 'myths-roundup']) {
      dom(page(name));
      const whole = drawn(Infinity);
      expect(whole.length, name).toBeGreaterThan(5);
      for (const size of [1, 40, 300, 1_000]) expect(drawn(size), `${name} in chunks of ${size}`).toEqual(whole);
    }
  });

  it('highlights the same claims wherever the chunks end (a comment thread whose replies correct posts above)', () => {
    const body = page('axis-defectors');
    dom(`${body}
      <article><p>mike_d · 1 year ago</p><p>At least 1.5 million Soviet soldiers were captured by the Germans.</p><p>Reply</p></article>
      <article><p>Irina S. · 1 year ago</p><p>Not quite. The usual figure is about 5.7 million captured, more than 3 million in 1941 alone.</p></article>
      <p>Wir waren am Wochenende in Dresden. Im Februar 1945 sind dort 250.000 Menschen verbrannt.</p>`);
    const whole = drawn(Infinity);
    expect(whole.length).toBeGreaterThan(3);
    expect(whole.some((q) => q.includes('Dresden') || q.includes('250.000'))).toBe(true);
    expect(whole.some((q) => q.startsWith('At least 1.5 million'))).toBe(false);
    for (const size of [1, 40, 300, 1_000]) expect(drawn(size), `chunks of ${size}`).toEqual(whole);
  });
});

describe('a block read again with the text before it', () => {
  const matcher = new Matcher(compileIndex(loadClaims().items.map((x) => x.value)));
  const quotes = (block: Node, context: string) => {
    const { ex, from } = new OverlappingChunks(context).next(extractText(block), true);
    return matcher.match(ex.text).filter((m) => m.start >= from).map((m) => ex.text.slice(m.start, m.end));
  };

  it('reads a sentence that points back across the break as the whole page does, and draws only in the block', () => {
    const body = dom('<p>Wir waren am Wochenende in <b>Dresden</b> und sind an der Elbe spazieren gegangen.</p><div><p>Im Februar 1945 sind dort 250.000 Menschen verbrannt.</p></div>');
    const block = body.querySelector('div p')!;
    expect(textBefore(block, body, 8_000)).toBe('Wir waren am Wochenende in Dresden und sind an der Elbe spazieren gegangen.\n');
    expect(quotes(block, '')).toEqual([]);
    expect(quotes(block, textBefore(block, body, 8_000))).toEqual(['Im Februar 1945 sind dort 250.000 Menschen verbrannt.']);
  });

  it('takes only the end of a long text before it', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} about the weather.</p>`).join('');
    const body = dom(`<article>${paragraphs}</article><section><p>Comment</p></section>`);
    const context = textBefore(body.querySelector('section')!, body, 200);
    expect(context.length).toBeLessThanOrEqual(200);
    expect(context.endsWith('Paragraph 399 about the weather.\n')).toBe(true);
  });
});
