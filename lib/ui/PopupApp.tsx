/**
 * The popup's state machine around the pure Card: asks for the tab's state, starts an analysis when nothing is
 * known, follows the state while the analysis runs, and passes the person's actions to a PopupConnection
 * (connect.ts in the extension, mock-connection.ts in tests and screenshots).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SentenceLocator } from '../types';
import type { TabState } from '../extension/messages';
import type { Settings } from '../extension/settings';
import { Card, type CardActions } from './Card';

export interface PopupConnection {
  getState(): Promise<TabState | null>;
  analyze(): Promise<TabState | null>;
  highlight(locator: SentenceLocator): Promise<boolean>;
  /** Call back on every change of the tab's state; returns the unsubscribe function. */
  watchState(onChange: (state: TabState | null) => void): () => void;
  loadSettings(): Promise<Pick<Settings, 'cardLines'>>;
  watchSettings(onChange: (settings: Pick<Settings, 'cardLines'>) => void): () => void;
  /** Remove the site of `url` from the disabled sites. */
  enableSite(url: string): Promise<void>;
  openOptions(): void;
}

export interface PopupAppProps {
  connection: PopupConnection;
  /** How often to ask again while the page is being analyzed (the watch usually answers first). Default 1000 ms. */
  pollMs?: number;
  /** After this long in 'analyzing', show an error instead of a spinner forever. Default 30 000 ms. */
  timeoutMs?: number;
}

const DEFAULT_LINES: Pick<Settings, 'cardLines'> = {
  cardLines: { rights: true, retention: true, selling: true, contact: true, warnings: true, topics: true },
};

const NO_ANSWER = 'The extension did not answer. Close this popup and open it again; if that does not help, reload the page.';

function errorState(url: string, error: string): TabState {
  return { status: 'error', url, error, updatedAt: Date.now() };
}

export function PopupApp({ connection, pollMs = 1000, timeoutMs = 30_000 }: PopupAppProps) {
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Pick<Settings, 'cardLines'>>(DEFAULT_LINES);

  const accept = (next: TabState | null | undefined) => {
    if (next) setState(next);
    else setState((prev) => errorState(prev?.url ?? '', NO_ANSWER));
  };
  const fail = (error: unknown) => {
    console.error('Fineprint popup:', error);
    setState((prev) => errorState(prev?.url ?? '', NO_ANSWER));
  };

  useEffect(() => {
    let alive = true;
    const guard = (f: (s: TabState | null) => void) => (s: TabState | null) => alive && f(s);
    connection
      .getState()
      .then(guard(async (s) => {
        // Nothing known yet: reading the page is why the popup was opened.
        if (s?.status === 'idle') accept(await connection.analyze());
        else accept(s);
      }))
      .catch(fail);
    const stopState = connection.watchState(guard((s) => s && setState(s)));
    connection.loadSettings().then((s) => alive && setSettings(s), fail);
    const stopSettings = connection.watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stopState();
      stopSettings();
    };
  }, [connection]);

  // While analyzing: ask again now and then (in case a change was missed), and give up after timeoutMs.
  const analyzing = state?.status === 'analyzing';
  useEffect(() => {
    if (!analyzing) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        setState((prev) =>
          prev?.status === 'analyzing' ? errorState(prev.url, 'Reading this page took too long. The page may be very large; try again.') : prev,
        );
        return;
      }
      connection.getState().then((s) => s && s.status !== 'idle' && setState((prev) => (prev?.status === 'analyzing' ? s : prev)), () => {});
    }, pollMs);
    return () => clearInterval(timer);
  }, [analyzing, connection, pollMs, timeoutMs]);

  const actions = useMemo<CardActions>(
    () => ({
      analyze: () => {
        setState((prev) => ({ status: 'analyzing', url: prev?.url ?? '', updatedAt: Date.now() }));
        connection.analyze().then(accept, fail);
      },
      highlight: (locator) => connection.highlight(locator),
      enableSite: () => {
        const url = state?.url ?? '';
        connection
          .enableSite(url)
          .then(() => actions.analyze())
          .catch(fail);
      },
      openOptions: () => connection.openOptions(),
    }),
    [connection, state?.url],
  );

  return <Card state={state} settings={settings} actions={actions} />;
}
