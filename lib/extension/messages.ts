/**
 * Every message between the content scripts, the background and the popup, declared once (the popup reaches a
 * page only through scripting.executeScript, so no message goes to a page).
 * The background rejects anything that is not one of these (see `isBackgroundMessage`) and checks who sent it.
 */
import type { DetectionResult, PolicySummary } from '../types';

/** What the extension knows about one tab; kept in storage.session so it survives the MV3 worker stopping. */
export type TabStatus =
  | 'idle' // nothing known yet (stage 1 said "no", or the page has not reported)
  | 'analyzing'
  | 'policy' // analyzed, reads like a privacy policy
  | 'not-policy' // analyzed (or stage-1 said no), not a privacy policy
  | 'unsupported' // chrome://, web store, PDF, a page that blocks scripts
  | 'disabled' // the person disabled Fineprint on this site
  | 'error';

export interface TabState {
  status: TabStatus;
  url: string;
  /** Stage-1 verdict reported by the content script. */
  detection?: DetectionResult;
  summary?: PolicySummary;
  /** A message a person understands, for status 'error' or 'unsupported'. */
  error?: string;
  updatedAt: number;
}

/**
 * Content script → background: stage 1 found a privacy signal on this page (run at the most sensitive setting, so
 * an ordinary page sends nothing at all). The background applies the person's settings (automatic detection,
 * disabled sites, sensitivity) to `detection.score`. Sent again when the page finishes loading or a single-page
 * app changes URL.
 */
export interface PageDetectedMessage {
  type: 'page-detected';
  url: string;
  detection: DetectionResult;
}
/** Analyzer script (injected) → background: the full analysis of the page it runs in. */
export interface AnalysisResultMessage {
  type: 'analysis-result';
  url: string;
  summary: PolicySummary;
}
/** Analyzer script → background: analysis failed. */
export interface AnalysisErrorMessage {
  type: 'analysis-error';
  url: string;
  error: string;
  /** The page cannot be analyzed at all (a PDF, an image, no document body): status 'unsupported', not 'error'. */
  unsupported?: boolean;
}
/** Popup → background: the state of tab N. Answer: TabState. */
export interface GetTabStateMessage {
  type: 'get-tab-state';
  tabId: number;
}
/** Popup → background: analyze tab N now, even if stage 1 said no ("Analyze anyway"). Answer: TabState. */
export interface AnalyzeTabMessage {
  type: 'analyze-tab';
  tabId: number;
}
/** What the highlight function injected into tab N (scripting.executeScript) answers; no message involved. */
export interface HighlightResult {
  found: boolean;
}

export type ContentToBackground = PageDetectedMessage | AnalysisResultMessage | AnalysisErrorMessage;
export type PopupToBackground = GetTabStateMessage | AnalyzeTabMessage;
export type ToBackground = ContentToBackground | PopupToBackground;

const BACKGROUND_TYPES: ReadonlySet<string> = new Set<ToBackground['type']>([
  'page-detected',
  'analysis-result',
  'analysis-error',
  'get-tab-state',
  'analyze-tab',
]);
const CONTENT_TYPES: ReadonlySet<ToBackground['type']> = new Set(['page-detected', 'analysis-result', 'analysis-error']);

/** A known background message, structurally checked (the background ignores everything else). */
export function isBackgroundMessage(value: unknown): value is ToBackground {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && BACKGROUND_TYPES.has(type);
}

/** Messages only a content script in a tab may send (the sender must carry `tab.id`). */
export function isContentMessage(message: ToBackground): message is ContentToBackground {
  return CONTENT_TYPES.has(message.type);
}
