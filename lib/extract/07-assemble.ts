/** Step 7: blocks, sections and sentences joined into the `ExtractedPolicy` every later step reads. */
import type { Block, ExtractedPolicy, ExtractionMethod, Section, Sentence } from '../types';
import { groupSections } from './04-sections';
import { splitSentences } from './05-sentences';
import { decideLang, guessLang } from './06-lang';
import { countWords } from './words';

export function assemble(
  blocks: Block[],
  info: { title: string; url: string; method: ExtractionMethod; declaredLang: string; /** The blocks' word count when the caller has it already. */ words?: number },
): ExtractedPolicy {
  const sentences: Sentence[] = [];
  const sections: Section[] = groupSections(blocks).map((s, index) => {
    const ids: number[] = [];
    for (const b of s.blocks) {
      const block = blocks[b]!;
      const isHeading = block.kind === 'heading';
      const isListItem = block.kind === 'list-item';
      const parts = isHeading ? [block.text] : splitSentences(block.text);
      for (const text of parts) {
        const id = sentences.length;
        sentences.push({ id, text, section: index, block: b, isHeading, isListItem, locator: { selector: block.selector, quote: text } });
        ids.push(id);
      }
    }
    return { index, heading: s.heading, headingPath: s.headingPath, level: s.level, sentences: ids };
  });
  let words = info.words ?? -1;
  if (words < 0) {
    words = 0;
    for (const b of blocks) words += countWords(b.text);
  }
  const { lang, contradicts } = decideLang(info.declaredLang, guessLang(blocks.map((b) => b.text)));
  const method = sentences.length ? info.method : 'none';
  return {
    title: info.title,
    lang,
    url: info.url,
    method,
    blocks,
    sections,
    sentences,
    words,
    ...(info.declaredLang ? { declaredLang: info.declaredLang, langContradicted: contradicts } : {}),
  };
}

export function emptyExtraction(title: string, url: string, declaredLang = ''): ExtractedPolicy {
  return { title, lang: declaredLang || 'und', url, method: 'none', blocks: [], sections: [], sentences: [], words: 0 };
}
