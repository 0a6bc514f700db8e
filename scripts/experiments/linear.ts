/**
 * The linear model as the experiments train it: scripts/train-classifier.ts's recipe with one seed, scored through
 * int8 weights as the shipped model is (the scales are not rounded to 7 digits as in the model file).
 */
import { CATEGORIES } from '../../lib/types';
import type { FeatureConfig } from '../../lib/classify/features';
import { encodeBase64, loadModel, type LoadedModel } from '../../lib/classify/model';
import { K, nbRatios, trainLogReg, type LinearModel, type SparseRow, type TrainOptions } from '../classifier-train-lib';

/** NB ratios from the segments among `rows` (indices below `segments`), one model, the ratios folded into its weights. */
export function fitLinear(
  xs: SparseRow[], ys: ArrayLike<number>[], rows: number[], segments: number,
  o: { dim: number; train: Omit<TrainOptions, 'seed' | 'featScale'>; nb: { alpha: number; beta: number }; seed: number },
): LinearModel {
  const seg = rows.filter((i) => i < segments);
  const scaling = nbRatios(seg.map((i) => xs[i]), seg.map((i) => ys[i]), o.dim, o.nb.alpha, o.nb.beta);
  const m = trainLogReg(rows.map((i) => xs[i]), rows.map((i) => ys[i]), o.dim, { ...o.train, seed: o.seed, featScale: scaling });
  for (let i = 0; i < m.w.length; i++) m.w[i] *= scaling[i];
  return m;
}

/** The model with int8 weights, one scale per category, loaded for scoring (thresholds 0.5). */
export function loadLinear(m: LinearModel, features: FeatureConfig, sentenceMix: number): LoadedModel {
  const scale = new Array(K).fill(0);
  for (let i = 0; i < m.w.length; i++) scale[i % K] = Math.max(scale[i % K], Math.abs(m.w[i]));
  for (let k = 0; k < K; k++) scale[k] = scale[k] / 127 || 1;
  const q = new Int8Array(m.w.length);
  for (let i = 0; i < m.w.length; i++) q[i] = Math.round(m.w[i] / scale[i % K]);
  return loadModel({
    format: 'fineprint-segment-classifier', version: 1, categories: [...CATEGORIES], features,
    bias: Array.from(m.b), sentenceMix, scale, weights: encodeBase64(new Uint8Array(q.buffer)), thresholds: new Array(K).fill(0.5), meta: {},
  });
}
