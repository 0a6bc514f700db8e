// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/lib/ui/Options';
import { browserSettingsStore } from '@/lib/ui/options-store';
import { autoDetect, badgeMinLevel, cardLines, disabledSites, mutedWarnings, sensitivity } from '@/lib/extension/settings';
import { WARNING_IDS } from '@/lib/ui/verdicts';
import { allByTestId, byTestId, click, mount, settle, unmountAll } from './render';

async function page() {
  const root = mount(<OptionsApp store={browserSettingsStore} />);
  await settle();
  return root;
}

function fire(el: HTMLInputElement | HTMLSelectElement | null, type: 'input' | 'change', value?: string) {
  if (!el) throw new Error('no control');
  act(() => {
    if (value !== undefined) el.value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

async function addSite(root: HTMLElement, text: string) {
  fire(byTestId<HTMLInputElement>(root, 'opt-site-input'), 'input', text);
  click(byTestId(root, 'opt-site-add'));
  await settle();
}

beforeEach(() => fakeBrowser.reset());
afterEach(unmountAll);

describe('the options page writes each setting at once', () => {
  test('shows the defaults, with an empty disabled-sites list', async () => {
    const root = await page();
    expect(byTestId<HTMLInputElement>(root, 'opt-auto-detect')?.checked).toBe(true);
    expect(byTestId(root, 'opt-sites-empty')).not.toBeNull();
    expect(byTestId<HTMLSelectElement>(root, 'opt-badge-level')?.value).toBe('medium');
    expect(byTestId<HTMLInputElement>(root, 'opt-sensitivity')?.value).toBe('0.5');
    for (const id of WARNING_IDS) expect(byTestId<HTMLInputElement>(root, `opt-warning-${id}`)?.checked, id).toBe(true);
    expect(root.querySelectorAll('input[type=checkbox][data-testid^="opt-line-"]:checked')).toHaveLength(6);
  });

  test('auto-detection off', async () => {
    const root = await page();
    click(byTestId(root, 'opt-auto-detect'));
    await settle();
    expect(await autoDetect.getValue()).toBe(false);
    expect(byTestId(root, 'opt-saved')?.textContent).toContain('Saved');
  });

  test('adding a site (typed as a URL) and removing it', async () => {
    const root = await page();
    await addSite(root, 'https://www.Example.com/privacy');
    expect(await disabledSites.getValue()).toEqual(['example.com']);
    expect(allByTestId(root, 'opt-site').map((li) => li.dataset.host)).toEqual(['example.com']);
    expect(byTestId(root, 'opt-sites-empty')).toBeNull();
    expect(byTestId<HTMLInputElement>(root, 'opt-site-input')?.value, 'the input is cleared').toBe('');
    click(byTestId(root, 'opt-site-remove'));
    await settle();
    expect(await disabledSites.getValue()).toEqual([]);
    expect(byTestId(root, 'opt-sites-empty')).not.toBeNull();
  });

  test('an invalid or duplicate site is refused with a message and nothing is written', async () => {
    await disabledSites.setValue(['example.com']);
    const root = await page();
    await addSite(root, 'not a site');
    expect(byTestId(root, 'opt-site-error')?.textContent).toContain('no spaces');
    expect(byTestId(root, 'opt-site-input')?.getAttribute('aria-invalid')).toBe('true');
    await addSite(root, 'www.example.com');
    expect(byTestId(root, 'opt-site-error')?.textContent).toContain('already in the list');
    expect(await disabledSites.getValue()).toEqual(['example.com']);
  });

  test('badge level and the warnings that light the badge', async () => {
    const root = await page();
    fire(byTestId<HTMLSelectElement>(root, 'opt-badge-level'), 'change', 'high');
    click(byTestId(root, 'opt-warning-no-contact'));
    click(byTestId(root, 'opt-warning-access-fee'));
    await settle();
    expect(await badgeMinLevel.getValue()).toBe('high');
    expect(await mutedWarnings.getValue()).toEqual(['no-contact', 'access-fee']);
    click(byTestId(root, 'opt-warning-no-contact'));
    await settle();
    expect(await mutedWarnings.getValue()).toEqual(['access-fee']);
  });

  test('sensitivity slider, with words for its value', async () => {
    const root = await page();
    fire(byTestId<HTMLInputElement>(root, 'opt-sensitivity'), 'change', '0.8');
    await settle();
    expect(await sensitivity.getValue()).toBe(0.8);
    expect(byTestId(root, 'opt-sensitivity-value')?.textContent).toContain('Eager');
  });

  test('card lines', async () => {
    const root = await page();
    click(byTestId(root, 'opt-line-topics'));
    await settle();
    expect(await cardLines.getValue()).toEqual({ rights: true, retention: true, selling: true, contact: true, warnings: true, topics: false });
  });

  test('a change made elsewhere (the popup re-enabling a site) shows without a reload', async () => {
    const root = await page();
    await disabledSites.setValue(['news.example']);
    await settle();
    expect(allByTestId(root, 'opt-site').map((li) => li.dataset.host)).toEqual(['news.example']);
  });
});
