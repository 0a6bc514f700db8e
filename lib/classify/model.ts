/**
 * The trained segment classifier: a linear model over hashed n-gram features, one logistic unit per
 * OPP-115 category, int8-quantized weights stored as base64 in model.json.
 */
import { hashFeatures, hashWords, tokenize, weightFeatures, type FeatureConfig, type HashedCounts, type WordFeatures } from './features';

/** The JSON written by `npm run train`. */
export interface ModelFile {
  format: 'fineprint-segment-classifier';
  version: 1;
  categories: string[];
  features: FeatureConfig;
  /** Whether the features are scaled by idf (stored as `idf`, uint8-quantized, base64). */
  idf?: { scale: number; offset: number; data: string };
  /** Bias per category. */
  bias: number[];
  /**
   * Weight of the best single sentence in a segment's score: score = (1 - a) * whole + a * max(whole, best
   * sentence). A topic that one sentence of a long segment is about would otherwise be diluted.
   */
  sentenceMix: number;
  /** Dequantization scale per category. */
  scale: number[];
  /** int8 weights, bucket-major (bucket * categories + k), base64. */
  weights: string;
  /** Tuned probability thresholds per category; scores are mapped so that each threshold becomes 0.5. */
  thresholds: number[];
  /**
   * When no category reaches its threshold, lift the one closest to it (in logit) to 0.5, so that a segment
   * always gets a label: every segment of the OPP-115 split carries at least one. Absent: false.
   */
  atLeastOneLabel?: boolean;
  /** How the file was made (figures on validation, seed, options). */
  meta: Record<string, unknown>;
}

export interface LoadedModel {
  categories: string[];
  features: FeatureConfig;
  idf: Float32Array | undefined;
  bias: Float32Array;
  sentenceMix: number;
  /** logit of each category's threshold. */
  shift: Float32Array;
  atLeastOneLabel: boolean;
  /** int8 weights, bucket-major (small enough to stay in cache); multiplied by `scale` after the sum. */
  q: Int8Array;
  scale: Float32Array;
}

/** Decode base64 without Buffer or atob (works the same in Node and browsers). */
export function decodeBase64(s: string): Uint8Array {
  const map = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) map[alphabet.charCodeAt(i)] = i;
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0, acc = 0, bits = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | map[clean.charCodeAt(i)];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function encodeBase64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63];
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? alphabet[n & 63] : '=';
  }
  return out;
}

export function loadModel(file: ModelFile): LoadedModel {
  const K = file.categories.length;
  const bytes = decodeBase64(file.weights);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const dim = 1 << file.features.bits;
  if (q.length !== dim * K) throw new Error(`model weights: expected ${dim * K} bytes, got ${q.length}`);
  let idf: Float32Array | undefined;
  if (file.idf) {
    const raw = decodeBase64(file.idf.data);
    idf = new Float32Array(raw.length);
    for (let i = 0; i < raw.length; i++) idf[i] = file.idf.offset + raw[i] * file.idf.scale;
  }
  return { categories: file.categories, features: file.features, idf, bias: Float32Array.from(file.bias), q, scale: Float32Array.from(file.scale),
    sentenceMix: file.sentenceMix,
    atLeastOneLabel: file.atLeastOneLabel === true,
    shift: Float32Array.from(file.thresholds, (t) => Math.log(t / (1 - t))),
  };
}

/** Sentence boundaries good enough for policy prose: end punctuation, space, then a capital or digit. */
const SENTENCE_END = /(?<=[.!?;:])\s+(?=["'(\[]?[A-Z0-9])/;

/** Probabilities of a segment's whole text, and the best of whole and each of its sentences, per category. */
export function scoreParts(m: LoadedModel, text: string): { whole: Float32Array; best: Float32Array } {
  const sentences = text.split(SENTENCE_END);
  if (sentences.length < 2) {
    const whole = scoreText(m, text);
    return { whole, best: Float32Array.from(whole) };
  }
  // Words are hashed once: the text's words are its sentences' words in order (the split eats only spaces).
  const ranges: [number, number, boolean][] = [];
  const words: string[] = [];
  for (const s of sentences) {
    const w = tokenize(s);
    ranges.push([words.length, words.length + w.length, s.length >= 20]);
    for (const x of w) words.push(x);
  }
  const f = hashWords(words, m.features);
  const K = m.categories.length;
  const whole = new Float32Array(K);
  scoreRange(m, f, 0, words.length, whole);
  const best = Float32Array.from(whole);
  const p = new Float32Array(K);
  for (const [from, to, long] of ranges) {
    if (!long) continue;
    scoreRange(m, f, from, to, p);
    for (let k = 0; k < K; k++) if (p[k] > best[k]) best[k] = p[k];
  }
  return { whole, best };
}

/** (1 - a) * whole + a * best, per category. */
export function mixParts(parts: { whole: ArrayLike<number>; best: ArrayLike<number> }, a: number): Float32Array {
  const out = new Float32Array(parts.whole.length);
  for (let k = 0; k < out.length; k++) out[k] = (1 - a) * parts.whole[k] + a * parts.best[k];
  return out;
}

/** Raw probabilities of a segment: its whole text mixed with its best sentence (before thresholds). */
export function scoreRaw(m: LoadedModel, text: string): Float32Array {
  if (m.sentenceMix <= 0) return scoreText(m, text);
  return mixParts(scoreParts(m, text), m.sentenceMix);
}

/** Scores per category in 0..1 with each category's tuned threshold mapped to 0.5 (>= 0.5: the label applies). */
export function scoreSegment(m: LoadedModel, text: string): Float32Array {
  const p = scoreRaw(m, text);
  let top = 0;
  for (let k = 0; k < p.length; k++) {
    const x = Math.min(Math.max(p[k], 1e-7), 1 - 1e-7);
    p[k] = 1 / (1 + Math.exp(-(Math.log(x / (1 - x)) - m.shift[k])));
    if (p[k] > p[top]) top = k;
  }
  // The mapped score is monotone in the margin over the threshold, so the top score is the closest category.
  if (m.atLeastOneLabel && p.length > 0 && p[top] < 0.5) p[top] = 0.5;
  return p;
}

/** Probabilities per category from the whole text as one bag of features (thresholds not applied). */
export function scoreText(m: LoadedModel, text: string): Float32Array {
  return scoreCounts(m, hashFeatures(text, m.features));
}

/** Reused buffers of scoreRange (one text at a time; JavaScript is single-threaded). */
let rangeCounts = new Uint32Array(0);
let rangeList = new Int32Array(0);
let rangeWeights = new Float32Array(0);

/**
 * Probabilities of words [from, to) into `out`: countWords, weightFeatures and scoreCounts fused, with no
 * allocation. Every intermediate is rounded exactly as those functions round it (counts and weights are
 * float32 there, hence Math.fround), so the scores are bit-identical.
 */
function scoreRange(m: LoadedModel, f: WordFeatures, from: number, to: number, out: Float32Array): void {
  const size = 1 << m.features.bits;
  if (rangeCounts.length !== size) rangeCounts = new Uint32Array(size);
  const bound = f.start[to] - f.start[from] + (to - from);
  if (rangeList.length < bound) {
    rangeList = new Int32Array(bound * 2);
    rangeWeights = new Float32Array(bound * 2);
  }
  const counts = rangeCounts, list = rangeList, v = rangeWeights, ids = f.ids, start = f.start, bigram = f.bigram;
  let n = 0;
  for (let i = from; i < to; i++) {
    let b = ids[start[i]];
    if (counts[b]++ === 0) list[n++] = b;
    if (i > from && bigram[i] >= 0) {
      b = bigram[i];
      if (counts[b]++ === 0) list[n++] = b;
    }
    for (let j = start[i] + 1, end = start[i + 1]; j < end; j++) {
      b = ids[j];
      if (counts[b]++ === 0) list[n++] = b;
    }
  }
  // weightFeatures: sublinear tf times idf, L2-normalized.
  const idf = m.idf;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const b = list[i];
    const c = counts[b];
    counts[b] = 0;
    const x = (c === 1 ? 1 : 1 + Math.log(c)) * (idf ? idf[b] : 1);
    v[i] = x;
    norm += x * x;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < n; i++) v[i] *= inv;
  }
  dot(m, list, v, n, out);
}

/** Sigmoid of bias + scale * (weights . v) per category, over the first n buckets. */
function dot(m: LoadedModel, buckets: Int32Array, v: Float32Array, n: number, out: Float32Array): void {
  const K = m.categories.length;
  const q = m.q;
  if (K === 12) {
    let z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0, z8 = 0, z9 = 0, z10 = 0, z11 = 0;
    for (let i = 0; i < n; i++) {
      const b = buckets[i] * 12, x = v[i];
      z0 += q[b] * x; z1 += q[b + 1] * x; z2 += q[b + 2] * x; z3 += q[b + 3] * x;
      z4 += q[b + 4] * x; z5 += q[b + 5] * x; z6 += q[b + 6] * x; z7 += q[b + 7] * x;
      z8 += q[b + 8] * x; z9 += q[b + 9] * x; z10 += q[b + 10] * x; z11 += q[b + 11] * x;
    }
    const bias = m.bias, scale = m.scale;
    out[0] = 1 / (1 + Math.exp(-(bias[0] + z0 * scale[0]))); out[1] = 1 / (1 + Math.exp(-(bias[1] + z1 * scale[1])));
    out[2] = 1 / (1 + Math.exp(-(bias[2] + z2 * scale[2]))); out[3] = 1 / (1 + Math.exp(-(bias[3] + z3 * scale[3])));
    out[4] = 1 / (1 + Math.exp(-(bias[4] + z4 * scale[4]))); out[5] = 1 / (1 + Math.exp(-(bias[5] + z5 * scale[5])));
    out[6] = 1 / (1 + Math.exp(-(bias[6] + z6 * scale[6]))); out[7] = 1 / (1 + Math.exp(-(bias[7] + z7 * scale[7])));
    out[8] = 1 / (1 + Math.exp(-(bias[8] + z8 * scale[8]))); out[9] = 1 / (1 + Math.exp(-(bias[9] + z9 * scale[9])));
    out[10] = 1 / (1 + Math.exp(-(bias[10] + z10 * scale[10]))); out[11] = 1 / (1 + Math.exp(-(bias[11] + z11 * scale[11])));
    return;
  }
  const z = new Float64Array(K);
  for (let i = 0; i < n; i++) {
    const base = buckets[i] * K, x = v[i];
    for (let k = 0; k < K; k++) z[k] += q[base + k] * x;
  }
  for (let k = 0; k < K; k++) out[k] = 1 / (1 + Math.exp(-(m.bias[k] + z[k] * m.scale[k])));
}

function scoreCounts(m: LoadedModel, h: HashedCounts): Float32Array {
  const K = m.categories.length;
  const v = weightFeatures(h, m.idf);
  const z = new Float64Array(K);
  const q = m.q, buckets = h.buckets;
  if (K === 12) {
    // The hot loop, unrolled for the 12 OPP-115 categories: accumulators in locals run several times faster.
    let z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0, z8 = 0, z9 = 0, z10 = 0, z11 = 0;
    for (let i = 0; i < v.length; i++) {
      const b = buckets[i] * 12, x = v[i];
      z0 += q[b] * x; z1 += q[b + 1] * x; z2 += q[b + 2] * x; z3 += q[b + 3] * x;
      z4 += q[b + 4] * x; z5 += q[b + 5] * x; z6 += q[b + 6] * x; z7 += q[b + 7] * x;
      z8 += q[b + 8] * x; z9 += q[b + 9] * x; z10 += q[b + 10] * x; z11 += q[b + 11] * x;
    }
    z.set([z0, z1, z2, z3, z4, z5, z6, z7, z8, z9, z10, z11]);
  } else {
    for (let i = 0; i < v.length; i++) {
      const base = buckets[i] * K, x = v[i];
      for (let k = 0; k < K; k++) z[k] += q[base + k] * x;
    }
  }
  const out = new Float32Array(K);
  for (let k = 0; k < K; k++) out[k] = 1 / (1 + Math.exp(-(m.bias[k] + z[k] * m.scale[k])));
  return out;
}
