/**
 * Stage-2 detection: does the extracted text read like a privacy policy? A logistic score over a few
 * interpretable features of the text (practice statements, "personal information", topic coverage, and the
 * vocabulary of the look-alikes: terms of service, refund, DMCA, imprint pages, articles and help pages).
 * Weights: a class-balanced logistic regression fitted on the dev parts of the data (scripts/eval/detection.ts),
 * rounded. The fit gave help-page words ("click", "tap") and very short texts no negative weight, so they carry
 * none: privacy-settings help pages have no dev examples, and short policies are real.
 */
import type { DetectionResult, DetectionSignal, ExtractedPolicy } from '../types';
import type { SensitivityOption } from './stage1';

const count = (re: RegExp, text: string): number => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
};

/** First-person statements of a data practice: "we collect", "we may share", "we do not sell". */
const PRACTICE =
  /\b(?:we|us)\b(?: \w+){0,3}? (?:collect|use|share|disclose|process|retain|store|sell|rent|transfer|receive|obtain|gather|keep|combine|track|analy[sz]e)s?\b|\b(?:wir|nous) (?:\w+ ){0,3}(?:erheben|verarbeiten|speichern|nutzen|collectons|utilisons|traitons|partageons)/g;
/** The same practices in the passive or with the company's name as subject: "is collected", "Acme shares your data". */
const PRACTICE_OTHER =
  /\b(?:is|are|be|been|being) (?:automatically )?(?:collected|used|shared|disclosed|processed|retained|stored|sold|rented|transferred|kept)\b|\b\w+ (?:collects|uses|shares|discloses|processes|stores|retains|sells) (?:\w+ ){0,2}(?:information|data)\b/g;
/** A policy talks to its reader about their data. */
const YOUR_DATA =
  /\byour (?:personal |contact |account |usage |location )?(?:information|data|details|choices|rights|consent|preferences|privacy|email address|ip address|device)\b|\b(?:ihre|vos|sus|i tuoi|uw) (?:daten|données|datos|dati|gegevens)/g;
const PERSONAL =
  /\bpersonal(?:ly)? (?:information|data|identifiable)|\bpersonal info\b|personenbezogene\w* daten|données (?:à caractère )?personnel|datos personales|dati personali|persoonsgegevens|dados pessoais/g;
const SELF_REFERENCE =
  /\b(?:this|our|the) (?:online )?(?:privacy|data protection|data|cookie) (?:policy|notice|statement|pledge)\b|\bthis (?:policy|notice|statement)\b|diese(?:r)? datenschutzerkl|la présente politique|esta política/g;
const TOPICS: [string, RegExp][] = [
  ['collection', /\bcollect(?:s|ed|ion)?\b/],
  ['use', /\b(?:we use|use (?:of )?(?:your|the) information|how we use)\b/],
  ['sharing', /\bthird[- ]part(?:y|ies)\b|\bshar(?:e|ing)\b (?:\w+ ){0,3}(?:information|data)/],
  ['cookies', /\bcookies?\b|\btracking technolog/],
  ['retention', /\bretain|\bretention\b|\bas long as (?:necessary|needed|required)/],
  ['rights', /\b(?:opt[- ]out|unsubscribe|right to (?:access|delete|know|erasure|object)|access(?:,| and| or) (?:correct|update|delete))/],
  ['security', /\bsecurity\b|\bsafeguards?\b|\bencrypt/],
  ['children', /\bchildren|\bunder (?:the age of )?1[36]\b|\bcoppa\b|\bminors\b/],
  ['contact', /\bcontact us\b|\bquestions (?:about|regarding|concerning) (?:this|our)\b|\bemail us\b/],
  ['changes', /\bchanges to (?:this|our)\b|\b(?:update|change|modify|amend|revise)s? (?:this|our) (?:privacy )?(?:policy|notice|statement)/],
];
const TERMS_OF_SERVICE =
  /\bthese terms\b|\bterms of (?:service|use|sale)\b|\bthis agreement\b|\byou agree\b|\bgoverning law\b|\barbitration\b|\bindemnif|\blimitation of liability\b|\bwarrant(?:y|ies)\b|\bdisclaim|\bterminat(?:e|ion)\b|\blicen[cs]e\b|\bintellectual property\b|\bprohibited\b|\bshall\b/g;
const REFUND_DMCA_IMPRINT =
  /\brefunds?\b|\breturns? (?:policy|window)\b|\bdmca\b|\bcopyright (?:infringement|agent|owner)\b|\binfring|\bcounter[- ]notice|\bimpressum\b|\bregistered office\b|\bvat (?:id|number|no)\b|\bcommercial register|\bmanaging director|\bhandelsregister|\bcode of conduct\b/g;
/** Section headings of a policy ("Information We Collect", "Your Rights") and of terms ("Termination", "Governing Law"). */
const POLICY_HEADING =
  /\b(?:information|data) (?:we|you) (?:collect|provide|share)|\bhow (?:we|do we) (?:use|share|collect|protect|store)|\bcollect|\bshar(?:e|ing)\b|\bdisclos|\bcookies?\b|\byour (?:rights|choices|privacy)|\bretention\b|\bchildren|\bsecurity\b|\bcontact us\b|\bchanges to\b|\bdo not track\b|\bcalifornia\b|\bgdpr\b|\bthird[- ]part|\bpersonal (?:information|data)\b|\bopt[- ]out\b|\bprivacy\b/;
const TERMS_HEADING =
  /\bterminat|\bgoverning law|\bindemnif|\bliabilit|\bdisclaimer|\bwarrant|\bintellectual property|\barbitration|\bacceptable use|\bpayment|\brefund|\blicen[cs]e|\bcopyright|\btrademark|\bdisputes?\b|\bsubscription|\bfees\b|\beligibility|\buser content|\bprohibited/;
const ARTICLE = /\b(?:said|says|according to|reported|told|spokes(?:man|woman|person)|wrote|writes|interview)\b/g;
const HOWTO = /\b(?:click|tap|toggle|select|go to|navigate to|scroll|menu|button)\b/g;

export interface PolicyFeatures {
  practice: number;
  practiceOther: number;
  yourData: number;
  personal: number;
  selfReference: number;
  coverage: number;
  termsOfService: number;
  refundDmcaImprint: number;
  article: number;
  howTo: number;
  policyHeadings: number;
  termsHeadings: number;
  shortText: number;
  stage1: number;
}

/** Per-1000-word rates squashed with log1p, so one long page does not dominate. */
const rate = (n: number, words: number): number => Math.log1p((1000 * n) / Math.max(words, 200));

/** Features of the text; one regular-expression pass per feature over at most `MAX_CHARS` characters. */
export const MAX_CHARS = 200_000;

export function policyFeatures(p: ExtractedPolicy, stage1Score: number): PolicyFeatures {
  let text = '';
  for (const s of p.sentences) {
    if (text.length > MAX_CHARS) break;
    text += `${s.text}\n`;
  }
  // Lowercased once, so no pattern needs the slower case-insensitive flag.
  text = `${p.title}\n${text}`.toLowerCase();
  const words = Math.max(1, p.words);
  let policyHeadings = 0;
  let termsHeadings = 0;
  for (const sentence of p.sentences) {
    if (!sentence.isHeading) continue;
    const h = sentence.text.toLowerCase();
    if (POLICY_HEADING.test(h)) policyHeadings++;
    if (TERMS_HEADING.test(h)) termsHeadings++;
  }
  let covered = 0;
  for (const [, re] of TOPICS) if (re.test(text)) covered++;
  return {
    practice: rate(count(PRACTICE, text), words),
    practiceOther: rate(count(PRACTICE_OTHER, text), words),
    yourData: rate(count(YOUR_DATA, text), words),
    personal: rate(count(PERSONAL, text), words),
    selfReference: Math.log1p(count(SELF_REFERENCE, text)),
    coverage: covered / TOPICS.length,
    termsOfService: rate(count(TERMS_OF_SERVICE, text), words),
    refundDmcaImprint: rate(count(REFUND_DMCA_IMPRINT, text), words),
    article: rate(count(ARTICLE, text), words),
    howTo: rate(count(HOWTO, text), words),
    policyHeadings: Math.log1p(policyHeadings),
    termsHeadings: Math.log1p(termsHeadings),
    shortText: words < 150 ? 1 - words / 150 : 0,
    stage1: stage1Score,
  };
}

/** Logistic weights (dev-fitted, rounded) and what each feature means on the card's "why". */
export const WEIGHTS: Record<keyof PolicyFeatures, { weight: number; detail: string }> = {
  practice: { weight: 0.95, detail: 'first-person data practices ("we collect", "we share")' },
  practiceOther: { weight: 0.7, detail: 'data practices in the passive or third person ("is collected")' },
  yourData: { weight: 0.8, detail: 'addresses the reader about their data ("your information")' },
  personal: { weight: 1.15, detail: 'mentions of personal information / personal data' },
  selfReference: { weight: 0.95, detail: 'calls itself a privacy policy or notice' },
  coverage: { weight: 0.3, detail: 'covers collection, use, sharing, cookies, retention, rights, security, children, contact, changes' },
  termsOfService: { weight: -0.55, detail: 'terms-of-service vocabulary (agreement, liability, governing law)' },
  refundDmcaImprint: { weight: -0.4, detail: 'refund, DMCA, copyright or imprint vocabulary' },
  article: { weight: -0.3, detail: 'news-article vocabulary (said, according to)' },
  howTo: { weight: 0, detail: 'help-page vocabulary (click, tap, settings)' },
  policyHeadings: { weight: 0.5, detail: 'section headings of a policy ("Information We Collect", "Your Rights")' },
  termsHeadings: { weight: -0.1, detail: 'section headings of terms ("Termination", "Governing Law")' },
  shortText: { weight: 0, detail: 'too little text' },
  stage1: { weight: 0.65, detail: 'URL, title or headings name a privacy policy' },
};
export const BIAS = -4.25;

/** Score at which the text is a policy, at the default sensitivity. */
export const POLICY_THRESHOLD = 0.5;

export function policyThreshold(sensitivity = 0.5): number {
  return Math.min(0.95, Math.max(0.05, POLICY_THRESHOLD + (0.5 - sensitivity) * 0.8));
}

export function scorePolicyText(p: ExtractedPolicy, stage1: DetectionResult, options: SensitivityOption = {}): DetectionResult {
  if (!p.sentences.length) return { ...stage1, isPolicy: false, score: 0, stage: 2, signals: [...stage1.signals, { name: 'no-text', weight: 0, detail: 'no readable text' }] };
  const features = policyFeatures(p, stage1.score);
  let z = BIAS;
  const signals: DetectionSignal[] = [...stage1.signals];
  for (const key of Object.keys(WEIGHTS) as (keyof PolicyFeatures)[]) {
    const contribution = WEIGHTS[key].weight * features[key];
    z += contribution;
    if (Math.abs(contribution) >= 0.05 && key !== 'stage1') {
      signals.push({ name: key, weight: Math.round(contribution * 100) / 100, detail: `${WEIGHTS[key].detail}: ${features[key].toFixed(2)}` });
    }
  }
  const score = 1 / (1 + Math.exp(-z));
  return { candidate: stage1.candidate, isPolicy: score >= policyThreshold(options.sensitivity), score, stage: 2, signals };
}
