/**
 * The classifier's second part: a small MLP (fastText-style bag of hashed words and word bigrams, one ReLU
 * hidden layer) whose probabilities for a segment's whole text are averaged with the linear model's
 * (model.ts), weight `weight`. Trained by `npm run train` (see README.md here). Pure TypeScript.
 */
import { tokenize, type FeatureConfig } from './features';
import { decodeBase64, mixParts, scoreParts, type LoadedModel } from './model';

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
  /** Input weights dequantized (bucket * hidden + j): float loads are faster than int8 times a scale. */
  e: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

export function loadMlp(f: MlpFile): LoadedMlp {
  if (f.features.charMin !== 0 || f.features.wordNgrams !== 2) throw new Error('mlp: only word unigram + bigram features are supported');
  const bytes = decodeBase64(f.weights);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const H = f.hidden;
  if (q.length !== (1 << f.features.bits) * H) throw new Error(`mlp weights: expected ${(1 << f.features.bits) * H} bytes, got ${q.length}`);
  const e = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) e[i] = q[i] * f.scale[i % H];
  return { bits: f.features.bits, hidden: H, weight: f.weight, e, b1: Float32Array.from(f.b1), w2: Float32Array.from(f.w2), b2: Float32Array.from(f.b2) };
}

/** Seeds of word and word-bigram hashes in features.ts; test/classify checks the buckets match hashFeatures. */
const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x9e3779b1;

/** Reused buffers (one text at a time; JavaScript is single-threaded). */
let counts = new Uint32Array(0);
let list = new Int32Array(0);
let acc = new Float32Array(0);

/**
 * The MLP's probability per category of a whole text, into `out`: the words and word bigrams hashed into
 * 2^bits buckets, sublinear tf, L2-normalized (as hashFeatures + weightFeatures, no idf), then
 * hidden = relu(b1 + sum e[bucket] * x), out = sigmoid(b2 + w2 . hidden).
 */
export function mlpScore(m: LoadedMlp, text: string, out: Float32Array): void {
  const size = 1 << m.bits, mask = size - 1, H = m.hidden;
  const words = tokenize(text);
  if (counts.length !== size) counts = new Uint32Array(size);
  if (list.length < 2 * words.length) list = new Int32Array(4 * words.length);
  if (acc.length !== H) acc = new Float32Array(H);
  let n = 0;
  // One pass over each word's characters: its own FNV-1a hash (fnv1a(w)), the bigram hash continuing from the
  // previous word's state (fnv1a(prev + ' ' + w, SEED_BIGRAM)), and its own state for the next bigram.
  let prev = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let hw = SEED_WORD | 0, hb = prev, hp = SEED_BIGRAM | 0;
    for (let c = 0; c < w.length; c++) {
      const x = w.charCodeAt(c);
      hw = Math.imul(hw ^ x, 0x01000193);
      hb = Math.imul(hb ^ x, 0x01000193);
      hp = Math.imul(hp ^ x, 0x01000193);
    }
    let b = hw & mask;
    if (counts[b]++ === 0) list[n++] = b;
    if (i > 0) {
      b = hb & mask;
      if (counts[b]++ === 0) list[n++] = b;
    }
    prev = Math.imul(hp ^ 32, 0x01000193);
  }
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const c = counts[list[i]];
    const x = c === 1 ? 1 : 1 + Math.log(c);
    norm += x * x;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const a = acc, e = m.e;
  a.fill(0);
  for (let i = 0; i < n; i++) {
    const b = list[i], c = counts[b];
    counts[b] = 0;
    const x = (c === 1 ? 1 : 1 + Math.log(c)) * inv;
    for (let j = 0, base = b * H; j < H; j++) a[j] += e[base + j] * x;
  }
  for (let j = 0; j < H; j++) {
    const h = m.b1[j] + a[j];
    a[j] = h > 0 ? h : 0;
  }
  for (let k = 0; k < out.length; k++) {
    let z = m.b2[k];
    for (let j = 0, base = k * H; j < H; j++) z += m.w2[base + j] * a[j];
    out[k] = 1 / (1 + Math.exp(-z));
  }
}

/**
 * Average the linear model's parts (whole text, best sentence) with the MLP's whole-text probabilities, in
 * place: (1 - weight) * linear + weight * mlp for both.
 */
export function blendMlp(m: LoadedMlp, text: string, parts: { whole: Float32Array; best: Float32Array }): void {
  const K = parts.whole.length;
  const p = new Float32Array(K);
  mlpScore(m, text, p);
  const w = m.weight;
  for (let k = 0; k < K; k++) {
    parts.whole[k] = (1 - w) * parts.whole[k] + w * p[k];
    parts.best[k] = (1 - w) * parts.best[k] + w * p[k];
  }
}

/**
 * scoreSegment (model.ts) of the ensemble: the linear model's parts blended with the MLP's, mixed with the
 * best sentence, then each category's threshold mapped to 0.5 (and at least one label when the model says so).
 */
export function scoreEnsemble(m: LoadedModel, mlp: LoadedMlp, text: string): Float32Array {
  const parts = scoreParts(m, text);
  blendMlp(mlp, text, parts);
  const p = mixParts(parts, m.sentenceMix);
  let top = 0;
  for (let k = 0; k < p.length; k++) {
    const x = Math.min(Math.max(p[k], 1e-7), 1 - 1e-7);
    p[k] = 1 / (1 + Math.exp(-(Math.log(x / (1 - x)) - m.shift[k])));
    if (p[k] > p[top]) top = k;
  }
  if (m.atLeastOneLabel && p.length > 0 && p[top] < 0.5) p[top] = 0.5;
  return p;
}
