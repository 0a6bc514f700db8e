import { describe, expect, test, vi } from 'vitest';
import { explainNoAccess } from '../../lib/extension/client';
import type { TabState } from '../../lib/extension/messages';
import { injectionFailureMessage, NO_ACCESS, originPattern, unsupportedReason } from '../../lib/extension/pages';

/** A permissions API that holds exactly `granted` (origin match patterns). */
const holding = (...granted: string[]) => ({
  contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
});
const ALL = ['http://*/*', 'https://*/*'];
const at = (url: string, error: string | null): TabState => ({ status: 'unsupported', url, error: error ?? undefined, updatedAt: 1 });

describe('a page Fineprint cannot read because its site access is off', () => {
  // What the background answers when the browser hides the tab's URL (no access to its site, or a browser page).
  const hidden = at('', unsupportedReason(undefined));
  // What it answers when the browser refuses to run the analyzer in a page whose URL it knows.
  const refused = at('https://shop.example/privacy', injectionFailureMessage(new Error('Missing host permission for the tab')));

  test('a hidden page while access to websites is off: the popup names that, with what to do in Firefox', async () => {
    const permissions = holding();
    const state = await explainNoAccess(hidden, 'firefox', permissions);
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ALL });
    expect(state?.status).toBe('unsupported');
    expect(state?.error).toMatch(/access to websites is turned off/);
    expect(state?.error).toMatch(/Extensions button.*allow Fineprint on this site.*Access your data for all websites/);
  });

  test('a refused page whose site access is off: named for that site, in Chrome\'s words', async () => {
    expect(refused.error).toBe(NO_ACCESS);
    const permissions = holding('https://other.example/*');
    const state = await explainNoAccess(refused, 'chrome', permissions);
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ['https://shop.example/*'] });
    expect(state?.error).toMatch(/access to this site is turned off/);
    expect(state?.error).toMatch(/On all sites/);
  });

  test('with access held, the background\'s own reason stands (a browser page, a page that refused for another reason)', async () => {
    expect(await explainNoAccess(hidden, 'firefox', holding(...ALL))).toEqual(hidden);
    expect(await explainNoAccess(refused, 'firefox', holding('https://shop.example/*'))).toEqual(refused);
  });

  test('other states and other reasons are not looked at', async () => {
    const permissions = holding();
    const pdf = at('https://shop.example/policy.pdf', unsupportedReason('https://shop.example/policy.pdf'));
    const store = at('https://addons.mozilla.org/', unsupportedReason('https://addons.mozilla.org/'));
    const policy: TabState = { status: 'analyzing', url: 'https://shop.example/privacy', updatedAt: 1 };
    for (const state of [pdf, store, policy, null]) expect(await explainNoAccess(state, 'firefox', permissions)).toBe(state);
    expect(permissions.contains).not.toHaveBeenCalled();
  });

  test('a permissions API that fails leaves the state as it was', async () => {
    const broken = { contains: vi.fn(async () => Promise.reject(new Error('no'))) };
    expect(await explainNoAccess(hidden, 'firefox', broken)).toEqual(hidden);
  });

  test('origin patterns', () => {
    expect(originPattern('https://Shop.Example:8443/a/b?c#d')).toBe('https://shop.example/*');
    expect(originPattern('http://127.0.0.1:5000/x')).toBe('http://127.0.0.1/*');
    expect(originPattern('about:blank')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});
