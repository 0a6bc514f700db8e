/**
 * Experiment (issue 4): self-training. Policy text that is not OPP-115 (ToS;DR privacy policies and C3PA
 * full pages, none of them held out anywhere, none from an OPP-115 site) is cut into the analyzer's own
 * ~120-word chunks and labeled by the shipped model (`lib/classify`); the linear model is then retrained on
 * the train part plus those pseudo-labeled chunks. New n-grams that co-occur with ones the model already knows
 * get weights: the hope is better recall on the big categories.
 *
 * With --c3pa 1 the extra examples are C3PA's annotated spans instead: the OPP-115 category their C3PA
 * category maps to is 1, the shipped model labels the others. --bits sets the hash size of both models
 * (above 16 needs MAX_BITS in lib/classify/model.ts raised for the run); --share 0 trains the baseline only.
 *
 * --rules 1 appends marker words for what the analyzer's field rules find in each text (all texts, validation too).
 *
 *   npx tsx scripts/experiments/self-training.ts --seed 1 [--share 1 --soft 0 --c3pa 0 --rules 0 --bits 16 --charmin 2 --charmax 4 --ngrams 2]
 *
 * Measured on validation only. The teacher's thresholds were tuned on validation pooled with out-of-fold
 * train, so its pseudo-labels carry a little of validation; out-of-fold train thresholds are not clean either
 * (the teacher saw every fold). The comparison that is clean: thresholds tuned on one random half of
 * validation and scored on the other half, averaged over 50 splits, for the baseline linear model (same seed,
 * same settings) and for the student. Never reads the test part.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as jsdom from 'jsdom';
import { parseHtml } from '../../cli/analyze';
import { CATEGORIES } from '../../lib/types';
import { fnv1a, type FeatureConfig } from '../../lib/classify/features';
import { mixParts, scoreParts } from '../../lib/classify/model';
import { classifySegments, sectionChunks } from '../../lib/classify/index';
import { analyzeText, extractFromDocument } from '../../lib/index';
import { loadSplit, parseCsv, trainingExamples } from '../classifier-data';
import { DATA } from '../data-dir';
import { K, atLeastOne, countAll, f1Report, rng, tuneThresholds, vectorize, type LinearModel } from '../classifier-train-lib';
import { fitLinear, loadLinear } from './linear';
import { matchesOppSite, siteLabel } from './opp-sites';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const SEED = arg('seed', 1);
/** Fraction of the pseudo-labeled chunks used (seeded sample). */
const SHARE = arg('share', 1);
/** 1: targets are the teacher's scores; 0: its labels (score >= 0.5). */
const SOFT = arg('soft', 0);
/** 1: the extra examples are C3PA's annotated spans instead of chunks: their C3PA category, mapped to OPP-115's, is 1; the teacher labels the other categories. */
const C3PA = arg('c3pa', 0);
/** 1: every text also carries marker words for what the analyzer's field rules find in it (rights kinds, a retention verdict, selling, contacts, warnings). */
const RULES = arg('rules', 0);
const CACHE = '/tmp/fineprint-exp';
const MIX = 0.5;
const LIN_FEATURES: FeatureConfig = { bits: arg('bits', 16), wordNgrams: arg('ngrams', 2), charMin: arg('charmin', 2), charMax: arg('charmax', 4) };
const LIN_TRAIN = { epochs: 20, lr: 0.02, l2: 3e-5, batch: 16 };
const NB = { alpha: 0.1, beta: 0.5 };
const pct = (x: number) => (x * 100).toFixed(1);
const t0 = performance.now();

// ---------- the unlabeled chunks ----------
function unlabeledChunks(): string[] {
  const file = `${CACHE}/unlabeled-chunks.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as string[];
  const splits = JSON.parse(readFileSync(join(DATA, 'derived/recommended_splits.json'), 'utf8'));
  const pages: { file: string; url: string }[] = [];
  const tosdrHeld = new Set<string>(splits.summary_card_heldout.tosdr_documents.files.map((f: string) => f.replace(/^tosdr-documents\//, '')));
  const tosdrServices = new Set<string>(splits.summary_card_heldout.tosdr_documents.exclude_services_from_training_on_tosdr_points);
  const rows = parseCsv(readFileSync(`${DATA}/tosdr-documents/documents.csv`, 'utf8'));
  const h = rows[0];
  let skipped = 0;
  for (const r of rows.slice(1)) {
    const o = Object.fromEntries(h.map((k, i) => [k, r[i] ?? '']));
    if (o.doc_type_guess !== 'privacy') continue;
    // Held out for the card, or in the detection evaluation's held-out half, or an OPP-115 site: left out.
    if (tosdrHeld.has(o.file) || tosdrServices.has(o.service_name) || fnv1a(o.file) % 2 === 1 || matchesOppSite(o.service_name)) { skipped++; continue; }
    pages.push({ file: join(DATA, 'tosdr-documents', o.file), url: '' });
  }
  const c3paHeld = new Set<string>(splits.summary_card_heldout.c3pa_full_pages.docs);
  const crows = parseCsv(readFileSync(`${DATA}/derived/c3pa_document_labels.csv`, 'utf8'));
  for (const r of crows.slice(1)) {
    const o = Object.fromEntries(crows[0].map((k, i) => [k, r[i] ?? '']));
    if (!o.html_file_included) continue;
    const host = siteLabel(o.canonical_or_og_url || o.db_crawl_url);
    if (c3paHeld.has(`${o.group}/${o.doc_id}`) || matchesOppSite(host)) { skipped++; continue; }
    pages.push({ file: join(DATA, o.html_file_included), url: o.canonical_or_og_url || o.db_crawl_url });
  }
  const chunks: string[] = [];
  for (const p of pages) {
    const { dom } = parseHtml(jsdom, readFileSync(p.file, 'utf8'), p.url || 'https://example.invalid/privacy');
    const ext = extractFromDocument(dom.window.document, p.url);
    dom.window.close();
    if (ext.lang !== 'en') continue;
    for (const c of sectionChunks(ext)) if (c.split(/\s+/).length >= 8) chunks.push(c);
  }
  console.log(`${pages.length} pages (${skipped} left out), ${chunks.length} chunks`);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(chunks));
  return chunks;
}

/** C3PA categories that are OPP-115 categories. */
const C3PA_TO_OPP: Record<string, string> = {
  'Categories of Personal Information Collected': 'First Party Collection/Use',
  'Categories of Personal Information Shared / Disclosed': 'Third Party Sharing/Collection',
  'Categories of Personal Information Sold': 'Third Party Sharing/Collection',
  'Description of Right to Know PI Collected': 'User Access, Edit and Deletion',
  'Description of Right to Know PI sold / shared': 'User Access, Edit and Deletion',
  'Description of Right to Delete': 'User Access, Edit and Deletion',
  'Description of Right to Correct Information': 'User Access, Edit and Deletion',
  'Description of Right to Opt-out of sale of PI': 'User Choice/Control',
  'Description of Right to Limit use of PI': 'User Choice/Control',
};

/** Distinct annotated spans (8+ words) of the C3PA documents no evaluation holds out, with their mapped categories. */
function c3paSpans(): { text: string; cats: Set<string> }[] {
  const splits = JSON.parse(readFileSync(join(DATA, 'derived/recommended_splits.json'), 'utf8'));
  const held = new Set<string>(splits.summary_card_heldout.c3pa_full_pages.docs);
  const rows = parseCsv(readFileSync(`${DATA}/derived/c3pa_document_labels.csv`, 'utf8'));
  const out = new Map<string, Set<string>>();
  for (const r of rows.slice(1)) {
    const o = Object.fromEntries(rows[0].map((k, i) => [k, r[i] ?? '']));
    const host = siteLabel(o.canonical_or_og_url || o.db_crawl_url);
    if (!o.annotation_file || held.has(`${o.group}/${o.doc_id}`) || matchesOppSite(host)) continue;
    for (const a of parseCsv(gunzipSync(readFileSync(join(DATA, o.annotation_file))).toString('utf8')).slice(1)) {
      const text = (a[1] ?? '').replace(/\\n/g, '\n').trim();
      const cat = C3PA_TO_OPP[a[2] ?? ''];
      if (!cat || text.split(/\s+/).length < 8) continue;
      if (!out.has(text)) out.set(text, new Set());
      out.get(text)!.add(cat);
    }
  }
  return [...out.entries()].map(([text, cats]) => ({ text, cats }));
}

const spans = C3PA ? c3paSpans() : [];
const chunks = C3PA ? spans.map((s) => s.text) : unlabeledChunks();
const teacher = classifySegments(chunks).map((c) => CATEGORIES.map((cat) => c.scores[cat]));
const rand = rng(SEED * 31 + 7);
const chosen = chunks.map((_, i) => i).filter(() => rand() < SHARE);
const pseudoY = chosen.map((i) => teacher[i].map((s, k) => (C3PA && spans[i].cats.has(CATEGORIES[k]) ? 1 : SOFT ? s : s >= 0.5 ? 1 : 0)));
const labelCounts = CATEGORIES.map((_, k) => pseudoY.filter((y) => y[k] >= 0.5).length);
console.log(`${chunks.length} chunks, ${chosen.length} used; teacher labels per category: ${labelCounts.join(' ')}`);

// ---------- train (segments + sentences, as train-classifier.ts) ----------
const train = loadSplit('train');
const val = loadSplit('validation');
/** Marker words for the field rules' findings on `text` (the rules alone: topics off), appended to it. */
function withRules(text: string): string {
  if (!RULES) return text;
  const s = analyzeText(text, { topics: false });
  const marks = [
    ...s.rights.map((r) => `zzright${r.kind.replace(/-/g, '')}`),
    s.retention.verdict !== 'not-stated' ? `zzretention zzretention${s.retention.verdict}` : '',
    s.selling.verdict !== 'not-stated' ? `zzselling zzselling${s.selling.verdict}` : '',
    s.contact.emails.length ? 'zzcontactemail' : '', s.contact.phones.length ? 'zzcontactphone' : '',
    s.contact.postal.length ? 'zzcontactpostal' : '', s.contact.urls.length ? 'zzcontacturl' : '',
    ...s.warnings.map((w) => `zzwarn${w.id.replace(/[^a-z]/gi, '')}`),
  ].filter(Boolean);
  return marks.length ? `${text} ${marks.join(' ')}` : text;
}
const labeled = trainingExamples(train, { unionTarget: 0.3, sentenceOneVote: 0.3 });
const texts = [...labeled.texts, ...chosen.map((i) => chunks[i])].map(withRules);
const ys: number[][] = [...labeled.ys, ...pseudoY];
const nLabeled = labeled.texts.length;
const xs = vectorize(countAll(texts.map((text) => ({ text, y: new Uint8Array(K) })), LIN_FEATURES));
const dim = 1 << LIN_FEATURES.bits;

const fit = (rows: number[]): LinearModel => fitLinear(xs, ys, rows, train.length, { dim, train: LIN_TRAIN, nb: NB, seed: SEED });
const toLoaded = (m: LinearModel) => loadLinear(m, LIN_FEATURES, MIX);

/** Thresholds tuned on a random half of validation, scored on the other half; mean over 50 seeded splits (both ways). */
function halves(scores: ArrayLike<number>[]): { macro: number; micro: number } {
  const y = val.map((s) => s.y);
  const r = rng(12345);
  let macro = 0, micro = 0, n = 0;
  for (let t = 0; t < 50; t++) {
    const a: number[] = [], b: number[] = [];
    scores.forEach((_, i) => (r() < 0.5 ? a : b).push(i));
    for (const [tune, test] of [[a, b], [b, a]]) {
      const thr = tuneThresholds(tune.map((i) => scores[i]), tune.map((i) => y[i]));
      const rep = f1Report(atLeastOne(test.map((i) => scores[i]), thr), test.map((i) => y[i]), thr);
      macro += rep.macro; micro += rep.micro; n++;
    }
  }
  return { macro: macro / n, micro: micro / n };
}
const show = (name: string, scores: ArrayLike<number>[]) => {
  const h = halves(scores);
  const tuned = tuneThresholds(scores, val.map((s) => s.y));
  const self = f1Report(atLeastOne(scores, tuned), val.map((s) => s.y), tuned);
  console.log(`RESULT seed=${SEED} share=${SHARE} soft=${SOFT} c3pa=${C3PA} rules=${RULES} ${name}: val halves ${pct(h.macro)} / ${pct(h.micro)} | val tuned on itself ${pct(self.macro)} / ${pct(self.micro)}`);
};

const baselineFile = `${CACHE}/linear-seed${SEED}.json`;
if (existsSync(baselineFile)) {
  const j = JSON.parse(readFileSync(baselineFile, 'utf8')) as { va: { whole: number[]; best: number[] }[] };
  show('baseline linear (cached)', j.va.map((p) => mixParts({ whole: Float32Array.from(p.whole), best: Float32Array.from(p.best) }, MIX)));
}
show('teacher (shipped ensemble)', classifySegments(val.map((s) => s.text)).map((c) => CATEGORIES.map((cat) => c.scores[cat])));
const all = texts.map((_, i) => i);
/** Validation as the models read it (with the rules' marker words under --rules 1), made once for both. */
const valTexts = val.map((s) => withRules(s.text));
const base = toLoaded(fit(all.filter((i) => i < nLabeled)));
show('baseline linear (recomputed)', valTexts.map((t) => mixParts(scoreParts(base, t), MIX)));
const student = toLoaded(fit(all));
show('student linear', valTexts.map((t) => mixParts(scoreParts(student, t), MIX)));
console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
