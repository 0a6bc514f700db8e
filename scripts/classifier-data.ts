/**
 * Loads the Polisis/PrivacyGLUE segment-level OPP-115 split (Majority variant) for the classifier scripts.
 * The CSV files have no header: `segment text, label`, one row per (segment, label); rows are grouped by text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CATEGORIES, type Category } from '../lib/types';
// Sentence boundaries as the model splits segments.
import { SENTENCE_END } from '../lib/classify/model';
import { join } from 'node:path';
import { DATA } from './data-dir';

export const SPLIT_DIR = join(DATA, 'polisis-benchmark-split/datasets/Majority');
export type SplitName = 'train' | 'validation' | 'test';

export interface Segment {
  text: string;
  /** One 0/1 per entry of CATEGORIES. */
  y: Uint8Array;
}

/** RFC 4180 rows (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Segments of one split, in order of first appearance, each with its label set. */
export function loadSplit(name: SplitName, dir = SPLIT_DIR): Segment[] {
  const src = gunzipSync(readFileSync(`${dir}/${name}_dataset.csv.gz`)).toString('utf8');
  const byText = new Map<string, Segment>();
  for (const r of parseCsv(src)) {
    if (r.length < 2) continue;
    const label = r[r.length - 1].trim();
    const text = r.slice(0, -1).join(',');
    const k = CATEGORIES.indexOf(label as Category);
    if (k < 0) throw new Error(`unknown category ${JSON.stringify(label)} in ${name}`);
    let s = byText.get(text);
    if (!s) { s = { text, y: new Uint8Array(CATEGORIES.length) }; byText.set(text, s); }
    s.y[k] = 1;
  }
  return [...byText.values()];
}

export const OPP115_DIR = join(DATA, 'opp-115');
export const SEGMENT_MAP = join(DATA, 'polisis-benchmark-split/segment_to_policy_map.csv');


const norm = (s: string) => s.toLowerCase().replace(/<[^>]*>/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();

/** Whether a normalized span and a normalized sentence share text: one holds the other, or the span holds one end of the sentence. */
function overlaps(span: string, sent: string): boolean {
  if (span.length < 8 || sent.length < 8) return false;
  if (span.includes(sent) || sent.includes(span)) return true;
  const n = Math.min(30, sent.length);
  if (span.includes(sent.slice(0, n)) || span.includes(sent.slice(-n))) return true;
  const m = Math.min(30, span.length);
  return sent.includes(span.slice(0, m)) || sent.includes(span.slice(-m));
}

export interface SentenceExample {
  text: string;
  /** Per category: how many of the annotators highlighted text of this sentence for it. */
  votes: Uint8Array;
  /** Index of the train segment it comes from. */
  segment: number;
}

/**
 * Sentences of the train part's segments with, per category, the number of OPP-115 annotators (raw
 * annotations, three per policy) whose highlighted spans for that category touch the sentence.
 * Only segments whose OPP-115 ids (UID#segment) are all in the Majority train part are used: a segment
 * whose text also matches a validation or test segment id (boilerplate repeated across policies) is skipped.
 */
export function loadTrainSentences(train: Segment[]): { sentences: SentenceExample[]; skipped: number; unmatched: number } {
  const mapRows = parseCsv(readFileSync(SEGMENT_MAP, 'utf8')).slice(1);
  const heldOut = new Set<string>();
  const trainIds = new Map<number, string[]>();
  for (const [variant, split, row, , matched] of mapRows) {
    if (variant !== 'Majority' || !matched) continue;
    const ids = matched.split(';').filter(Boolean);
    if (split === 'train') trainIds.set(Number(row), ids);
    else for (const id of ids) heldOut.add(id.replace(/_[^#]*#/, '#'));
  }
  // The map's row_index counts the train CSV's rows; rows are (segment text, label).
  const src = gunzipSync(readFileSync(`${SPLIT_DIR}/train_dataset.csv.gz`)).toString('utf8');
  const idsByText = new Map<string, Set<string>>();
  parseCsv(src).forEach((r, i) => {
    if (r.length < 2) return;
    const text = r.slice(0, -1).join(',');
    const set = idsByText.get(text) ?? new Set<string>();
    for (const id of trainIds.get(i) ?? []) set.add(id.replace(/_[^#]*#/, '#'));
    idsByText.set(text, set);
  });
  // Raw annotations: annotator -> category -> normalized spans, per UID#segment.
  const spans = new Map<string, Map<string, Map<number, string[]>>>();
  const files = readdirSync(`${OPP115_DIR}/annotations`).filter((f) => f.endsWith('.csv.gz')).sort();
  for (const f of files) {
    const uid = f.split('_')[0];
    for (const r of parseCsv(gunzipSync(readFileSync(`${OPP115_DIR}/annotations/${f}`)).toString('utf8'))) {
      if (r.length < 7) continue;
      const key = `${uid}#${r[4]}`;
      let cat = r[5];
      const attrs = JSON.parse(r[6]) as Record<string, { selectedText?: string; startIndexInSegment?: number; value?: string }>;
      if (cat === 'Other') cat = attrs['Other Type']?.value ?? 'Other';
      const k = CATEGORIES.indexOf(cat as Category);
      if (k < 0) continue;
      let byAnn = spans.get(key);
      if (!byAnn) spans.set(key, (byAnn = new Map()));
      let byCat = byAnn.get(r[2]);
      if (!byCat) byAnn.set(r[2], (byCat = new Map()));
      const list = byCat.get(k) ?? [];
      for (const a of Object.values(attrs)) {
        if (a.selectedText && (a.startIndexInSegment ?? -1) >= 0 && a.selectedText !== 'null') list.push(norm(a.selectedText));
      }
      byCat.set(k, list);
    }
  }
  const sentences: SentenceExample[] = [];
  let skipped = 0, unmatched = 0;
  train.forEach((seg, si) => {
    const ids = [...(idsByText.get(seg.text) ?? [])];
    if (ids.length === 0) { unmatched++; return; }
    if (ids.some((id) => heldOut.has(id))) { skipped++; return; }
    const byAnn = spans.get(ids[0]);
    if (!byAnn) { unmatched++; return; }
    const parts = seg.text.split(SENTENCE_END);
    if (parts.length < 2) return;
    for (const text of parts) {
      const ns = norm(text);
      if (ns.length < 20) continue;
      const votes = new Uint8Array(CATEGORIES.length);
      for (const byCat of byAnn.values()) {
        for (const [k, list] of byCat) if (list.some((sp) => overlaps(sp, ns))) votes[k]++;
      }
      sentences.push({ text, votes, segment: si });
    }
  });
  return { sentences, skipped, unmatched };
}

export const UNION_DIR = join(DATA, 'polisis-benchmark-split/datasets/Union');

/** The classifier's training examples: the train segments, then their sentences (`loadTrainSentences`). */
export interface TrainingExamples {
  texts: string[];
  ys: number[][];
  /** The train segment each example is or comes from: folds hold a segment and its sentences out together. */
  segmentOf: number[];
  sentences: number;
  /** Segments whose text is also a validation or test segment, so they give no sentences. */
  skipped: number;
}

/**
 * Targets: a segment's Majority labels are 1; a category only the split's Union variant gives it (one or two of
 * three annotators) is `unionTarget` (only segments whose text is in the Majority train part: the Union variant's
 * own split is different). A sentence's category is 1 with two or more annotators' votes, `sentenceOneVote` with one.
 */
export function trainingExamples(train: Segment[], o: { unionTarget: number; sentenceOneVote: number }): TrainingExamples {
  const union = new Map(loadSplit('train', UNION_DIR).map((s) => [s.text, s.y]));
  const segments = train.map((s) => {
    const u = union.get(s.text);
    return Array.from(s.y, (v, k) => (v ? 1 : u?.[k] ? o.unionTarget : 0));
  });
  const { sentences, skipped } = loadTrainSentences(train);
  return {
    texts: [...train.map((s) => s.text), ...sentences.map((s) => s.text)],
    ys: [...segments, ...sentences.map((s) => Array.from(s.votes, (v) => (v >= 2 ? 1 : v === 1 ? o.sentenceOneVote : 0)))],
    segmentOf: [...train.map((_, i) => i), ...sentences.map((s) => s.segment)],
    sentences: sentences.length,
    skipped,
  };
}
