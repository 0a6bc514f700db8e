/**
 * Focus: what the OPP-115 segment classifier says each part of the policy is about, as plain data the field
 * rules can read ("is this sentence in a Data Retention paragraph or in a cookie one?").
 *
 * The analyzer classifies the policy once (`classifyPolicy` in lib/classify) and passes the result to the
 * summarizers as an optional argument. Every rule must still work without it (`focus` undefined or null:
 * topics switched off, a non-English page, a unit test of one sentence), so a rule may only use focus to
 * break a tie or to veto a weak match, never as the only way to reach a verdict. This file does not import
 * the model: summarizers stay light and testable without it.
 */
import type { Category, Sentence } from '../types';

/** One paragraph-sized chunk of a section, as the classifier saw it. */
export interface FocusSegment {
  /** Ids of the sentences it is made of, in order. */
  sentences: number[];
  /** Categories whose score is at least 0.5. */
  labels: Category[];
  /** Score per category in 0..1; each category's tuned threshold is mapped to 0.5. */
  scores: Record<Category, number>;
}

/** The classifier's reading of a whole policy. */
export interface SegmentFocus {
  segments: FocusSegment[];
  /** Per sentence id, the index of its segment in `segments` (-1 when in none, e.g. an empty section). */
  segmentOf: number[];
}

/** The scores of the segment that holds a sentence, or undefined without focus. */
export function scoresOf(focus: SegmentFocus | null | undefined, sentence: number): Record<Category, number> | undefined {
  if (!focus) return undefined;
  const k = focus.segmentOf[sentence] ?? -1;
  return k >= 0 ? focus.segments[k]?.scores : undefined;
}

/** The highest score among `cats` of the segment holding the sentence; undefined without focus. */
export function focusScore(focus: SegmentFocus | null | undefined, sentence: number, cats: readonly Category[]): number | undefined {
  const s = scoresOf(focus, sentence);
  if (!s) return undefined;
  let best = 0;
  for (const c of cats) best = Math.max(best, s[c] ?? 0);
  return best;
}

/** The sentence's segment is labeled as one of `cats` (score >= threshold). False without focus. */
export function isAbout(focus: SegmentFocus | null | undefined, sentence: number, cats: readonly Category[], threshold = 0.5): boolean {
  return (focusScore(focus, sentence, cats) ?? 0) >= threshold;
}

/** Categories where the field rules look for each card field (see lib/classify/README.md). */
export const FIELD_CATEGORIES = {
  rights: ['User Access, Edit and Deletion', 'User Choice/Control'],
  selling: ['Third Party Sharing/Collection', 'User Choice/Control'],
  retention: ['Data Retention'],
  contact: ['Privacy contact information'],
} as const satisfies Record<string, readonly Category[]>;

/**
 * Sentences ordered so that those in segments about `cats` come first (stable otherwise: document order
 * within each group). Without focus the order is unchanged. For evidence lists: the card shows the first few
 * quotes, and a rights quote from the "Your choices" paragraph reads better than one from a cookie table.
 */
export function rankByFocus<T extends Pick<Sentence, 'id'> | { sentence: number }>(
  items: readonly T[],
  focus: SegmentFocus | null | undefined,
  cats: readonly Category[],
): T[] {
  if (!focus) return [...items];
  const idOf = (x: T): number => ('sentence' in x ? x.sentence : x.id);
  const on: T[] = [];
  const off: T[] = [];
  for (const x of items) (isAbout(focus, idOf(x), cats) ? on : off).push(x);
  return [...on, ...off];
}
