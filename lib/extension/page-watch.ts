/**
 * The content script's work on every http(s) page: cheap stage-1 detection, reported to the background; again
 * when the page finishes loading or a single-page app changes URL. Also answers highlight requests from the
 * popup. Keep the imports tiny: this is the code declared for every page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPageMeta } from '../detect/page-meta';
import { detectCandidate } from '../detect/stage1';
import { isHighlightMessage, type PageDetectedMessage, type PageReadyAnswer, type PageReadyMessage } from './messages';
import { highlightSentence } from './highlight';
import { pageKey } from './sites';

// A single-page app updates its DOM a moment after the URL changes.
const SPA_SETTLE_MS = 400;

/** Ask the background whether to run here (auto-detect on, site not disabled) and with which sensitivity. */
async function askToDetect(): Promise<PageReadyAnswer | null> {
  const message: PageReadyMessage = { type: 'page-ready', url: location.href };
  return ((await browser.runtime.sendMessage(message).catch(() => null)) as PageReadyAnswer | null) ?? null;
}

export function watchPage(ctx: ContentScriptContext): void {
  answerHighlights(ctx);
  let reported = '';
  const report = async (): Promise<void> => {
    const settings = await askToDetect();
    if (!settings?.detect || ctx.isInvalid) return;
    const detection = detectCandidate(readPageMeta(document, location), { sensitivity: settings.sensitivity });
    // Report a page once per verdict: again only if it became a candidate after loading more content.
    const key = `${pageKey(location.href)} ${detection.candidate}`;
    if (key === reported) return;
    reported = key;
    const message: PageDetectedMessage = { type: 'page-detected', url: location.href, detection };
    await browser.runtime.sendMessage(message).catch(() => undefined);
  };
  void report();
  if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', () => void report(), { once: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void report(), SPA_SETTLE_MS));
}

/** Highlight requests come only from this extension's own pages (the popup), never from a web page. */
function answerHighlights(ctx: ContentScriptContext): void {
  const origin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (r: unknown) => void): false => {
    if (sender.id !== browser.runtime.id || !(sender.url ?? '').startsWith(origin) || !isHighlightMessage(message)) return false;
    sendResponse(highlightSentence(document, message.locator));
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
