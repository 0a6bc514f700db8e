/**
 * Hashed text features for the segment classifier: word unigrams and bigrams plus character n-grams of
 * each word (fastText-style, with boundary marks), counted into a fixed number of buckets.
 * Pure and deterministic: the same text always gives the same buckets, in the browser and in Node.
 */

/** Which n-grams to extract; the trained model stores the ones it was trained with. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Word n-gram orders to use (1 = unigrams, 2 = bigrams). */
  wordNgrams: number;
  /** Shortest and longest character n-gram, 0 to disable. */
  charMin: number;
  charMax: number;
}

/** Sparse bucket counts: parallel arrays, buckets unique. */
export interface HashedCounts {
  buckets: Int32Array;
  counts: Float32Array;
}

/** 32-bit FNV-1a over a string's UTF-16 code units, from a seed (distinct seeds keep n-gram kinds apart). */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** fnv1a(a + ' ' + b, seed) without building the string. */
function fnv1aPair(a: string, b: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const SEED_WORD = 0x811c9dc5;
export const SEED_BIGRAM = 0x9e3779b1;
export const SEED_CHAR = 0x7f4a7c15;

/**
 * The words of a text, as spans of its lowercased form `t` (e-mail addresses and URLs already replaced by placeholder
 * words): runs of [a-z0-9], with one inner apostrophe followed by letters ("don't", "user's"); `number` when the run
 * has no letter. `word` is called once per word, in order. Shared by tokenize and the classifier's hashing, which
 * reads the codes without building the word strings.
 */
export function scanWords(text: string, word: (t: string, start: number, end: number, number: boolean) => void): void {
  let t = text.toLowerCase();
  if (t.includes('@')) t = t.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' zzemail ');
  if (t.includes('http') || t.includes('www.')) t = t.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' zzurl ');
  let start = -1, digits = true;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    const letter = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (letter || digit) {
      if (start < 0) { start = i; digits = true; }
      if (letter) digits = false;
      continue;
    }
    if (start >= 0 && (c === 39 || c === 0x2019)) {
      const n = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
      if (n >= 97 && n <= 122) {
        digits = false;
        continue;
      }
    }
    if (start >= 0) {
      word(t, start, i, digits);
      start = -1;
    }
  }
}

/** Lowercase words; numbers collapse to '0', e-mail addresses and URLs to placeholder words. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (t, start, end, number) => out.push(number ? '0' : t.slice(start, end).replace('\u2019', "'")));
  return out;
}

/** Reused tally buffers (one text at a time; JavaScript is single-threaded). */
let tallyCounts = new Uint32Array(0);
let tallyList = new Int32Array(0);

/** Count the hashed features of one text; buckets come in order of first occurrence. */
export function hashFeatures(text: string, cfg: FeatureConfig): HashedCounts {
  const words = tokenize(text);
  return countWords(hashWords(words, cfg), 0, words.length, cfg.bits);
}

/** The hashed features of each word of a text, so that ranges of words (sentences) can be counted without rehashing. */
export interface WordFeatures {
  /** Bucket of each word's bigram with the previous word (-1 for the first word or when disabled). */
  bigram: Int32Array;
  /** Unigram and character n-gram buckets of word i: ids[start[i] .. start[i + 1]). */
  start: Int32Array;
  ids: Int32Array;
}

/** Hash every word once: unigram, bigram and character n-gram buckets (hashFeatures counts them over all words). */
export function hashWords(words: string[], cfg: FeatureConfig): WordFeatures {
  const mask = (1 << cfg.bits) - 1;
  const bigram = new Int32Array(words.length).fill(-1);
  const start = new Int32Array(words.length + 1);
  let bound = 0;
  for (const w of words) bound += 1 + (cfg.charMin > 0 ? (w.length + 2) * (cfg.charMax - cfg.charMin + 1) : 0);
  const ids = new Int32Array(bound);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    start[i] = n;
    ids[n++] = fnv1a(w, SEED_WORD) & mask;
    if (cfg.wordNgrams >= 2 && i > 0) bigram[i] = fnv1aPair(words[i - 1], w, SEED_BIGRAM) & mask;
    if (cfg.charMin > 0) {
      const p = '<' + w + '>';
      for (let s = 0; s < p.length; s++) {
        let h = SEED_CHAR;
        for (let len = 1; len <= cfg.charMax && s + len <= p.length; len++) {
          h = Math.imul(h ^ p.charCodeAt(s + len - 1), 0x01000193);
          if (len >= cfg.charMin && len < p.length) ids[n++] = (h >>> 0) & mask;
        }
      }
    }
  }
  start[words.length] = n;
  return { bigram, start, ids };
}

/**
 * Counts of words [from, to) of hashed words: equal to hashFeatures of that stretch of text on its own
 * (the first word's bigram, which reaches outside the stretch, is left out).
 */
export function countWords(f: WordFeatures, from: number, to: number, bits: number): HashedCounts {
  const size = 1 << bits;
  if (tallyCounts.length !== size) tallyCounts = new Uint32Array(size);
  const bound = f.start[to] - f.start[from] + (to - from);
  if (tallyList.length < bound) tallyList = new Int32Array(bound * 2);
  const counts = tallyCounts, list = tallyList;
  let n = 0;
  for (let i = from; i < to; i++) {
    let b = f.ids[f.start[i]];
    if (counts[b]++ === 0) list[n++] = b;
    if (i > from && f.bigram[i] >= 0) {
      b = f.bigram[i];
      if (counts[b]++ === 0) list[n++] = b;
    }
    for (let j = f.start[i] + 1; j < f.start[i + 1]; j++) {
      b = f.ids[j];
      if (counts[b]++ === 0) list[n++] = b;
    }
  }
  return drainCounts(list, n, counts);
}

/**
 * TF-IDF vector of hashed counts: sublinear tf (1 + ln tf) times the bucket's idf, L2-normalized.
 * `idf` may be omitted (all ones).
 */
export function weightFeatures(h: HashedCounts, idf?: ArrayLike<number>): Float32Array {
  const v = new Float32Array(h.counts.length);
  let norm = 0;
  for (let i = 0; i < v.length; i++) {
    const c = h.counts[i];
    const x = (c === 1 ? 1 : 1 + Math.log(c)) * (idf ? idf[h.buckets[i]] : 1);
    v[i] = x;
    norm += x * x;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < v.length; i++) v[i] *= inv;
  }
  return v;
}

/** The first `n` buckets of `list` with their counts, resetting the shared `counts` scratch array to zeros. */
function drainCounts(list: Int32Array, n: number, counts: Uint32Array): HashedCounts {
  const buckets = list.slice(0, n);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = counts[buckets[i]];
    counts[buckets[i]] = 0;
  }
  return { buckets, counts: out };
}
