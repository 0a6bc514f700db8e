/**
 * Segment classifier: which OPP-115 categories a paragraph or section of a policy is about.
 * A linear model over hashed word and character n-grams, trained by `npm run train` (see README.md here).
 * The weights are a static JSON import so bundlers inline them; nothing here needs Node.
 */
import type { Category, ExtractedPolicy, TopicCoverage } from '../types';
import { CATEGORIES } from '../types';
import modelFile from './model.json';
import { loadModel, scoreSegment, type LoadedModel, type ModelFile } from './model';
import { loadMlp, scoreEnsemble, type LoadedMlp, type MlpFile } from './mlp';
import type { FocusSegment, SegmentFocus } from '../summarize/focus';
import { countWords } from '../extract/words';

export interface Classification {
  /** Categories whose score is at least 0.5, in CATEGORIES order. */
  labels: Category[];
  /** Score per category in 0..1; each category's tuned threshold is mapped to 0.5. */
  scores: Record<Category, number>;
}

let model: LoadedModel | undefined;
let mlp: LoadedMlp | null | undefined;

/** The decoded model, loaded on first use (decoding takes a few milliseconds). */
export function getModel(): LoadedModel {
  model ??= loadModel(modelFile as unknown as ModelFile);
  return model;
}

/** The model's MLP part (mlp.ts), averaged with the linear model's scores; null when the file has none. */
function getMlp(): LoadedMlp | null {
  if (mlp === undefined) {
    const f = (modelFile as unknown as { mlp?: MlpFile }).mlp;
    mlp = f ? loadMlp(f) : null;
  }
  return mlp;
}

/** Classify segments (paragraphs or sections) of policy text. Empty text gets no labels. */
export function classifySegments(texts: string[]): Classification[] {
  const m = getModel();
  const e = getMlp();
  return texts.map((text) => {
    const s = e ? scoreEnsemble(m, e, text ?? '') : scoreSegment(m, text ?? '');
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

/** Chunks of about this many words: the size of the segments the model was trained on. */
const CHUNK_WORDS = 120;

/** A paragraph-sized chunk of a section: its text and the ids of the sentences it is made of. */
export interface ChunkRange {
  text: string;
  sentences: number[];
}

/** A section's text cut into paragraph-sized chunks of whole sentences (heading kept with the first). */
export function sectionChunkRanges(p: ExtractedPolicy): ChunkRange[] {
  const chunks: ChunkRange[] = [];
  for (const section of p.sections) {
    let cur: string[] = [];
    let ids: number[] = [];
    let words = 0;
    for (const id of section.sentences) {
      const text = p.sentences[id]?.text ?? '';
      const n = countWords(text);
      if (words > 0 && words + n > CHUNK_WORDS) {
        chunks.push({ text: cur.join(' '), sentences: ids });
        cur = [];
        ids = [];
        words = 0;
      }
      cur.push(text);
      ids.push(id);
      words += n;
    }
    if (words > 0) chunks.push({ text: cur.join(' '), sentences: ids });
  }
  return chunks;
}

/** The chunks' texts (what `topicCoverage` and `classifyPolicy` classify). */
export function sectionChunks(p: ExtractedPolicy): string[] {
  return sectionChunkRanges(p).map((c) => c.text);
}

/**
 * Classify a whole policy once: every chunk's scores and, per sentence, the chunk that holds it. The result
 * feeds both the field rules (as their optional `focus`) and `topicCoverage`. Null when the text is not
 * English or has no words (then the field rules run without focus).
 */
export function classifyPolicy(p: ExtractedPolicy): SegmentFocus | null {
  if (p.lang !== 'en' && p.lang !== 'und') return null;
  const ranges = sectionChunkRanges(p);
  if (ranges.length === 0) return null;
  const res = classifySegments(ranges.map((r) => r.text));
  const segmentOf: number[] = new Array<number>(p.sentences.length).fill(-1);
  const segments: FocusSegment[] = ranges.map((r, k) => {
    for (const id of r.sentences) segmentOf[id] = k;
    return { sentences: r.sentences, labels: res[k]!.labels, scores: res[k]!.scores };
  });
  return { segments, segmentOf };
}

/** Categories that are not practices a reader would miss: never listed under `neverMentions`. */
const NOT_A_TOPIC: ReadonlySet<Category> = new Set<Category>(['Introductory/Generic', 'Practice not covered']);

/**
 * Which OPP-115 topics the policy covers (some chunk of some section is classified as it) and which
 * substantive topics it never mentions. Null when there is no text or the text is not English.
 * Pass the policy's `classifyPolicy` result as `focus` to reuse it (null means "no classification": null out).
 */
export function topicCoverage(p: ExtractedPolicy, focus?: SegmentFocus | null): TopicCoverage | null {
  const f = focus === undefined ? classifyPolicy(p) : focus;
  if (!f) return null;
  const found = new Set<Category>();
  for (const seg of f.segments) for (const l of seg.labels) found.add(l);
  return {
    covers: CATEGORIES.filter((c) => found.has(c)),
    neverMentions: CATEGORIES.filter((c) => !found.has(c) && !NOT_A_TOPIC.has(c)),
  };
}
