/**
 * A PopupConnection with no browser behind it: the card for any mock state (tests, screenshots, `?mock=NAME`
 * in development builds). Records what the card asked for.
 */
import type { SentenceLocator } from '../types';
import type { TabState } from '../extension/messages';
import type { PopupConnection } from './PopupApp';
import { MOCK_SETTINGS, MOCK_STATES, type MockName } from './mock';

export interface MockConnection extends PopupConnection {
  calls: { analyze: number; highlight: SentenceLocator[]; enableSite: string[]; openOptions: number };
  /** Push a new state, as the background would. */
  push(state: TabState): void;
}

export function mockConnection(initial: TabState | MockName, after?: TabState | MockName): MockConnection {
  const resolve = (s: TabState | MockName): TabState => (typeof s === 'string' ? MOCK_STATES[s] : s);
  let current = resolve(initial);
  const listeners = new Set<(s: TabState | null) => void>();
  const conn: MockConnection = {
    calls: { analyze: 0, highlight: [], enableSite: [], openOptions: 0 },
    push(state) {
      current = state;
      for (const l of listeners) l(state);
    },
    getState: async () => current,
    analyze: async () => {
      conn.calls.analyze++;
      if (after) current = resolve(after);
      return current;
    },
    highlight: async (locator) => {
      conn.calls.highlight.push(locator);
      return true;
    },
    watchState: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    loadSettings: async () => ({ cardLines: MOCK_SETTINGS.cardLines }),
    watchSettings: () => () => {},
    enableSite: async (url) => {
      conn.calls.enableSite.push(url);
    },
    openOptions: () => {
      conn.calls.openOptions++;
    },
  };
  return conn;
}

/** `?mock=NAME`: that mock state ('policy' when NAME is unknown); "Analyze anyway" on 'not-policy-stage1' finds a policy. */
export function mockConnectionByName(name: string): MockConnection {
  const known = (n: string): n is MockName => Object.hasOwn(MOCK_STATES, n);
  const initial = known(name) ? name : 'policy';
  return mockConnection(initial, initial === 'not-policy-stage1' ? 'not-policy' : undefined);
}
