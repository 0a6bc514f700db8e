/**
 * Real Chromium with the built extension, and a tiny 127.0.0.1 server for the fixture pages. No other network:
 * every request that is not to 127.0.0.1 is aborted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

// The extension APIs, as seen inside the service worker (evaluated there, not in Node).
declare const chrome: any;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Build the Chrome extension (set FINEPRINT_E2E_NO_BUILD=1 to test an existing build). The e2e project builds it
 * once per run (test/e2e/global-setup.ts); the benchmark builds it itself.
 */
export function buildExtension(): void {
  if (process.env.FINEPRINT_E2E_NO_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, stdio: 'pipe' });
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** What a route serves: a file in test/e2e/pages, a file by its path from the repository root, or inline HTML. */
export type Route = string | { file: string } | { html: string };

function body(route: Route): string | Buffer {
  if (typeof route === 'string') return readFileSync(join(import.meta.dirname, 'pages', route));
  return 'file' in route ? readFileSync(join(ROOT, route.file)) : route.html;
}

/** Serve `routes` (URL path → Route) from 127.0.0.1 on a free port. */
export async function servePages(routes: Record<string, Route>): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body(route));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with the unpacked extension loaded (headless), and its service worker. */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const userDir = mkdtempSync(join(tmpdir(), 'fineprint-e2e-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  await context.route(/^(?!(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|chrome:|data:|blob:))/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/** Chromium without the extension: the baseline for "left untouched" and for the benchmark. */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDir = mkdtempSync(join(tmpdir(), 'fineprint-plain-'));
  const context = await chromium.launchPersistentContext(userDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  await context.route(/^(?!(https?:\/\/127\.0\.0\.1[:/]|chrome:|data:|blob:))/, (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/** The extension's id for a tab a page shows (asked from the service worker). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  return waitFor(async () => {
    const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { id?: number; url?: string }) => t.url === u)?.id ?? null, url);
    return id ?? undefined;
  }, `a tab for ${url}`);
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeColor(worker: Worker, tabId: number): Promise<number[]> {
  return worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
}

/** The TabState the background stored for a tab (storage.session), or null. */
export async function tabState(worker: Worker, tabId: number): Promise<any> {
  return worker.evaluate(async (id) => (await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] ?? null, tabId);
}

export async function setLocalSettings(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

/** Poll `probe` until it returns something other than undefined (or throw after `timeoutMs`). */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export function hex(rgba: number[]): string {
  return `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;
}

export interface ExtensionFixture {
  readonly ext: ExtensionBrowser;
  readonly server: PageServer;
  /** Open `path` of the page server in a new tab; its tab id as the extension sees it. */
  open(path: string): Promise<{ page: Page; tabId: number }>;
  /** The popup for tab N, opened as a normal tab (`popup.html?tabId=N`), 380 px wide. */
  openPopup(tabId: number): Promise<Page>;
  /** Send a message to the background from an extension page, as the popup does. */
  askBackground(message: unknown): Promise<any>;
}

/**
 * For a test file: serve `routes` and launch Chromium with the built extension before its tests, close both after.
 * The build itself happens once per run, in the e2e project's global setup.
 */
export function withExtension(routes: Record<string, Route>): ExtensionFixture {
  let ext: ExtensionBrowser | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await servePages(routes);
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const ready = () => {
    if (!ext || !server) throw new Error('withExtension: used outside a test (the browser starts in beforeAll)');
    return { ext, server };
  };
  return {
    get ext() {
      return ready().ext;
    },
    get server() {
      return ready().server;
    },
    async open(path) {
      const { ext, server } = ready();
      const page = await ext.context.newPage();
      await page.goto(server.origin + path);
      return { page, tabId: await tabIdOf(ext.worker, page) };
    },
    async openPopup(tabId) {
      const { ext } = ready();
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async askBackground(message) {
      const { ext } = ready();
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
      try {
        return await page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
      } finally {
        await page.close();
      }
    },
  };
}
