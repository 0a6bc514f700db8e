/**
 * Fineprint's analyzer: a pure pipeline from a page (or plain text) to a `PolicySummary`.
 * Nothing here touches the network or the live page; every step is a small pure function in its own file.
 */
import type { DetectionResult, ExtractedPolicy, PolicySummary } from './types';
import { readPageMeta } from './detect/page-meta';
import { detectCandidate } from './detect/stage1';
import { scorePolicyText } from './detect/stage2';
import { extractFromDocument, extractFromText, type TextFormat } from './extract';
import { findRights } from './summarize/rights';
import { retentionSignals, retentionVerdict } from './summarize/retention';
import { sellingSignals, sellingVerdict } from './summarize/selling';
import { findContact } from './summarize/contact';
import { deriveWarnings } from './summarize/warnings';
import { classifyPolicy, topicCoverage } from './classify';
import { FIELD_CATEGORIES, rankByFocus, type SegmentFocus } from './summarize/focus';
import { compactText } from './summarize/compact-text';

export * from './types';
export { readPageMeta, detectCandidate, scorePolicyText, extractFromDocument, extractFromText };

export interface AnalyzeOptions {
  /** The page's URL; defaults to `doc.URL` (or '' for text). */
  url?: string;
  /**
   * Detection sensitivity in 0..1: higher finds more policies and more false positives.
   * Default 0.5, the threshold tuned on the train/dev data.
   */
  sensitivity?: number;
  /**
   * Run the segment classifier: topic coverage on the card, and focus for the field rules (which segments to
   * read for retention and contact). Default true; false skips the model (the fields then use their rules alone).
   */
  topics?: boolean;
}

/**
 * Is this page a privacy policy? Stage 1 (URL, title, headings, meta tags) and stage 2 (does the extracted text read
 * like a policy), with the signals that decided. The same detection `analyzeDocument` runs, without the summary.
 */
export function detectPolicy(doc: Document, options: Pick<AnalyzeOptions, 'url' | 'sensitivity'> = {}): DetectionResult {
  const url = options.url ?? doc.URL ?? '';
  const stage1 = detectCandidate(readPageMeta(doc, { href: url }), options);
  return scorePolicyText(extractFromDocument(doc, url), stage1, options);
}

/** Analyze a DOM document. The document is never modified: extraction works on a clone. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): PolicySummary {
  const url = options.url ?? doc.URL ?? '';
  // 1. Stage-1 detection: URL, title, headings, meta tags; no full-text pass.
  const stage1 = detectCandidate(readPageMeta(doc, { href: url }), options);
  // 2. Extraction: Readability on a clone (body-text fallback), then sections and sentences.
  const extracted = extractFromDocument(doc, url);
  return summarize(extracted, stage1, options);
}

/** Analyze plain text or Markdown (no Readability pass). */
export function analyzeText(
  text: string,
  options: AnalyzeOptions & { title?: string; format?: TextFormat } = {},
): PolicySummary {
  const url = options.url ?? '';
  const extracted = extractFromText(text, { title: options.title ?? '', url, format: options.format ?? 'txt' });
  const stage1 = detectCandidate(
    { url, title: extracted.title, headings: extracted.sections.map((s) => s.heading).filter(Boolean).slice(0, 8), canonical: '', ogTitle: '', ogType: '', lang: '' },
    options,
  );
  return summarize(extracted, stage1, options);
}

/** Steps 3-6, shared by documents and text. */
export function summarize(policy: ExtractedPolicy, stage1: DetectionResult, options: AnalyzeOptions = {}): PolicySummary {
  // The same texts stored one byte per character where they can be: every pattern below runs faster over them.
  const extracted = compactText(policy);
  // 3. Stage-2 detection: does the text read like a privacy policy?
  const detection = scorePolicyText(extracted, stage1, options);
  const notes: string[] = [];
  const english = extracted.lang === 'en' || extracted.lang === 'und';
  if (!english) notes.push(`The text is in '${extracted.lang}'; only English policies are summarized.`);
  if (extracted.words < 30) notes.push('Too little text to analyze.');
  const readable = english && extracted.words >= 30;
  // 4. The segment classifier, run once: what each paragraph-sized chunk is about (OPP-115 categories).
  const focus: SegmentFocus | null = readable && options.topics !== false ? classifyPolicy(extracted) : null;
  // 5. The card's fields, each from the sentences that decide it (focus tells retention and contact where to read).
  // Rights and selling are decided by their rules alone. For rights, focus only orders each right's quotes
  // (those from User Access / User Choice segments first), so the card's first quote comes from the paragraph about
  // it; selling's quotes keep their order (strongest statement first).
  // Retention and selling signals are read once: the warnings use them too.
  const retention = readable ? retentionSignals(extracted, focus) : undefined;
  const selling = readable ? sellingSignals(extracted) : undefined;
  const fields = {
    rights: readable ? findRights(extracted).map((r) => ({ ...r, evidence: rankByFocus(r.evidence, focus, FIELD_CATEGORIES.rights) })) : [],
    retention: retention ? retentionVerdict(extracted, focus, retention) : { verdict: 'not-stated' as const, periods: [], evidence: [] },
    selling: selling ? sellingVerdict(extracted, selling) : { verdict: 'not-stated' as const, evidence: [] },
    contact: readable ? findContact(extracted, focus) : { emails: [], phones: [], postal: [], urls: [], evidence: [] },
    // Topics the policy covers or never mentions, from the same classification.
    topics: focus ? topicCoverage(extracted, focus) : null,
  };
  const base = {
    schema: 1 as const,
    isPolicy: detection.isPolicy,
    policyScore: detection.score,
    detection,
    title: extracted.title,
    url: extracted.url,
    lang: extracted.lang,
    words: extracted.words,
    method: extracted.method,
    ...fields,
    notes,
  };
  // 6. Warnings: the red flags that light the badge.
  return { ...base, warnings: readable ? deriveWarnings(base, extracted, focus, { retention, selling }) : [] };
}
