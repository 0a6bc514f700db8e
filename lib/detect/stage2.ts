/**
 * Stage-2 detection: does the extracted text read like a privacy policy? A logistic score over a few
 * interpretable features of the text (practice statements, "personal information", topic coverage, and the
 * vocabulary of the look-alikes: terms of service, refund, DMCA, imprint pages, articles and help pages).
 * Rates are per prose word (menus and link lists do not dilute them). Two features say which share of the text's
 * passages read like a policy (against terms passages, and against all passages), so a terms page with one privacy
 * section stays a terms page; one says what the document calls itself at its top (extracted bodies without a title
 * start with their name); one counts what the reader can do ("you can opt out"), the voice of a policy, not of terms;
 * one counts "we" and "our", the organization speaking for itself, which an article about privacy law does not.
 * Weights: a class-balanced, L2-regularized logistic regression over the train/dev pages and shortened copies of them
 * (so a 150-word policy is not a blind spot), cross-validated by site in scripts/eval/detection.ts, rounded.
 * Help-page words ("click", "tap") and very short texts are held at 0: there are no help pages to learn from, and
 * short policies are real.
 */
import type { DetectionResult, DetectionSignal, ExtractedPolicy } from '../types';
import type { SensitivityOption } from './stage1';

/** Matches of `re` in each passage of `text`, the passages ending at `ends` (ascending, the last one at the text's end). */
function countByPassage(re: RegExp, text: string, ends: number[]): number[] {
  const counts = new Array<number>(ends.length).fill(0);
  let i = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (m.index >= ends[i]!) i++;
    counts[i]!++;
  }
  return counts;
}
/**
 * "this privacy policy", "our data protection notice", "this statement", "diese Datenschutzerklärung": found by their
 * last word, then checked backwards, which counts what one left-to-right pass of the whole pattern would (no two
 * self-references overlap) without trying the pattern at every "the".
 */
function countSelfReferences(text: string): number {
  let n = 0;
  SELF_REFERENCE_END.lastIndex = 0;
  for (let m = SELF_REFERENCE_END.exec(text); m; m = SELF_REFERENCE_END.exec(text)) {
    SELF_REFERENCE.lastIndex = m.index;
    if (SELF_REFERENCE.test(text)) n++;
  }
  return n;
}
/**
 * Matches of the sticky pattern `re`, tried only where the global `start` finds its literal (every match of `re`
 * begins there): the same left-to-right, non-overlapping matches as a global `re`, without trying it at every position.
 */
function countFrom(start: RegExp, re: RegExp, text: string): number {
  let n = 0;
  start.lastIndex = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    re.lastIndex = m.index;
    if (re.test(text)) {
      n++;
      start.lastIndex = Math.max(start.lastIndex, re.lastIndex);
    }
  }
  return n;
}
/** Like `countByPassage` for a pattern of `lists` capture groups: per group, its matches in each passage. */
function countListsByPassage(re: RegExp, lists: number, text: string, ends: number[]): number[][] {
  const counts = Array.from({ length: lists }, () => new Array<number>(ends.length).fill(0));
  let i = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (m.index >= ends[i]!) i++;
    let g = 1;
    while (m[g] === undefined) g++;
    counts[g - 1]![i]!++;
  }
  return counts;
}
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
/** `text.split(' ').length` without the array. */
function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** First-person statements of a data practice: "we collect", "we may share", "we do not sell". */
const PRACTICE =
  /\b(?:we|us)\b(?: \w+){0,3}? (?:collect|use|share|disclose|process|retain|store|sell|rent|transfer|receive|obtain|gather|keep|combine|track|analy[sz]e)s?\b|\b(?:wir|nous) (?:\w+ ){0,3}(?:erheben|verarbeiten|speichern|nutzen|collectons|utilisons|traitons|partageons)/g;
/** The same practices in the passive or with the company's name as subject: "is collected", "Acme shares your data". */
const PRACTICE_OTHER =
  /\b(?:(?:is|are|be|been|being) (?:automatically )?(?:collected|used|shared|disclosed|processed|retained|stored|sold|rented|transferred|kept)|(?:collect|use|share|disclose|process|store|retain|sell|rent|transfer|obtain|gather)s? (?:\w+ ){0,3}(?:information|data|email address(?:es)?|ip address(?:es)?))\b/g;
/** A policy talks to its reader about their data. (This and the four word lists below are counted in one pass, `WORD_LISTS`, each led by \b there.) */
const YOUR_DATA =
  /your (?:personal |contact |account |usage |location )?(?:information|data|details|choices|rights|consent|preferences|privacy|email address|ip address|device)\b|(?:ihre|vos|sus|i tuoi|uw) (?:daten|données|datos|dati|gegevens)/;
const PERSONAL =
  /\bpersonal(?:ly)? (?:information|data|identifiable)|\bpersonal info\b|personenbezogene\w* daten|données (?:à caractère )?personnel|datos personales|dati personali|persoonsgegevens|dados pessoais/g;
const SELF_REFERENCE =
  /(?<=\b(?:this|our|the) (?:online )?(?:privacy|data protection|data|cookie)) (?:policy|notice|statement|pledge)\b|(?<=\bthis) (?:policy|notice|statement)\b|(?<=diese(?:r)?) datenschutzerkl|(?<=la )présente politique|(?<=esta) política/y;
/** The words every self-reference ends with, led by a literal space: a fast scan, each hit checked by `SELF_REFERENCE`. */
const SELF_REFERENCE_END = / (?:policy|notice|statement|pledge)\b| datenschutzerkl|présente politique| política/g;
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
/** Terms-of-service vocabulary, grouped by first letters. */
const TERMS_OF_SERVICE =
  /t(?:hese terms\b|erm(?:s of (?:service|use|sale)\b|inat(?:e|ion)\b)|his agreement\b)|you agree\b|governing law\b|arbitration\b|i(?:ndemnif|ntellectual property\b)|li(?:mitation of liability\b|cen[cs]e\b)|warrant(?:y|ies)\b|disclaim|prohibited\b|shall\b/;
/** Refund, DMCA, copyright and imprint vocabulary. */
const REFUND_DMCA_IMPRINT =
  /re(?:funds?\b|turns? (?:policy|window)\b|gistered office\b)|dmca\b|co(?:pyright (?:infringement|agent|owner)\b|unter[- ]notice|mmercial register|de of conduct\b)|i(?:nfring|mpressum\b)|vat (?:id|number|no)\b|managing director|handelsregister/;
/** Section headings of a policy ("Information We Collect", "Your Rights") and of terms ("Termination", "Governing Law"). */
const POLICY_HEADING =
  /\b(?:information|data) (?:we|you) (?:collect|provide|share)|\bhow (?:we|do we) (?:use|share|collect|protect|store)|\bcollect|\bshar(?:e|ing)\b|\bdisclos|\bcookies?\b|\byour (?:rights|choices|privacy)|\bretention\b|\bchildren|\bsecurity\b|\bcontact us\b|\bchanges to\b|\bdo not track\b|\bcalifornia\b|\bgdpr\b|\bthird[- ]part|\bpersonal (?:information|data)\b|\bopt[- ]out\b|\bprivacy\b/;
const TERMS_HEADING =
  /\bterminat|\bgoverning law|\bindemnif|\bliabilit|\bdisclaimer|\bwarrant|\bintellectual property|\barbitration|\bacceptable use|\bpayment|\brefund|\blicen[cs]e|\bcopyright|\btrademark|\bdisputes?\b|\bsubscription|\bfees\b|\beligibility|\buser content|\bprohibited/;
/** What the reader can do about their data, in the second person: "you can opt out", "you may request access" (not "you may not access"). */
const READER_RIGHTS =
  /\byou (?:can|may|have the right to|are entitled to|also have the right to)(?! not\b)(?: \w+){0,2}? (?:access|request|delete|correct|opt[- ]out|unsubscribe|withdraw|object|choose|disable|update|review|restrict|control|manage)\b/y;
/** Where a reader right can start: the literal is found fast, `READER_RIGHTS` is tried there only. */
const READER_RIGHTS_START = /you /g;
/** The document's own name near its top (title, headings and short lines of the first sentences): a privacy notice... */
const NAMES_PRIVACY = /\bprivacy\b|\bdata protection\b|\bpersonal (?:information|data)\b|datenschutz|confidentialit|privacidad/;
/** ...or a look-alike: terms, an agreement, a legal notice, rules, a security, help, refund or copyright page. */
const NAMES_OTHER =
  /\bterms\b|\bconditions\b|\bagreement\b|\blegal notice\b|\bimprint\b|\bimpressum\b|\bsecurity\b|\brules\b|\bguidelines\b|\bcode of conduct\b|\brefund|\bcopyright\b|\bdmca\b|\bdisclaimer\b|\blicen[cs]e\b|\beula\b|\bhelp\b|\bfaq\b|\bcookies?\b/;
/** How many first sentences the name is looked for in, and how short a line must be to be a name rather than prose. */
const OPENING_SENTENCES = 12;
const NAME_MAX_WORDS = 12;
/** A news article's vocabulary and a help page's. */
const ARTICLE = /(?:said|says|according to|reported|told|spokes(?:man|woman|person)|wrote|writes|interview)\b/;
const HOWTO = /(?:click|tap|toggle|select|go to|navigate to|scroll|menu|button)\b/;
/** The organization speaking for itself: a policy says "we" and "our"; an article about privacy law does not. */
const FIRST_PERSON = /(?:we|our|us|ours)\b/;
/**
 * Terms, refund/DMCA/imprint, article, help-page and your-data phrases and first-person words, each led by \b, in one
 * pass: trying one pattern at every position costs about as much as trying six, so one pass is several times faster.
 * Exact: no phrase of one list starts with the first word of another's, or holds one inside it, so each list's matches
 * are the ones its own pass would find. The capture group says which list matched.
 */
const WORD_LISTS = new RegExp(`\\b(?:(${TERMS_OF_SERVICE.source})|(${REFUND_DMCA_IMPRINT.source})|(${ARTICLE.source})|(${HOWTO.source})|(${YOUR_DATA.source})|(${FIRST_PERSON.source}))`, 'g');

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
  privacyShare: number;
  shortText: number;
  stage1: number;
  privacyPassages: number;
  readerRights: number;
  namesPrivacy: number;
  namesOther: number;
  firstPerson: number;
}

/** Per-1000-word rates squashed with log1p, so one long page does not dominate. */
const rate = (n: number, words: number): number => Math.log1p((1000 * n) / Math.max(words, 100));

/** Features of the text, read over at most `MAX_CHARS` characters. */
export const MAX_CHARS = 200_000;
/** A sentence of fewer words is a menu item, a link or a label, not prose. */
const PROSE_MIN_WORDS = 6;
/** Passage size, in words, for telling policy passages from terms passages. */
const CHUNK_WORDS = 150;

/**
 * What the document calls itself: its title, plus the headings and short lines among its first sentences
 * (extracted bodies without a title start with their name: "Terms of service", "Privacy and policy"), lowercased.
 */
export function documentName(p: Pick<ExtractedPolicy, 'title' | 'sentences'>): string {
  const lines = [p.title];
  for (const s of p.sentences.slice(0, OPENING_SENTENCES)) if (s.isHeading || s.text.split(' ').length < NAME_MAX_WORDS) lines.push(s.text);
  return lines.join('\n').toLowerCase();
}

export function policyFeatures(p: ExtractedPolicy, stage1Score: number): PolicyFeatures {
  // One lowercased text (no pattern needs the slower case-insensitive flag), cut into passages of about
  // CHUNK_WORDS words: `ends` holds where each passage ends. No pattern matches across a line break, so counting
  // over the whole text and binning the matches by passage counts exactly what counting each passage would.
  const title = p.title.toLowerCase();
  const parts = [title, '\n'];
  const ends: number[] = [];
  let length = title.length + 1;
  let chunkWords = 0;
  let chars = 0;
  // Words in prose sentences: menus, link lists and footers would otherwise dilute every rate.
  let prose = 0;
  for (const s of p.sentences) {
    if (chars > MAX_CHARS) break;
    chars += s.text.length + 1;
    const lower = s.text.toLowerCase();
    parts.push(lower, '\n');
    length += lower.length + 1;
    const n = s.isHeading ? 0 : wordCount(s.text);
    if (n >= PROSE_MIN_WORDS) prose += n;
    chunkWords += n;
    if (chunkWords >= CHUNK_WORDS) {
      ends.push(length);
      chunkWords = 0;
    }
  }
  if (ends[ends.length - 1] !== length) ends.push(length);
  const words = Math.max(1, Math.min(p.words, prose || p.words));
  const text = parts.join('');
  const practice = countByPassage(PRACTICE, text, ends);
  const practiceOther = countByPassage(PRACTICE_OTHER, text, ends);
  const personal = countByPassage(PERSONAL, text, ends);
  const [termsOfService, refundDmcaImprint, article, howTo, yourData, firstPerson] = countListsByPassage(WORD_LISTS, 6, text, ends);
  // Which passages read like a policy and which like terms: a terms page with one privacy section has few of the first.
  let privacyChunks = 0;
  let termsChunks = 0;
  for (let i = 0; i < ends.length; i++) {
    const pv = practice[i]! + practiceOther[i]! + yourData[i]! + personal[i]!;
    const tv = termsOfService[i]! + refundDmcaImprint[i]!;
    if (pv > tv) privacyChunks++;
    else if (tv > pv) termsChunks++;
  }
  let policyHeadings = 0;
  let termsHeadings = 0;
  for (const sentence of p.sentences) {
    if (!sentence.isHeading) continue;
    const h = sentence.text.toLowerCase();
    if (POLICY_HEADING.test(h)) policyHeadings++;
    if (TERMS_HEADING.test(h)) termsHeadings++;
  }
  const name = documentName(p);
  let covered = 0;
  for (const [, re] of TOPICS) if (re.test(text)) covered++;
  return {
    practice: rate(sum(practice), words),
    practiceOther: rate(sum(practiceOther), words),
    yourData: rate(sum(yourData), words),
    personal: rate(sum(personal), words),
    selfReference: Math.log1p(countSelfReferences(text)),
    coverage: covered / TOPICS.length,
    termsOfService: rate(sum(termsOfService), words),
    refundDmcaImprint: rate(sum(refundDmcaImprint), words),
    article: rate(sum(article!), words),
    howTo: rate(sum(howTo!), words),
    policyHeadings: Math.log1p(policyHeadings),
    termsHeadings: Math.log1p(termsHeadings),
    privacyShare: (privacyChunks + 0.5) / (privacyChunks + termsChunks + 1),
    shortText: words < 150 ? 1 - words / 150 : 0,
    stage1: stage1Score,
    privacyPassages: privacyChunks / ends.length,
    readerRights: rate(countFrom(READER_RIGHTS_START, READER_RIGHTS, text), words),
    namesPrivacy: NAMES_PRIVACY.test(name) ? 1 : 0,
    namesOther: NAMES_OTHER.test(name) ? 1 : 0,
    firstPerson: rate(sum(firstPerson!), words),
  };
}

/** Logistic weights (`npm run eval -- --part train --only detection` with FINEPRINT_FIT_DETECTION=1, rounded) and what each feature means on the card's "why". */
export const WEIGHTS: Record<keyof PolicyFeatures, { weight: number; detail: string }> = {
  practice: { weight: 0.43, detail: 'first-person data practices ("we collect", "we share")' },
  practiceOther: { weight: 0.7, detail: 'data practices in the passive or third person ("is collected")' },
  yourData: { weight: 0.39, detail: 'addresses the reader about their data ("your information")' },
  personal: { weight: 0.83, detail: 'mentions of personal information / personal data' },
  selfReference: { weight: 0.61, detail: 'calls itself a privacy policy or notice' },
  coverage: { weight: 0.19, detail: 'covers collection, use, sharing, cookies, retention, rights, security, children, contact, changes' },
  termsOfService: { weight: -0.57, detail: 'terms-of-service vocabulary (agreement, liability, governing law)' },
  refundDmcaImprint: { weight: -0.59, detail: 'refund, DMCA, copyright or imprint vocabulary' },
  article: { weight: -0.48, detail: 'news-article vocabulary (said, according to)' },
  howTo: { weight: 0, detail: 'help-page vocabulary (click, tap, settings)' },
  policyHeadings: { weight: 0.28, detail: 'section headings of a policy ("Information We Collect", "Your Rights")' },
  termsHeadings: { weight: -0.23, detail: 'section headings of terms ("Termination", "Governing Law")' },
  privacyShare: { weight: 0.41, detail: 'share of passages that read like a policy rather than terms' },
  shortText: { weight: 0, detail: 'too little text' },
  privacyPassages: { weight: 0.72, detail: 'share of all passages that read like a policy (a privacy section in a long page is a small share)' },
  readerRights: { weight: 0.57, detail: 'tells the reader what they can do ("you can opt out", "you may request access")' },
  namesPrivacy: { weight: 1.08, detail: 'its name at the top says privacy' },
  namesOther: { weight: -0.36, detail: 'its name at the top says terms, agreement, rules, legal notice, security, help, refund or copyright' },
  firstPerson: { weight: 0.55, detail: 'speaks for itself ("we", "our")' },
  stage1: { weight: 0.92, detail: 'URL, title or headings name a privacy policy' },
};
export const BIAS = -4.51;

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
