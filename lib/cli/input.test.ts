import { describe, expect, it } from 'vitest';
import { extensionOf, htmlToText, isOtherUrl, isUrl, kindOf, looksLikeHtml, toPage } from './input';

describe('kindOf', () => {
  it('prefers the content type, then the extension, then the content', () => {
    expect(kindOf('https://x.org/a', '<p>x</p>', 'text/html; charset=utf-8')).toBe('html');
    expect(kindOf('https://x.org/a.html', '<p>x</p>', 'text/plain')).toBe('text');
    expect(kindOf('page.HTM', 'plain words')).toBe('html');
    expect(kindOf('notes.txt', '<p>x</p>')).toBe('text');
    expect(kindOf('https://x.org/post?id=1', '<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(kindOf('', 'Stalin shot them. 5 < 6 > 4.')).toBe('text');
  });

  it('recognises markup by its opening tags', () => {
    expect(looksLikeHtml('  <div class="a">x</div>')).toBe(true);
    expect(looksLikeHtml('a <= b and c > d')).toBe(false);
  });

  it('reads extensions of paths and URLs', () => {
    expect(extensionOf('/a/b.c/page.HTML')).toBe('.html');
    expect(extensionOf('https://x.org/a.txt?v=1#top')).toBe('.txt');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.hidden')).toBe('');
  });

  it('tells fetchable URLs from other schemes and from paths', () => {
    expect(isUrl('https://example.org/')).toBe(true);
    expect(isUrl('HTTP://example.org/')).toBe(true);
    expect(isOtherUrl('ftp://example.org/x')).toBe(true);
    expect(isOtherUrl('file:///tmp/x.html')).toBe(true);
    expect(isOtherUrl('posts/page.html')).toBe(false);
    expect(isOtherUrl('https://example.org/')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('reads the body as the extension does: blocks on their lines, inline markup joined, scripts and head skipped', async () => {
    const text = await htmlToText('<html><head><title>T</title></head><body><h1>Head</h1><p>Half a <b>million</b> POWs.</p><script>alert(1)</script><pre>code</pre></body></html>');
    expect(text).toBe('Head\nHalf a million POWs.\n');
  });

  it('turns HTML into text and leaves text as it is', async () => {
    expect(await toPage('a.html', 'a.html', '<p>One <i>two</i></p><p>three</p>')).toEqual({ label: 'a.html', kind: 'html', text: 'One two\nthree\n' });
    expect(await toPage('b.txt', 'b.txt', '<p>kept as is</p>')).toEqual({ label: 'b.txt', kind: 'text', text: '<p>kept as is</p>' });
  });
});
