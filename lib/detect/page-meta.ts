/**
 * Cheap facts about a page for stage-1 detection: URL, title, the first few h1-h3, canonical and Open Graph
 * tags, declared language. No full-text pass: this runs in the content script on every page.
 */
import type { PageMeta } from '../types';

/** How many h1..h3 texts are kept. */
const MAX_HEADINGS = 6;
const MAX_HEADING_CHARS = 200;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_CHARS);

export function readPageMeta(doc: Document, loc: Pick<Location, 'href'>): PageMeta {
  const meta = (selector: string): string => clean(doc.querySelector(selector)?.getAttribute('content'));
  const headings: string[] = [];
  try {
    for (const tag of ['h1', 'h2', 'h3']) {
      const list = doc.getElementsByTagName(tag);
      for (let i = 0; i < list.length && headings.length < MAX_HEADINGS; i++) {
        const text = clean(list[i]!.textContent);
        if (text) headings.push(text);
      }
    }
    return {
      url: loc.href ?? '',
      title: clean(doc.title),
      headings,
      canonical: clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')),
      ogTitle: meta('meta[property="og:title"]'),
      ogType: meta('meta[property="og:type"]'),
      lang: clean(doc.documentElement?.getAttribute('lang')).toLowerCase(),
    };
  } catch {
    return { url: loc.href ?? '', title: '', headings, canonical: '', ogTitle: '', ogType: '', lang: '' };
  }
}
