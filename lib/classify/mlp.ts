/**
 * The classifier's second part: a small MLP (fastText-style bag of hashed words and word bigrams, one ReLU
 * hidden layer) whose probabilities for a segment's whole text are averaged with the linear model's
 * (model.ts), weight `weight`. Trained by `npm run train` (see README.md here). Pure TypeScript.
 */
import type { FeatureConfig } from './features';
import { decodeBase64, hashTextWords, lastWordHashes, MAX_BITS, scoreParts, type LoadedModel } from './model';

/** The `mlp` entry of model.json. */
export interface MlpFile {
  /** Word unigrams and bigrams only (charMin 0): hashed as hashFeatures hashes them. */
  features: FeatureConfig;
  hidden: number;
  /** Weight of the MLP's probabilities in the average with the linear model's. */
  weight: number;
  /** int8 input weights, bucket-major (bucket * hidden + j), base64; times `scale[j]`. */
  weights: string;
  scale: number[];
  /** Hidden bias (hidden), output weights (categories x hidden, row-major) and output bias (categories). */
  b1: number[];
  w2: number[];
  b2: number[];
}

export interface LoadedMlp {
  bits: number;
  hidden: number;
  weight: number;
  /**
   * int8 input weights (bucket * hidden + j), dequantized where they are used as float32(q * scale[j]), the float32
   * each weight had when they were stored dequantized: a quarter of the memory (256 KB), and the MLP's time is mostly
   * cache misses on these rows (dequantizing on the fly made it about a third faster on the 9,831-word page).
   */
  q: Int8Array;
  scale: Float64Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

export function loadMlp(f: MlpFile): LoadedMlp {
  if (f.features.charMin !== 0 || f.features.wordNgrams !== 2) throw new Error('mlp: only word unigram + bigram features are supported');
  if (f.features.bits > MAX_BITS) throw new Error(`mlp features: at most ${MAX_BITS} bits, got ${f.features.bits}`);
  const bytes = decodeBase64(f.weights);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const H = f.hidden;
  if (q.length !== (1 << f.features.bits) * H) throw new Error(`mlp weights: expected ${(1 << f.features.bits) * H} bytes, got ${q.length}`);
  return { bits: f.features.bits, hidden: H, weight: f.weight, q: q.slice(), scale: Float64Array.from(f.scale), b1: Float32Array.from(f.b1), w2: Float32Array.from(f.w2), b2: Float32Array.from(f.b2) };
}

/**
 * Reused buffers (one text at a time; JavaScript is single-threaded). The counts and the list of distinct buckets
 * are constants sized once for the largest model (as model.ts's scoring buffers): V8 compiles faster loops over them.
 */
const counts = new Uint32Array(1 << MAX_BITS);
/** One more than the most distinct buckets: the count loop writes list[n] before it knows whether n moves on. */
const list = new Int32Array((1 << MAX_BITS) + 1);
let acc = new Float32Array(0);

/** 1 + ln(c) for small counts (1 for c = 1), computed once: the same doubles as computing them each time. */
const SUBLINEAR_TF = Float64Array.from({ length: 256 }, (_, c) => (c <= 1 ? 1 : 1 + Math.log(c)));

/**
 * The MLP's probability per category of a whole text, into `out`: the words and word bigrams hashed into
 * 2^bits buckets, sublinear tf, L2-normalized (as hashFeatures + weightFeatures, no idf), then
 * hidden = relu(b1 + sum float32(q[bucket] * scale) * x), out = sigmoid(b2 + w2 . hidden).
 */
export function mlpScore(m: LoadedMlp, text: string, out: Float32Array): void {
  hashTextWords(text, { bits: m.bits, wordNgrams: 2, charMin: 0, charMax: 0 });
  const h = lastWordHashes();
  mlpScoreHashes(m, h.words, h.pairs, h.n, out);
}

/**
 * mlpScore from the text's word hashes (lastWordHashes: full 32-bit hashes of each word and of its bigram with the
 * previous word, pairs[0] unused), masked to the MLP's buckets. scoreEnsemble passes the hashes the linear model
 * has just computed for the same text, so the text is not tokenized twice.
 */
export function mlpScoreHashes(m: LoadedMlp, words: Int32Array, pairs: Int32Array, nw: number, out: Float32Array): void {
  const mask = (1 << m.bits) - 1, H = m.hidden;
  if (acc.length !== H) acc = new Float32Array(H);
  const cnt = counts, lst = list;
  let n = 0;
  // Buckets in order of first occurrence (each word's own, then its bigram), as hashFeatures lists them.
  // Without a branch on "first time seen" (as model.ts's scoreRange): every bucket is written at lst[n], and n moves
  // on only for a bucket whose count was 0.
  if (nw > 0) {
    const b = words[0]! & mask, c = cnt[b]!;
    cnt[b] = c + 1;
    lst[n] = b;
    n += (c - 1) >>> 31;
  }
  for (let i = 1; i < nw; i++) {
    let b = words[i]! & mask, c = cnt[b]!;
    cnt[b] = c + 1;
    lst[n] = b;
    n += (c - 1) >>> 31;
    b = pairs[i]! & mask;
    c = cnt[b]!;
    cnt[b] = c + 1;
    lst[n] = b;
    n += (c - 1) >>> 31;
  }
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const c = cnt[lst[i]!]!;
    const x = c < 256 ? SUBLINEAR_TF[c]! : 1 + Math.log(c);
    norm += x * x;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const a = acc, q = m.q, scale = m.scale, fr = Math.fround;
  if (H === 16) {
    // The sums in locals, each rounded to float32 after every add exactly as a Float32Array element would be.
    const s0 = scale[0]!, s1 = scale[1]!, s2 = scale[2]!, s3 = scale[3]!, s4 = scale[4]!, s5 = scale[5]!, s6 = scale[6]!, s7 = scale[7]!;
    const s8 = scale[8]!, s9 = scale[9]!, s10 = scale[10]!, s11 = scale[11]!, s12 = scale[12]!, s13 = scale[13]!, s14 = scale[14]!, s15 = scale[15]!;
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0, a14 = 0, a15 = 0;
    for (let i = 0; i < n; i++) {
      const b = lst[i]!, c = cnt[b]!;
      cnt[b] = 0;
      const x = (c < 256 ? SUBLINEAR_TF[c]! : 1 + Math.log(c)) * inv;
      const o = b << 4;
      a0 = fr(a0 + fr(q[o]! * s0) * x); a1 = fr(a1 + fr(q[o + 1]! * s1) * x); a2 = fr(a2 + fr(q[o + 2]! * s2) * x); a3 = fr(a3 + fr(q[o + 3]! * s3) * x);
      a4 = fr(a4 + fr(q[o + 4]! * s4) * x); a5 = fr(a5 + fr(q[o + 5]! * s5) * x); a6 = fr(a6 + fr(q[o + 6]! * s6) * x); a7 = fr(a7 + fr(q[o + 7]! * s7) * x);
      a8 = fr(a8 + fr(q[o + 8]! * s8) * x); a9 = fr(a9 + fr(q[o + 9]! * s9) * x); a10 = fr(a10 + fr(q[o + 10]! * s10) * x); a11 = fr(a11 + fr(q[o + 11]! * s11) * x);
      a12 = fr(a12 + fr(q[o + 12]! * s12) * x); a13 = fr(a13 + fr(q[o + 13]! * s13) * x); a14 = fr(a14 + fr(q[o + 14]! * s14) * x); a15 = fr(a15 + fr(q[o + 15]! * s15) * x);
    }
    a[0] = a0; a[1] = a1; a[2] = a2; a[3] = a3; a[4] = a4; a[5] = a5; a[6] = a6; a[7] = a7;
    a[8] = a8; a[9] = a9; a[10] = a10; a[11] = a11; a[12] = a12; a[13] = a13; a[14] = a14; a[15] = a15;
  } else {
    a.fill(0);
    for (let i = 0; i < n; i++) {
      const b = lst[i]!, c = cnt[b]!;
      cnt[b] = 0;
      const x = (c < 256 ? SUBLINEAR_TF[c]! : 1 + Math.log(c)) * inv;
      for (let j = 0, base = b * H; j < H; j++) a[j] += fr(q[base + j]! * scale[j]!) * x;
    }
  }
  for (let j = 0; j < H; j++) {
    const h = m.b1[j]! + a[j]!;
    a[j] = h > 0 ? h : 0;
  }
  for (let k = 0; k < out.length; k++) {
    let z = m.b2[k]!;
    for (let j = 0, base = k * H; j < H; j++) z += m.w2[base + j]! * a[j]!;
    out[k] = 1 / (1 + Math.exp(-z));
  }
}

/**
 * Average the linear model's parts (whole text, best sentence) with the MLP's whole-text probabilities, in
 * place: (1 - weight) * linear + weight * mlp for both.
 */
export function blendMlp(m: LoadedMlp, text: string, parts: { whole: Float32Array; best: Float32Array }, hashed = false): void {
  const K = parts.whole.length;
  const p = new Float32Array(K);
  if (hashed) {
    const h = lastWordHashes();
    mlpScoreHashes(m, h.words, h.pairs, h.n, p);
  } else mlpScore(m, text, p);
  const w = m.weight;
  for (let k = 0; k < K; k++) {
    parts.whole[k] = (1 - w) * parts.whole[k] + w * p[k];
    parts.best[k] = (1 - w) * parts.best[k] + w * p[k];
  }
}

/** The MLP's probabilities in scoreEnsemble (reused: one text at a time). */
let mlpOut = new Float32Array(0);

/**
 * scoreSegment (model.ts) of the ensemble: the linear model's parts blended with the MLP's, mixed with the
 * best sentence, then each category's threshold mapped to 0.5 (and at least one label when the model says so).
 * blendMlp and mixParts fused: every intermediate is rounded to float32 where those functions store it in a
 * Float32Array, so the scores are bit-identical to theirs.
 */
export function scoreEnsemble(m: LoadedModel, mlp: LoadedMlp, text: string): Float32Array {
  const { whole, best } = scoreParts(m, text);
  const K = whole.length;
  if (mlpOut.length !== K) mlpOut = new Float32Array(K);
  const q = mlpOut;
  // scoreParts has just hashed the text's words; with bigrams on, they are the MLP's features (mlpScore's).
  if (m.features.wordNgrams >= 2) {
    const h = lastWordHashes();
    mlpScoreHashes(mlp, h.words, h.pairs, h.n, q);
  } else mlpScore(mlp, text, q);
  const w = mlp.weight, a = m.sentenceMix, fr = Math.fround;
  const p = new Float32Array(K);
  let top = 0;
  for (let k = 0; k < K; k++) {
    const wk = fr((1 - w) * whole[k]! + w * q[k]!);
    const bk = fr((1 - w) * best[k]! + w * q[k]!);
    const x = Math.min(Math.max(fr((1 - a) * wk + a * bk), 1e-7), 1 - 1e-7);
    p[k] = 1 / (1 + Math.exp(-(Math.log(x / (1 - x)) - m.shift[k]!)));
    if (p[k]! > p[top]!) top = k;
  }
  if (m.atLeastOneLabel && p.length > 0 && p[top]! < 0.5) p[top] = 0.5;
  return p;
}
