/**
 * Training pieces for the segment classifier: TF-IDF over hashed features, one-vs-rest logistic regression
 * trained with seeded mini-batch Adam, per-category thresholds, and F1 metrics. Deterministic for a given seed.
 */
import { CATEGORIES } from '../lib/types';
import { hashFeatures, weightFeatures, type FeatureConfig, type HashedCounts } from '../lib/classify/features';
import type { Segment } from './classifier-data';

export const K = CATEGORIES.length;

export interface SparseRow { idx: Int32Array; val: Float32Array }

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function countAll(segs: Segment[], cfg: FeatureConfig): HashedCounts[] {
  return segs.map((s) => hashFeatures(s.text, cfg));
}

/** Smoothed idf of every bucket from training counts. */
export function computeIdf(counts: HashedCounts[], bits: number): Float32Array {
  const df = new Float32Array(1 << bits);
  for (const h of counts) for (let i = 0; i < h.buckets.length; i++) df[h.buckets[i]]++;
  const n = counts.length;
  const idf = new Float32Array(1 << bits);
  for (let b = 0; b < idf.length; b++) idf[b] = Math.log((n + 1) / (df[b] + 1)) + 1;
  return idf;
}

export function vectorize(counts: HashedCounts[], idf?: ArrayLike<number>): SparseRow[] {
  return counts.map((h) => ({ idx: h.buckets, val: weightFeatures(h, idf) }));
}

export interface LinearModel { dim: number; w: Float32Array; b: Float32Array }

export interface TrainOptions {
  epochs: number;
  lr: number;
  /** L2 penalty per example (weight decay on the data-loss gradient). */
  l2: number;
  batch: number;
  seed: number;
  /** Weight of positive examples per category (>= 1 helps rare categories). */
  posWeight?: number[];
  /** Per-(bucket, category) feature scaling, e.g. NB log-count ratios; fold it into w after training. */
  featScale?: Float32Array;
  /** Weight of each example's loss (default 1). */
  exampleWeight?: ArrayLike<number>;
}

/** One-vs-rest logistic regression: w is dim x K, row-major (bucket * K + k), for cache-friendly inference. */
export function trainLogReg(rows: SparseRow[], ys: ArrayLike<number>[], dim: number, o: TrainOptions): LinearModel {
  const w = new Float32Array(dim * K);
  const b = new Float32Array(K);
  const mw = new Float32Array(dim * K), vw = new Float32Array(dim * K);
  const mb = new Float32Array(K), vb = new Float32Array(K);
  const gw = new Float32Array(dim * K), gb = new Float32Array(K);
  const touched = new Uint8Array(dim);
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const rand = rng(o.seed);
  const order = rows.map((_, i) => i);
  let t = 0;
  const z = new Float32Array(K);
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let s = 0; s < order.length; s += o.batch) {
      const batch = order.slice(s, s + o.batch);
      const list: number[] = [];
      gb.fill(0);
      for (const n of batch) {
        const r = rows[n], y = ys[n];
        z.set(b);
        const fs = o.featScale;
        for (let i = 0; i < r.idx.length; i++) {
          const base = r.idx[i] * K, v = r.val[i];
          if (fs) for (let k = 0; k < K; k++) z[k] += w[base + k] * v * fs[base + k];
          else for (let k = 0; k < K; k++) z[k] += w[base + k] * v;
        }
        const ew = o.exampleWeight ? o.exampleWeight[n] : 1;
        for (let k = 0; k < K; k++) {
          const p = 1 / (1 + Math.exp(-z[k]));
          const pw = y[k] > 0 && o.posWeight ? o.posWeight[k] : 1;
          z[k] = (p - y[k]) * pw * ew;
          gb[k] += z[k];
        }
        for (let i = 0; i < r.idx.length; i++) {
          const f = r.idx[i];
          if (!touched[f]) { touched[f] = 1; list.push(f); }
          const base = f * K, v = r.val[i];
          if (fs) for (let k = 0; k < K; k++) gw[base + k] += z[k] * v * fs[base + k];
          else for (let k = 0; k < K; k++) gw[base + k] += z[k] * v;
        }
      }
      t++;
      const inv = 1 / batch.length;
      const c1 = 1 - Math.pow(b1, t), c2 = 1 - Math.pow(b2, t);
      const step = o.lr * Math.sqrt(c2) / c1;
      // Sparse Adam: only buckets seen in the batch move; L2 applied to them (lazy regularization).
      for (const f of list) {
        touched[f] = 0;
        const base = f * K;
        for (let k = 0; k < K; k++) {
          const j = base + k;
          const g = gw[j] * inv + o.l2 * w[j];
          gw[j] = 0;
          mw[j] = b1 * mw[j] + (1 - b1) * g;
          vw[j] = b2 * vw[j] + (1 - b2) * g * g;
          w[j] -= step * mw[j] / (Math.sqrt(vw[j]) + eps);
        }
      }
      for (let k = 0; k < K; k++) {
        const g = gb[k] * inv;
        mb[k] = b1 * mb[k] + (1 - b1) * g;
        vb[k] = b2 * vb[k] + (1 - b2) * g * g;
        b[k] -= step * mb[k] / (Math.sqrt(vb[k]) + eps);
      }
    }
  }
  return { dim, w, b };
}

/** NB log-count ratios per (bucket, category), shifted so the mean |r| is 1 (NBSVM-style scaling). */
export function nbRatios(rows: SparseRow[], ys: ArrayLike<number>[], dim: number, alpha: number, beta: number): Float32Array {
  const pos = new Float64Array(dim * K), neg = new Float64Array(dim * K);
  rows.forEach((r, n) => {
    for (let i = 0; i < r.idx.length; i++) {
      const base = r.idx[i] * K;
      for (let k = 0; k < K; k++) (ys[n][k] > 0 ? pos : neg)[base + k] += r.val[i];
    }
  });
  const out = new Float32Array(dim * K);
  for (let k = 0; k < K; k++) {
    let sp = 0, sn = 0;
    for (let f = 0; f < dim; f++) { sp += pos[f * K + k] + alpha; sn += neg[f * K + k] + alpha; }
    for (let f = 0; f < dim; f++) {
      const r = Math.log((pos[f * K + k] + alpha) / sp) - Math.log((neg[f * K + k] + alpha) / sn);
      // Interpolate toward 1 (plain features) by beta; use |r| so the sign stays with the weight.
      out[f * K + k] = (1 - beta) + beta * Math.abs(r);
    }
  }
  return out;
}

export function predictLogits(m: LinearModel, rows: SparseRow[]): Float32Array[] {
  return rows.map((r) => {
    const z = Float32Array.from(m.b);
    for (let i = 0; i < r.idx.length; i++) {
      const base = r.idx[i] * K, v = r.val[i];
      for (let k = 0; k < K; k++) z[k] += m.w[base + k] * v;
    }
    return z;
  });
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface F1Report { p: number[]; r: number[]; f1: number[]; macro: number; micro: number; microP: number; microR: number; support: number[] }

export function f1Report(scores: ArrayLike<number>[], ys: ArrayLike<number>[], thr: number[]): F1Report {
  const tp = new Array(K).fill(0), fp = new Array(K).fill(0), fn = new Array(K).fill(0), support = new Array(K).fill(0);
  scores.forEach((s, n) => {
    for (let k = 0; k < K; k++) {
      const pred = s[k] >= thr[k], gold = ys[n][k] > 0;
      if (gold) support[k]++;
      if (pred && gold) tp[k]++; else if (pred) fp[k]++; else if (gold) fn[k]++;
    }
  });
  const p = tp.map((x, k) => (x + fp[k] ? x / (x + fp[k]) : 0));
  const r = tp.map((x, k) => (x + fn[k] ? x / (x + fn[k]) : 0));
  const f1 = p.map((x, k) => (x + r[k] ? (2 * x * r[k]) / (x + r[k]) : 0));
  const TP = tp.reduce((a, b) => a + b), FP = fp.reduce((a, b) => a + b), FN = fn.reduce((a, b) => a + b);
  const microP = TP / (TP + FP || 1), microR = TP / (TP + FN || 1);
  return { p, r, f1, macro: f1.reduce((a, b) => a + b) / K, micro: (2 * microP * microR) / (microP + microR || 1), microP, microR, support };
}

/**
 * Per-category threshold maximizing F1 on tuning data; ties resolved toward the middle of the best
 * plateau, and the result shrunk toward 0.5 by `shrink` (few positives make the optimum noisy).
 */
export function tuneThresholds(scores: ArrayLike<number>[], ys: ArrayLike<number>[], shrink = 0): number[] {
  const out: number[] = [];
  for (let k = 0; k < K; k++) {
    const grid: number[] = [];
    for (let t = 0.05; t <= 0.951; t += 0.01) grid.push(Math.round(t * 100) / 100);
    const f = grid.map((t) => {
      let tp = 0, fp = 0, fn = 0;
      scores.forEach((s, n) => {
        const pred = s[k] >= t, gold = ys[n][k] > 0;
        if (pred && gold) tp++; else if (pred) fp++; else if (gold) fn++;
      });
      return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    });
    const best = Math.max(...f);
    const near = grid.filter((_, i) => f[i] >= best - 1e-9);
    const mid = near[Math.floor(near.length / 2)];
    out.push(Math.round((mid * (1 - shrink) + 0.5 * shrink) * 100) / 100);
  }
  return out;
}

/** Scores with the category closest to its threshold raised to it when none reaches it (ModelFile.atLeastOneLabel). */
export function atLeastOne(scores: ArrayLike<number>[], thr: number[]): number[][] {
  const logit = (p: number) => { const x = Math.min(Math.max(p, 1e-7), 1 - 1e-7); return Math.log(x / (1 - x)); };
  return scores.map((s) => {
    const out = Array.from(s);
    if (out.some((x, k) => x >= thr[k])) return out;
    let top = 0;
    for (let k = 1; k < K; k++) if (logit(out[k]) - logit(thr[k]) > logit(out[top]) - logit(thr[top])) top = k;
    out[top] = thr[top];
    return out;
  });
}

export interface MlpOptions { hidden: number; epochs: number; lr: number; l2: number; dropout: number; batch: number; seed: number }

/** A one-hidden-layer MLP over sparse inputs: hidden = relu(b1 + E^T x), p = sigmoid(b2 + W2 hidden). */
export interface Mlp { dim: number; hidden: number; E: Float32Array; b1: Float32Array; W2: Float32Array; b2: Float32Array }

/**
 * Train the MLP with seeded mini-batch Adam (sparse rows of E, lazy L2), inverted dropout on the hidden
 * layer, learning rate decayed linearly to 10% over the epochs. Deterministic for a given seed.
 */
export function trainMlp(rows: SparseRow[], y: ArrayLike<number>[], dim: number, o: MlpOptions): Mlp {
  const H = o.hidden;
  const rand = rng(o.seed * 7919 + 13);
  const E = new Float32Array(dim * H), b1 = new Float32Array(H), W2 = new Float32Array(K * H), b2 = new Float32Array(K);
  const s1 = 1 / Math.sqrt(H);
  for (let i = 0; i < E.length; i++) E[i] = (rand() * 2 - 1) * s1;
  const s2 = Math.sqrt(6 / (H + K));
  for (let i = 0; i < W2.length; i++) W2[i] = (rand() * 2 - 1) * s2;
  const P = [E, b1, W2, b2];
  const M = P.map((p) => new Float32Array(p.length)), V = P.map((p) => new Float32Array(p.length)), G = P.map((p) => new Float32Array(p.length));
  const touched = new Uint8Array(dim), seen = new Uint8Array(dim);
  const a = new Float32Array(H), hmask = new Float32Array(H), dz = new Float32Array(K), da = new Float32Array(H);
  const order = rows.map((_, i) => i);
  const beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  let t = 0;
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = o.lr * (1 - (ep / o.epochs) * 0.9);
    for (let s = 0; s < order.length; s += o.batch) {
      const batch = order.slice(s, s + o.batch);
      const list: number[] = [];
      for (const n of batch) {
        const r = rows[n];
        a.set(b1);
        for (let i = 0; i < r.idx.length; i++) {
          const base = r.idx[i] * H, v = r.val[i];
          for (let j = 0; j < H; j++) a[j] += E[base + j] * v;
        }
        for (let j = 0; j < H; j++) hmask[j] = a[j] > 0 && rand() >= o.dropout ? 1 / (1 - o.dropout) : 0;
        for (let k = 0; k < K; k++) {
          let z = b2[k];
          for (let j = 0; j < H; j++) z += W2[k * H + j] * a[j] * hmask[j];
          const p = 1 / (1 + Math.exp(-z));
          dz[k] = p - y[n][k];
          G[3][k] += dz[k];
          for (let j = 0; j < H; j++) G[2][k * H + j] += dz[k] * a[j] * hmask[j];
        }
        for (let j = 0; j < H; j++) {
          let g = 0;
          for (let k = 0; k < K; k++) g += W2[k * H + j] * dz[k];
          da[j] = g * hmask[j];
          G[1][j] += da[j];
        }
        for (let i = 0; i < r.idx.length; i++) {
          const f = r.idx[i];
          if (!touched[f]) { touched[f] = 1; seen[f] = 1; list.push(f); }
          const base = f * H, v = r.val[i];
          for (let j = 0; j < H; j++) G[0][base + j] += da[j] * v;
        }
      }
      t++;
      const inv = 1 / batch.length;
      const step = (lr * Math.sqrt(1 - Math.pow(beta2, t))) / (1 - Math.pow(beta1, t));
      const upd = (pi: number, j: number) => {
        const p = P[pi], g = G[pi][j] * inv + o.l2 * p[j];
        G[pi][j] = 0;
        M[pi][j] = beta1 * M[pi][j] + (1 - beta1) * g;
        V[pi][j] = beta2 * V[pi][j] + (1 - beta2) * g * g;
        p[j] -= (step * M[pi][j]) / (Math.sqrt(V[pi][j]) + eps);
      };
      for (const f of list) {
        touched[f] = 0;
        for (let j = f * H; j < f * H + H; j++) upd(0, j);
      }
      for (let j = 0; j < H; j++) upd(1, j);
      for (let j = 0; j < K * H; j++) upd(2, j);
      for (let k = 0; k < K; k++) upd(3, k);
    }
  }
  // Buckets no training text has hold only their random initialization: zero them (they carry no signal).
  for (let f = 0; f < dim; f++) if (!seen[f]) E.fill(0, f * H, f * H + H);
  return { dim, hidden: H, E, b1, W2, b2 };
}
