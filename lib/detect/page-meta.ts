import type { PageMeta } from '../types';
// STUB: owned by the detection/extraction helper.
export function readPageMeta(doc: Document, loc: Pick<Location, 'href'>): PageMeta {
  return { url: loc.href, title: doc.title ?? '', headings: [], canonical: '', ogTitle: '', ogType: '', lang: '' };
}
