/**
 * Real Firefox (Debian's firefox-esr) with the built Firefox extension, driven over WebDriver BiDi directly:
 * playwright-core 1.65's BiDi Firefox needs BiDi commands Firefox ESR 153 lacks (emulation.setMediaFeaturesOverride),
 * so this is a small BiDi client on playwright-core's bundled `ws`. No other network: the profile sends every
 * http(s) request that is not to 127.0.0.1 to a dead proxy (127.0.0.1:9), and turns off Firefox's own services.
 *
 * How the pieces fit:
 * - `webExtension.install` installs the build as a temporary add-on (its host permissions are granted).
 * - The pref `extensions.webextensions.uuids` fixes the moz-extension:// UUID, so the pages' URLs are known.
 * - BiDi refuses to navigate to moz-extension:// pages, so extension pages are opened as tabs from the browser's
 *   chrome window (`--remote-allow-system-access`); once open, they are ordinary BiDi contexts whose scripts see
 *   the `browser.*` API, which is how the test reads tab ids, the badge and `storage.session`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from '../e2e/harness';

export { servePages, waitFor, type PageServer } from '../e2e/harness';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The unpacked build; FINEPRINT_FIREFOX_EXTENSION_DIR points elsewhere (with FINEPRINT_E2E_NO_BUILD=1: an existing build). */
export const EXTENSION_DIR = process.env.FINEPRINT_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv3');
/** A fixed moz-extension:// UUID (any v4 UUID works; set through the profile). */
export const EXTENSION_UUID = '5f0c7a3e-2b8d-4e61-9a4f-3c2d1b0e8f76';

/** Firefox's executable: $FIREFOX_PATH, else Debian's firefox-esr or firefox; undefined when not installed. */
export function findFirefox(): string | undefined {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => existsSync(path));
}

/** Build the Firefox MV3 extension (set FINEPRINT_E2E_NO_BUILD=1 to test an existing build). */
export function buildFirefoxExtension(): void {
  if (process.env.FINEPRINT_E2E_NO_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'pipe' });
}

// playwright-core (a devDependency already) bundles `ws`; Node 20 has no global WebSocket client.
interface Socket {
  on(event: 'open' | 'close', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'message', listener: (data: unknown) => void): void;
  send(data: string): void;
  close(): void;
}
const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { ws: new (url: string) => Socket };

interface BidiEvent {
  method: string;
  params: any;
}

/** A minimal WebDriver BiDi session: commands, their answers, and events. */
class Bidi {
  private nextId = 0;
  readonly listeners: ((event: BidiEvent) => void)[] = [];
  private readonly pending = new Map<number, { resolve(result: any): void; reject(error: Error): void }>();
  private constructor(private readonly socket: Socket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      if (message.id === undefined && 'method' in message) {
        for (const listener of this.listeners) listener(message as unknown as BidiEvent);
        return;
      }
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id!);
      if (message.type === 'error') waiter.reject(new Error(`BiDi ${message.error}: ${message.message}`));
      else waiter.resolve(message.result);
    });
    socket.on('close', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url);
    await new Promise<void>((done, fail) => {
      socket.on('open', done);
      socket.on('error', fail);
    });
    return new Bidi(socket);
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<any> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** Firefox refuses to run as root when $HOME belongs to another user (sudo keeps HOME): then use the profile. */
function homeFix(profile: string): { HOME?: string } {
  const home = process.env.HOME;
  if (!home || typeof process.getuid !== 'function') return {};
  try {
    return statSync(home).uid === process.getuid() ? {} : { HOME: profile };
  } catch {
    return { HOME: profile };
  }
}

/** Prefs for a quiet, offline test profile. */
function profilePrefs(extensionId: string): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
    // Only 127.0.0.1 is reachable: everything else goes to a closed port.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.newtabpage.enabled': false,
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    // A throwaway profile: nothing to keep, which also shortens start-up and shutdown.
    'browser.sessionstore.resume_from_crash': false,
    'browser.cache.disk.enable': false,
    'places.history.enabled': false,
  };
}

export interface FirefoxWithExtension {
  extensionId: string;
  /** Firefox's version, from BiDi session.new. */
  version: string;
  /** Console messages and uncaught errors of web pages (BiDi log.entryAdded; extension pages are not reported): "level context text". */
  logs: string[];
  /** Open `url` in a new tab and wait for its load event; returns the BiDi context id. */
  openTab(url: string): Promise<string>;
  /** Evaluate privileged JS in the browser window (chrome context), e.g. to read the add-on's background state. */
  chromeEvaluate(expression: string): Promise<unknown>;
  /** Load `url` in an open tab and wait for its load event. */
  navigate(context: string, url: string): Promise<void>;
  /** Open one of the extension's pages (path like 'popup.html?tabId=3') in a new tab; returns its context id. */
  openExtensionPage(path: string): Promise<string>;
  /** Run `fn(arg)` in a tab's page (main world; in an extension page it sees `browser.*`); JSON in, JSON out. */
  evaluate<A, R>(context: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  closeTab(context: string): Promise<void>;
  close(): Promise<void>;
}

/** Firefox (headless) with the extension installed as a temporary add-on from a copy of `extensionDir`; `prefs` add to the profile's. */
export async function launchFirefox(
  executable: string,
  { extensionDir = EXTENSION_DIR, prefs: extraPrefs = {} }: { extensionDir?: string; prefs?: Record<string, string | number | boolean> } = {},
): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const extensionId: string = manifest.browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), 'fineprint-firefox-'));
  // A private copy: another build into .output/ during the run cannot change the add-on under the browser.
  const addon = join(profile, 'addon');
  cpSync(extensionDir, addon, { recursive: true });
  const prefs = Object.entries({ ...profilePrefs(extensionId), ...extraPrefs }).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  writeFileSync(join(profile, 'user.js'), prefs.join('\n') + '\n');

  const child: ChildProcess = spawn(
    executable,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...homeFix(profile), MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const cleanUp = () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  let bidi: Bidi | undefined;
  let version = '';
  const logs: string[] = [];
  try {
    const endpoint = await new Promise<string>((found, fail) => {
      const timer = setTimeout(() => fail(new Error(`Firefox did not start its BiDi server in 30 s:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk;
        const match = output.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
        if (match) {
          clearTimeout(timer);
          found(match[1]);
        }
      };
      child.stderr!.on('data', read);
      child.stdout!.on('data', read);
      child.once('exit', (code) => fail(new Error(`Firefox exited (${code}) before BiDi was up:\n${output}`)));
    });
    bidi = await Bidi.connect(`${endpoint}/session`);
    const session = await bidi.send('session.new', { capabilities: {} });
    version = `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
    bidi.listeners.push(({ method, params }) => {
      if (method === 'log.entryAdded') logs.push(`${params.level} ${params.source?.context ?? ''} ${params.text}`);
    });
    await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
    const installed = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: addon } });
    if (installed.extension !== extensionId) throw new Error(`installed ${installed.extension}, expected ${extensionId}`);
  } catch (error) {
    bidi?.close();
    child.kill();
    await exited;
    cleanUp();
    throw error;
  }
  const b = bidi;

  async function contextWithUrl(url: string): Promise<string> {
    return waitFor(async () => {
      const { contexts } = await b.send('browsingContext.getTree', {});
      return (contexts as { context: string; url: string }[]).find((c) => c.url === url)?.context;
    }, `a tab showing ${url}`);
  }

  /** Evaluate privileged JS in the browser window (its chrome context); returns a primitive result's value. */
  async function chromeEvaluate(expression: string): Promise<unknown> {
    const { contexts } = await b.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const chromeWindow = (contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!chromeWindow) throw new Error('no browser window');
    const result = await b.send('script.evaluate', { expression, target: { context: chromeWindow.context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`in the browser window: ${result.exceptionDetails.text}`);
    return result.result.value;
  }

  async function evaluate<A, R>(context: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const result = await b.send('script.callFunction', {
      functionDeclaration: `async (json) => JSON.stringify((await (${fn.toString()})(JSON.parse(json))) ?? null)`,
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails.text}`);
    return JSON.parse(result.result.value) as R;
  }

  return {
    extensionId,
    version,
    logs,
    async openTab(url) {
      const { context } = await b.send('browsingContext.create', { type: 'tab' });
      await b.send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    async navigate(context, url) {
      await b.send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    chromeEvaluate,
    async openExtensionPage(path) {
      const url = `moz-extension://${EXTENSION_UUID}/${path}`;
      await chromeEvaluate(
        // Selected, like a popup a person opens: a background tab throttles timers to 1 s and runs no animation
        // frames, which delays Preact's effects (the first message) by about 2 s.
        `void (gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }))`,
      );
      const context = await contextWithUrl(url);
      await waitFor(async () => ((await evaluate(context, () => document.readyState === 'complete', null)) ? true : undefined), `${path} to load`);
      return context;
    },
    evaluate,
    async closeTab(context) {
      await b.send('browsingContext.close', { context });
    },
    async close() {
      await b.send('browser.close').catch(() => undefined);
      b.close();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), 10_000)));
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
      clearTimeout(timer);
      cleanUp();
    },
  };
}
