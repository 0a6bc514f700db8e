/**
 * Detection: precision / recall / F1 of "is it a privacy policy?" over real pages, hard negatives included.
 *
 * Sets (paths under ../shared/data):
 * - positives: OPP-115 original_policies (PolicyQA split: train+dev → 'dev', test → 'heldout') and C3PA full
 *   pages (summary_card_heldout.c3pa_full_pages → 'heldout', the others → 'dev');
 * - tosdr-documents: doc_type_guess privacy → positive, terms/other → negative, cookie and "Do Not Sell" → either
 *   way (not in F1); the held-out files and excluded services → 'heldout', the rest split by a hash of the file
 *   name (FNV-1a, even → 'dev', odd → 'heldout');
 * - readability-test-pages: all negatives (aclu and herald-sun-1 are articles about privacy), split by the same hash.
 * Labels were checked by reading the pages; `LABEL_OVERRIDES` lists the ones where the file name misleads.
 * `--part train` cross-validates the stage-2 fit over the dev pages (see `crossValidate`).
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsdom from 'jsdom';
import type { JSDOM } from 'jsdom';
import { parseHtml as parseCliHtml } from '../../cli/analyze';
import type { EvalPart, EvalRow } from './types';
import type { ExtractedPolicy } from '../../lib/types';
import { readPageMeta } from '../../lib/detect/page-meta';
import { detectCandidate } from '../../lib/detect/stage1';
import { POLICY_THRESHOLD, policyFeatures, scorePolicyText } from '../../lib/detect/stage2';
import { extractFromDocument } from '../../lib/extract';
import { DATA } from '../data-dir';



export type Label = 'policy' | 'not-policy' | 'either';
export interface DetectionCase {
  id: string;
  file: string;
  url: string;
  label: Label;
  part: EvalPart;
  group: string;
  /** The site or service: its pages share one cross-validation fold. */
  site: string;
}

/** FNV-1a 32-bit: a stable, documented split of unlabeled-by-split sets. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const hashPart = (name: string): EvalPart => (fnv1a(name) % 2 === 0 ? 'dev' : 'heldout');

/** Labels the file name gets wrong, set by reading the page (by RUBRIC.md). */
const LABEL_OVERRIDES: Record<string, Label> = {
  'c3pa/WS/11': 'either', // The Independent's cookie notice
  'c3pa/WS/13': 'not-policy', // LinkedIn copyright policy
  'tosdr/corpus/html/DAIKIN_Privacy Policy.html': 'either', // the crawl holds only navigation and a cookie banner
  'tosdr/corpus/html/KeyMessages.App_Privacy Policy.html': 'not-policy', // titled "Privacy and policy", it is terms of service
  'tosdr/corpus/html/Headphonesty_Privacy Policy.html': 'either', // terms of service then privacy policy, one page
  'tosdr/corpus/html/Signal_Terms and Privacy Policy.html': 'either', // combined terms and privacy
  'tosdr/corpus/html/Politico_Terms of Service.html': 'either', // combined: its privacy part is long
  'tosdr/corpus/html/The Filipino Channel_Terms and Conditions.html': 'either', // combined: a privacy section inside
  'tosdr/corpus/html/CollegeBoard_Communications and Marketi....html': 'either', // a privacy notice for marketing communications
  // "Terms and conditions and privacy policy" (the name is cut): a full privacy policy follows the terms, so combined.
  'tosdr/corpus/html/NATIONAL CENTER FOR MISSING & EXPLOITED CHILDREN_TERMS AND CONDITIONS AND PR....html': 'either',
};

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function readCsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = parseCsvLine(head!);
  return rows.map((r) => {
    const v = parseCsvLine(r);
    return Object.fromEntries(cols.map((c, i) => [c, v[i] ?? '']));
  });
}

/** "Do Not Sell" request pages and cookie policies may go either way (RUBRIC.md). */
const EITHER_NAME = /cookie|do not sell|do-not-sell|your privacy choices|opt[- ]out/i;
/** "other" documents that are about personal data (health-data notices, telemetry policies...): not clearly either side. */
const PRIVACY_ISH_OTHER = /privacy|privat|personal|data|telemetry|ccpa|california|gdpr|health|disclosure|information|location|transparen|law enforcement|legal process|subpoena/i;

export function detectionCases(): DetectionCase[] {
  const splits = JSON.parse(readFileSync(join(DATA, 'derived/recommended_splits.json'), 'utf8'));
  const cases: DetectionCase[] = [];
  // OPP-115: the PolicyQA policy-level split; test policies are the held-out ones.
  const oppPart = new Map<string, EvalPart>();
  for (const [split, part] of [['train', 'dev'], ['dev', 'dev'], ['test', 'heldout']] as const) {
    for (const name of splits.opp115_policy_level_split[split] as string[]) oppPart.set(name.split('_')[0]!, part);
  }
  const oppDir = join(DATA, 'opp-115/original_policies');
  for (const f of readdirSync(oppDir).filter((x) => x.endsWith('.html')).sort()) {
    const part = oppPart.get(f.split('_')[0]!);
    if (!part) continue;
    const head = readFileSync(join(oppDir, f), 'utf8').slice(0, 400);
    const url = /saved from url=\(\d+\)(\S+)/.exec(head)?.[1] ?? '';
    cases.push({ id: `opp/${f}`, file: join(oppDir, f), url, label: 'policy', part, group: 'OPP-115', site: f });
  }
  // C3PA full pages.
  const c3paHeld = new Set<string>(splits.summary_card_heldout.c3pa_full_pages.docs);
  for (const r of readCsv(join(DATA, 'derived/c3pa_document_labels.csv'))) {
    if (!r.html_file_included) continue;
    const key = `${r.group}/${r.doc_id}`;
    cases.push({
      id: `c3pa/${key}`,
      file: join(DATA, r.html_file_included),
      url: r.canonical_or_og_url || r.db_crawl_url || '',
      label: LABEL_OVERRIDES[`c3pa/${key}`] ?? 'policy',
      part: c3paHeld.has(key) ? 'heldout' : 'dev',
      group: 'C3PA',
      site: key,
    });
  }
  // ToS;DR documents (extracted bodies: no URL, no title).
  const tosdrHeld = new Set<string>(splits.summary_card_heldout.tosdr_documents.files.map((f: string) => f.replace(/^tosdr-documents\//, '')));
  const excluded = new Set<string>(splits.summary_card_heldout.tosdr_documents.exclude_services_from_training_on_tosdr_points);
  for (const r of readCsv(join(DATA, 'tosdr-documents/documents.csv'))) {
    if (!r.file) continue;
    const name = r.document_name ?? '';
    let label: Label;
    if (r.doc_type_guess === 'cookie' || EITHER_NAME.test(name)) label = 'either';
    else if (r.doc_type_guess === 'privacy') label = 'policy';
    else if (r.doc_type_guess === 'terms') label = /privacy/i.test(name) ? 'either' : 'not-policy';
    else label = PRIVACY_ISH_OTHER.test(name) ? 'either' : 'not-policy';
    label = LABEL_OVERRIDES[`tosdr/${r.file}`] ?? label;
    const part: EvalPart = tosdrHeld.has(r.file) || excluded.has(r.service_name!) ? 'heldout' : hashPart(r.file);
    cases.push({ id: `tosdr/${r.file}`, file: join(DATA, 'tosdr-documents', r.file), url: '', label, part, group: `ToS;DR ${r.doc_type_guess}`, site: r.service_name ?? r.file });
  }
  // Readability test pages: articles and other non-policy pages.
  const rdDir = join(DATA, 'readability-test-pages/test/test-pages');
  for (const name of readdirSync(rdDir).sort()) {
    const file = join(rdDir, name, 'source.html');
    if (!existsSync(file)) continue;
    cases.push({ id: `readability/${name}`, file, url: 'http://fakehost/test/page.html', label: 'not-policy', part: hashPart(name), group: 'Readability pages', site: name });
  }
  return cases;
}

export interface CaseResult extends DetectionCase {
  isPolicy: boolean;
  candidate: boolean;
  score: number;
  method: string;
  words: number;
}

/** A page read as the CLI reads it (jsdom 29 throws on some style sheets: they are dropped only then). */
export function parseHtml(html: string, url: string): JSDOM {
  return parseCliHtml(jsdom, html, url).dom;
}

/** Lengths, in words, of the shortened copies of each long page that the fit also learns from. */
const SHORT_COPY_WORDS = [120, 200, 300];
/** Only pages longer than this get shortened copies. */
const SHORT_COPY_MIN_WORDS = 600;

/**
 * A page cut down to about `words` words by keeping every k-th sentence: the same vocabulary with fewer of
 * everything, as in the 100-300-word policies of small sites. Only what stage 2 reads is kept.
 */
export function shortenedCopy(p: ExtractedPolicy, words: number): ExtractedPolicy {
  const k = Math.max(1, Math.round(p.words / words));
  const sentences = p.sentences.filter((_, i) => i % k === Math.floor(k / 2));
  const n = sentences.reduce((sum, s) => sum + s.text.split(/\s+/).filter(Boolean).length, 0);
  return { ...p, blocks: [], sections: [], sentences, words: n };
}

export type DetectionFeatures = ReturnType<typeof policyFeatures>;

export function detectFile(c: DetectionCase, withShortened = false): CaseResult & { features: DetectionFeatures; shortened: DetectionFeatures[] } {
  const dom = parseHtml(readFileSync(c.file, 'utf8'), c.url || 'http://localhost/');
  const doc = dom.window.document;
  const stage1 = detectCandidate(readPageMeta(doc, { href: c.url }));
  const extracted = extractFromDocument(doc, c.url);
  const result = scorePolicyText(extracted, stage1);
  const features = policyFeatures(extracted, stage1.score);
  const shortened =
    withShortened && c.label !== 'either' && extracted.words > SHORT_COPY_MIN_WORDS
      ? SHORT_COPY_WORDS.map((n) => policyFeatures(shortenedCopy(extracted, n), stage1.score))
      : [];
  dom.window.close();
  return { ...c, isPolicy: result.isPolicy, candidate: stage1.candidate, score: result.score, method: extracted.method, words: extracted.words, features, shortened };
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = M[r]![n]!;
    for (let k = r + 1; k < n; k++) v -= M[r]![k]! * x[k]!;
    x[r] = v / M[r]![r]!;
  }
  return x;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), per mean example loss. Default 0.01. */
  l2?: number;
  /** Features held at weight 0 (no examples to learn them from, e.g. help pages). Default none. */
  fixedZero?: string[];
}

/**
 * How lib/detect/stage2.ts WEIGHTS are made: a class-balanced, L2-regularized logistic regression, solved exactly
 * by Newton's method. Print it with `FINEPRINT_FIT_DETECTION=1 npm run eval -- --part train --only detection`.
 */
export function fitWeights(rows: { label: Label; features: object; weight?: number }[], options: FitOptions = {}): Record<string, number> {
  const l2 = options.l2 ?? 0.01;
  const data = rows.filter((r) => r.label !== 'either');
  const keys = Object.keys(data[0]?.features ?? {}).filter((k) => !options.fixedZero?.includes(k));
  const X = data.map((r) => [1, ...keys.map((k) => (r.features as Record<string, number>)[k]!)]);
  const y = data.map((r) => (r.label === 'policy' ? 1 : 0));
  const share = y.reduce((a: number, b) => a + b, 0) / Math.max(1, y.length);
  const sw = y.map((v, i) => (v ? 0.5 / share : 0.5 / (1 - share)) * (data[i]!.weight ?? 1));
  const d = keys.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 50; it++) {
    const grad = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    X.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((z, v, j) => z + v * w[j]!, 0)));
      const g = (p - y[i]!) * sw[i]!;
      const h = p * (1 - p) * sw[i]!;
      for (let j = 0; j < d; j++) {
        grad[j]! += (g * x[j]!) / X.length;
        for (let k = 0; k < d; k++) H[j]![k]! += (h * x[j]! * x[k]!) / X.length;
      }
    });
    for (let j = 1; j < d; j++) {
      grad[j]! += l2 * w[j]!;
      H[j]![j]! += l2;
    }
    const step = solve(H, grad);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return Object.fromEntries([['bias', w[0]!], ...keys.map((k, j) => [k, w[j + 1]!])]);
}

/**
 * How stage2.ts WEIGHTS are fitted: help-page words and very short texts have no examples to learn from, so they stay at 0.
 * L2 by CV log loss over five fold assignments: 0.058 at 0.01 and 0.045 at 0.003 without the name, all-passages share and
 * reader-rights features; 0.037 at 0.003 with them. 0.001 (0.031) was lower still, but doubles the weight of stage 1, whose
 * URL and title only the web-page policies have here, so 0.003.
 */
export const FIT: FitOptions = { l2: 0.003, fixedZero: ['howTo', 'shortText'] };
const FOLDS = 5;

/** Each page, plus its shortened copies, which together weigh as much as the page. */
function fitRows(results: ReturnType<typeof detectFile>[]): { label: Label; features: object; weight?: number }[] {
  return results.flatMap((r) => [r, ...r.shortened.map((features) => ({ label: r.label, features, weight: 1 / r.shortened.length }))]);
}

function scoreWith(w: Record<string, number>, features: object): number {
  let z = w.bias ?? 0;
  for (const [k, v] of Object.entries(features)) z += (w[k] ?? 0) * (v as number);
  return 1 / (1 + Math.exp(-z));
}

function f1Rows(part: string, scored: { label: Label; isPolicy: boolean; group: string; id: string }[]): EvalRow[] {
  const rows = scored.filter((r) => r.label !== 'either');
  const tp = rows.filter((r) => r.label === 'policy' && r.isPolicy).length;
  const fp = rows.filter((r) => r.label === 'not-policy' && r.isPolicy).length;
  const positives = rows.filter((r) => r.label === 'policy').length;
  const negatives = rows.length - positives;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, positives);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const set = `${part}: ${positives} policies, ${negatives} non-policies`;
  return [
    { metric: 'detection precision', set, value: precision, n: tp + fp },
    { metric: 'detection recall', set, value: recall, n: positives },
    { metric: 'detection F1', set, value: f1, n: rows.length, target: 0.97 },
  ];
}

/**
 * `--part train`: 5-fold cross-validation over the train/dev pages, folds by site or service. Each fold refits the
 * weights on the other four (shortened copies included) and scores its own pages and their shortened copies,
 * so the figures say how the fit generalizes rather than how well it remembers. Prints the weights fitted on
 * all of them with FINEPRINT_FIT_DETECTION=1.
 */
async function crossValidate(cases: DetectionCase[]): Promise<EvalRow[]> {
  const results = cases.map((c) => detectFile(c, true));
  const scored: { label: Label; isPolicy: boolean; group: string; id: string }[] = [];
  // The margins, not only the errors: mean log loss of the held-out-fold scores of the labeled pages.
  let logLoss = 0;
  const short: { label: Label; isPolicy: boolean; group: string; id: string }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const inFold = (r: (typeof results)[number]) => fnv1a(r.site) % FOLDS === f;
    const w = fitWeights(fitRows(results.filter((r) => !inFold(r))), FIT);
    for (const r of results.filter(inFold)) {
      const score = scoreWith(w, r.features);
      scored.push({ ...r, isPolicy: score >= POLICY_THRESHOLD });
      if (r.label !== 'either') logLoss -= Math.log(Math.max(1e-9, r.label === 'policy' ? score : 1 - score));
      for (const features of r.shortened) short.push({ ...r, isPolicy: scoreWith(w, features) >= POLICY_THRESHOLD });
    }
  }
  if (process.env.FP_DETECTION_VERBOSE) for (const r of scored.filter((x) => x.label !== 'either' && x.isPolicy !== (x.label === 'policy'))) console.error(`CV ${r.label === 'policy' ? 'FN' : 'FP'} ${r.id}`);
  if (process.env.FINEPRINT_FIT_DETECTION) {
    const w = fitWeights(fitRows(results), FIT);
    console.error(Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v * 100) / 100])));
  }
  const shortPolicies = short.filter((r) => r.label === 'policy');
  const shortOthers = short.filter((r) => r.label === 'not-policy');
  const words = SHORT_COPY_WORDS.join('/');
  return [
    ...f1Rows(`train+dev, ${FOLDS}-fold CV`, scored),
    { metric: 'CV log loss (lower: wider margins)', set: `train+dev, ${FOLDS}-fold CV, policies and non-policies`, value: logLoss / Math.max(1, scored.filter((r) => r.label !== 'either').length), n: scored.filter((r) => r.label !== 'either').length },
    { metric: 'shortened policies recall', set: `CV: ${words}-word copies of long policies`, value: shortPolicies.filter((r) => r.isPolicy).length / Math.max(1, shortPolicies.length), n: shortPolicies.length },
    { metric: 'shortened non-policies TNR', set: `CV: ${words}-word copies of long non-policies`, value: shortOthers.filter((r) => !r.isPolicy).length / Math.max(1, shortOthers.length), n: shortOthers.length },
  ];
}

export async function run(part: EvalPart): Promise<EvalRow[]> {
  if (part === 'train') return crossValidate(detectionCases().filter((c) => c.part === 'dev'));
  const cases = detectionCases().filter((c) => c.part === part);
  const results = cases.map((c) => detectFile(c));
  if (process.env.FP_DETECTION_DUMP) writeFileSync(`${process.env.FP_DETECTION_DUMP}.${part}.json`, JSON.stringify(results));
  const scored = results.filter((r) => r.label !== 'either');
  const fp = scored.filter((r) => r.label === 'not-policy' && r.isPolicy);
  const fn = scored.filter((r) => r.label === 'policy' && !r.isPolicy);
  const positives = scored.filter((r) => r.label === 'policy');
  const negatives = scored.filter((r) => r.label === 'not-policy');
  if (process.env.FP_DETECTION_VERBOSE && part !== 'heldout') {
    for (const r of [...fp, ...fn]) console.error(`${r.label === 'policy' ? 'FN' : 'FP'} ${r.score.toFixed(2)} ${r.method} ${r.words}w ${r.id}`);
  }
  const either = results.filter((r) => r.label === 'either');
  const hard = negatives.filter((r) => r.group !== 'Readability pages' || /aclu|herald-sun-1/.test(r.id));
  return [
    ...f1Rows(part, scored),
    { metric: 'detection hard-negative TNR', set: `${part}: ToS;DR terms/other + aclu, herald-sun-1`, value: hard.filter((r) => !r.isPolicy).length / Math.max(1, hard.length), n: hard.length },
    { metric: 'stage-1 candidate recall', set: `${part}: policies with a URL or title`, value: positives.filter((r) => r.url && r.candidate).length / Math.max(1, positives.filter((r) => r.url).length), n: positives.filter((r) => r.url).length },
    { metric: 'either-way pages called policy', set: `${part}: cookie / Do Not Sell (not in F1)`, value: either.filter((r) => r.isPolicy).length / Math.max(1, either.length), n: either.length },
  ];
}
