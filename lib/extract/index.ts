/**
 * Extraction: a page (or plain text) to blocks, sections and sentences. Works on a clone; never throws.
 * Steps, in order, one file each.
 */
import type { Block, ExtractedPolicy } from '../types';
import { prepareClone } from './01-clone';
import { readableBlocks } from './02-readable';
import { primaryTag } from './06-lang';
import { assemble, emptyExtraction } from './07-assemble';
import { blocksFromMarkdown, blocksFromPlainText } from './08-text';

export { splitSentences } from './05-sentences';
export { guessLang } from './06-lang';
export { decodeCfEmail } from './01-clone';

export type TextFormat = 'txt' | 'md';

/** Extracts the readable text of `doc` (never modified) as blocks, sections and sentences. */
export function extractFromDocument(doc: Document, url: string): ExtractedPolicy {
  let title = '';
  let declaredLang = '';
  try {
    title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
    declaredLang = primaryTag(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang'));
    // 1. A clone with selectors of the original, emails decoded, scripts and styles dropped.
    const clone = prepareClone(doc);
    if (!clone) return emptyExtraction(title, url, declaredLang);
    // 2-3. Blocks in document order (headings, paragraphs, list items, table rows) of Readability's article,
    //      or of the body when Readability keeps too little of it.
    const readable = readableBlocks(clone);
    if (!readable) return emptyExtraction(title, url, declaredLang);
    // 4-7. Sections, sentences and language, assembled.
    return assemble(readable.blocks, { title: title || readable.title, url, method: readable.method, declaredLang, words: readable.words });
  } catch {
    return emptyExtraction(title, url, declaredLang);
  }
}

/** Extracts plain text or Markdown (no Readability pass). */
export function extractFromText(text: string, opts: { title: string; url: string; format: TextFormat }): ExtractedPolicy {
  try {
    const clean = typeof text === 'string' ? text.replace(/\u0000/g, '') : '';
    // 1. Blocks from lines: Markdown syntax, or blank-line paragraphs and heading heuristics for text.
    const blocks: Block[] = opts.format === 'md' ? blocksFromMarkdown(clean) : blocksFromPlainText(clean);
    const title = opts.title || (blocks[0]?.kind === 'heading' ? blocks[0].text : '');
    // 2-4. Sections, sentences and language, assembled.
    return assemble(blocks, { title, url: opts.url, method: 'text', declaredLang: '' });
  } catch {
    return emptyExtraction(opts.title, opts.url);
  }
}
