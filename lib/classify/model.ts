/**
 * The trained segment classifier: a linear model over hashed n-gram features, one logistic unit per
 * OPP-115 category, int8-quantized weights stored as base64 in model.json.
 */
import { hashFeatures, scanWords, SEED_BIGRAM, SEED_CHAR, SEED_WORD, weightFeatures, type FeatureConfig, type HashedCounts } from './features';
import { isSpace } from '../extract/words';

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
  /**
   * The same bytes as little-endian 32-bit words, when there are 12 categories (a bucket's weights are then
   * three whole words) and the platform is little-endian; undefined otherwise.
   */
  q32?: Int32Array;
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

/** The most hash buckets a model may have, 2^MAX_BITS (the scoring buffers are allocated once for it). */
export const MAX_BITS = 16;

export function loadModel(file: ModelFile): LoadedModel {
  if (file.features.bits > MAX_BITS) throw new Error(`model features: at most ${MAX_BITS} bits, got ${file.features.bits}`);
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
  const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
  const q32 = K === 12 && littleEndian ? new Int32Array(q.slice().buffer) : undefined;
  return { categories: file.categories, features: file.features, idf, bias: Float32Array.from(file.bias), q, q32, scale: Float32Array.from(file.scale),
    sentenceMix: file.sentenceMix,
    atLeastOneLabel: file.atLeastOneLabel === true,
    shift: Float32Array.from(file.thresholds, (t) => Math.log(t / (1 - t))),
  };
}

/** Sentence boundaries good enough for policy prose: end punctuation, space, then a capital or digit. */
export const SENTENCE_END = /(?<=[.!?;:])\s+(?=["'(\[]?[A-Z0-9])/;

/** The characters a sentence may end with, found by a regex scan (faster than a test of every character in JavaScript). */
const SENTENCE_PUNCT = /[.!?;:]/g;

/**
 * `text.split(SENTENCE_END)` without running the regex at every character. The regex matches at q exactly when the
 * character before q is one of . ! ? ; : and a run of whitespace starts at q, ending at e where a capital or digit
 * follows, or one of " ' ( [ and then a capital or digit (a shorter run would leave whitespace before the lookahead,
 * which it never accepts). split cuts there and looks again from e, as this does: SENTENCE_PUNCT finds each candidate
 * end in turn, from e after a cut.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let p = 0;
  const punct = SENTENCE_PUNCT;
  punct.lastIndex = 0;
  for (let m = punct.exec(text); m; m = punct.exec(text)) {
    const q = m.index + 1;
    if (q >= n || !isSpace(text.charCodeAt(q))) continue;
    let e = q + 1;
    while (e < n && isSpace(text.charCodeAt(e))) e++;
    let d = e < n ? text.charCodeAt(e) : 0;
    if (d === 34 || d === 39 || d === 40 || d === 91) d = e + 1 < n ? text.charCodeAt(e + 1) : 0;
    if ((d >= 65 && d <= 90) || (d >= 48 && d <= 57)) {
      out.push(text.slice(p, q));
      p = e;
      punct.lastIndex = e;
    }
  }
  out.push(text.slice(p));
  return out;
}

/** Probabilities of a segment's whole text, and the best of whole and each of its sentences, per category. */
export function scoreParts(m: LoadedModel, text: string): { whole: Float32Array; best: Float32Array } {
  const sentences = splitSentences(text);
  const K = m.categories.length;
  // Every feature of the text, hashed once, word after word (see hashSentence); a sentence's features are a
  // contiguous stretch of them, less the bigram of its first word with the previous sentence's last word.
  nFeat = 0;
  nWords = 0;
  prevLen = -1;
  featOverflow = false;
  const ranges: number[] = [];
  for (const s of sentences) {
    const from = nFeat;
    const firstBigram = prevLen >= 0 && m.features.wordNgrams >= 2;
    hashSentence(s, m.features);
    ranges.push(from, nFeat, firstBigram && nFeat > from ? from + 1 : -1, s.length >= 20 ? 1 : 0);
  }
  if (featOverflow) return scorePartsByText(m, text, sentences);
  const whole = new Float32Array(K);
  scoreRange(m, 0, nFeat, -1, whole);
  const best = Float32Array.from(whole);
  if (sentences.length < 2) return { whole, best };
  const p = new Float32Array(K);
  for (let r = 0; r < ranges.length; r += 4) {
    if (!ranges[r + 3]) continue;
    scoreRange(m, ranges[r]!, ranges[r + 1]!, ranges[r + 2]!, p);
    for (let k = 0; k < K; k++) if (p[k] > best[k]) best[k] = p[k];
  }
  return { whole, best };
}

/**
 * scoreParts of a text with more features than `feat` holds (FEAT_CAP: some 6,000 words in one segment; the policy
 * chunks classifyPolicy scores have about 120): the whole text and each sentence scored as separate texts, which
 * gives the same scores (scoreText sums the same features in the same order; a test checks both ways agree).
 */
function scorePartsByText(m: LoadedModel, text: string, sentences: string[]): { whole: Float32Array; best: Float32Array } {
  const whole = scoreText(m, text);
  const best = Float32Array.from(whole);
  if (sentences.length < 2) return { whole, best };
  for (const s of sentences) {
    if (s.length < 20) continue;
    const p = scoreText(m, s);
    for (let k = 0; k < p.length; k++) if (p[k]! > best[k]!) best[k] = p[k]!;
  }
  return { whole, best };
}

/**
 * Scratch of scoreParts (one text at a time; JavaScript is single-threaded): the text's feature buckets, word by
 * word as hashWords lays them out (unigram, bigram with the previous word, character n-grams), and the current
 * word's UTF-16 codes framed as '<' + word + '>'. `feat` has a fixed size, so that V8 compiles the loops that
 * fill and read it with its address and length known (about 5% of classifyPolicy); a text that would overflow it
 * sets `featOverflow` and is scored by scorePartsByText instead (its word hashes are still all recorded).
 */
const FEAT_CAP = 1 << 17;
const feat = new Int32Array(FEAT_CAP);
let featOverflow = false;
// Read once: module bindings can be getters (a CommonJS transpilation of the import), too slow per word.
const WORD_SEED = SEED_WORD, BIGRAM_SEED = SEED_BIGRAM, CHAR_SEED = SEED_CHAR;
let nFeat = 0;
let cur = new Uint16Array(64);
let prevLen = -1;
/** The bigram hash of the previous word followed by a space: fnv1a(prev + ' ', SEED_BIGRAM), continued by the next word. */
let pairPrefix = 0;
/**
 * Each word's full 32-bit hashes (before the bucket mask), word after word: its own (fnv1a(w)) and its bigram with
 * the previous word (fnv1a(prev + ' ' + w, SEED_BIGRAM); 0 for the first word or when bigrams are off). The MLP
 * (mlp.ts) masks them to its own, smaller number of buckets instead of tokenizing and hashing the text again.
 */
let wordHash = new Int32Array(1024);
let pairHash = new Int32Array(1024);
let nWords = 0;

/** The word hashes of the text last hashed (by scoreParts or hashTextWords); valid until the next call. */
export function lastWordHashes(): { words: Int32Array; pairs: Int32Array; n: number } {
  return { words: wordHash, pairs: pairHash, n: nWords };
}

/** Hash a text's words (and the cfg's other features) as scoreParts does, for lastWordHashes. */
export function hashTextWords(text: string, cfg: FeatureConfig): void {
  nFeat = 0;
  nWords = 0;
  prevLen = -1;
  featOverflow = false;
  hashSentence(text, cfg);
}

/**
 * Appends the features of one sentence's words to `feat`: the same buckets, in the same order, as
 * hashWords(tokenize(sentence)) continuing the previous sentence's words, without building the word strings.
 */
function hashSentence(sentence: string, cfg: FeatureConfig): void {
  sentenceCfg = cfg;
  scanWords(sentence, hashSpan);
}

/** The config of the sentence being hashed (hashSpan is a module function, so no closure is made per sentence). */
let sentenceCfg: FeatureConfig;
/** One word of scanWords: its codes framed as '<' + word + '>' in `cur` ('0' for a number; tokenize replaces the first U+2019 with an apostrophe), then hashed. */
function hashSpan(t: string, start: number, end: number, number: boolean): void {
  const len = number ? 1 : end - start;
  if (cur.length < len + 2) cur = new Uint16Array(2 * (len + 2));
  cur[0] = 60;
  if (number) cur[1] = 48;
  else {
    let replaced = false;
    for (let k = 0; k < len; k++) {
      let code = t.charCodeAt(start + k);
      if (code === 0x2019 && !replaced) { code = 39; replaced = true; }
      cur[k + 1] = code;
    }
  }
  cur[len + 1] = 62;
  hashWord(len, sentenceCfg);
}

/** The features of the word in `cur` (`len` codes after the '<'), as hashWords computes them. */
function hashWord(len: number, cfg: FeatureConfig): void {
  const mask = (1 << cfg.bits) - 1;
  const chars = cfg.charMin > 0;
  const bound = 2 + (chars ? (len + 2) * (cfg.charMax - cfg.charMin + 1) : 0);
  if (nFeat + bound > FEAT_CAP) {
    // The features are not used (see featOverflow): start over at 0, so that the writes below stay in the buffer.
    featOverflow = true;
    nFeat = 0;
  }
  const f = feat, w = cur;
  let n = nFeat;
  if (wordHash.length <= nWords) {
    const grownW = new Int32Array(2 * (nWords + 1)), grownP = new Int32Array(2 * (nWords + 1));
    grownW.set(wordHash.subarray(0, nWords));
    grownP.set(pairHash.subarray(0, nWords));
    wordHash = grownW;
    pairHash = grownP;
  }
  let h = WORD_SEED;
  for (let k = 1; k <= len; k++) h = Math.imul(h ^ w[k]!, 0x01000193);
  f[n++] = h & mask;
  wordHash[nWords] = h;
  let pair = 0;
  if (cfg.wordNgrams >= 2) {
    if (prevLen >= 0) {
      h = pairPrefix;
      for (let k = 1; k <= len; k++) h = Math.imul(h ^ w[k]!, 0x01000193);
      f[n++] = h & mask;
      pair = h;
    }
    h = BIGRAM_SEED;
    for (let k = 1; k <= len; k++) h = Math.imul(h ^ w[k]!, 0x01000193);
    pairPrefix = Math.imul(h ^ 32, 0x01000193);
  }
  pairHash[nWords++] = pair;
  if (chars && cfg.charMin === 2 && cfg.charMax === 4) {
    // The shipped model's 2- to 4-grams, unrolled: the same hashes in the same order as the loop below (which never
    // stores a 1-gram, nor an n-gram as long as the framed word, l === p; p >= 3 as a word has a code).
    const p = len + 2;
    for (let s = 0; s + 2 <= p; s++) {
      h = Math.imul(Math.imul(CHAR_SEED ^ w[s]!, 0x01000193) ^ w[s + 1]!, 0x01000193);
      f[n++] = h & mask;
      if (s + 3 > p) continue;
      h = Math.imul(h ^ w[s + 2]!, 0x01000193);
      if (p > 3) f[n++] = h & mask;
      if (s + 4 > p) continue;
      h = Math.imul(h ^ w[s + 3]!, 0x01000193);
      if (p > 4) f[n++] = h & mask;
    }
  } else if (chars) {
    const p = len + 2, max = cfg.charMax, min = cfg.charMin;
    for (let s = 0; s < p; s++) {
      h = CHAR_SEED;
      for (let l = 1; l <= max && s + l <= p; l++) {
        h = Math.imul(h ^ w[s + l - 1]!, 0x01000193);
        if (l >= min && l < p) f[n++] = h & mask;
      }
    }
  }
  nFeat = n;
  prevLen = len;
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

/**
 * Reused buffers of scoreRange (one text at a time; JavaScript is single-threaded), sized once for the largest
 * model (a range has at most 2^MAX_BITS distinct buckets). Constants rather than buffers grown on demand: V8 then
 * compiles the hot loops with their addresses and lengths known, which makes scoring about a sixth faster.
 */
const rangeCounts = new Uint32Array(1 << MAX_BITS);
/** One more than the most distinct buckets: the count loop writes list[n] before it knows whether n moves on. */
const rangeList = new Int32Array((1 << MAX_BITS) + 1);
const rangeWeights = new Float32Array(1 << MAX_BITS);

/** 1 + ln(c) for small counts (1 for c = 1), computed once: the same doubles as computing them each time. */
const SUBLINEAR_TF = Float64Array.from({ length: 256 }, (_, c) => (c <= 1 ? 1 : 1 + Math.log(c)));

/** The buckets counted once in a range (scoreRange's grouped path; see dot). */
const onceList = new Int32Array(1 << MAX_BITS);

/**
 * Probabilities of the features feat[from, to) (less feat[skip], -1 for none) into `out`: countWords,
 * weightFeatures and scoreCounts fused, with no allocation. Every intermediate is rounded exactly as those
 * functions round it (counts and weights are float32 there), so the scores are bit-identical. Without idf, the
 * buckets counted once all get the same weight and are summed apart as integers (`grouped`; dot says why that
 * gives the same sums); the others, and all buckets with idf, are summed in order of first occurrence.
 */
function scoreRange(m: LoadedModel, from: number, to: number, skip: number, out: Float32Array): void {
  const counts = rangeCounts, list = rangeList, v = rangeWeights, once = onceList, f = feat;
  // Without a branch on "first time seen" (taken at random, so mispredicted half the time): every bucket is
  // written at list[n], and n moves on only for a bucket whose count was 0. The skipped index counts nothing:
  // the features before it and after it are counted in turn.
  let n = 0;
  const stop = skip >= from && skip < to ? skip : to;
  for (let j = from; j < stop; j++) {
    const b = f[j]!;
    const c = counts[b]!;
    counts[b] = c + 1;
    list[n] = b;
    n += (c - 1) >>> 31;
  }
  for (let j = stop + 1; j < to; j++) {
    const b = f[j]!;
    const c = counts[b]!;
    counts[b] = c + 1;
    list[n] = b;
    n += (c - 1) >>> 31;
  }
  // weightFeatures: sublinear tf times idf, L2-normalized (the norm summed in order of first occurrence).
  const idf = m.idf;
  const grouped = idf === undefined && m.q32 !== undefined;
  let norm = 0, nOnce = 0, nRest = 0;
  for (let i = 0; i < n; i++) {
    const b = list[i]!;
    const c = counts[b]!;
    counts[b] = 0;
    const x = (c < SUBLINEAR_TF.length ? SUBLINEAR_TF[c]! : 1 + Math.log(c)) * (idf ? idf[b]! : 1);
    norm += x * x;
    // Grouped: a bucket counted once goes to `once`, the others stay in `list` (nRest <= i: already read), again
    // without a branch. Not grouped: every bucket stays.
    const one = grouped ? (c - 2) >>> 31 : 0;
    once[nOnce] = b;
    list[nRest] = b;
    v[nRest] = x;
    nOnce += one;
    nRest += 1 - one;
  }
  let inv = 1;
  if (norm > 0) {
    inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < nRest; i++) v[i] *= inv;
  }
  // A bucket counted once weighs 1 * inv, stored as float32 (v[i] = 1; v[i] *= inv).
  dot(m, once, nOnce, Math.fround(inv), list, v, nRest, out);
}

/** XOR of a weight word that adds 128 to each of its four int8 weights (two's complement: flip the top bit). */
const BIAS_WORD = 0x80808080 | 0;
/** Weights of this many buckets are summed in 16-bit lanes before a lane could reach 2^15 (128 * 255 < 2^15). */
const LANE_BATCH = 128;

/**
 * Sigmoid of bias + scale * z per category, z = sum of weight * v over the buckets `rest[0, nRest)` (weights
 * `v`) and the buckets `once[0, nOnce)`, whose v is `vOnce` (nOnce is 0 unless the model has q32 and 12 categories).
 *
 * Why the order of the sum does not matter: every product weight * v is exact in a double (an int8 times a float32
 * has at most 32 significant bits), and so is every partial sum: each v is a float32 at least as large as the
 * smallest one, v_min, so each product is a whole multiple of v_min's float32 ulp (> v_min / 2^24), while all of
 * them together stay below 128 * n * v_max <= 128 * 2^16 * 24 * v_min < 2^53 * that ulp (n <= 2^MAX_BITS buckets;
 * without idf, v_max / v_min <= 1 + ln(count) < 24 for counts below 2^32, times float32 rounding). No addition
 * rounds, so any order gives the exact sum, the one the loop in order of first occurrence computes. Hence the
 * once-counted buckets' weights can be summed as integers (vOnce times their sum is exact too), four bytes at a
 * time: a weight word with 128 added to each byte, split into two words of two 16-bit lanes.
 */
function dot(m: LoadedModel, once: Int32Array, nOnce: number, vOnce: number, rest: Int32Array, v: Float32Array, nRest: number, out: Float32Array): void {
  const K = m.categories.length;
  const q = m.q;
  if (K === 12) {
    let z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0, z8 = 0, z9 = 0, z10 = 0, z11 = 0;
    const q32 = m.q32;
    if (q32) {
      if (nOnce > 0) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0;
        for (let i = 0; i < nOnce; ) {
          const end = Math.min(nOnce, i + LANE_BATCH);
          // a0: categories 0 and 2 (bytes 0 and 2 of the first word), a1: 1 and 3, ... a5: 9 and 11.
          let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
          for (; i < end; i++) {
            const b = once[i]! * 3;
            const w0 = q32[b]! ^ BIAS_WORD, w1 = q32[b + 1]! ^ BIAS_WORD, w2 = q32[b + 2]! ^ BIAS_WORD;
            a0 += w0 & 0xff00ff; a1 += (w0 >>> 8) & 0xff00ff;
            a2 += w1 & 0xff00ff; a3 += (w1 >>> 8) & 0xff00ff;
            a4 += w2 & 0xff00ff; a5 += (w2 >>> 8) & 0xff00ff;
          }
          s0 += a0 & 0xffff; s2 += a0 >>> 16; s1 += a1 & 0xffff; s3 += a1 >>> 16;
          s4 += a2 & 0xffff; s6 += a2 >>> 16; s5 += a3 & 0xffff; s7 += a3 >>> 16;
          s8 += a4 & 0xffff; s10 += a4 >>> 16; s9 += a5 & 0xffff; s11 += a5 >>> 16;
        }
        const bias = 128 * nOnce;
        z0 = (s0 - bias) * vOnce; z1 = (s1 - bias) * vOnce; z2 = (s2 - bias) * vOnce; z3 = (s3 - bias) * vOnce;
        z4 = (s4 - bias) * vOnce; z5 = (s5 - bias) * vOnce; z6 = (s6 - bias) * vOnce; z7 = (s7 - bias) * vOnce;
        z8 = (s8 - bias) * vOnce; z9 = (s9 - bias) * vOnce; z10 = (s10 - bias) * vOnce; z11 = (s11 - bias) * vOnce;
      }
      // A bucket's 12 weights are three aligned 32-bit words: 3 loads instead of 12, each byte sign-extended.
      for (let i = 0; i < nRest; i++) {
        const b = rest[i]! * 3, x = v[i]!;
        const w0 = q32[b]!, w1 = q32[b + 1]!, w2 = q32[b + 2]!;
        z0 += ((w0 << 24) >> 24) * x; z1 += ((w0 << 16) >> 24) * x; z2 += ((w0 << 8) >> 24) * x; z3 += (w0 >> 24) * x;
        z4 += ((w1 << 24) >> 24) * x; z5 += ((w1 << 16) >> 24) * x; z6 += ((w1 << 8) >> 24) * x; z7 += (w1 >> 24) * x;
        z8 += ((w2 << 24) >> 24) * x; z9 += ((w2 << 16) >> 24) * x; z10 += ((w2 << 8) >> 24) * x; z11 += (w2 >> 24) * x;
      }
    } else {
      for (let i = 0; i < nRest; i++) {
        const b = rest[i] * 12, x = v[i];
        z0 += q[b] * x; z1 += q[b + 1] * x; z2 += q[b + 2] * x; z3 += q[b + 3] * x;
        z4 += q[b + 4] * x; z5 += q[b + 5] * x; z6 += q[b + 6] * x; z7 += q[b + 7] * x;
        z8 += q[b + 8] * x; z9 += q[b + 9] * x; z10 += q[b + 10] * x; z11 += q[b + 11] * x;
      }
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
  for (let i = 0; i < nRest; i++) {
    const base = rest[i] * K, x = v[i];
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
