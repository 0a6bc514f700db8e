/**
 * `npm run train`: trains the OPP-115 segment classifier and writes lib/classify/model.json.
 * Trains on the split's train part only; per-category thresholds are tuned on its validation part pooled
 * with out-of-fold scores on train.
 * The test part is never read here (`npm run eval:categories` reports on it).
 * Seeded and single-threaded: the same inputs give the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../lib/types';
import { hashFeatures, weightFeatures, type FeatureConfig } from '../lib/classify/features';
import { encodeBase64, loadModel, mixParts, scoreParts, type ModelFile } from '../lib/classify/model';
import { blendMlp, loadMlp, scoreEnsemble, type MlpFile } from '../lib/classify/mlp';
import { loadSplit, SPLIT_DIR, trainingExamples } from './classifier-data';
import { K, atLeastOne, countAll, f1Report, nbRatios, trainLogReg, trainMlp, tuneThresholds, vectorize, type LinearModel, type Mlp, type MlpOptions, type SparseRow, type TrainOptions } from './classifier-train-lib';

/** Where the model is written; `-- --out PATH` writes elsewhere (for trial runs). */
const outArg = process.argv.indexOf('--out');
export const MODEL_PATH = outArg >= 0 ? process.argv[outArg + 1] : fileURLToPath(new URL('../lib/classify/model.json', import.meta.url));

/** Chosen on the validation part (see lib/classify/README.md). */
const FEATURES: FeatureConfig = { bits: 16, wordNgrams: 2, charMin: 2, charMax: 4 };
const TRAIN: TrainOptions = { epochs: 20, lr: 0.02, l2: 3e-5, batch: 16, seed: 1 };
/** NBSVM-style scaling of each feature by its naive-Bayes log-count ratio, interpolated toward 1. */
const NB = { alpha: 0.1, beta: 0.5 };
/**
 * Soft target for a category that only the split's Union variant gives a train segment (at least one of
 * the three annotators chose it, but no majority). Only segments whose text is in the Majority train part
 * are used: the Union variant is a different random split whose train part holds Majority test segments.
 */
const UNION_TARGET = 0.3;
/**
 * Sentences of the train segments as extra examples, labeled from OPP-115's raw annotations (three
 * annotators per policy): a category is 1 when at least two annotators highlighted text of the sentence
 * for it, SENTENCE_ONE_VOTE when one did, else 0. Only train segments are used (see loadTrainSentences).
 */
const SENTENCE_ONE_VOTE = 0.3;
/** Linear models with different seeds, averaged (the average of linear models is one linear model). */
const SEEDS = [1, 2, 3];
/**
 * Thresholds are tuned on validation pooled with out-of-fold scores on train (this many folds): on
 * held-out halves of validation that beat tuning on validation alone (macro-F1 73.2 vs 71.3).
 */
const FOLDS = 5;
/** Weight of a segment's best sentence in its score (see ModelFile.sentenceMix); chosen on validation halves. */
const SENTENCE_MIX = 0.5;
/** Every segment gets at least one label (ModelFile.atLeastOneLabel); chosen on validation. */
const AT_LEAST_ONE = true;
/**
 * The second part: a small MLP over hashed words and word bigrams (one ReLU hidden layer), trained on the
 * same examples; its whole-text probabilities are averaged with the linear model's with weight MLP_WEIGHT.
 * Chosen on validation (scripts/experiments/mlp-ensemble.ts; see lib/classify/README.md).
 */
const MLP_FEATURES: FeatureConfig = { bits: 14, wordNgrams: 2, charMin: 0, charMax: 0 };
const MLP_TRAIN: MlpOptions = { hidden: 16, epochs: 10, lr: 0.003, l2: 1e-6, dropout: 0.2, batch: 16, seed: 1 };
const MLP_WEIGHT = 0.5;
const force = (scores: ArrayLike<number>[], thr: number[]) => (AT_LEAST_ONE ? atLeastOne(scores, thr) : scores);

const pct = (x: number) => (x * 100).toFixed(1);

/** The model file of a trained linear model (thresholds 0.5 until tuned). */
function toFile(m: LinearModel): ModelFile {
  const { q, scale } = quantize(m);
  return {
    format: 'fineprint-segment-classifier',
    version: 1,
    categories: [...CATEGORIES],
    features: FEATURES,
    bias: Array.from(m.b, (b) => Number(b.toPrecision(7))),
    sentenceMix: SENTENCE_MIX,
    scale,
    weights: encodeBase64(new Uint8Array(q.buffer)),
    thresholds: new Array(K).fill(0.5),
    meta: {},
  };
}

/** int8 quantization with one scale per category. */
function quantize(m: LinearModel): { q: Int8Array; scale: number[] } {
  const scale = new Array(K).fill(0);
  for (let i = 0; i < m.w.length; i++) scale[i % K] = Math.max(scale[i % K], Math.abs(m.w[i]));
  for (let k = 0; k < K; k++) scale[k] = scale[k] / 127 || 1;
  const q = new Int8Array(m.w.length);
  for (let i = 0; i < m.w.length; i++) q[i] = Math.round(m.w[i] / scale[i % K]);
  return { q, scale: scale.map((s) => Number(s.toPrecision(7))) };
}

/** The model file entry of a trained MLP: input weights int8 with one scale per hidden unit. */
function toMlpFile(m: Mlp): MlpFile {
  const H = m.hidden;
  const scale = new Array(H).fill(0);
  for (let i = 0; i < m.E.length; i++) scale[i % H] = Math.max(scale[i % H], Math.abs(m.E[i]));
  const sc = scale.map((s) => Number((s / 127 || 1).toPrecision(7)));
  const q = new Int8Array(m.E.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.E[i] / sc[i % H]);
  const p = (x: number) => Number(x.toPrecision(7));
  return {
    features: MLP_FEATURES, hidden: H, weight: MLP_WEIGHT, weights: encodeBase64(new Uint8Array(q.buffer)), scale: sc,
    b1: Array.from(m.b1, p), w2: Array.from(m.W2, p), b2: Array.from(m.b2, p),
  };
}

function main() {
  const t0 = performance.now();
  const train = loadSplit('train');
  const val = loadSplit('validation');
  // Examples: the train segments, then their sentences; segmentOf ties each example to its segment.
  const { texts, ys, segmentOf, sentences, skipped } = trainingExamples(train, { unionTarget: UNION_TARGET, sentenceOneVote: SENTENCE_ONE_VOTE });
  const xs = vectorize(countAll(texts.map((text) => ({ text, y: new Uint8Array(K) })), FEATURES));
  const dim = 1 << FEATURES.bits;
  /** NB ratios from the segments among `rows`, then one model per seed, averaged, with the ratios folded in. */
  const fit = (rows: number[], seeds: number[]): LinearModel => {
    const seg = rows.filter((i) => i < train.length);
    const scaling = nbRatios(seg.map((i) => xs[i]), seg.map((i) => ys[i]), dim, NB.alpha, NB.beta);
    const x: SparseRow[] = rows.map((i) => xs[i]), y = rows.map((i) => ys[i]);
    const avg: LinearModel = { dim, w: new Float32Array(dim * K), b: new Float32Array(K) };
    for (const seed of seeds) {
      const m = trainLogReg(x, y, dim, { ...TRAIN, seed, featScale: scaling });
      for (let i = 0; i < avg.w.length; i++) avg.w[i] += (m.w[i] * scaling[i]) / seeds.length;
      for (let k = 0; k < K; k++) avg.b[k] += m.b[k] / seeds.length;
    }
    return avg;
  };
  const mx: SparseRow[] = texts.map((text) => {
    const h = hashFeatures(text, MLP_FEATURES);
    return { idx: h.buckets, val: weightFeatures(h) };
  });
  const fitMlp = (rows: number[]): MlpFile => toMlpFile(trainMlp(rows.map((i) => mx[i]), rows.map((i) => ys[i]), 1 << MLP_FEATURES.bits, MLP_TRAIN));
  const all = texts.map((_, i) => i);
  const avg = fit(all, SEEDS);
  const mlpFile = fitMlp(all);
  // Out-of-fold scores on train, for threshold tuning: a fold's segments and their sentences are held out together.
  const oof: { whole: Float32Array; best: Float32Array }[] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const m = fit(all.filter((i) => segmentOf[i] % FOLDS !== f), [TRAIN.seed]);
    // Scored through the quantized model file, exactly as the shipped model scores.
    const fm = loadModel(toFile(m));
    const fmlp = loadMlp(fitMlp(all.filter((i) => segmentOf[i] % FOLDS !== f)));
    for (let i = f; i < train.length; i += FOLDS) {
      oof[i] = scoreParts(fm, train[i].text);
      blendMlp(fmlp, train[i].text, oof[i]);
    }
  }
  const file = toFile(avg);
  // Tune thresholds on validation (scored by the quantized model, exactly as it will run) plus out-of-fold train.
  const raw = loadModel(file);
  const rawMlp = loadMlp(mlpFile);
  const yva = val.map((s) => s.y);
  const pva = val.map((s) => {
    const parts = scoreParts(raw, s.text);
    blendMlp(rawMlp, s.text, parts);
    return parts;
  });
  const ybin = train.map((s) => s.y);
  // Diagnostics that chose the options: tune on one half of validation (alone, or pooled with out-of-fold
  // train), report on the other half, and swap.
  for (const mix of [0, 0.25, 0.5, 0.75]) {
    const res = { alone: [0, 0], pooled: [0, 0] };
    for (const half of [0, 1]) {
      const a = pva.map((_, i) => i).filter((i) => i % 2 === half), b = pva.map((_, i) => i).filter((i) => i % 2 !== half);
      const sa = a.map((i) => mixParts(pva[i], mix)), ya = a.map((i) => yva[i]);
      const sb = b.map((i) => mixParts(pva[i], mix)), yb = b.map((i) => yva[i]);
      const so = oof.map((p) => mixParts(p, mix));
      for (const [name, thr] of [['alone', tuneThresholds(sa, ya)], ['pooled', tuneThresholds([...so, ...sa], [...ybin, ...ya])]] as const) {
        const r = f1Report(force(sb, thr), yb, thr);
        res[name][0] += r.macro / 2;
        res[name][1] += r.micro / 2;
      }
    }
    console.log(`  validation halves, sentence mix ${mix}: thresholds from validation alone ${pct(res.alone[0])} / ${pct(res.alone[1])}, pooled with out-of-fold train ${pct(res.pooled[0])} / ${pct(res.pooled[1])} (macro / micro)`);
  }
  // Validation with thresholds from out-of-fold train only: validation plays no part in this figure.
  const cleanThr = tuneThresholds(oof.map((p) => mixParts(p, SENTENCE_MIX)), ybin);
  const clean = f1Report(force(pva.map((p) => mixParts(p, SENTENCE_MIX)), cleanThr), yva, cleanThr);
  const thr = tuneThresholds(
    [...oof.map((p) => mixParts(p, SENTENCE_MIX)), ...pva.map((p) => mixParts(p, SENTENCE_MIX))],
    [...ybin, ...yva],
  );
  file.thresholds = thr;
  file.atLeastOneLabel = AT_LEAST_ONE;
  const shipped = loadModel(file);
  const tuned = f1Report(val.map((s) => scoreEnsemble(shipped, rawMlp, s.text)), yva, new Array(K).fill(0.5));
  const seconds = (performance.now() - t0) / 1000;
  file.meta = {
    data: `${SPLIT_DIR}/{train,validation}_dataset.csv.gz`,
    trainSegments: train.length,
    validationSegments: val.length,
    trainSentences: sentences,
    train: { ...TRAIN, seeds: SEEDS, nb: NB, unionTarget: UNION_TARGET, sentenceOneVote: SENTENCE_ONE_VOTE, thresholdFolds: FOLDS, mlp: MLP_TRAIN },
    validation: { macroF1: Number(tuned.macro.toFixed(4)), microF1: Number(tuned.micro.toFixed(4)), note: 'thresholds tuned on this part pooled with out-of-fold train scores' },
    validationHeldOut: { macroF1: Number(clean.macro.toFixed(4)), microF1: Number(clean.micro.toFixed(4)), note: 'thresholds tuned on out-of-fold train scores only' },
  };
  const json = JSON.stringify({ ...file, mlp: mlpFile });
  writeFileSync(MODEL_PATH, json + '\n');
  console.log(`trained on ${train.length} segments and ${sentences} of their sentences (${skipped} segments whose text is also a validation/test segment left out of the sentences; ${SEEDS.length} seeds x ${TRAIN.epochs} epochs, MLP ${MLP_TRAIN.hidden} hidden x ${MLP_TRAIN.epochs} epochs, weight ${MLP_WEIGHT}) in ${seconds.toFixed(1)} s`);
  console.log(`validation, thresholds from out-of-fold train only: macro-F1 ${pct(clean.macro)}, micro-F1 ${pct(clean.micro)}`);
  console.log(`validation (thresholds tuned on it pooled with out-of-fold train): macro-F1 ${pct(tuned.macro)}, micro-F1 ${pct(tuned.micro)}`);
  console.log(`thresholds: ${thr.join(' ')}`);
  console.log(`wrote ${MODEL_PATH}: ${(json.length / 1024).toFixed(0)} KiB, ${(gzipSync(json).length / 1024).toFixed(0)} KiB gzipped`);
}

main();
