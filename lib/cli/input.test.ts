import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlToText, InputError, kindOf, looksLikeHtml, readPage } from './input';

const dir = mkdtempSync(join(tmpdir(), 'caveat-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
});

describe('htmlToText', () => {
  it('reads the body as the extension does: blocks on their lines, inline markup joined, scripts and head skipped', async () => {
    const text = await htmlToText('<html><head><title>T</title></head><body><h1>Head</h1><p>Half a <b>million</b> POWs.</p><script>alert(1)</script><pre>code</pre></body></html>');
    expect(text).toBe('Head\nHalf a million POWs.\n');
  });
});

describe('readPage', () => {
  it('reads HTML and text files and stdin', async () => {
    writeFileSync(join(dir, 'a.html'), '<p>One <i>two</i></p><p>three</p>');
    writeFileSync(join(dir, 'b.txt'), '<p>kept as is</p>');
    expect(await readPage(join(dir, 'a.html'))).toMatchObject({ kind: 'html', text: 'One two\nthree\n' });
    expect(await readPage(join(dir, 'b.txt'))).toMatchObject({ kind: 'text', text: '<p>kept as is</p>' });
    expect(await readPage('-', Readable.from([Buffer.from('plain '), Buffer.from('text')]))).toEqual({ label: 'stdin', kind: 'text', text: 'plain text' });
  });

  it('fails clearly on a missing file, a directory or an unsupported URL', async () => {
    await expect(readPage(join(dir, 'missing.html'))).rejects.toThrow(new InputError(`no such file: ${join(dir, 'missing.html')}`));
    await expect(readPage(dir)).rejects.toThrow(/not a file/);
    await expect(readPage('ftp://example.org/x')).rejects.toThrow(/only http/);
  });
});
