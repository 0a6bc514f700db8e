/**
 * Makes a test case from a real page, like Readability's `generate-testcase`:
 *   npx tsx scripts/new-fixture.ts <slug> <page.html> [--url URL] [--max-kb 12]
 * writes test/fixtures/<slug>/source.html (scripts, styles and comments dropped, the end of the page cut until it
 * fits in --max-kb) and test/fixtures/<slug>/expected.json from what the analyzer gives TODAY. Read expected.json
 * and correct it by hand before committing: it is the page's truth, not a snapshot of the code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsdom from 'jsdom';
import type { JSDOM } from 'jsdom';
import { parseHtml } from '../cli/analyze';
import { readPageMeta } from '../lib/detect/page-meta';
import { detectCandidate } from '../lib/detect/stage1';
import { scorePolicyText } from '../lib/detect/stage2';
import { extractFromDocument } from '../lib/extract';

const [slug, file] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const flag = (name: string): string | undefined => process.argv[process.argv.indexOf(`--${name}`) + 1];
if (!slug || !file) {
  console.error('usage: new-fixture.ts <slug> <page.html> [--url URL] [--max-kb 12]');
  process.exit(2);
}
const url = (process.argv.includes('--url') ? flag('url') : '') || 'https://example.com/';
const maxBytes = Number(process.argv.includes('--max-kb') ? flag('max-kb') : 12) * 1024;

// As the CLI reads a page (style sheets jsdom cannot parse are dropped only then).
const parse = (html: string): JSDOM => parseHtml(jsdom, html, url).dom;

const dom = parse(readFileSync(file, 'utf8'));
const doc = dom.window.document;
for (const el of doc.querySelectorAll('script, style, link, iframe, svg, noscript, meta:not([charset]):not([property]):not([name="description"])')) el.remove();
const comments = doc.createTreeWalker(doc, 128);
const dead: Node[] = [];
for (let n = comments.nextNode(); n; n = comments.nextNode()) dead.push(n);
for (const n of dead) n.parentNode?.removeChild(n);
// Keep only the attributes extraction and detection read (Readability scores ids and classes).
const KEEP = new Set(['id', 'class', 'href', 'lang', 'rel', 'property', 'content', 'name', 'charset', 'role', 'hidden', 'itemprop', 'data-cfemail', 'colspan']);
for (const el of doc.querySelectorAll('*')) {
  for (const attr of [...el.attributes]) if (!KEEP.has(attr.name)) el.removeAttribute(attr.name);
}
// Page chrome and empty boxes go first: a fixture of a few KB keeps the content and a little of the frame.
for (const el of doc.querySelectorAll('nav, aside, footer, form, button, select, input, [role="navigation"], [role="contentinfo"]')) el.remove();
for (const el of [...doc.body.querySelectorAll('*')].reverse()) {
  if (!el.textContent?.trim() && !el.querySelector('img') && el.tagName !== 'IMG' && el.tagName !== 'BR' && el.tagName !== 'HR') el.remove();
}
const spaces = doc.createTreeWalker(doc.documentElement, 4);
for (let n = spaces.nextNode(); n; n = spaces.nextNode()) {
  if (n.parentElement?.closest('pre')) continue;
  n.nodeValue = (n.nodeValue ?? '').replace(/\s*\n\s*/g, '\n').replace(/[ \t]+/g, ' ');
}
const serialize = (): string => `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
// Cut the end of the page, a tenth of its blocks at a time, until it fits.
while (serialize().length > maxBytes) {
  const blocks = [...doc.querySelectorAll('p, li, tr, h2, h3, h4, dd, dt, img, a')];
  if (!blocks.length) break;
  for (const el of blocks.slice(-Math.max(1, Math.floor(blocks.length / 10)))) el.remove();
}
const html = serialize();
const dir = join(import.meta.dirname, '../test/fixtures', slug);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source.html'), html);

const page = parse(html).window.document;
const stage1 = detectCandidate(readPageMeta(page, { href: url }));
const extracted = extractFromDocument(page, url);
const detection = scorePolicyText(extracted, stage1);
const expected = {
  url,
  title: extracted.title,
  lang: extracted.lang,
  method: extracted.method,
  isPolicy: detection.isPolicy,
  minWords: Math.floor(extracted.words * 0.9),
  headings: extracted.sections.map((s) => s.heading).filter(Boolean).slice(0, 8),
  sentences: extracted.sentences.filter((s) => !s.isHeading).slice(0, 6).map((s) => s.text),
};
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`${dir}: ${html.length} bytes, ${extracted.words} words, isPolicy ${detection.isPolicy} (${detection.score.toFixed(2)})`);
