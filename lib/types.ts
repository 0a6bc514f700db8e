/**
 * The analyzer's data model: plain, serializable data shared by the extension, the CLI and the tests.
 * `../shared/RUBRIC.md` (copied into README) defines what every verdict means.
 */

/** Where a sentence sits in the page, so the extension can find and highlight it in the live document. */
export interface SentenceLocator {
  /** CSS selector of the block element in the ORIGINAL document that holds the sentence, when known. */
  selector: string | null;
  /** Verbatim sentence text (whitespace collapsed) to search for inside that element, or the whole body. */
  quote: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'pre';
/** Between the cells of a 'table-row' block's text: "Subprocessor | Purpose | Location". */
export const CELL_SEPARATOR = ' | ';

/** One block of readable text in document order (a heading, a paragraph, a list item...). */
export interface Block {
  kind: BlockKind;
  /** Heading level 1..6 for headings; nesting depth for list items; 0 otherwise. */
  level: number;
  /** Text with whitespace collapsed. */
  text: string;
  /** Selector of the element in the original document, when known. */
  selector: string | null;
  /** The block's `mailto:` and http(s) links, href absolute; present only on blocks that have some (none from text input). */
  links?: BlockLink[];
}

/** A link inside a block: its text (whitespace collapsed, may be '') and its absolute `mailto:` or http(s) href. */
export interface BlockLink {
  text: string;
  href: string;
}

export interface Sentence {
  /** Index in `ExtractedPolicy.sentences`. */
  id: number;
  text: string;
  /** Index of the section it belongs to. */
  section: number;
  /** Index of the block it came from. */
  block: number;
  /** The block is a heading (the sentence is the heading's text). */
  isHeading: boolean;
  /** The block is a list item. */
  isListItem: boolean;
  locator: SentenceLocator;
}

export interface Section {
  index: number;
  /** The heading text ('' for text before the first heading). */
  heading: string;
  /** Headings from the outermost to this one. */
  headingPath: string[];
  level: number;
  /** Ids of the sentences in this section (the heading sentence included). */
  sentences: number[];
}

export type ExtractionMethod = 'readability' | 'body' | 'text' | 'none';

/** The readable text of a page, split into sections and sentences. */
export interface ExtractedPolicy {
  title: string;
  /** BCP-47-ish primary tag ('en', 'de'...) or 'und' when undetermined. */
  lang: string;
  url: string;
  method: ExtractionMethod;
  blocks: Block[];
  sections: Section[];
  sentences: Sentence[];
  words: number;
  /** Primary tag of the page's declared `<html lang>`, when it has one. */
  declaredLang?: string;
  /** The declared language contradicts the text (then `lang` is the text's language). */
  langContradicted?: boolean;
}

/** Cheap facts about a page, readable without a full-text pass. */
export interface PageMeta {
  url: string;
  title: string;
  /** h1..h3 texts, first few only. */
  headings: string[];
  canonical: string;
  ogTitle: string;
  ogType: string;
  lang: string;
}

export interface DetectionSignal {
  /** Machine name, e.g. 'url-path', 'title', 'practice-terms', 'terms-of-service-terms'. */
  name: string;
  /** Contribution to the score (positive or negative). */
  weight: number;
  /** Human-readable detail. */
  detail: string;
}

export interface DetectionResult {
  /** Stage 1 verdict: worth running the full analysis on. */
  candidate: boolean;
  /** Final verdict (after stage 2 when it ran). */
  isPolicy: boolean;
  /** 0..1 */
  score: number;
  stage: 1 | 2;
  signals: DetectionSignal[];
}

export interface Evidence {
  /** The sentence, verbatim. */
  text: string;
  sentence: number;
  /** Heading of the section it is in. */
  section: string;
  locator: SentenceLocator;
}

export const RIGHT_KINDS = [
  'access',
  'correction',
  'deletion',
  'portability',
  'opt-out',
  'object',
  'restrict',
  'withdraw-consent',
  'complaint',
  'non-discrimination',
] as const;
export type RightKind = (typeof RIGHT_KINDS)[number];

export interface RightFinding {
  kind: RightKind;
  evidence: Evidence[];
}

export type RetentionVerdict = 'period' | 'limited' | 'indefinite' | 'not-stated';
export interface RetentionFinding {
  verdict: RetentionVerdict;
  /** Normalized durations, e.g. '90 days', '2 years'. */
  periods: string[];
  evidence: Evidence[];
}

export type SellingVerdict = 'yes' | 'no' | 'not-stated';
export interface SellingFinding {
  verdict: SellingVerdict;
  evidence: Evidence[];
}

export interface ContactFinding {
  emails: string[];
  phones: string[];
  postal: string[];
  urls: string[];
  evidence: Evidence[];
}

export type WarningLevel = 'high' | 'medium' | 'low';
export type WarningId =
  | 'sells-data'
  | 'may-sell-data'
  | 'keeps-indefinitely'
  | 'no-deletion'
  | 'no-contact'
  | 'access-fee'
  | 'changes-without-notice'
  | 'retention-not-stated'
  | 'shares-for-advertising';

export interface PolicyWarning {
  id: WarningId;
  level: WarningLevel;
  text: string;
  evidence: Evidence[];
}

/** OPP-115 categories, spelled exactly as in the Polisis/PrivacyGLUE split CSV files. */
export const CATEGORIES = [
  'First Party Collection/Use',
  'Third Party Sharing/Collection',
  'User Access, Edit and Deletion',
  'Data Retention',
  'Data Security',
  'International and Specific Audiences',
  'Do Not Track',
  'Policy Change',
  'User Choice/Control',
  'Introductory/Generic',
  'Practice not covered',
  'Privacy contact information',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface TopicCoverage {
  /** Categories at least one section is about. */
  covers: Category[];
  /** Categories no section is about. */
  neverMentions: Category[];
}

/** What the card shows: the CLI's JSON (schema 1) is this object plus `file`. */
export interface PolicySummary {
  schema: 1;
  isPolicy: boolean;
  policyScore: number;
  detection: DetectionResult;
  title: string;
  url: string;
  lang: string;
  words: number;
  method: ExtractionMethod;
  rights: RightFinding[];
  retention: RetentionFinding;
  selling: SellingFinding;
  contact: ContactFinding;
  warnings: PolicyWarning[];
  topics: TopicCoverage | null;
  /** Why fields are empty, when they are (e.g. 'not English', 'too little text'). */
  notes: string[];
}
