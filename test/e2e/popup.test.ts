/**
 * What a person sees: the popup card (opened as a normal tab with ?tabId=N) and the options page, driving the
 * real background and content script in Chromium. Relies on the data-testid hooks in lib/ui/.
 */
import { describe, expect, test } from 'vitest';
import { badgeText, tabState, waitFor, withExtension } from './harness';

const ROUTES = {
  '/Online-Policies/Privacy-Policy': 'ironhorse-privacy.html', // OPP-115 (train split), as saved in 2015
  '/shop/privacy-policy': 'sells-forever-privacy.html',
  '/hostile/privacy': 'hostile-privacy.html',
  '/recipes/soups': 'ordinary.html',
};

const fixture = withExtension(ROUTES);
const { open: openPage, openPopup } = fixture;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the popup card', () => {
  test('a real policy: title, the four lines with verdicts, and evidence that highlights the sentence in the page', async () => {
    const { page, tabId } = await openPage('/Online-Policies/Privacy-Policy');
    const popup = await openPopup(tabId);
    await popup.getByTestId('state-policy').waitFor({ timeout: 20_000 });
    expect(norm(await popup.getByTestId('card-title').innerText())).not.toBe('');
    for (const line of ['rights', 'retention', 'selling', 'contact']) {
      expect(await popup.getByTestId(`line-${line}`).getAttribute('data-verdict'), `${line} has a verdict`).toBeTruthy();
      expect(norm(await popup.getByTestId(`verdict-${line}`).innerText())).not.toBe('');
    }
    // The first line that has quotes: expand it, click its first quote.
    const toggle = popup.locator('[data-testid^="toggle-"]').first();
    expect(await toggle.count(), 'some line has evidence').toBe(1);
    await toggle.click();
    const quote = popup.getByTestId('evidence-quote').first();
    const quoted = norm(await quote.locator('q').innerText());
    await quote.click();
    const highlighted = await waitFor(async () => {
      const texts = await page.evaluate(() => [...(CSS.highlights.get('fineprint-evidence') ?? [])].map((r) => r.toString()));
      return texts.length ? texts.map(norm) : undefined;
    }, 'the highlight in the page');
    expect(highlighted).toEqual([quoted]);
    // The highlight is painted by a user stylesheet, not a <style> element in the page.
    expect(await page.evaluate(() => document.querySelectorAll('style[data-fineprint], mark').length)).toBe(0);
    await Promise.all([page.close(), popup.close()]);
  });

  test('a policy that sells and keeps data forever: "yes" on selling, red warnings, a working mailto link', async () => {
    const { page, tabId } = await openPage('/shop/privacy-policy');
    const popup = await openPopup(tabId);
    await popup.getByTestId('state-policy').waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('line-selling').getAttribute('data-verdict')).toBe('yes');
    expect(await popup.getByTestId('line-retention').getAttribute('data-verdict')).toBe('indefinite');
    const warningIds = await popup.getByTestId('warning').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning-id')));
    expect(warningIds).toEqual(expect.arrayContaining(['sells-data']));
    const mail = popup.locator('[data-testid="contact-link"][data-kind="email"]');
    expect(await mail.first().getAttribute('href')).toBe('mailto:privacy@shop-fixture.org');
    await Promise.all([page.close(), popup.close()]);
  });

  test('hostile text in the policy is shown as harmless text in the card', async () => {
    const dialogs: string[] = [];
    const { page, tabId } = await openPage('/hostile/privacy');
    const popup = await openPopup(tabId);
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.getByTestId('state-policy').waitFor({ timeout: 20_000 });
    await popup.locator('[data-testid^="toggle-"]').evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
    const card = await popup.evaluate(() => ({
      text: document.body.innerText,
      img: document.querySelectorAll('img[src="x"], img[onerror]').length,
      script: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      iframe: document.querySelectorAll('iframe').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length,
    }));
    expect(card.text).toContain('<img src=x onerror');
    expect(card).toMatchObject({ img: 0, script: 0, iframe: 0, jsLinks: 0 });
    expect(dialogs).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });

  test('a page that is not a policy: the popup analyzes it, says so, and offers "Analyze anyway"', async () => {
    const { page, tabId } = await openPage('/recipes/soups');
    const popup = await openPopup(tabId);
    await popup.getByTestId('analyze-anyway').waitFor({ timeout: 20_000 });
    expect((await tabState(fixture.ext.worker, tabId)).status).toBe('not-policy');
    await Promise.all([page.close(), popup.close()]);
  });

  test('a browser page: the popup says it cannot read it', async () => {
    const page = await fixture.ext.context.newPage();
    await page.goto('chrome://version');
    const tabId: number = await waitFor(
      () => fixture.ext.worker.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as { id: number; url?: string }[]).find((t) => !t.url)?.id),
      'the chrome:// tab',
    );
    const popup = await openPopup(tabId);
    await popup.getByTestId('state-message').waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('state-message').innerText()).toMatch(/browser page|no access|cannot read/i);
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('the options page', () => {
  test('changing the badge level and muting a warning changes the badge at once', async () => {
    const { page, tabId } = await openPage('/shop/privacy-policy');
    const state = await waitFor(async () => {
      const s = await tabState(fixture.ext.worker, tabId);
      return s?.status === 'policy' ? s : undefined;
    }, 'the analysis');
    const warnings: { id: string; level: string }[] = state.summary.warnings;
    const badgeIs = (text: string) => waitFor(async () => ((await badgeText(fixture.ext.worker, tabId)) === text ? true : undefined), `badge "${text}"`);
    await badgeIs(String(warnings.filter((w) => w.level !== 'low').length || '✓'));

    const options = await fixture.ext.context.newPage();
    await options.goto(`chrome-extension://${fixture.ext.extensionId}/options.html`);
    await options.getByTestId('opt-badge-level').selectOption('low');
    await badgeIs(String(warnings.length));
    for (const w of warnings) await options.getByTestId(`opt-warning-${w.id}`).uncheck();
    await badgeIs('✓');
    for (const w of warnings) await options.getByTestId(`opt-warning-${w.id}`).check();
    await options.getByTestId('opt-badge-level').selectOption('medium');
    await Promise.all([page.close(), options.close()]);
  });
});
