import type { ExtractedPolicy } from '../types';
// STUB: owned by the detection/extraction helper.
export type TextFormat = 'txt' | 'md';
export function extractFromDocument(doc: Document, url: string): ExtractedPolicy {
  return extractFromText(doc.body?.textContent ?? '', { title: doc.title, url, format: 'txt' });
}
export function extractFromText(text: string, opts: { title: string; url: string; format: TextFormat }): ExtractedPolicy {
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean).map((t, id) => ({ id, text: t, section: 0, block: 0, isHeading: false, isListItem: false, locator: { selector: null, quote: t } }));
  return { title: opts.title, lang: 'en', url: opts.url, method: 'text', blocks: [], sections: [{ index: 0, heading: '', headingPath: [], level: 0, sentences: sentences.map((s) => s.id) }], sentences, words: text.split(/\s+/).filter(Boolean).length };
}
