/**
 * Per-tab state in `storage.session`: it survives the MV3 service worker being stopped, and is gone when the
 * browser closes. One key per tab, so concurrent tabs never overwrite each other.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TabState } from './messages';

const PREFIX = 'tab-';
const itemKey = (tabId: number) => `session:${PREFIX}${tabId}` as const;

export async function getTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(itemKey(tabId));
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(itemKey(tabId), state);
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(itemKey(tabId));
}

/** Every tab Fineprint holds state for. */
export async function allTabStates(): Promise<Map<number, TabState>> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const states = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) {
    const id = key.startsWith(PREFIX) ? Number(key.slice(PREFIX.length)) : NaN;
    if (Number.isInteger(id) && value) states.set(id, value as TabState);
  }
  return states;
}

/** Call `onChange` whenever tab N's state changes (null: cleared). Returns the function that stops watching. */
export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  return storage.watch<TabState>(itemKey(tabId), (state) => onChange(state));
}
