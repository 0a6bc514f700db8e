/**
 * Bundled by `scripts/bench-browser.ts` and run inside a Chromium page: the analyzer on the page's own DOM, timed the way
 * `scripts/bench.ts` times it on jsdom. Own time = detect (stage 1) + extract + analyze, minus the time spent inside
 * Readability's parse() (timed by wrapping it); the one copy of the page extraction makes counts as ours. Readability's
 * parse alone runs on a cloneNode(true) made beforehand, as its README calls it (its clone not included).
 */
import { Readability } from '@mozilla/readability';
import { detectCandidate, extractFromDocument, readPageMeta, summarize } from '../../lib/index';

let inside = 0;
let wrapped = true;
const parse = Readability.prototype.parse;
Readability.prototype.parse = function (this: Readability) {
  if (!wrapped) return parse.call(this);
  const start = performance.now();
  try {
    return parse.call(this);
  } finally {
    inside += performance.now() - start;
  }
} as typeof parse;

export interface Run {
  own: number;
  analyze: number;
  readability: number;
  words: number;
}

export function run(): Run {
  const url = location.href;
  inside = 0;
  const t0 = performance.now();
  const stage1 = detectCandidate(readPageMeta(document, { href: url }));
  const extracted = extractFromDocument(document, url);
  const t1 = performance.now();
  const summary = summarize(extracted, stage1);
  const t2 = performance.now();
  const own = t2 - t0 - inside;
  const clone = document.cloneNode(true) as Document;
  wrapped = false;
  const t3 = performance.now();
  new Readability(clone).parse();
  const readability = performance.now() - t3;
  wrapped = true;
  return { own, analyze: t2 - t1, readability, words: summary.words };
}
