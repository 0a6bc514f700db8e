import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleMessage,
  onSettingsChanged,
  onTabRemoved,
  onTabUpdated,
  senderProblem,
  startBackground,
  type Sender,
} from '../../lib/extension/background';
import { getTabState, setTabState } from '../../lib/extension/tab-state';
import { badgeMinLevel, disabledSites, mutedWarnings, autoDetect, sensitivity } from '../../lib/extension/settings';
import type { DetectionResult } from '../../lib/types';
import type { TabState, ToBackground } from '../../lib/extension/messages';
import { CANDIDATE, NOT_CANDIDATE, summary, warning } from './fixtures';

const POLICY_URL = 'https://shop.example/privacy';
const EXT = 'test-extension-id';
const executeScript = vi.fn();

let tabId: number;
const fromTab = (): Sender => ({ id: EXT, tab: { id: tabId } as Sender['tab'], url: POLICY_URL });
const fromPopup: Sender = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };
const badge = () => fakeBrowser.action.getBadgeText({ tabId });
const badgeColor = async () => (await fakeBrowser.action.getBadgeBackgroundColor({ tabId })).slice(0, 3);

beforeEach(async () => {
  fakeBrowser.reset();
  executeScript.mockReset().mockResolvedValue([]);
  (fakeBrowser.scripting as unknown as { executeScript: typeof executeScript }).executeScript = executeScript;
  tabId = (await fakeBrowser.tabs.create({ url: POLICY_URL })).id!;
});

/** A popup request: its answer is a TabState. */
const ask = (message: unknown) => handleMessage(message, fromPopup) as Promise<TabState | undefined>;

async function detected(detection = CANDIDATE, url = POLICY_URL) {
  return handleMessage({ type: 'page-detected', url, detection }, fromTab());
}
async function analyzed(warnings = [warning('sells-data', 'high'), warning('retention-not-stated', 'low')], url = POLICY_URL) {
  return handleMessage({ type: 'analysis-result', url, summary: summary(warnings) }, fromTab());
}

describe('messages and senders', () => {
  test.each([
    ['no type', { url: POLICY_URL }],
    ['an unknown type', { type: 'steal-cookies', tabId: 1 }],
    ['a string', 'page-detected'],
    ['null', null],
    ['a malformed page-detected (no detection)', { type: 'page-detected', url: POLICY_URL }],
    ['a malformed get-tab-state (tabId not a number)', { type: 'get-tab-state', tabId: '1' }],
  ])('refuses %s', async (_what, message) => {
    expect(await handleMessage(message, fromTab())).toBeUndefined();
    expect(await handleMessage(message, fromPopup)).toBeUndefined();
    expect(await getTabState(tabId)).toBeNull();
  });

  test('page messages must come from a tab of this extension', () => {
    const message: ToBackground = { type: 'page-detected', url: POLICY_URL, detection: CANDIDATE };
    expect(senderProblem(message, fromTab())).toBeNull();
    expect(senderProblem(message, fromPopup)).toMatch(/tab/);
    expect(senderProblem(message, { ...fromTab(), id: 'another-extension' })).toMatch(/extension/);
  });

  test('popup messages must come from an extension page, never from a web page', () => {
    const message: ToBackground = { type: 'get-tab-state', tabId: 1 };
    expect(senderProblem(message, fromPopup)).toBeNull();
    // The popup opened as a normal tab (tests) has a tab, but an extension URL.
    expect(senderProblem(message, { ...fromPopup, tab: { id: 9 } as Sender['tab'] })).toBeNull();
    expect(senderProblem(message, fromTab())).toMatch(/web page/);
    expect(senderProblem(message, { ...fromPopup, id: undefined })).toMatch(/extension/);
  });

  test('a content script cannot read another tab through get-tab-state', async () => {
    await detected(NOT_CANDIDATE);
    expect(await handleMessage({ type: 'get-tab-state', tabId }, fromTab())).toBeUndefined();
    expect(await handleMessage({ type: 'analyze-tab', tabId }, fromTab())).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe("stage 1's report, judged at the person's sensitivity", () => {
  // The content script reports any page with a privacy signal (most sensitive setting); the background decides.
  const WEAK: DetectionResult = { candidate: true, isPolicy: true, score: 0.2, stage: 1, signals: [{ name: 'url-path-weak', weight: 0.2, detail: 'URL mentions privacy' }] };

  test('a weak signal is remembered but not analyzed at the default sensitivity', async () => {
    await detected(WEAK);
    expect(executeScript).not.toHaveBeenCalled();
    expect(await getTabState(tabId)).toMatchObject({ status: 'idle', detection: { score: 0.2, candidate: false, isPolicy: false } });
  });

  test('the same weak signal is analyzed when the person raised the sensitivity', async () => {
    await sensitivity.setValue(0.9);
    await detected(WEAK);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await getTabState(tabId)).toMatchObject({ status: 'analyzing', detection: { candidate: true } });
  });

  test('a strong signal is not analyzed at the lowest sensitivity if it stays under its threshold', async () => {
    await sensitivity.setValue(0);
    await detected({ ...CANDIDATE, score: 0.5 });
    expect(executeScript).not.toHaveBeenCalled();
    await detected({ ...CANDIDATE, score: 0.6 }, `${POLICY_URL}?lang=en`);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  test('the candidate flag a page sends is not trusted: only the score counts', async () => {
    await detected({ ...NOT_CANDIDATE, candidate: true, isPolicy: true });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a report without a numeric score is refused', async () => {
    expect(await handleMessage({ type: 'page-detected', url: POLICY_URL, detection: { candidate: true, signals: [] } }, fromTab())).toBeUndefined();
    expect(await getTabState(tabId)).toBeNull();
  });

  test('the page-ready handshake of earlier versions is gone: an unknown type, refused', async () => {
    expect(await handleMessage({ type: 'page-ready', url: POLICY_URL }, fromTab())).toBeUndefined();
  });
});

describe('tab state', () => {
  test('a stage-1 candidate is analyzed: analyzer injected into that tab, state "analyzing", badge busy', async () => {
    await detected(CANDIDATE);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/analyzer.js'] });
    expect((await getTabState(tabId))?.status).toBe('analyzing');
    expect(await badge()).toBe('…');
  });

  test('a page stage 1 rejects is remembered as idle, not analyzed, no badge', async () => {
    await detected(NOT_CANDIDATE);
    expect(executeScript).not.toHaveBeenCalled();
    expect(await getTabState(tabId)).toMatchObject({ status: 'idle', url: POLICY_URL, detection: NOT_CANDIDATE });
    expect(await badge()).toBe('');
  });

  test('the result is kept in storage.session (survives the worker stopping) and badges the tab', async () => {
    await detected(CANDIDATE);
    await analyzed();
    const stored = (await fakeBrowser.storage.session.get(`tab-${tabId}`))[`tab-${tabId}`] as TabState;
    expect(stored.status).toBe('policy');
    expect(stored.summary?.warnings.map((w) => w.id)).toEqual(['sells-data', 'retention-not-stated']);
    expect(stored.detection).toEqual(CANDIDATE);
    expect(await badge(), 'default level "medium": the low warning does not count').toBe('1');
    expect(await badgeColor()).toEqual([0xb3, 0x26, 0x1e]);
  });

  test('a text that is not a policy gets "not-policy" and no badge', async () => {
    await detected(CANDIDATE);
    await handleMessage({ type: 'analysis-result', url: POLICY_URL, summary: summary([], false) }, fromTab());
    expect((await getTabState(tabId))?.status).toBe('not-policy');
    expect(await badge()).toBe('');
  });

  test('a late result for a page the tab has left is dropped', async () => {
    await detected(CANDIDATE);
    await onTabUpdated(tabId, { url: 'https://news.example/' });
    await detected(NOT_CANDIDATE, 'https://news.example/');
    await analyzed();
    expect(await getTabState(tabId)).toMatchObject({ status: 'idle', url: 'https://news.example/' });
    expect(await badge()).toBe('');
  });

  test('an analysis error is shown as an error; an unreadable document as unsupported', async () => {
    await detected(CANDIDATE);
    await handleMessage({ type: 'analysis-error', url: POLICY_URL, error: 'Fineprint could not analyze this page.' }, fromTab());
    expect(await getTabState(tabId)).toMatchObject({ status: 'error', error: 'Fineprint could not analyze this page.' });
    await handleMessage({ type: 'analysis-error', url: POLICY_URL, error: 'A PDF', unsupported: true }, fromTab());
    expect((await getTabState(tabId))?.status).toBe('unsupported');
  });

  test('the same page reported again (reload, load event) keeps its result and is not re-analyzed', async () => {
    await detected(CANDIDATE);
    await analyzed();
    executeScript.mockClear();
    await detected(CANDIDATE, `${POLICY_URL}#your-rights`);
    expect(executeScript).not.toHaveBeenCalled();
    expect((await getTabState(tabId))?.status).toBe('policy');
  });
});

describe('the popup asks', () => {
  test('a page with no result is analyzed when the popup opens', async () => {
    await detected(NOT_CANDIDATE);
    const answer = await ask({ type: 'get-tab-state', tabId });
    expect(answer?.status).toBe('analyzing');
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  test('a page with a result gets it back, without a new analysis', async () => {
    await detected(CANDIDATE);
    await analyzed();
    executeScript.mockClear();
    const answer = await ask({ type: 'get-tab-state', tabId });
    expect(answer?.status).toBe('policy');
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('"Analyze anyway" re-analyzes a page that is not a policy', async () => {
    await detected(CANDIDATE);
    await handleMessage({ type: 'analysis-result', url: POLICY_URL, summary: summary([], false) }, fromPopup); // refused: not from a tab
    await handleMessage({ type: 'analysis-result', url: POLICY_URL, summary: summary([], false) }, fromTab());
    executeScript.mockClear();
    expect((await ask({ type: 'analyze-tab', tabId }))?.status).toBe('analyzing');
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['chrome://settings/', /browser pages/],
    ['https://chromewebstore.google.com/detail/abc', /extension store/],
    ['file:///home/me/policy.html', /files on this computer/],
    ['https://example.com/privacy.pdf', /PDF/],
  ])('%s is unsupported, with a message', async (url, message) => {
    const tab = await fakeBrowser.tabs.create({ url });
    const answer = await ask({ type: 'get-tab-state', tabId: tab.id! });
    expect(answer).toMatchObject({ status: 'unsupported' });
    expect(answer?.error).toMatch(message);
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a page where injection fails is unsupported, with a message', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const answer = await ask({ type: 'analyze-tab', tabId });
    expect(answer).toMatchObject({ status: 'unsupported', error: 'Fineprint has no access to this page.' });
  });
});

describe('navigation', () => {
  beforeEach(async () => {
    await detected(CANDIDATE);
    await analyzed();
  });

  test('a new URL clears the state and the badge', async () => {
    await onTabUpdated(tabId, { url: 'https://shop.example/cart' });
    expect(await getTabState(tabId)).toBeNull();
    expect(await badge()).toBe('');
  });

  test("a single-page app's URL change: a 'complete' handled before the 'loading' + url does not restore the old badge", async () => {
    // Chrome sends both at once for pushState; the listener may read the state before the first one cleared it.
    await onTabUpdated(tabId, { status: 'complete' }, { url: 'https://shop.example/cart' });
    expect(await getTabState(tabId)).toBeNull();
    expect(await badge()).toBe('');
  });

  test('a jump to a #section is the same page: kept', async () => {
    await onTabUpdated(tabId, { url: `${POLICY_URL}#contact` });
    expect((await getTabState(tabId))?.status).toBe('policy');
  });

  test('a finished load restores the badge the browser reset', async () => {
    await fakeBrowser.action.setBadgeText({ tabId, text: '' });
    await onTabUpdated(tabId, { status: 'complete' });
    expect(await badge()).toBe('1');
  });

  test('closing the tab forgets it', async () => {
    await onTabRemoved(tabId);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('the wired listeners do the same on real tab events', async () => {
    startBackground();
    await fakeBrowser.tabs.update(tabId, { url: 'https://shop.example/cart' });
    await vi.waitFor(async () => expect(await getTabState(tabId)).toBeNull());
  });
});

describe('settings', () => {
  test('disabled sites (and their subdomains) get no analysis', async () => {
    await disabledSites.setValue(['hop.example', 'other.site']); // no match: a suffix of the name is not a subdomain
    await detected(CANDIDATE, 'https://shop.example/privacy');
    expect(executeScript).toHaveBeenCalledTimes(1);
    executeScript.mockClear();
    await disabledSites.setValue(['shop.example']);
    const other = (await fakeBrowser.tabs.create({ url: 'https://eu.shop.example/privacy' })).id!;
    await handleMessage({ type: 'page-detected', url: 'https://eu.shop.example/privacy', detection: CANDIDATE }, { ...fromTab(), tab: { id: other } as Sender['tab'] });
    expect(executeScript).not.toHaveBeenCalled();
    expect((await getTabState(other))?.status).toBe('disabled');
    expect((await ask({ type: 'get-tab-state', tabId: other }))?.status).toBe('disabled');
  });

  test('auto-detect off: candidates are remembered, not analyzed', async () => {
    await autoDetect.setValue(false);
    await detected(CANDIDATE);
    expect(executeScript).not.toHaveBeenCalled();
    expect((await getTabState(tabId))?.status).toBe('idle');
  });

  test('badge level and muted warnings re-badge every tab', async () => {
    await detected(CANDIDATE);
    await analyzed([warning('sells-data', 'high'), warning('no-contact', 'medium'), warning('retention-not-stated', 'low')]);
    expect(await badge()).toBe('2');
    await badgeMinLevel.setValue('low');
    await onSettingsChanged();
    expect(await badge()).toBe('3');
    await mutedWarnings.setValue(['sells-data']);
    await onSettingsChanged();
    expect(await badge()).toBe('2');
    expect(await badgeColor(), 'worst shown is medium').toEqual([0xb3, 0x5c, 0x00]);
    await badgeMinLevel.setValue('high');
    await onSettingsChanged();
    expect(await badge(), 'nothing left to flag: a check').toBe('✓');
  });

  test('a settings change reaches the badge through the storage watch, no reload', async () => {
    startBackground();
    await detected(CANDIDATE);
    await analyzed([warning('sells-data', 'high')]);
    await mutedWarnings.setValue(['sells-data']);
    await vi.waitFor(async () => expect(await badge()).toBe('✓'));
  });

  test('disabling a site switches off its open tabs', async () => {
    await detected(CANDIDATE);
    await analyzed();
    await disabledSites.setValue(['shop.example']);
    await onSettingsChanged();
    expect((await getTabState(tabId))?.status).toBe('disabled');
    expect(await badge()).toBe('');
  });
});

test('state written by a previous worker is read back by a new one', async () => {
  const state: TabState = { status: 'policy', url: POLICY_URL, summary: summary([warning('keeps-indefinitely', 'high')]), updatedAt: 1 };
  await setTabState(tabId, state);
  // A new worker has no memory: everything comes from storage.session.
  expect((await ask({ type: 'get-tab-state', tabId }))?.summary?.warnings[0].id).toBe('keeps-indefinitely');
});
