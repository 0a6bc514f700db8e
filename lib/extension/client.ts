/**
 * What the popup (and options) ask of the rest of the extension: the small connector between UI actions and
 * messages, so the views stay pure.
 */
import { browser } from 'wxt/browser';
import type { SentenceLocator } from '../types';
import type { AnalyzeTabMessage, GetTabStateMessage, HighlightResult, TabState } from './messages';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAME, highlightInPage } from './highlight';
import { NO_ACCESS, originPattern, siteAccessMessage } from './pages';

export { watchTabState } from './tab-state';

/** The tab the popup is about: `?tabId=N` (tests open the popup as a normal tab), else the active tab. */
export async function popupTabId(search: string = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Tab N's state; opening the popup on a page with no result starts the analysis (status 'analyzing'). */
export async function requestTabState(tabId: number): Promise<TabState> {
  const message: GetTabStateMessage = { type: 'get-tab-state', tabId };
  return browser.runtime.sendMessage(message);
}

/** "Analyze anyway": run the full analysis on tab N now, whatever stage 1 said. */
export async function requestAnalysis(tabId: number): Promise<TabState> {
  const message: AnalyzeTabMessage = { type: 'analyze-tab', tabId };
  return browser.runtime.sendMessage(message);
}

/** The web pages Fineprint asks to read (host_permissions in wxt.config.ts). */
const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

type PermissionsApi = { contains(permissions: { origins: string[] }): Promise<boolean> };

/**
 * A tab Fineprint could not read because the person turned its access to the site off (Firefox: the Extensions
 * panel or about:addons; Chrome: "Site access") says so, with what to do. The background cannot tell this from a
 * browser page: without access to a site the browser hides the tab's URL from it too. So: a tab whose URL was
 * hidden while Fineprint lacks access to some web pages, or a page refused although its URL is known, is checked
 * against the permissions Fineprint holds now.
 */
export async function explainNoAccess(
  state: TabState | null,
  browserName: 'firefox' | 'chrome' = import.meta.env.FIREFOX ? 'firefox' : 'chrome',
  permissions: PermissionsApi = browser.permissions,
): Promise<TabState | null> {
  if (state?.status !== 'unsupported') return state;
  const pattern = state.url ? originPattern(state.url) : null;
  if (state.url && !(pattern && state.error === NO_ACCESS)) return state;
  try {
    const allowed = await permissions.contains({ origins: pattern ? [pattern] : WEB_ORIGINS });
    return allowed ? state : { ...state, error: siteAccessMessage(browserName, !pattern) };
  } catch {
    return state;
  }
}

const styledTabs = new Set<number>();

/** Scroll tab N to an evidence sentence and highlight it. */
export async function highlightInTab(tabId: number, locator: SentenceLocator): Promise<HighlightResult> {
  if (!styledTabs.has(tabId)) {
    try {
      await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
      styledTabs.add(tabId);
    } catch {
      // Without the style the Highlight API paints nothing; the sentence is still scrolled into view.
    }
  }
  try {
    // Injected on demand into the page's isolated world: pages carry no highlight code or listener until a click.
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: highlightInPage, args: [locator, HIGHLIGHT_NAME] });
    return (frame?.result as HighlightResult | undefined) ?? { found: false };
  } catch {
    return { found: false };
  }
}
