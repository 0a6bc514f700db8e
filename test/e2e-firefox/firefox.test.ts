/**
 * Smoke test of the Firefox build in real Firefox (Debian's firefox-esr), over WebDriver BiDi: a real policy
 * served from 127.0.0.1 is analyzed without a click and its popup card shows verdicts and evidence; ordinary
 * pages are not analyzed and are left untouched. Pages and server come from the Chromium suite (test/e2e/).
 *
 * Skipped only when no Firefox is installed (set FINEPRINT_REQUIRE_FIREFOX=1 to make that a failure, as CI does).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findFirefox, launchFirefox, servePages, waitFor, type FirefoxWithExtension, type PageServer } from './harness';

// The extension API, as seen inside the extension's own pages (evaluated there, not in Node).
declare const browser: any;

const FIREFOX = findFirefox();
const REQUIRED = process.env.FINEPRINT_REQUIRE_FIREFOX === '1';
if (!FIREFOX && !REQUIRED) {
  console.warn('e2e-firefox: SKIPPED: no Firefox found (/usr/bin/firefox-esr, /usr/bin/firefox or $FIREFOX_PATH); `apt-get install -y firefox-esr` to run it');
}

// Paths like a real site's, since stage 1 reads the URL.
const ROUTES = {
  '/Online-Policies/Privacy-Policy': 'ironhorse-privacy.html', // OPP-115 (train split), as saved in 2015
  '/shop/privacy-policy': 'sells-forever-privacy.html',
  '/2012/news/aclu-article': { file: 'test/fixtures/readability-aclu/source.html' }, // Readability test page "aclu": a news article about privacy
  '/recipes/soups': 'ordinary.html',
  '/hostile/privacy': 'hostile-privacy.html',
  // The baseline for "left untouched": the same page in a frame, where the content script does not run (top frame only).
  '/frame/aclu': { html: '<!doctype html><title>frame</title><iframe id="f" src="/2012/news/aclu-article"></iframe>' },
};

const IDLE_MS = 1500;

let server: PageServer;
let ff: FirefoxWithExtension;
/** An extension page kept open to ask the extension API (tab ids, badge, storage.session). */
let probe: string;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function tabIdOf(url: string): Promise<number> {
  return waitFor(
    () => ff.evaluate(probe, async (u: string) => ((await browser.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u)?.id, url),
    `the tab id of ${url}`,
  );
}

async function open(path: string): Promise<{ context: string; tabId: number; url: string }> {
  const url = server.origin + path;
  const context = await ff.openTab(url);
  return { context, tabId: await tabIdOf(url), url };
}

const tabState = (tabId: number) => ff.evaluate(probe, async (id: number) => (await browser.storage.session.get(`tab-${id}`))[`tab-${id}`] ?? null, tabId);
const badgeText = (tabId: number) => ff.evaluate(probe, (id: number) => browser.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);
const badgeColor = (tabId: number) => ff.evaluate(probe, (id: number) => browser.action.getBadgeBackgroundColor({ tabId: id }) as Promise<number[]>, tabId);

/** Give a page's content script time to run and report (it reports within a few ms of load when it does). */
const quiet = () => new Promise((r) => setTimeout(r, 800));

/** Stage 1 only: nothing stored (no privacy signal, nothing reported) or a remembered 'idle' detection, no result. */
const notAnalyzed = (state: any) => state === null || (state.status === 'idle' && state.summary === undefined);

/** Wait until the background has a state for the tab in one of `statuses`. */
async function settled(tabId: number, statuses: string[]): Promise<any> {
  return waitFor(async () => {
    const state = await tabState(tabId);
    return state && statuses.includes(state.status) ? state : undefined;
  }, `tab ${tabId} to reach ${statuses.join('/')}`);
}

/** The card's data-testid hooks (lib/ui/TESTIDS.md), read in the popup. */
async function testid(context: string, id: string): Promise<{ text: string; verdict: string | null } | null> {
  return ff.evaluate(
    context,
    (tid: string) => {
      const el = document.querySelector(`[data-testid="${tid}"]`) as HTMLElement | null;
      return el ? { text: el.innerText, verdict: el.getAttribute('data-verdict') } : null;
    },
    id,
  );
}

describe.skipIf(!FIREFOX && !REQUIRED)('the Firefox build in Firefox ESR', () => {
  beforeAll(async () => {
    if (!FIREFOX) throw new Error('FINEPRINT_REQUIRE_FIREFOX=1 but no Firefox is installed (apt-get install -y firefox-esr)');
    const t1 = Date.now();
    server = await servePages(ROUTES);
    // Firefox runs an MV3 background as an event page and stops it after 30 s idle: 1.5 s here, so the test
    // below can check that events wake it (the other tests run with it stopping whenever it idles).
    ff = await launchFirefox(FIREFOX, { prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
    probe = await ff.openExtensionPage('options.html');
    console.log(`e2e-firefox: ${ff.version}; launch + install + first extension page ${Date.now() - t1} ms`);
  });
  afterAll(async () => {
    const t0 = Date.now();
    await ff?.close();
    if (ff) console.log(`e2e-firefox: browser closed in ${Date.now() - t0} ms`);
    await server?.close();
  });

  test('a real policy (OPP-115 page) is analyzed without a click: badge, then the card with verdicts and evidence', async () => {
    const t0 = Date.now();
    const { context: page, tabId } = await open('/Online-Policies/Privacy-Policy');
    const t1 = Date.now();
    const state = await settled(tabId, ['policy', 'not-policy', 'error', 'unsupported']);
    const t2 = Date.now();
    expect(state.status, `stored state: ${JSON.stringify(state).slice(0, 300)}`).toBe('policy');
    expect(state.summary.words).toBeGreaterThan(200);
    expect(await badgeText(tabId)).not.toBe('');

    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await waitFor(async () => ((await testid(popup, 'state-policy')) ? true : undefined), 'the card (state-policy)', 20_000);
    console.log(`e2e-firefox: policy page loaded in ${t1 - t0} ms, analyzed ${t2 - t1} ms later, card shown ${Date.now() - t2} ms after that`);
    expect(norm((await testid(popup, 'card-title'))!.text)).not.toBe('');
    for (const line of ['rights', 'retention', 'selling', 'contact']) {
      expect((await testid(popup, `line-${line}`))?.verdict, `${line} has a verdict`).toBeTruthy();
      expect(norm((await testid(popup, `verdict-${line}`))?.text ?? '')).not.toBe('');
    }
    // Expand the first line with evidence: its quotes are sentences of the page.
    const quotes = await ff.evaluate(
      popup,
      async () => {
        const toggle = document.querySelector('[data-testid^="toggle-"]') as HTMLElement | null;
        if (!toggle) return [];
        toggle.click();
        await new Promise((r) => setTimeout(r, 100));
        return [...document.querySelectorAll('[data-testid="evidence-quote"] q')].map((q) => (q as HTMLElement).innerText);
      },
      null,
    );
    expect(quotes.length, 'some line has evidence quotes').toBeGreaterThan(0);
    const pageText = norm(await ff.evaluate(page, () => document.body.textContent ?? '', null));
    for (const quote of quotes) expect(norm(quote).length, 'a quote has text').toBeGreaterThan(20);
    for (const quote of quotes) expect(pageText, 'each quote is text of the page').toContain(norm(quote).replace(/^…|…$/g, '').slice(0, 60));

    // Clicking a quote highlights that sentence in the page (CSS Custom Highlight API).
    await ff.evaluate(popup, () => (document.querySelector('[data-testid="evidence-quote"]') as HTMLElement).click(), null);
    const highlighted = await waitFor(async () => {
      const texts = await ff.evaluate(page, () => [...((CSS as any).highlights?.get('fineprint-evidence') ?? [])].map((r: Range) => r.toString()), null);
      return texts.length ? texts.map(norm) : undefined;
    }, 'the highlight in the page');
    expect(highlighted).toEqual([norm(quotes[0])]);
    expect(norm((await testid(popup, 'highlight-status'))?.text ?? '')).toMatch(/highlighted/i);
    await Promise.all([ff.closeTab(page), ff.closeTab(popup)]);
  });

  test('a policy that sells data and keeps it forever: red badge, "yes" on selling, "indefinite" retention', async () => {
    const { context: page, tabId } = await open('/shop/privacy-policy');
    const state = await settled(tabId, ['policy', 'not-policy', 'error', 'unsupported']);
    expect(state.status).toBe('policy');
    expect(state.summary.warnings.map((w: { id: string }) => w.id)).toEqual(expect.arrayContaining(['sells-data']));
    expect(await badgeText(tabId)).toMatch(/^\d+$/);
    const [r, g, b] = await badgeColor(tabId);
    expect([r, g, b], 'high warnings are red (#b3261e)').toEqual([0xb3, 0x26, 0x1e]);

    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await waitFor(async () => ((await testid(popup, 'state-policy')) ? true : undefined), 'the card (state-policy)', 20_000);
    expect((await testid(popup, 'line-selling'))?.verdict).toBe('yes');
    expect((await testid(popup, 'line-retention'))?.verdict).toBe('indefinite');
    await Promise.all([ff.closeTab(page), ff.closeTab(popup)]);
  });

  test('navigating away clears the badge; a single-page app changing URL to its policy is analyzed without a reload', async () => {
    const { context: page, tabId } = await open('/shop/privacy-policy');
    await settled(tabId, ['policy']);
    await ff.navigate(page, server.origin + '/recipes/soups');
    await waitFor(async () => ((await badgeText(tabId)) === '' ? true : undefined), 'the badge to clear');
    await quiet();
    expect(notAnalyzed(await tabState(tabId)), 'the policy result is gone; the recipe page is not analyzed').toBe(true);

    // Same document, new URL and content (Navigation API 'currententrychange' in the content script).
    await ff.evaluate(
      page,
      async () => {
        const html = await (await fetch('/shop/privacy-policy')).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        history.pushState({}, '', '/app/privacy-policy');
        document.title = doc.title;
        document.body.replaceWith(document.importNode(doc.body, true));
      },
      null,
    );
    const state = await waitFor(async () => {
      const s = await tabState(tabId);
      return s?.url?.endsWith('/app/privacy-policy') && s.status === 'policy' ? s : undefined;
    }, 'the SPA page to be analyzed');
    expect(state.summary.isPolicy).toBe(true);
    expect(await badgeText(tabId)).not.toBe('');
    await ff.closeTab(page);
  });

  test('ordinary pages (a news article about privacy, a recipe page) are not analyzed and are left untouched', async () => {
    const news = await open('/2012/news/aclu-article');
    const recipes = await open('/recipes/soups');
    await quiet();
    for (const { tabId, url } of [news, recipes]) {
      const state = await tabState(tabId);
      expect(notAnalyzed(state), `${url}: stage 1 only, no analysis (state: ${JSON.stringify(state)?.slice(0, 200)})`).toBe(true);
      expect(await badgeText(tabId)).toBe('');
    }
    // The DOM equals the same page in a frame, where no content script runs.
    const frame = await ff.openTab(server.origin + '/frame/aclu');
    const baseline = await ff.evaluate(frame, () => (document.getElementById('f') as HTMLIFrameElement).contentDocument!.documentElement.outerHTML, null);
    const shown = await ff.evaluate(news.context, () => document.documentElement.outerHTML, null);
    expect(baseline.length).toBeGreaterThan(10_000);
    expect(shown === baseline, 'the news page is unchanged').toBe(true);
    expect(await ff.evaluate(news.context, () => (CSS as any).highlights?.size ?? 0, null)).toBe(0);

    // Opening the popup on an ordinary page analyzes it then, and says it is not a policy.
    const popup = await ff.openExtensionPage(`popup.html?tabId=${recipes.tabId}`);
    await waitFor(async () => ((await testid(popup, 'analyze-anyway')) ? true : undefined), 'the "Analyze anyway" button', 20_000);
    expect((await tabState(recipes.tabId)).status).toBe('not-policy');
    await Promise.all([ff.closeTab(news.context), ff.closeTab(recipes.context), ff.closeTab(frame), ff.closeTab(popup)]);
  });

  test('hostile text in a policy stays text in the card; a browser page (about:) is "nothing to analyze"', async () => {
    const { context: page, tabId } = await open('/hostile/privacy');
    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await waitFor(async () => ((await testid(popup, 'state-policy')) ? true : undefined), 'the card (state-policy)', 20_000);
    const card = await ff.evaluate(
      popup,
      async () => {
        document.querySelectorAll('[data-testid^="toggle-"]').forEach((e) => (e as HTMLElement).click());
        await new Promise((r) => setTimeout(r, 100));
        return {
          text: document.body.innerText.includes('<img src=x onerror'),
          img: document.querySelectorAll('img[src="x"], img[onerror]').length,
          script: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
          pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
        };
      },
      null,
    );
    expect(card).toEqual({ text: true, img: 0, script: 0, pwned: false });

    const blank = await ff.openTab('about:blank');
    const blankId = await waitFor(
      () => ff.evaluate(probe, async () => ((await browser.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === undefined || t.url === 'about:blank')?.id, null),
      'the about:blank tab',
    );
    const popup2 = await ff.openExtensionPage(`popup.html?tabId=${blankId}`);
    await waitFor(async () => ((await testid(popup2, 'state-unsupported')) ? true : undefined), 'state-unsupported', 10_000);
    expect((await testid(popup2, 'state-message'))?.text).toMatch(/browser page|no access|cannot read/i);
    await Promise.all([page, popup, blank, popup2].map((c) => ff.closeTab(c)));
  });

  test('Firefox before 147 (no Navigation API): an app that moves to its policy on a click is analyzed without a reload', async () => {
    // Firefox 147+ has the Navigation API; this pref takes it away, as in Firefox 140-146 (the extension's minimum is 140).
    const old = await launchFirefox(FIREFOX!, { prefs: { 'dom.navigation.webidl.enabled': false } });
    try {
      const oldProbe = await old.openExtensionPage('options.html');
      const page = await old.openTab(server.origin + '/recipes/soups');
      expect(await old.evaluate(page, () => 'navigation' in window, null), 'no Navigation API in the page').toBe(false);
      const tabId = await waitFor(
        () => old.evaluate(oldProbe, async (u: string) => ((await browser.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u)?.id, server.origin + '/recipes/soups'),
        'the tab id',
      );
      // The app's router: a click on its link changes the URL at once and the content when it has fetched it.
      await old.evaluate(
        page,
        () => {
          const link = document.createElement('a');
          link.id = 'to-policy';
          link.href = '/app/privacy-policy';
          link.textContent = 'Privacy';
          document.body.append(link);
          link.addEventListener('click', async (event) => {
            event.preventDefault();
            history.pushState({}, '', link.href);
            const doc = new DOMParser().parseFromString(await (await fetch('/shop/privacy-policy')).text(), 'text/html');
            document.title = doc.title;
            document.body.replaceWith(document.importNode(doc.body, true));
          });
          link.click();
        },
        null,
      );
      const state = await waitFor(async () => {
        const s = await old.evaluate(oldProbe, async (id: number) => (await browser.storage.session.get(`tab-${id}`))[`tab-${id}`] ?? null, tabId);
        return s?.url?.endsWith('/app/privacy-policy') && s.status === 'policy' ? s : undefined;
      }, 'the SPA page to be analyzed');
      expect(state.summary.isPolicy).toBe(true);
    } finally {
      await old.close();
    }
  });

  test('with its access to websites withdrawn (about:addons), the popup says that is why it cannot read the page', async () => {
    const { context: page, tabId } = await open('/recipes/soups');
    const origins = ['http://*/*', 'https://*/*'];
    // What turning off "Access your data for all websites" in about:addons does.
    expect(await ff.evaluate(probe, (o: string[]) => browser.permissions.remove({ origins: o }) as Promise<boolean>, origins)).toBe(true);
    try {
      expect(await ff.evaluate(probe, (o: string[]) => browser.permissions.contains({ origins: o }) as Promise<boolean>, origins)).toBe(false);
      const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
      await waitFor(async () => ((await testid(popup, 'state-unsupported')) ? true : undefined), 'state-unsupported', 10_000);
      const message = norm((await testid(popup, 'state-message'))?.text ?? '');
      expect(message).toMatch(/access to websites is turned off/);
      expect(message).toMatch(/Access your data for all websites/);
      await ff.closeTab(popup);
    } finally {
      // Given back as about:addons would (permissions.request needs a click in the page).
      await ff.chromeEvaluate(
        `(async () => {
          const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
          const policy = WebExtensionPolicy.getByID(${JSON.stringify(ff.extensionId)});
          await ExtensionPermissions.add(policy.id, { permissions: [], origins: ${JSON.stringify(origins)} }, policy.extension);
          return true;
        })()`,
      );
    }
    expect(await ff.evaluate(probe, (o: string[]) => browser.permissions.contains({ origins: o }) as Promise<boolean>, origins)).toBe(true);
    await ff.closeTab(page);
  });

  test('after Firefox stops the idle background (event page), a page load and a settings change wake it', async () => {
    const backgroundState = () => ff.chromeEvaluate(`String(WebExtensionPolicy.getByID(${JSON.stringify(ff.extensionId)}).extension.backgroundState)`);
    const stopped = () => waitFor(async () => ((await backgroundState()) === 'stopped' ? true : undefined), 'the background to stop', 4 * IDLE_MS + 5000);

    await stopped();
    const { context: page, tabId } = await open('/shop/privacy-policy');
    const state = await settled(tabId, ['policy', 'not-policy', 'error', 'unsupported']);
    expect(state.status).toBe('policy');
    expect(await badgeText(tabId)).toMatch(/^\d+$/);

    // Muting every warning of the page (options) turns its badge to a tick, with the background stopped before.
    await stopped();
    const mute = (ids: string[]) => ff.evaluate(probe, (m: string[]) => browser.storage.local.set({ mutedWarnings: m }), ids);
    await mute(state.summary.warnings.map((w: { id: string }) => w.id));
    try {
      await waitFor(async () => ((await badgeText(tabId)) === '✓' ? true : undefined), 'the badge "✓"');
    } finally {
      await mute([]);
    }
    await ff.closeTab(page);
  });
});
