/**
 * Experiment (issue 4): word vectors pre-trained without labels on policy text that is not OPP-115:
 * ToS;DR documents and C3PA annotated spans, leaving out every document whose service / site matches an
 * OPP-115 site. PPMI of a +-5-word window (context distribution smoothing 0.75), truncated by a seeded
 * randomized SVD; vectors are U * sqrt(S), rows L2-normalized.
 *
 *   npx tsx scripts/experiments/pretrain-embeddings.ts [--dim 64 --vocab 12000]
 *
 * Writes /tmp/fineprint-exp/emb-d<dim>.json: { words: string[], dim, vectors: number[] } (row-major).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tokenize } from '../../lib/classify/features';
import { parseCsv } from '../classifier-data';
import { DATA } from '../data-dir';
import { rng } from '../classifier-train-lib';
import { matchesOppSite, siteLabel } from './opp-sites';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const DIM = arg('dim', 64), VOCAB = arg('vocab', 12000), WIN = 5;

const t0 = performance.now();

const docs: string[] = [];
const excluded: string[] = [];
const stripHtml = (h: string) => h.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')
  .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&rsquo;/g, "'").replace(/&quot;/g, '"').replace(/&[a-z]+;/g, ' ');
// ToS;DR documents.
for (const r of parseCsv(readFileSync(`${DATA}/tosdr-documents/documents.csv`, 'utf8')).slice(1)) {
  if (r.length < 4) continue;
  const m = matchesOppSite(r[1]);
  if (m) { excluded.push(`tosdr ${r[1]} ~ ${m}`); continue; }
  docs.push(stripHtml(readFileSync(`${DATA}/tosdr-documents/${r[0]}`, 'utf8')));
}
// C3PA: distinct annotated spans of each policy (three annotators often mark the same text).
for (const r of parseCsv(readFileSync(`${DATA}/derived/c3pa_document_labels.csv`, 'utf8')).slice(1)) {
  if (r.length < 7) continue;
  const host = siteLabel(r[5] || r[6] || '');
  const m = matchesOppSite(host) ?? matchesOppSite(r[4].replace(/privacy|policy|notice|statement|cookie/gi, ''));
  if (m) { excluded.push(`c3pa ${r[0]}/${r[1]} ${host} "${r[4]}" ~ ${m}`); continue; }
  const spans = new Set<string>();
  for (const row of parseCsv(gunzipSync(readFileSync(`${DATA}/${r[2]}`)).toString('utf8')).slice(1)) if (row[1]) spans.add(row[1].replace(/\\n/g, '\n'));
  docs.push([...spans].join('\n'));
}
console.log(`${docs.length} documents; excluded ${excluded.length} matching OPP-115 sites:\n  ${excluded.join('\n  ')}`);

// Vocabulary.
const toks = docs.map((d) => tokenize(d));
const freq = new Map<string, number>();
let total = 0;
for (const t of toks) for (const w of t) { freq.set(w, (freq.get(w) ?? 0) + 1); total++; }
const words = [...freq.entries()].filter(([, c]) => c >= 5).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, VOCAB).map(([w]) => w);
const id = new Map(words.map((w, i) => [w, i]));
const V = words.length;
console.log(`${total} tokens, vocabulary ${V}`);

// Co-occurrence counts, weighted 1/distance, dense V x V (float32).
const co = new Float32Array(V * V);
for (const t of toks) {
  const ids = t.map((w) => id.get(w) ?? -1);
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] < 0) continue;
    for (let d = 1; d <= WIN && i + d < ids.length; d++) {
      const j = ids[i + d];
      if (j < 0) continue;
      co[ids[i] * V + j] += 1 / d;
      co[j * V + ids[i]] += 1 / d;
    }
  }
}
const rowSum = new Float64Array(V), colSum = new Float64Array(V);
for (let i = 0; i < V; i++) for (let j = 0; j < V; j++) { const c = co[i * V + j]; rowSum[i] += c; colSum[j] += c; }
let colPow = 0;
for (let j = 0; j < V; j++) colPow += Math.pow(colSum[j], 0.75);
const colPowJ = Float64Array.from(colSum, (c) => Math.pow(c, 0.75));
// Sparse PPMI matrix in CSR.
const rowPtr = new Int32Array(V + 1), colIdx: number[] = [], vals: number[] = [];
for (let i = 0; i < V; i++) {
  for (let j = 0; j < V; j++) {
    const c = co[i * V + j];
    if (c <= 0) continue;
    const pmi = Math.log((c * colPow) / (rowSum[i] * colPowJ[j]));
    if (pmi <= 0) continue;
    colIdx.push(j); vals.push(pmi); rowPtr[i + 1]++;
  }
}
for (let i = 0; i < V; i++) rowPtr[i + 1] += rowPtr[i];
console.log(`PPMI nnz ${vals.length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

// Randomized SVD (the matrix is symmetric up to PPMI's column smoothing; use M and M^T properly).
const L = DIM + 16;
const mul = (X: Float64Array, trans: boolean): Float64Array => { // M X or M^T X, X is V x L row-major
  const Y = new Float64Array(V * L);
  for (let i = 0; i < V; i++) {
    for (let p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
      const j = colIdx[p], v = vals[p];
      const [src, dst] = trans ? [i, j] : [j, i];
      for (let l = 0; l < L; l++) Y[dst * L + l] += v * X[src * L + l];
    }
  }
  return Y;
};
const orth = (Y: Float64Array) => { // modified Gram-Schmidt on columns
  for (let a = 0; a < L; a++) {
    for (let b = 0; b < a; b++) {
      let d = 0;
      for (let i = 0; i < V; i++) d += Y[i * L + a] * Y[i * L + b];
      for (let i = 0; i < V; i++) Y[i * L + a] -= d * Y[i * L + b];
    }
    let n = 0;
    for (let i = 0; i < V; i++) n += Y[i * L + a] ** 2;
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < V; i++) Y[i * L + a] /= n;
  }
  return Y;
};
const rand = rng(42);
let Q: Float64Array = new Float64Array(V * L);
for (let i = 0; i < Q.length; i++) Q[i] = rand() * 2 - 1;
Q = orth(mul(Q, false));
for (let it = 0; it < 3; it++) Q = orth(mul(orth(mul(Q, true)), false));
// B = Q^T M (L x V); eigen-decompose B B^T (L x L) by Jacobi: B B^T = W S^2 W^T, U = Q W.
const Bt = mul(Q, true); // V x L = M^T Q = B^T
const C = new Float64Array(L * L);
for (let i = 0; i < V; i++) for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) C[a * L + b] += Bt[i * L + a] * Bt[i * L + b];
const W = new Float64Array(L * L);
for (let a = 0; a < L; a++) W[a * L + a] = 1;
for (let sweep = 0; sweep < 30; sweep++) {
  let off = 0;
  for (let p = 0; p < L; p++) for (let q = p + 1; q < L; q++) {
    const apq = C[p * L + q];
    off += apq * apq;
    if (Math.abs(apq) < 1e-12) continue;
    const theta = (C[q * L + q] - C[p * L + p]) / (2 * apq);
    const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    const c = 1 / Math.sqrt(t * t + 1), s = t * c;
    for (let k = 0; k < L; k++) {
      const akp = C[k * L + p], akq = C[k * L + q];
      C[k * L + p] = c * akp - s * akq; C[k * L + q] = s * akp + c * akq;
    }
    for (let k = 0; k < L; k++) {
      const apk = C[p * L + k], aqk = C[q * L + k];
      C[p * L + k] = c * apk - s * aqk; C[q * L + k] = s * apk + c * aqk;
    }
    for (let k = 0; k < L; k++) {
      const wkp = W[k * L + p], wkq = W[k * L + q];
      W[k * L + p] = c * wkp - s * wkq; W[k * L + q] = s * wkp + c * wkq;
    }
  }
  if (off < 1e-18) break;
}
const eig = Array.from({ length: L }, (_, a) => a).sort((a, b) => C[b * L + b] - C[a * L + a]).slice(0, DIM);
const vecs = new Float32Array(V * DIM);
for (let i = 0; i < V; i++) {
  let n = 0;
  for (let d = 0; d < DIM; d++) {
    const a = eig[d];
    let u = 0;
    for (let l = 0; l < L; l++) u += Q[i * L + l] * W[l * L + a];
    const x = u * Math.pow(Math.max(C[a * L + a], 0), 0.25); // U * sqrt(S), S = sqrt(eigenvalue)
    vecs[i * DIM + d] = x;
    n += x * x;
  }
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < DIM; d++) vecs[i * DIM + d] /= n;
}
// Sanity: nearest neighbours of a few words.
const nn = (w: string) => {
  const a = id.get(w);
  if (a === undefined) return '';
  const sims = words.map((_, b) => { let s = 0; for (let d = 0; d < DIM; d++) s += vecs[a * DIM + d] * vecs[b * DIM + d]; return [s, b] as const; });
  return `${w}: ${sims.sort((x, y) => y[0] - x[0]).slice(1, 7).map(([, b]) => words[b]).join(' ')}`;
};
for (const w of ['retain', 'delete', 'cookies', 'children', 'encryption', 'contact', 'sell', 'changes']) console.log(nn(w));
mkdirSync('/tmp/fineprint-exp', { recursive: true });
writeFileSync(`/tmp/fineprint-exp/emb-d${DIM}.json`, JSON.stringify({ words, dim: DIM, vectors: Array.from(vecs, (x) => Number(x.toFixed(5))) }));
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
