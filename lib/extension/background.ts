/**
 * The background's logic: per-tab state, the badge, injecting the analyzer, and the only door in: `handleMessage`,
 * which rejects unknown messages and checks who sent them. `entrypoints/background.ts` only wires events here.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DetectionResult } from '../types';
import { candidateThreshold } from '../detect/stage1';
import { isBackgroundMessage, isContentMessage, type TabState, type ToBackground } from './messages';
import { badgeFor, showBadge, NO_BADGE } from './badge';
import { allTabStates, clearTabState, getTabState, setTabState } from './tab-state';
import { badgeMinLevel, disabledSites, loadSettings, mutedWarnings } from './settings';
import { hostOf, isSiteDisabled, pageKey } from './sites';
import { injectionFailureMessage, unsupportedReason } from './pages';

export type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'tab' | 'url'>;

/** The analyzer bundle (entrypoints/analyzer.ts), injected on demand. */
const ANALYZER_FILE = '/analyzer.js';

/**
 * Why a message must be refused, or null when it may pass. Content messages must come from a tab, through this
 * extension's content scripts; popup messages from this extension's own pages.
 */
export function senderProblem(message: ToBackground, sender: Sender): string | null {
  if (sender.id !== browser.runtime.id) return 'not sent by this extension';
  if (isContentMessage(message)) return typeof sender.tab?.id === 'number' ? null : 'a page message that does not come from a tab';
  const fromExtensionPage = !sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  return fromExtensionPage ? null : 'a popup message from a web page';
}

/** The fields each message must carry, checked before anything is stored. */
function wellFormed(message: ToBackground): boolean {
  switch (message.type) {
    case 'page-detected':
      return typeof message.url === 'string' && Number.isFinite(message.detection?.score) && Array.isArray(message.detection?.signals);
    case 'analysis-result':
      return typeof message.url === 'string' && Array.isArray(message.summary?.warnings);
    case 'analysis-error':
      return typeof message.url === 'string' && typeof message.error === 'string';
    case 'get-tab-state':
    case 'analyze-tab':
      return Number.isInteger(message.tabId);
  }
}

/**
 * Handle one message. Returns the answer (a TabState for the popup, null for page messages), or `undefined` when
 * the message is refused: unknown type, malformed, or wrong sender.
 */
export async function handleMessage(message: unknown, sender: Sender): Promise<TabState | null | undefined> {
  if (!isBackgroundMessage(message) || !wellFormed(message) || senderProblem(message, sender)) return undefined;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'page-detected':
      await onPageDetected(tabId!, message.url, message.detection);
      return null;
    case 'analysis-result':
      await onAnalyzed(tabId!, message.url, {
        status: message.summary.isPolicy ? 'policy' : 'not-policy',
        url: message.url,
        summary: message.summary,
        updatedAt: Date.now(),
      });
      return null;
    case 'analysis-error':
      await onAnalyzed(tabId!, message.url, {
        status: message.unsupported ? 'unsupported' : 'error',
        url: message.url,
        error: message.error,
        updatedAt: Date.now(),
      });
      return null;
    case 'get-tab-state':
      return stateForPopup(message.tabId);
    case 'analyze-tab':
      return analyzeTab(message.tabId, await tabUrl(message.tabId));
  }
}

async function saveAndBadge(tabId: number, state: TabState): Promise<TabState> {
  await setTabState(tabId, state);
  await showBadge(tabId, badgeFor(state, await loadSettings()));
  return state;
}

/**
 * Stage 1 reported a page with a privacy signal (the content script runs it at the most sensitive setting): judge
 * its score at the person's sensitivity; analyze candidates (auto-detect on, site not disabled), remember the others.
 */
export async function onPageDetected(tabId: number, url: string, reported: DetectionResult): Promise<void> {
  const settings = await loadSettings();
  if (isSiteDisabled(hostOf(url), settings.disabledSites)) {
    await saveAndBadge(tabId, { status: 'disabled', url, updatedAt: Date.now() });
    return;
  }
  const known = await getTabState(tabId);
  if (known && pageKey(known.url) === pageKey(url) && known.status !== 'idle') {
    await showBadge(tabId, badgeFor(known, settings)); // same page reported again (reload, load event): keep the result
    return;
  }
  const candidate = reported.score >= candidateThreshold(settings.sensitivity);
  const detection: DetectionResult = { ...reported, candidate, isPolicy: candidate };
  if (candidate && settings.autoDetect) await analyzeTab(tabId, url, detection);
  else await saveAndBadge(tabId, { status: 'idle', url, detection, updatedAt: Date.now() });
}

/** A result for the page the tab still shows (a late result for a page left meanwhile is dropped). */
async function onAnalyzed(tabId: number, url: string, state: TabState): Promise<void> {
  const known = await getTabState(tabId);
  if (known && pageKey(known.url) !== pageKey(url)) return;
  await saveAndBadge(tabId, { ...state, detection: known?.detection });
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/** Inject the analyzer into tab N (it answers with 'analysis-result'); unsupported pages get a clear message. */
export async function analyzeTab(tabId: number, url: string | undefined, detection?: DetectionResult): Promise<TabState> {
  const reason = unsupportedReason(url);
  if (reason || !url) return saveAndBadge(tabId, { status: 'unsupported', url: url ?? '', error: reason ?? undefined, updatedAt: Date.now() });
  const state = await saveAndBadge(tabId, { status: 'analyzing', url, detection, updatedAt: Date.now() });
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [ANALYZER_FILE] });
  } catch (error) {
    return saveAndBadge(tabId, { status: 'unsupported', url, error: injectionFailureMessage(error), updatedAt: Date.now() });
  }
  return state;
}

/** What the popup shows for tab N. Opening it on a page with no result analyzes the page now. */
export async function stateForPopup(tabId: number): Promise<TabState> {
  const url = await tabUrl(tabId);
  const known = await getTabState(tabId);
  if (known && known.status !== 'idle' && (!url || pageKey(known.url) === pageKey(url))) return known;
  const reason = unsupportedReason(url);
  if (reason) return { status: 'unsupported', url: url ?? '', error: reason, updatedAt: Date.now() };
  if (isSiteDisabled(hostOf(url!), (await loadSettings()).disabledSites)) return { status: 'disabled', url: url!, updatedAt: Date.now() };
  return analyzeTab(tabId, url, known?.detection);
}

/**
 * A tab changed: a new page clears its state and badge; a finished load restores the badge the browser reset.
 * `tab` is the tab as it is now: a single-page app's URL change comes as 'loading' + url then 'complete' at once,
 * and the 'complete' must not restore the badge of the page just left.
 */
export async function onTabUpdated(tabId: number, change: { url?: string; status?: string }, tab?: { url?: string }): Promise<void> {
  const known = await getTabState(tabId);
  if (!known) return;
  const url = change.url ?? tab?.url;
  if (url !== undefined && pageKey(url) !== pageKey(known.url)) {
    await clearTabState(tabId);
    await showBadge(tabId, NO_BADGE);
  } else if (change.status === 'complete') {
    await showBadge(tabId, badgeFor(known, await loadSettings()));
  }
}

export async function onTabRemoved(tabId: number): Promise<void> {
  await clearTabState(tabId);
}

/** Settings changed: re-badge every tab, and switch off tabs on sites just disabled. No reload needed. */
export async function onSettingsChanged(): Promise<void> {
  const settings = await loadSettings();
  for (const [tabId, state] of await allTabStates()) {
    if (state.status !== 'disabled' && isSiteDisabled(hostOf(state.url), settings.disabledSites)) {
      await saveAndBadge(tabId, { status: 'disabled', url: state.url, updatedAt: Date.now() });
    } else {
      await showBadge(tabId, badgeFor(state, settings));
    }
  }
}

/** Register every listener (synchronously, so a restarted MV3 worker gets the event that woke it). */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isBackgroundMessage(message)) return false;
    handleMessage(message, sender).then(
      (answer) => sendResponse(answer ?? null),
      (error: unknown) => {
        console.error('Fineprint:', error);
        sendResponse(null);
      },
    );
    return true; // answer asynchronously
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab));
  browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId));
  for (const item of [badgeMinLevel, mutedWarnings, disabledSites]) item.watch(() => void onSettingsChanged());
}
