#!/usr/bin/env node
// Sanity checks for the Caveat demo blog in demo/site/.
//
//   node demo/site/check-verbatim.mjs            (seeds read from /work/shared/seeds)
//   SEEDS_DIR=/path/to/seeds node demo/site/check-verbatim.mjs
//
// No dependencies. Checks, for every page:
//   - doctype, <html lang="en">, <meta charset="utf-8"> early in <head>, a non-empty <title>, exactly one <h1>
//   - tags balanced (simple stack check; void elements understood), no duplicate ids
//   - every relative href/src resolves to a file, and every #fragment to an id in that file
//   - no external resources (stylesheets, scripts, images, frames, fonts, CSS url()/@import) and no <script> at all
// And for the two seed posts: the <h1> equals the seed title and every seed paragraph equals
// the text (tags stripped, entities decoded, whitespace collapsed) of exactly one <p> element.
// And for the myths page: the <pre><code>, <textarea> and contenteditable test fixtures are in place.
// Exit code 1 if any check fails.

import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = dirname(fileURLToPath(import.meta.url));
const SEEDS_DIR = process.env.SEEDS_DIR || '/work/shared/seeds';

const PAGES = ['index.html', 'posts/stalin-german-pows.html', 'posts/axis-defectors.html', 'posts/myths-roundup.html'];
const SEEDED = {
  'posts/stalin-german-pows.html': '000_eecce291385228b7.txt',
  'posts/axis-defectors.html': '002_5a9876a6631d3589.txt',
};
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

let failures = 0;
const fail = (page, msg) => { failures++; console.log(`  FAIL ${page}: ${msg}`); };
const ok = (page, msg) => console.log(`  ok   ${page}: ${msg}`);

function decode(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, '\u00a0').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
const norm = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const textOf = (html) => norm(decode(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '')));

function elements(html, tag) {
  // Inner HTML of every <tag ...>...</tag>; fine for non-nesting elements such as p, h1, title, textarea, pre.
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(re)].map((m) => ({ attrs: m[1] || '', inner: m[2] }));
}

function checkBalance(page, html) {
  const stripped = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>]*>/i, '');
  const stack = [];
  for (const m of stripped.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    const [, close, rawName] = m;
    const name = rawName.toLowerCase();
    if (VOID.has(name)) { if (close) fail(page, `closing tag for void element </${name}>`); continue; }
    if (!close) { stack.push(name); continue; }
    const top = stack.pop();
    if (top !== name) { fail(page, `unbalanced tags: expected </${top}> but found </${name}> at offset ${m.index}`); return; }
  }
  if (stack.length) fail(page, `unclosed tags: ${stack.join(' > ')}`);
  else ok(page, 'tags balanced');
}

function ids(html) {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

function checkPage(page) {
  const file = join(SITE, page);
  if (!existsSync(file)) { fail(page, 'missing'); return null; }
  const html = readFileSync(file, 'utf8');

  if (!/^<!DOCTYPE html>/i.test(html)) fail(page, 'missing <!DOCTYPE html>');
  if (!/<html lang="en">/.test(html)) fail(page, 'missing <html lang="en">');
  const head = html.slice(0, 1024);
  if (!/<head>\s*<meta charset="utf-8">/i.test(head)) fail(page, '<meta charset="utf-8"> is not the first thing in <head> within 1024 bytes');
  const titles = elements(html, 'title');
  if (titles.length !== 1 || !textOf(titles[0].inner)) fail(page, 'needs exactly one non-empty <title>');
  const h1s = elements(html, 'h1');
  if (h1s.length !== 1) fail(page, `expected exactly one <h1>, found ${h1s.length}`);
  checkBalance(page, html);

  const idList = ids(html);
  const dupes = idList.filter((id, i) => idList.indexOf(id) !== i);
  if (dupes.length) fail(page, `duplicate ids: ${[...new Set(dupes)].join(', ')}`);

  // No JS at all, and nothing fetched from the network.
  if (/<script\b/i.test(html.replace(/<pre[\s\S]*?<\/pre>/gi, ''))) fail(page, 'contains a <script> element');
  for (const m of html.matchAll(/<(link|script|img|iframe|source|video|audio|embed|object)\b[^>]*?\s(?:href|src|data)="(https?:)?\/\/[^"]*"/gi)) {
    fail(page, `external resource: ${m[0].slice(0, 100)}`);
  }
  if (/url\(\s*['"]?(https?:)?\/\//i.test(html) || /@import/i.test(html)) fail(page, 'external url()/@import in inline CSS');

  // Relative links and fragments.
  let links = 0;
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = decode(m[1]);
    if (/^(https?:|mailto:|data:)/.test(url)) continue;
    links++;
    const [pathPart, frag] = url.split('#');
    const target = pathPart ? resolve(dirname(file), pathPart.split('?')[0]) : file;
    if (!existsSync(target)) { fail(page, `broken link ${url}`); continue; }
    if (frag && target.endsWith('.html')) {
      const targetIds = ids(readFileSync(target, 'utf8'));
      if (!targetIds.includes(frag)) fail(page, `link ${url}: no id="${frag}" in ${relative(SITE, target)}`);
    }
  }
  ok(page, `${links} relative links/fragments checked`);

  const ps = elements(html, 'p').map((p) => textOf(p.inner));
  ok(page, `${ps.length} <p> elements, h1 = "${h1s[0] ? textOf(h1s[0].inner) : ''}"`);
  return { html, ps, h1: h1s[0] ? textOf(h1s[0].inner) : '' };
}

function readSeed(name) {
  const raw = readFileSync(join(SEEDS_DIR, name), 'utf8');
  const blocks = raw.split(/\n\s*\n/).map(norm).filter(Boolean);
  const title = blocks.shift();
  const last = blocks[blocks.length - 1];
  const hasPostNav = last === 'Previous Post Next Post';
  if (hasPostNav) blocks.pop();
  return { title, paragraphs: blocks, hasPostNav };
}

function checkSeed(page, parsed, seedName) {
  if (!existsSync(join(SEEDS_DIR, seedName))) { console.log(`  skip ${page}: seed ${seedName} not found in ${SEEDS_DIR}`); return; }
  const seed = readSeed(seedName);
  if (parsed.h1 === seed.title) ok(page, 'h1 equals seed title');
  else fail(page, `h1 differs from seed title:\n       page: ${parsed.h1}\n       seed: ${seed.title}`);
  let found = 0;
  seed.paragraphs.forEach((para, i) => {
    const hits = parsed.ps.filter((p) => p === para).length;
    if (hits === 1) found++;
    else if (hits > 1) fail(page, `seed paragraph ${i + 1} appears in ${hits} <p> elements`);
    else {
      const start = para.slice(0, 60);
      const near = parsed.ps.find((p) => p.startsWith(start));
      fail(page, `seed paragraph ${i + 1} not found verbatim in any <p>` + (near ? `\n       page: ${near}\n       seed: ${para}` : ` (starts "${start}")`));
    }
  });
  ok(page, `${found}/${seed.paragraphs.length} seed paragraphs verbatim in <p> elements`);
  if (seed.hasPostNav) {
    const text = textOf(parsed.html);
    if (text.includes('Previous Post') && text.includes('Next Post')) ok(page, '"Previous Post / Next Post" nav present');
    else fail(page, 'missing "Previous Post / Next Post" nav');
  }
}

function checkMyths(page, parsed) {
  const { html } = parsed;
  const want = [
    ['pre', 'The Rheinwiesenlager were American death camps where hundreds of thousands of German soldiers died.'],
    ['textarea', "Between 500,000 and 1 million German prisoners of war were executed by Stalin's forces after the surrender."],
  ];
  for (const [tag, sentence] of want) {
    const el = elements(html, tag).find((e) => textOf(e.inner).includes(sentence));
    if (el) ok(page, `<${tag}> fixture holds: ${sentence.slice(0, 50)}…`);
    else fail(page, `<${tag}> fixture missing: ${sentence}`);
  }
  if (!/<pre><code>/.test(html)) fail(page, 'expected a <pre><code> block');
  const ce = html.match(/<div[^>]*contenteditable="true"[^>]*>([\s\S]*?)<\/div>/);
  if (ce && textOf(ce[1]) === 'The Katyn massacre was committed by the Germans in 1941.') ok(page, 'contenteditable fixture in place');
  else fail(page, 'contenteditable fixture missing or changed');
  for (const s of [
    'Dresden’s firestorm killed 250,000 people in a single night.',
    "Vlasov's Russian Liberation Army counted a million men.",
    'Stalin famously said there are no Soviet prisoners of war, only traitors.',
    'Up to 25,000 people died in Dresden',
    'About 5.7 million Soviet soldiers were captured',
    'The claim that Eisenhower starved a million German prisoners is a myth.',
  ]) {
    if (parsed.ps.some((p) => p.includes(s))) ok(page, `has "${s.slice(0, 50)}"`);
    else fail(page, `missing sentence "${s}"`);
  }
}

function checkCss() {
  const file = join(SITE, 'style.css');
  if (!existsSync(file)) { fail('style.css', 'missing'); return; }
  const css = readFileSync(file, 'utf8');
  if (/@import|@font-face|url\(\s*['"]?(https?:)?\/\//i.test(css)) fail('style.css', 'external resource, @import or web font');
  if (!/prefers-color-scheme:\s*dark/.test(css)) fail('style.css', 'no prefers-color-scheme: dark support');
  const opens = (css.match(/{/g) || []).length, closes = (css.match(/}/g) || []).length;
  if (opens !== closes) fail('style.css', `unbalanced braces (${opens} { vs ${closes} })`);
  else ok('style.css', `${opens} rule blocks, braces balanced, dark mode present, no external resources`);
}

console.log(`Checking ${SITE}`);
const extra = readdirSync(join(SITE, 'posts')).filter((f) => f.endsWith('.html') && !PAGES.includes(`posts/${f}`));
if (extra.length) console.log(`  note: unchecked pages in posts/: ${extra.join(', ')}`);
for (const page of PAGES) {
  const parsed = checkPage(page);
  if (!parsed) continue;
  if (SEEDED[page]) checkSeed(page, parsed, SEEDED[page]);
  if (page.endsWith('myths-roundup.html')) checkMyths(page, parsed);
}
checkCss();
console.log(failures ? `\n${failures} check(s) failed` : '\nAll checks passed');
process.exit(failures ? 1 : 0);
