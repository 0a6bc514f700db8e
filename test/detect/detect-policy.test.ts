import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyzeDocument, detectPolicy } from '../../lib';

// detectPolicy on the real page fixtures: the verdict each fixture's expected.json records, the signals that
// decided it, the same detection analyzeDocument reports, and the page left as it was.
const dir = join(import.meta.dirname, '../fixtures');
const slugs = readdirSync(dir).filter((s) => !s.startsWith('.'));

describe.each(slugs)('detectPolicy on fixture %s', (slug) => {
  const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as { url: string; isPolicy: boolean };
  const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');

  it('gives the expected verdict with a score in 0..1 and its signals, without touching the page', () => {
    const doc = new JSDOM(html, { url: expected.url }).window.document;
    const before = doc.documentElement.outerHTML;
    const detection = detectPolicy(doc);
    expect(detection.stage).toBe(2);
    expect(detection.isPolicy).toBe(expected.isPolicy);
    expect(detection.score).toBeGreaterThanOrEqual(0);
    expect(detection.score).toBeLessThanOrEqual(1);
    expect(detection.isPolicy ? detection.score >= 0.5 : detection.score < 0.5).toBe(true);
    expect(detection.signals.length).toBeGreaterThan(0);
    expect(doc.documentElement.outerHTML).toBe(before);
    const summary = analyzeDocument(new JSDOM(html, { url: expected.url }).window.document, { topics: false });
    expect(summary.detection).toEqual(detection);
  });
});
