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
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { EvalPart, EvalRow } from './types';
import { readPageMeta } from '../../lib/detect/page-meta';
import { detectCandidate } from '../../lib/detect/stage1';
import { policyFeatures, scorePolicyText } from '../../lib/detect/stage2';
import { extractFromDocument } from '../../lib/extract';

const DATA = process.env.FINEPRINT_DATA ?? join(import.meta.dirname, '../../../shared/data');

export type Label = 'policy' | 'not-policy' | 'either';
export interface DetectionCase {
  id: string;
  file: string;
  url: string;
  label: Label;
  part: EvalPart;
  group: string;
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
    cases.push({ id: `opp/${f}`, file: join(oppDir, f), url, label: 'policy', part, group: 'OPP-115' });
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
    cases.push({ id: `tosdr/${r.file}`, file: join(DATA, 'tosdr-documents', r.file), url: '', label, part, group: `ToS;DR ${r.doc_type_guess}` });
  }
  // Readability test pages: articles and other non-policy pages.
  const rdDir = join(DATA, 'readability-test-pages/test/test-pages');
  for (const name of readdirSync(rdDir).sort()) {
    const file = join(rdDir, name, 'source.html');
    if (!existsSync(file)) continue;
    cases.push({ id: `readability/${name}`, file, url: 'http://fakehost/test/page.html', label: 'not-policy', part: hashPart(name), group: 'Readability pages' });
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

/** jsdom 29 throws on some stylesheets (css-tree rejects `calc(... $var)`): retry without styles. */
export function parseHtml(html: string, url: string): JSDOM {
  try {
    return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  } catch {
    const unstyled = html.replace(/<style\b[\s\S]*?<\/style>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
    return new JSDOM(unstyled, { url, virtualConsole: new VirtualConsole() });
  }
}

export function detectFile(c: DetectionCase): CaseResult & { features: ReturnType<typeof policyFeatures> } {
  const dom = parseHtml(readFileSync(c.file, 'utf8'), c.url || 'http://localhost/');
  const doc = dom.window.document;
  const stage1 = detectCandidate(readPageMeta(doc, { href: c.url }));
  const extracted = extractFromDocument(doc, c.url);
  const result = scorePolicyText(extracted, stage1);
  const features = policyFeatures(extracted, stage1.score);
  dom.window.close();
  return { ...c, isPolicy: result.isPolicy, candidate: stage1.candidate, score: result.score, method: extracted.method, words: extracted.words, features };
}

/**
 * How lib/detect/stage2.ts WEIGHTS were made: a class-balanced logistic regression (L2 0.01, gradient descent)
 * on the dev features, printed with `FINEPRINT_FIT_DETECTION=1 npx tsx scripts/eval.ts --only detection --part dev`.
 */
export function fitWeights(rows: { label: Label; features: object }[], l2 = 0.01): Record<string, number> {
  const data = rows.filter((r) => r.label !== 'either');
  const keys = Object.keys(data[0]?.features ?? {});
  const X = data.map((r) => keys.map((k) => (r.features as Record<string, number>)[k]!));
  const y = data.map((r) => (r.label === 'policy' ? 1 : 0));
  const share = y.reduce((a: number, b) => a + b, 0) / Math.max(1, y.length);
  const sw = y.map((v) => (v ? 0.5 / share : 0.5 / (1 - share)));
  const w = keys.map(() => 0);
  let b = 0;
  for (let it = 0; it < 20_000; it++) {
    const grad = keys.map(() => 0);
    let gb = 0;
    X.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(x.reduce((z, v, j) => z + v * w[j]!, b))));
      const g = (p - y[i]!) * sw[i]!;
      x.forEach((v, j) => (grad[j]! += g * v));
      gb += g;
    });
    keys.forEach((_, j) => (w[j]! -= 0.1 * (grad[j]! / X.length + l2 * w[j]!)));
    b -= (0.1 * gb) / X.length;
  }
  return Object.fromEntries([['bias', b], ...keys.map((k, j) => [k, w[j]!])]);
}

export async function run(part: EvalPart): Promise<EvalRow[]> {
  if (part === 'train') return [];
  const cases = detectionCases().filter((c) => c.part === part);
  const results = cases.map(detectFile);
  if (process.env.FINEPRINT_FIT_DETECTION && part === 'dev') console.error(fitWeights(results));
  if (process.env.FP_DETECTION_DUMP) writeFileSync(`${process.env.FP_DETECTION_DUMP}.${part}.json`, JSON.stringify(results));
  const scored = results.filter((r) => r.label !== 'either');
  const tp = scored.filter((r) => r.label === 'policy' && r.isPolicy).length;
  const fp = scored.filter((r) => r.label === 'not-policy' && r.isPolicy);
  const fn = scored.filter((r) => r.label === 'policy' && !r.isPolicy);
  const positives = scored.filter((r) => r.label === 'policy');
  const negatives = scored.filter((r) => r.label === 'not-policy');
  const precision = tp / Math.max(1, tp + fp.length);
  const recall = tp / Math.max(1, positives.length);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  if (process.env.FP_DETECTION_VERBOSE) {
    for (const r of [...fp, ...fn]) console.error(`${r.label === 'policy' ? 'FN' : 'FP'} ${r.score.toFixed(2)} ${r.method} ${r.words}w ${r.id}`);
  }
  const either = results.filter((r) => r.label === 'either');
  const hard = negatives.filter((r) => r.group !== 'Readability pages' || /aclu|herald-sun-1/.test(r.id));
  const set = `${part}: ${positives.length} policies, ${negatives.length} non-policies`;
  return [
    { metric: 'detection precision', set, value: precision, n: tp + fp.length },
    { metric: 'detection recall', set, value: recall, n: positives.length },
    { metric: 'detection F1', set, value: f1, n: scored.length, target: 0.97 },
    { metric: 'detection hard-negative TNR', set: `${part}: ToS;DR terms/other + aclu, herald-sun-1`, value: hard.filter((r) => !r.isPolicy).length / Math.max(1, hard.length), n: hard.length },
    { metric: 'stage-1 candidate recall', set: `${part}: policies with a URL or title`, value: positives.filter((r) => r.url && r.candidate).length / Math.max(1, positives.filter((r) => r.url).length), n: positives.filter((r) => r.url).length },
    { metric: 'either-way pages called policy', set: `${part}: cookie / Do Not Sell (not in F1)`, value: either.filter((r) => r.isPolicy).length / Math.max(1, either.length), n: either.length },
  ];
}
