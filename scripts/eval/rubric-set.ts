/**
 * The hand-labeled rubric set (test/rubric-set/): 30 ToS;DR documents labeled by RUBRIC.md, independently of the
 * analyzer. Held out: it only reports figures, so it runs for `--part heldout` and returns nothing otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { analyzeDocument } from '../../lib/index';
import type { PolicySummary, RetentionVerdict, RightKind, SellingVerdict } from '../../lib/types';
import type { EvalPart, EvalRow } from './types';
import { DATA } from '../data-dir';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const labelsPath = join(repoRoot, 'test/rubric-set/labels.jsonl');
/** The labels reference documents relative to the shared data folder; they are never copied into the repo. */
const dataRoot = DATA;

/** One line of labels.jsonl (see test/rubric-set/README.md). */
export interface RubricLabel {
  file: string;
  isPolicy: boolean | 'either';
  rights: RightKind[];
  retention: RetentionVerdict;
  periods: string[];
  selling: SellingVerdict;
  emails: string[];
  notes: string;
}

/** What the card said about one document; a document the analyzer failed on predicts nothing. */
type Predicted = Pick<PolicySummary, 'isPolicy' | 'rights' | 'retention' | 'selling' | 'contact'>;
const nothing: Predicted = {
  isPolicy: false,
  rights: [],
  retention: { verdict: 'not-stated', periods: [], evidence: [] },
  selling: { verdict: 'not-stated', evidence: [] },
  contact: { emails: [], phones: [], postal: [], urls: [], evidence: [] },
};

export function readLabels(path = labelsPath): RubricLabel[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RubricLabel);
}

/**
 * The files are body fragments, so they are wrapped in a bare page. The URL is neutral on purpose: the set measures
 * what the text says, not what a URL path like `/privacy` gives away.
 */
function analyzeFile(label: RubricLabel, index: number): Predicted {
  const path = join(dataRoot, label.file);
  try {
    const body = readFileSync(path, 'utf8');
    const url = `https://rubric-set.example/doc-${String(index + 1).padStart(2, '0')}`;
    const dom = new JSDOM(`<html><body>${body}</body></html>`, { url });
    const summary = analyzeDocument(dom.window.document);
    dom.window.close();
    // Fields a stub leaves out count as "nothing found" rather than crashing the whole table.
    return {
      isPolicy: summary.isPolicy === true,
      rights: summary.rights ?? nothing.rights,
      retention: summary.retention ?? nothing.retention,
      selling: summary.selling ?? nothing.selling,
      contact: summary.contact ?? nothing.contact,
    };
  } catch (error) {
    console.error(`rubric-set: ${label.file}: ${error instanceof Error ? error.message : String(error)}`);
    return nothing;
  }
}

/** F1 from counts; 1 when there was nothing to find and nothing was found. */
function f1(tp: number, fp: number, fn: number): number {
  if (tp + fp + fn === 0) return 1;
  return (2 * tp) / (2 * tp + fp + fn);
}

/** Micro counts of two sets of strings. */
function overlap(gold: Set<string>, predicted: Set<string>): { tp: number; fp: number; fn: number } {
  let tp = 0;
  for (const item of predicted) if (gold.has(item)) tp++;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

export async function run(part: EvalPart): Promise<EvalRow[]> {
  if (part !== 'heldout') return [];
  if (!existsSync(labelsPath)) {
    console.error(`rubric-set: no labels at ${labelsPath}`);
    return [];
  }
  const labels = readLabels();
  const set = `rubric set (${labels.length} docs)`;
  const det = { tp: 0, fp: 0, fn: 0, n: 0 };
  const rights = { tp: 0, fp: 0, fn: 0 };
  const email = { tp: 0, fp: 0, fn: 0 };
  let policies = 0;
  let retentionRight = 0;
  let sellingRight = 0;

  labels.forEach((label, i) => {
    if (!existsSync(join(dataRoot, label.file))) {
      console.error(`rubric-set: missing ${label.file}`);
    }
    const got = analyzeFile(label, i);
    if (label.isPolicy !== 'either') {
      det.n++;
      if (got.isPolicy && label.isPolicy) det.tp++;
      else if (got.isPolicy) det.fp++;
      else if (label.isPolicy) det.fn++;
    }
    // The card's fields are scored on the real policies only: a negative's card is never shown as a policy's.
    if (label.isPolicy !== true) return;
    policies++;
    const r = overlap(new Set(label.rights), new Set(got.rights.map((f) => f.kind)));
    rights.tp += r.tp;
    rights.fp += r.fp;
    rights.fn += r.fn;
    if (got.retention.verdict === label.retention) retentionRight++;
    if (got.selling.verdict === label.selling) sellingRight++;
    const e = overlap(
      new Set(label.emails.map((a) => a.toLowerCase())),
      new Set(got.contact.emails.map((a) => a.toLowerCase())),
    );
    email.tp += e.tp;
    email.fp += e.fp;
    email.fn += e.fn;
  });

  const rightsItems = rights.tp + rights.fn;
  const emailItems = email.tp + email.fn;
  return [
    { metric: 'detection F1', set, value: f1(det.tp, det.fp, det.fn), n: det.n, target: 0.97 },
    { metric: 'rights F1 (micro)', set, value: f1(rights.tp, rights.fp, rights.fn), n: rightsItems, target: 0.9 },
    { metric: 'retention accuracy', set, value: policies ? retentionRight / policies : 0, n: policies, target: 0.9 },
    { metric: 'selling accuracy', set, value: policies ? sellingRight / policies : 0, n: policies, target: 0.9 },
    { metric: 'email F1 (micro)', set, value: f1(email.tp, email.fp, email.fn), n: emailItems, target: 0.95 },
  ];
}
