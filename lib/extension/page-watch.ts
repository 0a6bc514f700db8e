/**
 * The content script's work on every http(s) page: stage-1 detection, run locally at the most sensitive setting.
 * An ordinary page (no privacy signal) sends nothing and never touches the extension API; only a page that could
 * be a policy at some sensitivity is reported, and the background applies the person's settings.
 * Checked again when the page finishes loading and when a single-page app changes URL (Navigation API events,
 * no polling). Keep the imports tiny: this is the code declared for every page.
 */
import { readPageMeta } from '../detect/page-meta';
import { detectCandidate } from '../detect/stage1';
import type { PageDetectedMessage } from './messages';
import { pageKey } from './sites';

// A single-page app updates its DOM a moment after the URL changes.
export const SPA_SETTLE_MS = 400;

/** The most sensitive setting: a page is reported if any sensitivity a person can choose would make it a candidate. */
export const REPORT_SENSITIVITY = 1;

/** Stage 1 for the page as it is now: the report to send, or null when the page has no privacy signal at all. */
export function pageReport(doc: Document, loc: Pick<Location, 'href'>): PageDetectedMessage | null {
  const detection = detectCandidate(readPageMeta(doc, loc), { sensitivity: REPORT_SENSITIVITY });
  return detection.candidate ? { type: 'page-detected', url: loc.href, detection } : null;
}

/** The Navigation API where the browser has it (Chrome 102+, Firefox 147+). */
type WindowWithNavigation = Window & { navigation?: EventTarget };
type ExtensionApi = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * Send a report to the background. The extension API is looked up only here: the first touch of `runtime` builds
 * its bindings in the page (most of a content script's cost), and an ordinary page never sends anything.
 */
export function sendToBackground(message: PageDetectedMessage): Promise<unknown> {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser ?? scope.chrome)!.runtime.sendMessage(message);
}

export function watchPage(win: WindowWithNavigation = window, send: (message: PageDetectedMessage) => Promise<unknown> = sendToBackground): void {
  let reported = '';
  const check = (): void => {
    const report = pageReport(win.document, win.location);
    // Report a page once per score: again only if loading more content changed its signals, or the app came back.
    const key = report ? `${pageKey(report.url)} ${report.detection.score}` : '';
    if (key === reported) return;
    reported = key;
    // Rejected when the extension was updated or removed since this page loaded: nothing to tell anymore.
    if (report) send(report).catch(() => undefined);
  };
  check();
  if (win.document.readyState !== 'complete') win.addEventListener('load', check, { once: true });
  // Same-document navigations only (pushState, replaceState, back/forward within an app): a new document runs
  // this script again. Browsers without the Navigation API (Firefox before 147) re-check when the popup opens.
  win.navigation?.addEventListener('currententrychange', () => win.setTimeout(check, SPA_SETTLE_MS));
}
