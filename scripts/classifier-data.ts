/**
 * Loads the Polisis/PrivacyGLUE segment-level OPP-115 split (Majority variant) for the classifier scripts.
 * The CSV files have no header: `segment text, label`, one row per (segment, label); rows are grouped by text.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CATEGORIES, type Category } from '../lib/types';

export const SPLIT_DIR = '/work/shared/data/polisis-benchmark-split/datasets/Majority';
export type SplitName = 'train' | 'validation' | 'test';

export interface Segment {
  text: string;
  /** One 0/1 per entry of CATEGORIES. */
  y: Uint8Array;
}

/** RFC 4180 rows (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Segments of one split, in order of first appearance, each with its label set. */
export function loadSplit(name: SplitName, dir = SPLIT_DIR): Segment[] {
  const src = gunzipSync(readFileSync(`${dir}/${name}_dataset.csv.gz`)).toString('utf8');
  const byText = new Map<string, Segment>();
  for (const r of parseCsv(src)) {
    if (r.length < 2) continue;
    const label = r[r.length - 1].trim();
    const text = r.slice(0, -1).join(',');
    const k = CATEGORIES.indexOf(label as Category);
    if (k < 0) throw new Error(`unknown category ${JSON.stringify(label)} in ${name}`);
    let s = byText.get(text);
    if (!s) { s = { text, y: new Uint8Array(CATEGORIES.length) }; byText.set(text, s); }
    s.y[k] = 1;
  }
  return [...byText.values()];
}
