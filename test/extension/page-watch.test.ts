import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { mayHaveSignal, pageReport, SPA_SETTLE_MS, watchPage } from '../../lib/extension/page-watch';
import { readPageMeta } from '../../lib/detect/page-meta';
import { detectCandidate } from '../../lib/detect/stage1';
import type { PageDetectedMessage } from '../../lib/extension/messages';

const PAGES = join(import.meta.dirname, '../e2e/pages');
const page = (file: string) => readFileSync(join(PAGES, file), 'utf8');
const POLICY = page('sells-forever-privacy.html');
const RECIPES = page('ordinary.html');

/** A page in jsdom, with a Navigation API stand-in (jsdom has none) that the test fires by hand. */
function open(html: string, url: string, readyState?: DocumentReadyState, withNavigation = true) {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  const navigation = new dom.window.EventTarget();
  if (withNavigation) Object.defineProperty(dom.window, 'navigation', { value: navigation });
  if (readyState) Object.defineProperty(dom.window.document, 'readyState', { value: readyState, configurable: true });
  const sent: PageDetectedMessage[] = [];
  const send = vi.fn(async (m: PageDetectedMessage) => void sent.push(m));
  return { win: dom.window as unknown as Window & typeof globalThis, navigation, sent, send };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('stage 1 in the page', () => {
  test('an ordinary page sends nothing', () => {
    const { win, sent, send } = open(RECIPES, 'https://cooking.example/recipes/soups');
    watchPage(win, send);
    vi.advanceTimersByTime(5_000);
    expect(sent).toEqual([]);
  });

  test('a privacy policy is reported once, with its score for the background to judge', () => {
    const { win, sent, send } = open(POLICY, 'https://shop.example/shop/privacy-policy');
    watchPage(win, send);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'page-detected', url: 'https://shop.example/shop/privacy-policy', detection: { candidate: true } });
    expect(sent[0]!.detection.score).toBeGreaterThanOrEqual(0.7);
  });

  test('a weak signal is reported too (the person may have raised the sensitivity)', () => {
    const report = pageReport(new JSDOM(RECIPES, { url: 'https://cooking.example/legal/cookies' }).window.document);
    expect(report?.detection.score).toBe(0.2);
  });

  test('a page still loading is checked again on load, and reported again only if its score changed', () => {
    const { win, sent, send } = open(RECIPES, 'https://shop.example/legal', 'interactive');
    watchPage(win, send);
    expect(sent, 'no signal yet').toEqual([]);
    win.document.title = 'Privacy Policy';
    win.dispatchEvent(new win.Event('load'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.detection.signals.map((s) => s.name)).toEqual(['title']);
  });
});

describe('a page still loading', () => {
  test('its URL and title are searched at once; its headings only when it has loaded', () => {
    const headingOnly = '<!doctype html><title>Acme</title><h1>Privacy Policy</h1><p>We collect data.</p>';
    const { win, sent, send } = open(headingOnly, 'https://acme.example/legal', 'interactive');
    watchPage(win, send);
    expect(sent, 'the heading waits for the load event').toEqual([]);
    win.dispatchEvent(new win.Event('load'));
    expect(sent.map((m) => m.detection.signals.map((s) => s.name))).toEqual([['heading']]);

    const named = open(headingOnly, 'https://acme.example/privacy-policy', 'interactive');
    watchPage(named.win, named.send);
    expect(named.sent, 'a policy URL is reported before the load event').toHaveLength(1);
    named.win.dispatchEvent(new named.win.Event('load'));
    expect(named.sent, 'and not again when nothing changed').toHaveLength(1);
  });
});

describe('single-page apps', () => {
  test('a same-document navigation to a policy is reported after the app settles', () => {
    const { win, navigation, sent, send } = open(RECIPES, 'https://app.example/recipes/soups');
    watchPage(win, send);
    win.history.pushState({}, '', '/legal/privacy-policy');
    navigation.dispatchEvent(new win.Event('currententrychange'));
    win.document.title = 'Privacy Policy';
    expect(sent, 'not before the DOM settles').toEqual([]);
    vi.advanceTimersByTime(SPA_SETTLE_MS);
    expect(sent.map((m) => m.url)).toEqual(['https://app.example/legal/privacy-policy']);
  });

  test('leaving the policy and coming back reports it again; a #section jump does not', () => {
    const { win, navigation, sent, send } = open(POLICY, 'https://app.example/shop/privacy-policy');
    watchPage(win, send);
    const go = (path: string, title: string) => {
      win.history.pushState({}, '', path);
      win.document.title = title;
      navigation.dispatchEvent(new win.Event('currententrychange'));
      vi.advanceTimersByTime(SPA_SETTLE_MS);
    };
    go('/shop/privacy-policy#sale', 'Privacy Policy - Example Shop');
    expect(sent).toHaveLength(1);
    const body = win.document.body.innerHTML;
    win.document.body.innerHTML = '<h1>Cart</h1>';
    go('/cart', 'Cart');
    expect(sent, 'the cart has no signal').toHaveLength(1);
    win.document.body.innerHTML = body;
    go('/shop/privacy-policy', 'Privacy Policy - Example Shop');
    expect(sent).toHaveLength(2);
  });
});

describe('single-page apps without the Navigation API (Firefox before 147)', () => {
  test('a click that moves the app to its policy is reported once it settles; back to it (popstate) too', () => {
    const { win, sent, send } = open(RECIPES, 'https://app.example/recipes/soups', undefined, false);
    expect('navigation' in win).toBe(false);
    watchPage(win, send);
    const link = win.document.createElement('a');
    win.document.body.append(link);
    // The app's router: a click on its link changes the URL and, a moment later, the content.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      win.history.pushState({}, '', '/legal/privacy-policy');
      win.setTimeout(() => (win.document.title = 'Privacy Policy'), 100);
    });
    link.click();
    expect(sent, 'not before the app settles').toEqual([]);
    vi.advanceTimersByTime(SPA_SETTLE_MS);
    expect(sent.map((m) => m.url)).toEqual(['https://app.example/legal/privacy-policy']);

    win.history.pushState({}, '', '/recipes/soups');
    win.document.title = 'Soups';
    win.document.body.click(); // the URL moved since the last look: looked at again, nothing to report
    vi.advanceTimersByTime(SPA_SETTLE_MS);
    expect(sent).toHaveLength(1);
    win.history.back();
    win.document.title = 'Privacy Policy';
    // jsdom runs history.back() as a task: its popstate comes with the next timers.
    vi.advanceTimersByTime(SPA_SETTLE_MS * 2);
    expect(sent.map((m) => m.url)).toEqual(['https://app.example/legal/privacy-policy', 'https://app.example/legal/privacy-policy']);
  });

  test('a click that does not change the URL does not search the page again', () => {
    const { win, sent, send } = open(RECIPES, 'https://app.example/recipes/soups', undefined, false);
    watchPage(win, send);
    const evaluate = vi.spyOn(win.document, 'evaluate');
    win.document.title = 'Privacy Policy';
    win.document.body.click();
    vi.advanceTimersByTime(SPA_SETTLE_MS);
    expect(evaluate).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});

describe('the word search that spares ordinary pages stage 1', () => {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  /** A page in jsdom: its URL, and head/body markup. */
  const at = (url: string, head = '', body = '') => {
    const dom = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url });
    return { doc: dom.window.document, loc: dom.window.location };
  };
  const mostSensitive = ({ doc, loc }: ReturnType<typeof at>) => detectCandidate(readPageMeta(doc, loc), { sensitivity: 1 }).candidate;
  const found = ({ doc }: ReturnType<typeof at>) => mayHaveSignal(doc);
  const SITE = 'https://site.example/';

  // One or more cases for each alternative of stage 1's POLICY_NAME, POLICY_PATH and WEAK_PATH, in odd cases.
  const NAMES = [
    'Privacy Policy', 'PRIVACY NOTICE', 'Our privacy-statement', 'Privacy Pledge', 'Privacy Center', 'privacy centre', 'Privacy Charter',
    'Data Privacy Notice', 'Data Protection Statement', 'Data Use Policy', 'data-protection-policy', 'Data Policy', 'data-policy',
    'Privacy', 'Datenschutzerklärung', 'DATENSCHUTZ', 'Politique de confidentialité', 'Confidentialité', 'Política de Privacidad',
    'Politica de privacidad', 'Aviso de Privacidad', 'Informativa sulla privacy', 'Informativa privacy', 'Política de Privacidade',
    'Privacyverklaring', 'Privacybeleid', 'Integritetspolicy', 'Polityka prywatności', 'Data\n   use  policy',
  ];
  const PATHS = [
    '/privacy', '/Privacy-Policy/', '/legal/privacidad', '/privacidade.html', '/datenschutzerklaerung', '/dsgvo', '/confidentialite',
    '/privacybeleid', '/privacyverklaring', '/data-policy', '/dataprotection', '/privacy_notice', '/privacystatement', '/privacypolicy',
    '/legal/pp.html', '/pp', '/GDPR/', '/ccpa', '/do-not-sell', '/donotsell', '/personal-information', '/personalinformation',
    '/%70rivacy', '/%50RIVACY-policy', '/%70rivacy#%zz', '/blog/privacy-tips/',
  ];
  // Weak URL signals (WEAK_PATH): counted in the page's own URL only, not in its canonical link.
  const WEAK_PATHS = ['/my-personal-data', '/cookies', '/Cookie-Settings', '/help/privacy-settings/'];

  test.each(NAMES)('a title, og:title, h1, h2 or h3 "%s" is a candidate, and the word search finds it', (name) => {
    for (const page of [
      at(SITE, `<title>${escape(name)}</title>`),
      at(SITE, `<meta property="og:title" content="${escape(name)}">`),
      at(SITE, `<meta name="og:title" content="${escape(name)}">`),
      at(SITE, '', `<h2>Welcome</h2><h1><span>${escape(name)}</span></h1>`),
      at(SITE, '', `<h1>Acme</h1><div><h3>${escape(name)}</h3></div>`),
    ]) {
      expect(mostSensitive(page), 'stage 1 at the most sensitive setting').toBe(true);
      expect(found(page)).toBe(true);
    }
  });

  test.each(PATHS)('a URL or canonical path %s is a candidate, and the word search finds it', (path) => {
    for (const page of [at(`https://site.example${path}`), at(SITE, `<link rel="Canonical" href="https://site.example${path}">`)]) {
      expect(mostSensitive(page), 'stage 1 at the most sensitive setting').toBe(true);
      expect(found(page)).toBe(true);
    }
  });

  test.each(WEAK_PATHS)('a URL path %s with a weak signal is a candidate, and the word search finds it', (path) => {
    const page = at(`https://site.example${path}`);
    expect(mostSensitive(page), 'stage 1 at the most sensitive setting').toBe(true);
    expect(found(page)).toBe(true);
  });

  test('ordinary pages are not searched further', () => {
    for (const page of [
      at('https://shop.example/app/shopping-cart', '<title>Your cart</title><link rel="canonical" href="/app/cart">', '<h1>Appetizers</h1><h2>Support</h2>'),
      at('https://news.example/2024/05/data-release', '<title>Data release notes</title><meta property="og:title" content="Seller stories">', '<p>privacy policy</p>'),
    ]) {
      expect(found(page)).toBe(false);
    }
  });

  const FIXTURES = join(import.meta.dirname, '../fixtures');
  const pages = [
    ...readdirSync(PAGES).map((f) => readFileSync(join(PAGES, f), 'utf8')),
    ...readdirSync(FIXTURES).map((d) => readFileSync(join(FIXTURES, d, 'source.html'), 'utf8')),
  ];
  test.each(['/', '/privacy-policy', '/news/2020/privacy', '/legal/pp.html', '/recipes'])('real pages at %s: no candidate is missed', (path) => {
    let candidates = 0;
    for (const html of pages) {
      const dom = new JSDOM(html, { url: `https://site.example${path}` });
      const page = { doc: dom.window.document, loc: dom.window.location };
      if (!mostSensitive(page)) continue;
      candidates++;
      expect(found(page), page.doc.title).toBe(true);
    }
    expect(candidates, 'the policies among them are candidates').toBeGreaterThan(0);
  });
});
