/**
 * Experiment (issue 4): a small MLP over hashed features (fastText-style embedding bag + one ReLU hidden
 * layer), ensembled with the linear NBSVM-style model, and micro-F1-oriented thresholds.
 * Train on train only; everything measured on validation, with thresholds from out-of-fold train only
 * (validation unseen: the honest selection figure) and tuned on validation pooled with out-of-fold train.
 * Never reads the test part.
 *
 *   npx tsx scripts/experiments/mlp-ensemble.ts --seed 1 [--bits 14 --hidden 64 --epochs 10 --char 1 --lr 0.003]
 *
 * The linear model's scores per seed are cached under /tmp/fineprint-exp/ (delete to recompute).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fnv1a, hashFeatures, weightFeatures, type FeatureConfig } from '../../lib/classify/features';
import { mixParts, scoreParts, SENTENCE_END } from '../../lib/classify/model';
import { loadSplit, trainingExamples } from '../classifier-data';
import { K, atLeastOne, countAll, f1Report, rng, tuneThresholds, vectorize, type LinearModel, type SparseRow } from '../classifier-train-lib';
import { fitLinear, loadLinear } from './linear';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const SEED = arg('seed', 1);
const MLP = {
  bits: arg('bits', 14), hidden: arg('hidden', 64), epochs: arg('epochs', 10), char: arg('char', 1), lr: arg('lr', 0.003),
  l2: arg('l2', 1e-6), dropout: arg('dropout', 0.2), batch: 16, wordNgrams: arg('ngrams', 2),
  /** Pre-trained word vectors (scripts/experiments/pretrain-embeddings.ts) of dimension `hidden`, scaled by this, initialize the word buckets; 0 = none. */
  emb: arg('emb', 0),
  /** 0: the MLP scores only the whole segment (its 'best' is its whole-text score), half the inference cost. */
  sentences: arg('sentences', 1),
};
const EMB_FILE = `/tmp/fineprint-exp/emb-d${MLP.hidden}.json`;
const FOLDS = 5;
const MIX = 0.5;
const LIN_FEATURES: FeatureConfig = { bits: 16, wordNgrams: 2, charMin: 2, charMax: 4 };
const LIN_TRAIN = { epochs: 20, lr: 0.02, l2: 3e-5, batch: 16 };
const NB = { alpha: 0.1, beta: 0.5 };
const CACHE = '/tmp/fineprint-exp';
const pct = (x: number) => (x * 100).toFixed(1);

type Parts = { whole: Float32Array; best: Float32Array };

const t0 = performance.now();
const train = loadSplit('train');
const val = loadSplit('validation');
const { texts, ys, segmentOf } = trainingExamples(train, { unionTarget: 0.3, sentenceOneVote: 0.3 });
const all = texts.map((_, i) => i);
const folds = Array.from({ length: FOLDS }, (_, f) => all.filter((i) => segmentOf[i] % FOLDS !== f));
const yva = val.map((s) => s.y);
const ybin = train.map((s) => s.y);

// ---------- linear model (as scripts/train-classifier.ts, one seed), cached ----------
function linearParts(): { oof: Parts[]; va: Parts[] } {
  const file = `${CACHE}/linear-seed${SEED}.json`;
  if (existsSync(file)) {
    const j = JSON.parse(readFileSync(file, 'utf8')) as { oof: { whole: number[]; best: number[] }[]; va: { whole: number[]; best: number[] }[] };
    const conv = (p: { whole: number[]; best: number[] }) => ({ whole: Float32Array.from(p.whole), best: Float32Array.from(p.best) });
    return { oof: j.oof.map(conv), va: j.va.map(conv) };
  }
  const xs = vectorize(countAll(texts.map((text) => ({ text, y: new Uint8Array(K) })), LIN_FEATURES));
  const dim = 1 << LIN_FEATURES.bits;
  const fit = (rows: number[]): LinearModel => fitLinear(xs, ys, rows, train.length, { dim, train: LIN_TRAIN, nb: NB, seed: SEED });
  const toLoaded = (m: LinearModel) => loadLinear(m, LIN_FEATURES, MIX);
  const oof: Parts[] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const lm = toLoaded(fit(folds[f]));
    for (let i = f; i < train.length; i += FOLDS) oof[i] = scoreParts(lm, train[i].text);
  }
  const lm = toLoaded(fit(all));
  const va = val.map((s) => scoreParts(lm, s.text));
  mkdirSync(CACHE, { recursive: true });
  const ser = (p: Parts) => ({ whole: Array.from(p.whole), best: Array.from(p.best) });
  writeFileSync(file, JSON.stringify({ oof: oof.map(ser), va: va.map(ser) }));
  return { oof, va };
}

// ---------- MLP ----------
const mcfg: FeatureConfig = { bits: MLP.bits, wordNgrams: MLP.wordNgrams, charMin: MLP.char ? 2 : 0, charMax: MLP.char ? 4 : 0 };
const D = 1 << MLP.bits, H = MLP.hidden;
const vec = (text: string): SparseRow => {
  const h = hashFeatures(text, mcfg);
  return { idx: h.buckets, val: weightFeatures(h) };
};

interface Mlp { E: Float32Array; b1: Float32Array; W2: Float32Array; b2: Float32Array }

function forward(m: Mlp, r: SparseRow, a: Float32Array, out: Float32Array) {
  a.set(m.b1);
  for (let i = 0; i < r.idx.length; i++) {
    const base = r.idx[i] * H, v = r.val[i];
    for (let j = 0; j < H; j++) a[j] += m.E[base + j] * v;
  }
  for (let k = 0; k < K; k++) {
    let z = m.b2[k];
    for (let j = 0; j < H; j++) if (a[j] > 0) z += m.W2[k * H + j] * a[j];
    out[k] = 1 / (1 + Math.exp(-z));
  }
}

function trainMlp(rows: SparseRow[], y: number[][], seed: number): Mlp {
  const rand = rng(seed * 7919 + 13);
  const E = new Float32Array(D * H), b1 = new Float32Array(H), W2 = new Float32Array(K * H), b2 = new Float32Array(K);
  const s1 = 1 / Math.sqrt(H);
  for (let i = 0; i < E.length; i++) E[i] = (rand() * 2 - 1) * s1;
  if (MLP.emb > 0) {
    const e = JSON.parse(readFileSync(EMB_FILE, 'utf8')) as { words: string[]; dim: number; vectors: number[] };
    if (e.dim !== H) throw new Error('embedding dimension must equal hidden');
    // Rarest first, so that on a bucket collision the more frequent word's vector wins.
    for (let w = e.words.length - 1; w >= 0; w--) {
      const b = fnv1a(e.words[w]) & (D - 1);
      for (let j = 0; j < H; j++) E[b * H + j] = e.vectors[w * H + j] * MLP.emb;
    }
  }
  const s2 = Math.sqrt(6 / (H + K));
  for (let i = 0; i < W2.length; i++) W2[i] = (rand() * 2 - 1) * s2;
  const P = [E, b1, W2, b2];
  const M = P.map((p) => new Float32Array(p.length)), V = P.map((p) => new Float32Array(p.length)), G = P.map((p) => new Float32Array(p.length));
  const touched = new Uint8Array(D);
  const a = new Float32Array(H), hmask = new Float32Array(H), dz = new Float32Array(K), da = new Float32Array(H);
  const order = rows.map((_, i) => i);
  const beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  let t = 0;
  for (let ep = 0; ep < MLP.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = MLP.lr * (1 - ep / MLP.epochs * 0.9);
    for (let s = 0; s < order.length; s += MLP.batch) {
      const batch = order.slice(s, s + MLP.batch);
      const list: number[] = [];
      for (const n of batch) {
        const r = rows[n];
        a.set(b1);
        for (let i = 0; i < r.idx.length; i++) {
          const base = r.idx[i] * H, v = r.val[i];
          for (let j = 0; j < H; j++) a[j] += E[base + j] * v;
        }
        // ReLU with inverted dropout.
        for (let j = 0; j < H; j++) hmask[j] = a[j] > 0 && rand() >= MLP.dropout ? 1 / (1 - MLP.dropout) : 0;
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
          if (!touched[f]) { touched[f] = 1; list.push(f); }
          const base = f * H, v = r.val[i];
          for (let j = 0; j < H; j++) G[0][base + j] += da[j] * v;
        }
      }
      t++;
      const inv = 1 / batch.length;
      const step = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
      const upd = (pi: number, j: number) => {
        const p = P[pi], g = G[pi][j] * inv + MLP.l2 * p[j];
        G[pi][j] = 0;
        M[pi][j] = beta1 * M[pi][j] + (1 - beta1) * g;
        V[pi][j] = beta2 * V[pi][j] + (1 - beta2) * g * g;
        p[j] -= step * M[pi][j] / (Math.sqrt(V[pi][j]) + eps);
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
  return { E, b1, W2, b2 };
}

/** int8 per hidden unit for E (as it would ship); W2 and biases stay float. */
function quantizeMlp(m: Mlp): Mlp {
  const scale = new Float32Array(H);
  for (let i = 0; i < m.E.length; i++) scale[i % H] = Math.max(scale[i % H], Math.abs(m.E[i]));
  const E = new Float32Array(m.E.length);
  for (let i = 0; i < E.length; i++) {
    const s = scale[i % H] / 127 || 1;
    E[i] = Math.round(m.E[i] / s) * s;
  }
  return { ...m, E };
}

function mlpParts(m: Mlp, text: string): Parts {
  const a = new Float32Array(H);
  const whole = new Float32Array(K);
  forward(m, vec(text), a, whole);
  const best = Float32Array.from(whole);
  const sents = text.split(SENTENCE_END);
  if (sents.length >= 2 && MLP.sentences) {
    const p = new Float32Array(K);
    for (const s of sents) {
      if (s.length < 20) continue;
      forward(m, vec(s), a, p);
      for (let k = 0; k < K; k++) if (p[k] > best[k]) best[k] = p[k];
    }
  }
  return { whole, best };
}

/** Per-category thresholds maximizing micro-F1 (coordinate ascent from the per-category F1 optimum). */
function tuneMicro(scores: ArrayLike<number>[], y: ArrayLike<number>[]): number[] {
  const thr = tuneThresholds(scores, y);
  const grid: number[] = [];
  for (let t = 0.05; t <= 0.951; t += 0.01) grid.push(Math.round(t * 100) / 100);
  for (let pass = 0; pass < 3; pass++) {
    for (let k = 0; k < K; k++) {
      let best = -1, bestT = thr[k];
      const cands: number[] = [];
      for (const t of grid) {
        thr[k] = t;
        cands.push(f1Report(scores, y, thr).micro);
      }
      cands.forEach((f, i) => { if (f > best + 1e-9) { best = f; bestT = grid[i]; } });
      thr[k] = bestT;
    }
  }
  return thr;
}

function report(name: string, oof: Parts[], va: Parts[], micro = false) {
  const so = oof.map((p) => mixParts(p, MIX)), sv = va.map((p) => mixParts(p, MIX));
  const tune = micro ? tuneMicro : tuneThresholds;
  const cleanThr = tune(so, ybin);
  const clean = f1Report(atLeastOne(sv, cleanThr), yva, cleanThr);
  const pooledThr = tune([...so, ...sv], [...ybin, ...yva]);
  const pooled = f1Report(atLeastOne(sv, pooledThr), yva, pooledThr);
  const oofR = f1Report(atLeastOne(so, cleanThr), ybin, cleanThr);
  console.log(`RESULT seed=${SEED} ${name}: val oof-thr ${pct(clean.macro)} / ${pct(clean.micro)} | val pooled-tuned ${pct(pooled.macro)} / ${pct(pooled.micro)} | oof(in-sample thr) ${pct(oofR.macro)} / ${pct(oofR.micro)}`);
}

const blend = (a: Parts[], b: Parts[], w: number): Parts[] => a.map((p, i) => ({ whole: mixParts({ whole: p.whole, best: b[i].whole }, w), best: mixParts({ whole: p.best, best: b[i].best }, w) }));

const lin = linearParts();
console.log(`linear ready at ${((performance.now() - t0) / 1000).toFixed(0)} s`);
report('linear', lin.oof, lin.va);
report('linear micro-thr', lin.oof, lin.va, true);
if (MLP.hidden > 0) {
  const tag = `mlp b${MLP.bits} h${H} e${MLP.epochs} c${MLP.char} n${MLP.wordNgrams} lr${MLP.lr} do${MLP.dropout} l2${MLP.l2} emb${MLP.emb} s${MLP.sentences}`;
  const xs = texts.map(vec);
  const t1 = performance.now();
  const oof: Parts[] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const m = quantizeMlp(trainMlp(folds[f].map((i) => xs[i]), folds[f].map((i) => ys[i]), SEED));
    for (let i = f; i < train.length; i += FOLDS) oof[i] = mlpParts(m, train[i].text);
    if (f === 0) console.log(`  one mlp fit: ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  }
  const m = quantizeMlp(trainMlp(xs, ys, SEED));
  const va = val.map((s) => mlpParts(m, s.text));
  console.log(`mlp trained (6 fits) in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  mkdirSync(CACHE, { recursive: true });
  const ser = (p: Parts) => ({ whole: Array.from(p.whole), best: Array.from(p.best) });
  writeFileSync(`${CACHE}/${tag.replace(/ /g, '_')}-seed${SEED}.json`, JSON.stringify({ oof: oof.map(ser), va: va.map(ser) }));
  report(`${tag} alone`, oof, va);
  for (const w of [0.25, 0.4, 0.5, 0.6]) report(`${tag} ens w=${w}`, blend(lin.oof, oof, w), blend(lin.va, va, w));
  report(`${tag} ens w=0.5 micro-thr`, blend(lin.oof, oof, 0.5), blend(lin.va, va, 0.5), true);
}
console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
