/**
 * The content script's work on every http(s) page: cheap stage-1 detection, reported to the background; again
 * when the page finishes loading or a single-page app changes URL. Also answers highlight requests from the
 * popup. Keep the imports tiny: this is the code declared for every page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPageMeta } from '../detect/page-meta';
import { detectCandidate } from '../detect/stage1';
import { isHighlightMessage, type PageDetectedMessage } from './messages';
import { highlightSentence } from './highlight';
import { CONTENT_SETTING_KEYS as KEYS, isSiteDisabled, pageKey } from './sites';

// A single-page app updates its DOM a moment after the URL changes.
const SPA_SETTLE_MS = 400;

interface ContentSettings {
  autoDetect: boolean;
  disabledSites: string[];
  sensitivity: number;
}

/** The three settings the content script needs, read raw (WXT storage items store plain values). */
async function readContentSettings(): Promise<ContentSettings> {
  const raw = (await browser.storage.local.get([KEYS.autoDetect, KEYS.disabledSites, KEYS.sensitivity])) as Record<string, unknown>;
  return {
    autoDetect: raw[KEYS.autoDetect] !== false,
    disabledSites: Array.isArray(raw[KEYS.disabledSites]) ? (raw[KEYS.disabledSites] as string[]) : [],
    sensitivity: typeof raw[KEYS.sensitivity] === 'number' ? (raw[KEYS.sensitivity] as number) : 0.5,
  };
}

export function watchPage(ctx: ContentScriptContext): void {
  answerHighlights(ctx);
  let reported = '';
  const report = async (): Promise<void> => {
    const settings = await readContentSettings();
    if (!settings.autoDetect || isSiteDisabled(location.hostname, settings.disabledSites) || ctx.isInvalid) return;
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
