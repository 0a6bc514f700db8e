/**
 * Step 2: the readable part of the prepared clone. Readability first; the visible body when Readability finds
 * nothing or keeps too little of the body (long policies are often lists, which Readability trims).
 */
import { Readability } from '@mozilla/readability';
import type { Block } from '../types';
import { readBlocks } from './03-blocks';
import type { PreparedClone } from './01-clone';
import { countCollapsedWords } from './words';

export interface Readable {
  blocks: Block[];
  method: 'readability' | 'body';
  /** Readability's cleaned title, '' when Readability was not used. */
  title: string;
  /** Whitespace-separated words of the blocks' text (counted once, here). */
  words: number;
}

/** Readability must keep at least this share of the body's words, or the body is used instead. */
export const MIN_READABILITY_SHARE = 0.5;

/** `readBlocks` collapses every block's text (`collapseText`), so its words are its spaces plus one. */
const countBlockWords = (blocks: Block[]): number => {
  let n = 0;
  for (const b of blocks) n += countCollapsedWords(b.text);
  return n;
};

/**
 * The body's blocks are read first, because Readability mutates the clone it parses; reading them costs less
 * than a second clone, and their word count is what Readability's result is compared with.
 */
export function readableBlocks({ doc: clone, selectors }: PreparedClone): Readable | null {
  const body = clone.body;
  if (!body) return null;
  const bodyBlocks = readBlocks(body, 'body', selectors);
  // No words outside what the body walk takes for chrome is no reason to skip Readability: a wrapper mistaken
  // for chrome (an ASP.NET page's <form> around the whole page once read as 0 words) must not empty the page.
  const bodyWords = countBlockWords(bodyBlocks);
  let article: { content: Element | null | undefined; title: string | null | undefined } | null = null;
  try {
    article = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  } catch {
    article = null;
  }
  const content = article?.content;
  if (content) {
    const blocks = readBlocks(content, 'readability', selectors);
    const words = countBlockWords(blocks);
    if (words > 0 && words >= MIN_READABILITY_SHARE * bodyWords) return { blocks, method: 'readability', title: article?.title?.trim() ?? '', words };
  }
  return bodyWords > 0 ? { blocks: bodyBlocks, method: 'body', title: '', words: bodyWords } : null;
}
