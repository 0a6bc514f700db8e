/**
 * Segment classifier: which OPP-115 categories a paragraph or section of a policy is about.
 * A linear model over hashed word and character n-grams, trained by `npm run train` (see README.md here).
 * The weights are a static JSON import so bundlers inline them; nothing here needs Node.
 */
import type { Category, ExtractedPolicy, TopicCoverage } from '../types';
import { CATEGORIES } from '../types';
import modelFile from './model.json';
import { loadModel, scoreSegment, type LoadedModel, type ModelFile } from './model';

export interface Classification {
  /** Categories whose score is at least 0.5, in CATEGORIES order. */
  labels: Category[];
  /** Score per category in 0..1; each category's tuned threshold is mapped to 0.5. */
  scores: Record<Category, number>;
}

let model: LoadedModel | undefined;

/** The decoded model, loaded on first use (decoding takes a few milliseconds). */
export function getModel(): LoadedModel {
  model ??= loadModel(modelFile as unknown as ModelFile);
  return model;
}

/** Classify segments (paragraphs or sections) of policy text. Empty text gets no labels. */
export function classifySegments(texts: string[]): Classification[] {
  const m = getModel();
  return texts.map((text) => {
    const s = scoreSegment(m, text ?? '');
    const scores = {} as Record<Category, number>;
    const labels: Category[] = [];
    const empty = !/[a-z0-9]/i.test(text ?? '');
    CATEGORIES.forEach((c, k) => {
      scores[c] = empty ? 0 : Math.round(s[k] * 1e4) / 1e4;
      if (!empty && s[k] >= 0.5) labels.push(c);
    });
    return { labels, scores };
  });
}

const WORD = /\S+/g;

/** Chunks of about this many words: the size of the segments the model was trained on. */
const CHUNK_WORDS = 120;

/** A section's text cut into paragraph-sized chunks of whole sentences (heading kept with the first). */
export function sectionChunks(p: ExtractedPolicy): string[] {
  const chunks: string[] = [];
  for (const section of p.sections) {
    let cur: string[] = [];
    let words = 0;
    for (const id of section.sentences) {
      const text = p.sentences[id]?.text ?? '';
      let n = 0;
      for (WORD.lastIndex = 0; WORD.test(text); ) n++;
      if (words > 0 && words + n > CHUNK_WORDS) {
        chunks.push(cur.join(' '));
        cur = [];
        words = 0;
      }
      cur.push(text);
      words += n;
    }
    if (words > 0) chunks.push(cur.join(' '));
  }
  return chunks;
}

/** Categories that are not practices a reader would miss: never listed under `neverMentions`. */
const NOT_A_TOPIC: ReadonlySet<Category> = new Set<Category>(['Introductory/Generic', 'Practice not covered']);

/**
 * Which OPP-115 topics the policy covers (some chunk of some section is classified as it) and which
 * substantive topics it never mentions. Null when there is no text or the text is not English.
 */
export function topicCoverage(p: ExtractedPolicy): TopicCoverage | null {
  if (p.lang !== 'en' && p.lang !== 'und') return null;
  const chunks = sectionChunks(p);
  if (chunks.length === 0) return null;
  const found = new Set<Category>();
  for (const c of classifySegments(chunks)) for (const l of c.labels) found.add(l);
  return {
    covers: CATEGORIES.filter((c) => found.has(c)),
    neverMentions: CATEGORIES.filter((c) => !found.has(c) && !NOT_A_TOPIC.has(c)),
  };
}
