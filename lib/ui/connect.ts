/**
 * The popup's connector: turns the card's actions into messages (get-tab-state / analyze-tab to the background,
 * highlight to the tab) and follows the tab's state and the settings. The views never touch `browser`.
 */
import { browser } from 'wxt/browser';
import { explainNoAccess, highlightInTab, popupTabId, requestAnalysis, requestTabState, watchTabState } from '../extension/client';
import type { TabState } from '../extension/messages';
import { cardLines, disabledSites } from '../extension/settings';
import { hostOf, isSiteDisabled } from '../extension/sites';
import type { PopupConnection } from './PopupApp';

/** The connection for tab N, in the real extension. */
export function browserConnection(tabId: number): PopupConnection {
  return {
    // A page Fineprint cannot read because the person turned its site access off says so (client.ts).
    getState: async () => explainNoAccess(await requestTabState(tabId)),
    analyze: async () => explainNoAccess(await requestAnalysis(tabId)),
    highlight: async (locator) => (await highlightInTab(tabId, locator)).found,
    watchState: (onChange) => watchTabState(tabId, onChange),
    loadSettings: async () => ({ cardLines: await cardLines.getValue() }),
    watchSettings: (onChange) => cardLines.watch((lines) => onChange({ cardLines: lines })),
    enableSite: (url) => enableSite(hostOf(url)),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}

/** Remove every disabled-site entry that covers `host` (the site itself or a parent domain). */
export async function enableSite(host: string): Promise<void> {
  if (!host) return;
  const sites = await disabledSites.getValue();
  await disabledSites.setValue(sites.filter((site) => !isSiteDisabled(host, [site])));
}

/** The popup's connection: tab N from `?tabId=N`, else the active tab; a clear error when there is no tab. */
export async function connectPopup(search: string): Promise<PopupConnection> {
  const tabId = await popupTabId(search).catch(() => null);
  if (tabId !== null) return browserConnection(tabId);
  const state: TabState = { status: 'unsupported', url: '', error: 'There is no tab to read in this window.', updatedAt: Date.now() };
  return {
    ...browserConnection(-1),
    getState: async () => state,
    analyze: async () => state,
    highlight: async () => false,
    watchState: () => () => {},
  };
}
