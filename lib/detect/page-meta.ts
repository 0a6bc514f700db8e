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
  const found: PageMeta = { url: loc.href ?? '', title: '', headings: [], canonical: '', ogTitle: '', ogType: '', lang: '' };
  try {
    found.title = clean(doc.title);
    found.lang = clean(doc.documentElement?.getAttribute('lang')).toLowerCase();
    // <link> and <meta> live in <head>: read its children instead of querying the whole page.
    for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.tagName.toUpperCase();
      if (tag === 'LINK' && !found.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) found.canonical = clean(el.getAttribute('href'));
      else if (tag === 'META') {
        const property = el.getAttribute('property') ?? el.getAttribute('name');
        if (property === 'og:title' && !found.ogTitle) found.ogTitle = clean(el.getAttribute('content'));
        else if (property === 'og:type' && !found.ogType) found.ogType = clean(el.getAttribute('content'));
      }
    }
    // h1s first (the page's own name), then h2/h3 in document order.
    const headings = doc.querySelectorAll('h1, h2, h3');
    const rest: string[] = [];
    for (let i = 0; i < headings.length && found.headings.length < MAX_HEADINGS; i++) {
      const el = headings[i]!;
      if (el.tagName.toUpperCase() !== 'H1' && rest.length >= MAX_HEADINGS) continue;
      const text = clean(el.textContent);
      if (text) (el.tagName.toUpperCase() === 'H1' ? found.headings : rest).push(text);
    }
    found.headings.push(...rest.slice(0, MAX_HEADINGS - found.headings.length));
  } catch {
    // A partial answer is still an answer.
  }
  return found;
}
