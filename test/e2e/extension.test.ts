/**
 * The built extension in real Chromium: badge per tab, highlight, options, hostile text, pages left untouched.
 * Pages are served from 127.0.0.1; see test/e2e/pages/ for where each fixture comes from.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';

declare const chrome: any; // inside worker.evaluate: the service worker's extension API
import { badgeColor, badgeText, EXTENSION_DIR, hex, launchPlain, setLocalSettings, tabState, waitFor, withExtension } from './harness';

// Paths like a real site's, since stage 1 reads the URL.
const ROUTES = {
  '/Online-Policies/Privacy-Policy': 'ironhorse-privacy.html', // OPP-115 (train split), as saved in 2015
  '/shop/privacy-policy': 'sells-forever-privacy.html',
  '/hostile/privacy': 'hostile-privacy.html',
  '/2012/news/aclu-article': { file: 'test/fixtures/readability-aclu/source.html' }, // Readability test page "aclu": an article about privacy
  '/terms-of-service': 'snopyta-terms.html', // ToS;DR documents: Snopyta terms
  '/recipes/soups': 'ordinary.html',
  '/legal/cookies': 'ordinary.html', // a weak stage-1 signal only (the URL mentions cookies): score 0.2
};

const fixture = withExtension(ROUTES);
const { open, askBackground } = fixture;

/** Wait until the background has a final state (not analyzing) for the tab. */
async function settled(tabId: number, statuses = ['policy', 'not-policy', 'idle', 'unsupported', 'error', 'disabled']): Promise<any> {
  return waitFor(async () => {
    const state = await tabState(fixture.ext.worker, tabId);
    return state && statuses.includes(state.status) ? state : undefined;
  }, `tab ${tabId} to settle`);
}

/** Give a page's content script time to run and report (it reports within a few ms of load when it does). */
const quiet = () => new Promise((r) => setTimeout(r, 800));

test('the script declared on every page stays under 10 KB', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const declared: string[] = manifest.content_scripts.flatMap((cs: { js?: string[] }) => cs.js ?? []);
  expect(declared).toEqual(['page-watch.js']);
  const bytes = statSync(join(EXTENSION_DIR, declared[0]!)).size;
  expect(bytes, `page-watch.js is ${bytes} bytes`).toBeLessThanOrEqual(10 * 1024);
  // Firefox's keys stay out of the Chrome build: Chrome warns about manifest keys it does not know when the extension is loaded.
  expect(Object.keys(manifest)).not.toContain('browser_specific_settings');
});

describe('badge per tab', () => {
  test('a policy that sells data and keeps it forever lights a red badge; other pages stay dark', async () => {
    const sells = await open('/shop/privacy-policy');
    const news = await open('/2012/news/aclu-article');
    const terms = await open('/terms-of-service');

    const sellsState = await settled(sells.tabId, ['policy', 'not-policy', 'error']);
    expect(sellsState.status, 'the selling policy is analyzed automatically and reads as a policy').toBe('policy');
    const ids = sellsState.summary.warnings.map((w: { id: string }) => w.id);
    expect(ids, 'selling is a warning').toEqual(expect.arrayContaining(['sells-data']));
    expect(await badgeText(fixture.ext.worker, sells.tabId)).toMatch(/^\d+$/);
    expect(hex(await badgeColor(fixture.ext.worker, sells.tabId)), 'high warnings are red').toBe('#b3261e');

    for (const other of [news, terms]) {
      // No privacy signal at all: the page sent nothing, so the background holds nothing for it.
      expect(await tabState(fixture.ext.worker, other.tabId), `${other.page.url()} is not reported`).toBeNull();
      expect(await badgeText(fixture.ext.worker, other.tabId)).toBe('');
    }
    await Promise.all([sells.page.close(), news.page.close(), terms.page.close()]);
  });

  test('a real policy (OPP-115 page) is detected and analyzed without a click', async () => {
    const { page, tabId } = await open('/Online-Policies/Privacy-Policy');
    const state = await settled(tabId, ['policy', 'not-policy', 'error']);
    expect(state.status).toBe('policy');
    expect(state.summary.words).toBeGreaterThan(200);
    expect(await badgeText(fixture.ext.worker, tabId)).not.toBe('');
    await page.close();
  });

  test('navigating away clears the badge and the state', async () => {
    const { page, tabId } = await open('/shop/privacy-policy');
    await settled(tabId, ['policy']);
    await page.goto(fixture.server.origin + '/recipes/soups');
    await waitFor(async () => ((await badgeText(fixture.ext.worker, tabId)) === '' ? true : undefined), 'the badge to clear');
    await quiet();
    expect(await tabState(fixture.ext.worker, tabId), 'the policy result is gone; the recipe page reports nothing').toBeNull();
    await page.close();
  });

  test('a single-page app leaving its privacy policy clears the badge', async () => {
    const { page, tabId } = await open('/shop/privacy-policy');
    await settled(tabId, ['policy']);
    expect(await badgeText(fixture.ext.worker, tabId)).not.toBe('');
    await page.evaluate(() => {
      history.pushState({}, '', '/app/cart');
      document.title = 'Cart';
      document.body.innerHTML = '<h1>Your cart</h1><p>Empty.</p>';
    });
    await waitFor(async () => ((await badgeText(fixture.ext.worker, tabId)) === '' ? true : undefined), 'the badge to clear');
    await quiet();
    expect(await tabState(fixture.ext.worker, tabId)).toBeNull();
    await page.close();
  });

  test('a single-page app changing URL to its privacy policy is detected without a reload', async () => {
    const { page, tabId } = await open('/recipes/soups');
    await quiet();
    expect(await tabState(fixture.ext.worker, tabId)).toBeNull();
    await page.evaluate(async () => {
      const html = await (await fetch('/shop/privacy-policy')).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', '/app/privacy-policy');
      document.title = doc.title;
      document.body.replaceWith(document.importNode(doc.body, true));
    });
    const state = await waitFor(async () => {
      const s = await tabState(fixture.ext.worker, tabId);
      return s?.url?.endsWith('/app/privacy-policy') && s.status === 'policy' ? s : undefined;
    }, 'the SPA page to be analyzed');
    expect(state.summary.isPolicy).toBe(true);
    expect(await badgeText(fixture.ext.worker, tabId)).not.toBe('');
    await page.close();
  });
});

describe('options', () => {
  test('badge level and muted warnings change the badge at once, without a reload', async () => {
    const { page, tabId } = await open('/shop/privacy-policy');
    const state = await settled(tabId, ['policy']);
    const warnings: { id: string; level: string }[] = state.summary.warnings;
    const badgeIs = (text: string) => waitFor(async () => ((await badgeText(fixture.ext.worker, tabId)) === text ? true : undefined), `badge "${text}"`);

    await setLocalSettings(fixture.ext.worker, { badgeMinLevel: 'low' });
    await badgeIs(String(warnings.length));
    await setLocalSettings(fixture.ext.worker, { badgeMinLevel: 'high' });
    await badgeIs(String(warnings.filter((w) => w.level === 'high').length || '✓'));
    await setLocalSettings(fixture.ext.worker, { mutedWarnings: warnings.map((w) => w.id) });
    await badgeIs('✓');
    expect(hex(await badgeColor(fixture.ext.worker, tabId))).toBe('#2e7d32');

    await setLocalSettings(fixture.ext.worker, { badgeMinLevel: 'medium', mutedWarnings: [] });
    await page.close();
  });

  test('a disabled site gets no detection; the popup is told why', async () => {
    await setLocalSettings(fixture.ext.worker, { disabledSites: ['127.0.0.1'] });
    try {
      const { page, tabId } = await open('/shop/privacy-policy');
      const state = await settled(tabId, ['disabled', 'analyzing', 'policy']);
      expect(state.status, 'stage 1 reported the policy; the background refused it').toBe('disabled');
      await new Promise((r) => setTimeout(r, 500));
      expect((await tabState(fixture.ext.worker, tabId)).status, 'still not analyzed').toBe('disabled');
      expect(await badgeText(fixture.ext.worker, tabId)).toBe('');
      expect((await askBackground({ type: 'get-tab-state', tabId })).status).toBe('disabled');
      await page.close();
    } finally {
      await setLocalSettings(fixture.ext.worker, { disabledSites: [] });
    }
  });

  test('automatic detection off: a policy is recognized but not analyzed until the popup asks', async () => {
    await setLocalSettings(fixture.ext.worker, { autoDetect: false });
    try {
      const { page, tabId } = await open('/shop/privacy-policy');
      const state = await settled(tabId, ['idle', 'analyzing', 'policy']);
      expect(state.status).toBe('idle');
      expect(state.detection.candidate).toBe(true);
      await quiet();
      expect((await tabState(fixture.ext.worker, tabId)).status, 'still not analyzed').toBe('idle');
      expect(await badgeText(fixture.ext.worker, tabId)).toBe('');
      expect((await askBackground({ type: 'get-tab-state', tabId })).status, 'the popup analyzes it').toBe('analyzing');
      expect((await settled(tabId, ['policy', 'not-policy', 'error'])).status).toBe('policy');
      await page.close();
    } finally {
      await setLocalSettings(fixture.ext.worker, { autoDetect: true });
    }
  });

  test('sensitivity: a page with a weak signal is analyzed only at a high sensitivity', async () => {
    const { page, tabId } = await open('/legal/cookies');
    const weak = await settled(tabId, ['idle', 'analyzing', 'not-policy', 'policy']);
    expect(weak.status, 'at the default sensitivity, a weak signal is remembered, not analyzed').toBe('idle');
    expect(weak.detection).toMatchObject({ candidate: false, score: 0.2 });
    await setLocalSettings(fixture.ext.worker, { sensitivity: 0.9 });
    try {
      await page.reload();
      const state = await settled(tabId, ['not-policy', 'policy', 'error']);
      expect(state.detection).toMatchObject({ candidate: true, score: 0.2 });
      expect(state.status, 'analyzed: a recipe page is not a policy').toBe('not-policy');
    } finally {
      await setLocalSettings(fixture.ext.worker, { sensitivity: 0.5 });
    }
    await page.close();
  });
});

describe('the page', () => {
  test('clicking evidence in the popup highlights the sentence (CSS Custom Highlight) in the page', async () => {
    const { page, tabId } = await open('/shop/privacy-policy');
    const state = await settled(tabId, ['policy']);
    const evidence = state.summary.selling.evidence[0];
    expect(evidence, 'the selling verdict has evidence').toBeDefined();
    const popup = await fixture.openPopup(tabId);
    await popup.getByTestId('toggle-selling').click();
    await popup.locator('[data-testid="evidence-quote"][data-line="selling"]').first().click();
    const highlighted = await waitFor(async () => {
      const texts = await page.evaluate(() => [...(CSS.highlights.get('fineprint-evidence') ?? [])].map((r) => r.toString()));
      return texts.length ? texts : undefined;
    }, 'the highlight in the page');
    expect(highlighted.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([evidence.text.replace(/\s+/g, ' ').trim()]);
    await Promise.all([page.close(), popup.close()]);
  });

  test('a web page cannot ask for a highlight', async () => {
    const { page } = await open('/shop/privacy-policy');
    await page.evaluate(() => window.postMessage({ type: 'highlight', locator: { selector: null, quote: 'We sell' } }, '*'));
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  test('an ordinary page is left untouched, even after a full analysis', async () => {
    const { page, tabId } = await open('/2012/news/aclu-article');
    await quiet();
    expect(await tabState(fixture.ext.worker, tabId), 'no privacy signal: nothing sent to the background').toBeNull();
    // The baseline: the same page in a Chromium without the extension.
    const plain = await launchPlain();
    const baselinePage = await plain.context.newPage();
    await baselinePage.goto(page.url());
    const snapshot = (p: Page) => p.evaluate(() => document.documentElement.outerHTML);
    const baseline = await snapshot(baselinePage);
    await plain.close();
    const sameAsServed = async () => (await snapshot(page)) === baseline;
    expect(await sameAsServed(), 'the DOM after stage 1 equals the served page').toBe(true);
    // "Analyze anyway": the full analyzer runs in the page.
    expect((await askBackground({ type: 'analyze-tab', tabId })).status).toBe('analyzing');
    const state = await settled(tabId, ['policy', 'not-policy', 'error']);
    expect(state.status, 'a news article about privacy is not a policy').toBe('not-policy');
    expect(await sameAsServed(), 'the DOM after the full analysis equals the served page').toBe(true);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  test('hostile text in a policy stays text: no dialog, no element created', async () => {
    const dialogs: string[] = [];
    fixture.ext.context.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const { page, tabId } = await open('/hostile/privacy');
    page.on('dialog', (d) => dialogs.push(d.message()));
    const state = await settled(tabId, ['policy', 'not-policy', 'error']);
    expect(JSON.stringify(state.summary)).toContain('<img src=x onerror');
    const counts = await page.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      script: document.querySelectorAll('script').length,
      iframe: document.querySelectorAll('iframe').length,
      pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
      title: document.title,
    }));
    expect(counts).toEqual({ img: 0, script: 0, iframe: 0, pwned: false, title: 'Privacy Policy' });
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('pages Fineprint cannot read', () => {
  test('a browser page is "unsupported" with a message a person understands', async () => {
    const page = await fixture.ext.context.newPage();
    await page.goto('chrome://version');
    const tabId = await waitFor(async () => {
      const tabs: { id: number; url?: string; active: boolean }[] = await fixture.ext.worker.evaluate(() => chrome.tabs.query({}));
      return tabs.find((t) => t.url === undefined || t.url.startsWith('chrome://version'))?.id;
    }, 'the chrome:// tab');
    const answer = await askBackground({ type: 'get-tab-state', tabId });
    expect(answer.status).toBe('unsupported');
    expect(answer.error).toMatch(/browser page|no access/);
    await page.close();
  });
});
