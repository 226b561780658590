// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText, locate, TextWalker } from './extract';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('extractText', () => {
  it('joins text across inline elements into one sentence', () => {
    const { text } = extractText(dom('<p>Between <b>500,000</b> and <a href="#">1 million</a> were <i>executed</i>.</p>'));
    expect(text.trim()).toBe('Between 500,000 and 1 million were executed.');
  });

  it('separates blocks with newlines', () => {
    const { text } = extractText(dom('<h1>Title</h1><p>One.</p><ul><li>a</li><li>b</li></ul>'));
    expect(text.split('\n').filter(Boolean)).toEqual(['Title', 'One.', 'a', 'b']);
  });

  it('skips scripts, styles, form fields, code, editable regions and Caveat UI', () => {
    const { text } = extractText(
      dom(`<p>keep</p><script>var no1</script><style>.no2{}</style><noscript>no3</noscript>
      <textarea>no4</textarea><select><option>no5</option></select><pre><code>no6</code></pre>
      <div contenteditable="true">no7</div><div contenteditable="false">keep2</div><caveat-popover>no8</caveat-popover>`),
    );
    expect(text).toContain('keep');
    expect(text).toContain('keep2');
    for (const n of ['no1', 'no2', 'no3', 'no4', 'no5', 'no6', 'no7', 'no8']) expect(text).not.toContain(n);
  });

  it('maps offsets back to text nodes', () => {
    const ex = extractText(dom('<p>Alpha <b>beta</b> gamma</p>'));
    const at = locate(ex, ex.text.indexOf('beta') + 2);
    expect(ex.nodes[at.index]!.data).toBe('beta');
    expect(at.offset).toBe(2);
  });

  it('survives very deep nesting without recursion', () => {
    const depth = 5000;
    const html = '<div>'.repeat(depth) + 'deep text' + '</div>'.repeat(depth);
    expect(extractText(dom(html)).text).toContain('deep text');
  });
});

describe('TextWalker', () => {
  it('reads in chunks that end at block boundaries and add up to the whole', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>Paragraph <b>${i}</b> text.</p>`).join('');
    const whole = extractText(document.body).text;
    const walker = new TextWalker(document.body);
    const chunks: string[] = [];
    while (!walker.done) chunks.push(walker.next(100).text);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(whole);
    for (const c of chunks.slice(0, -1)) expect(c.endsWith('\n')).toBe(true);
  });

  it('reads open shadow roots in place of the host, with slotted text', () => {
    document.body.innerHTML = '<p>before</p><x-card><span>slotted</span></x-card><p>after</p>';
    const host = document.body.querySelector('x-card')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside shadow</p><slot></slot>';
    const ex = extractText(document.body);
    expect(ex.text).toContain('inside shadow');
    expect(ex.text).toContain('slotted');
    expect(ex.shadowRoots).toEqual([root]);
  });
});

describe('extractText and styles', () => {
  it('separates words that only styles lay out apart (a title and its date on a line of their own)', () => {
    const { text } = extractText(dom('<ul><li><a href="#">German Soldiers</a><time style="display: block">March 16, 2025</time></li></ul>'));
    expect(text.split('\n').filter(Boolean)).toEqual(['German Soldiers', 'March 16, 2025']);
  });

  it('keeps inline and inline-block markup joined, even inside a word', () => {
    const { text } = extractText(dom('<p><b>Wehr</b>macht and <span style="display: inline-block">Stalin</span>’s men</p>'));
    expect(text.trim()).toBe('Wehrmacht and Stalin’s men');
  });
});
