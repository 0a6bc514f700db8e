/**
 * `npm run eval:categories`: per-category precision/recall/F1 of the committed segment classifier on the
 * test part of the Polisis/PrivacyGLUE split (never used for training or tuning), macro and micro F1 with
 * the PrivacyGLUE anchors, the same figures on validation, and inference speed on a 10,000-word policy.
 * `-- --part validation` reports on validation only.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { CATEGORIES } from '../lib/types';
import { classifySegments } from '../lib/classify';
import { loadModel, type ModelFile } from '../lib/classify/model';
import { loadMlp, type MlpFile } from '../lib/classify/mlp';
import modelFile from '../lib/classify/model.json';
import { loadSplit, type Segment, type SplitName } from './classifier-data';
import { f1Report, type F1Report } from './classifier-train-lib';
import { fileURLToPath } from 'node:url';

const MODEL_PATH = fileURLToPath(new URL('../lib/classify/model.json', import.meta.url));

const f = (x: number) => (x * 100).toFixed(1);

function evaluate(segs: Segment[]): F1Report {
  const res = classifySegments(segs.map((s) => s.text));
  const scores = res.map((r) => CATEGORIES.map((c) => (r.labels.includes(c) ? 1 : 0)));
  return f1Report(scores, segs.map((s) => s.y), new Array(CATEGORIES.length).fill(0.5));
}

const argPart = process.argv.find((_, i) => process.argv[i - 1] === '--part') as SplitName | undefined;
const part: SplitName = argPart ?? 'test';
const segs = loadSplit(part);
const r = evaluate(segs);

console.log(`## OPP-115 segment classification, ${part} part (${segs.length} segments)\n`);
console.log('| category | n | precision | recall | F1 |');
console.log('|---|---:|---:|---:|---:|');
CATEGORIES.forEach((c, k) => console.log(`| ${c} | ${r.support[k]} | ${f(r.p[k])} | ${f(r.r[k])} | ${f(r.f1[k])} |`));
console.log(`| **micro** | ${r.support.reduce((a, b) => a + b)} | ${f(r.microP)} | ${f(r.microR)} | ${f(r.micro)} |`);
console.log(`| **macro** | | ${f(r.p.reduce((a, b) => a + b) / r.p.length)} | ${f(r.r.reduce((a, b) => a + b) / r.r.length)} | ${f(r.macro)} |`);

const o = part === 'test' ? evaluate(loadSplit('validation')) : undefined;
console.log('\n| model | size | macro-F1 | micro-F1 |');
console.log('|---|---|---:|---:|');
const json = readFileSync(MODEL_PATH);
const size = `${(json.length / 1024).toFixed(0)} KiB (${(gzipSync(json).length / 1024).toFixed(0)} KiB gz)`;
console.log(`| **Fineprint (this model), ${part}** | ${size} | **${f(r.macro)}** | **${f(r.micro)}** |`);
if (o) console.log(`| Fineprint, validation (thresholds tuned on it and out-of-fold train) | | ${f(o.macro)} | ${f(o.micro)} |`);
const heldOut = (modelFile as { meta?: { validationHeldOut?: { macroF1: number; microF1: number } } }).meta?.validationHeldOut;
if (o && heldOut) console.log(`| Fineprint, validation (thresholds from out-of-fold train only; printed by npm run train) | | ${f(heldOut.macroF1)} | ${f(heldOut.microF1)} |`);
if (part === 'test') {
  console.log('| PrivBERT (PrivacyGLUE, mean of 10 seeds) | ~500 MB | 82.1 | 87.2 |');
  console.log('| BERT-base (PrivacyGLUE, mean of 10 seeds) | ~440 MB | 78.4 | 84.0 |');
  console.log('| keyword baseline (approx.) | | ~52 | ~54 |');
}

// Inference speed: test segments strung into a 10,000-word policy of ~100-word chunks.
const words = segs.map((s) => s.text).join(' ').split(/\s+/).slice(0, 10_000);
const chunks: string[] = [];
for (let i = 0; i < words.length; i += 100) chunks.push(words.slice(i, i + 100).join(' '));
let t = performance.now();
loadModel(modelFile as unknown as ModelFile);
const mlpFile = (modelFile as unknown as { mlp?: MlpFile }).mlp;
if (mlpFile) loadMlp(mlpFile);
const loadMs = performance.now() - t;
for (let i = 0; i < 5; i++) classifySegments(chunks);
const times: number[] = [];
for (let i = 0; i < 41; i++) {
  t = performance.now();
  classifySegments(chunks);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `\ninference: ${times[20].toFixed(1)} ms per 10,000-word policy (median of 41; fastest ${times[0].toFixed(1)} ms; ${chunks.length} chunks; model decode once (linear + MLP): ${loadMs.toFixed(0)} ms)`,
);
