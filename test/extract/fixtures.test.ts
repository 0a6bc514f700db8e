import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readPageMeta } from '../../lib/detect/page-meta';
import { detectCandidate } from '../../lib/detect/stage1';
import { scorePolicyText } from '../../lib/detect/stage2';
import { extractFromDocument } from '../../lib/extract';

interface Expected {
  url: string;
  title: string;
  lang: string;
  method: string;
  isPolicy: boolean;
  minWords: number;
  headings: string[];
  sentences: string[];
}

const dir = join(import.meta.dirname, '../fixtures');
const slugs = readdirSync(dir).filter((s) => !s.startsWith('.'));

describe.each(slugs)('fixture %s', (slug) => {
  const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected;
  const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
  const doc = new JSDOM(html, { url: expected.url }).window.document;
  const before = doc.documentElement.outerHTML;
  const extracted = extractFromDocument(doc, expected.url);
  const detection = scorePolicyText(extracted, detectCandidate(readPageMeta(doc, { href: expected.url })));

  it('has the expected title, language, method and verdict', () => {
    expect({ title: extracted.title, lang: extracted.lang, method: extracted.method, isPolicy: detection.isPolicy }).toEqual({
      title: expected.title,
      lang: expected.lang,
      method: expected.method,
      isPolicy: expected.isPolicy,
    });
    expect(extracted.words).toBeGreaterThanOrEqual(expected.minWords);
  });

  it('keeps the section headings', () => {
    const headings = extracted.sections.map((s) => s.heading);
    for (const h of expected.headings) expect(headings, `heading "${h}"`).toContain(h);
  });

  it('splits the expected sentences', () => {
    const texts = extracted.sentences.map((s) => s.text);
    for (const s of expected.sentences) expect(texts, `sentence "${s}"`).toContain(s);
  });

  it('locates every sentence in the original page and leaves it unchanged', () => {
    for (const s of extracted.sentences) {
      if (!s.locator.selector) continue;
      expect(doc.querySelector(s.locator.selector), `${s.locator.selector} for "${s.text.slice(0, 60)}"`).not.toBeNull();
    }
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
