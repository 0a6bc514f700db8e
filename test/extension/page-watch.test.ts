import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { pageReport, SPA_SETTLE_MS, watchPage } from '../../lib/extension/page-watch';
import type { PageDetectedMessage } from '../../lib/extension/messages';

const PAGES = join(import.meta.dirname, '../e2e/pages');
const page = (file: string) => readFileSync(join(PAGES, file), 'utf8');
const POLICY = page('sells-forever-privacy.html');
const RECIPES = page('ordinary.html');

/** A page in jsdom, with a Navigation API stand-in (jsdom has none) that the test fires by hand. */
function open(html: string, url: string, readyState?: DocumentReadyState) {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  const navigation = new dom.window.EventTarget();
  Object.defineProperty(dom.window, 'navigation', { value: navigation });
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
    const report = pageReport(new JSDOM(RECIPES).window.document, { href: 'https://cooking.example/legal/cookies' });
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
