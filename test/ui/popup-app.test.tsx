// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/lib/ui/PopupApp';
import { mockConnection } from '@/lib/ui/mock-connection';
import { MOCK_STATES } from '@/lib/ui/mock';
import { enableSite } from '@/lib/ui/connect';
import { disabledSites } from '@/lib/extension/settings';
import { byTestId, click, mount, settle, unmountAll } from './render';

afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

describe('the popup around the card', () => {
  test('shows the state the background answers', async () => {
    const root = mount(<PopupApp connection={mockConnection('policy')} />);
    await settle();
    expect(byTestId(root, 'state-policy')).not.toBeNull();
  });

  test('nothing known yet (idle): opening the popup starts the analysis', async () => {
    const conn = mockConnection('idle', 'analyzing');
    const root = mount(<PopupApp connection={conn} />);
    await settle();
    expect(conn.calls.analyze).toBe(1);
    expect(byTestId(root, 'state-analyzing')).not.toBeNull();
  });

  test('while analyzing it follows the tab state until the result arrives', async () => {
    const conn = mockConnection('analyzing');
    const root = mount(<PopupApp connection={conn} />);
    await settle();
    expect(byTestId(root, 'state-analyzing')).not.toBeNull();
    conn.push(MOCK_STATES.policy);
    await settle();
    expect(byTestId(root, 'state-policy')).not.toBeNull();
  });

  test('a result missed by the watch is picked up by polling', async () => {
    const conn = mockConnection('analyzing');
    const root = mount(<PopupApp connection={conn} pollMs={10} />);
    await settle();
    conn.getState = async () => MOCK_STATES['policy-good'];
    await new Promise((r) => setTimeout(r, 40));
    await settle();
    expect(byTestId(root, 'state-policy')).not.toBeNull();
  });

  test('an analysis that never ends becomes an error a person understands', async () => {
    const root = mount(<PopupApp connection={mockConnection('analyzing')} pollMs={5} timeoutMs={20} />);
    await settle();
    await new Promise((r) => setTimeout(r, 60));
    await settle();
    expect(byTestId(root, 'state-message')?.textContent).toContain('took too long');
  });

  test('no answer from the background is an error, not an endless spinner', async () => {
    const conn = mockConnection('policy');
    conn.getState = async () => null;
    const root = mount(<PopupApp connection={conn} />);
    await settle();
    expect(byTestId(root, 'state-message')?.textContent).toContain('did not answer');
  });

  test('"Analyze anyway" on a stage-1 "no" analyzes, then shows the summary', async () => {
    const conn = mockConnection('not-policy-stage1', 'not-policy');
    const root = mount(<PopupApp connection={conn} />);
    await settle();
    click(byTestId(root, 'analyze-anyway'));
    await settle();
    expect(conn.calls.analyze).toBe(1);
    expect(byTestId(root, 'state-summary-anyway')).not.toBeNull();
  });

  test('"Turn on for this site" re-enables the site, then analyzes', async () => {
    const conn = mockConnection('disabled', 'policy');
    const root = mount(<PopupApp connection={conn} />);
    await settle();
    click(byTestId(root, 'enable-site'));
    await settle();
    expect(conn.calls.enableSite).toEqual([MOCK_STATES.disabled.url]);
    expect(conn.calls.analyze).toBe(1);
    expect(byTestId(root, 'state-policy')).not.toBeNull();
  });
});

describe('enableSite', () => {
  beforeEach(() => fakeBrowser.reset());
  test('removes the entries that cover the host, and only those', async () => {
    await disabledSites.setValue(['example-shop.test', 'www.shop.example-shop.test', 'other.test']);
    await enableSite('shop.example-shop.test');
    expect(await disabledSites.getValue()).toEqual(['other.test']);
  });
});
