// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Card, type CardActions } from '@/lib/ui/Card';
import { HOSTILE, MOCK_NAMES, MOCK_SETTINGS, MOCK_STATES, mockSummary } from '@/lib/ui/mock';
import type { TabState } from '@/lib/extension/messages';
import type { CardLine } from '@/lib/extension/settings';
import { allByTestId, byTestId, click, mount, settle, unmountAll } from './render';

function actions(): CardActions & { [K in keyof CardActions]: ReturnType<typeof vi.fn> } {
  return {
    analyze: vi.fn(),
    highlight: vi.fn(async () => true),
    enableSite: vi.fn(),
    openOptions: vi.fn(),
  } as never;
}

const card = (state: TabState | null, a = actions(), lines = MOCK_SETTINGS.cardLines) =>
  mount(<Card state={state} settings={{ cardLines: lines }} actions={a} />);

afterEach(unmountAll);

describe('every state renders from mock data', () => {
  const expected: Record<string, string> = {
    policy: 'state-policy',
    'policy-good': 'state-policy',
    'policy-empty': 'state-policy',
    hostile: 'state-policy',
    analyzing: 'state-analyzing',
    idle: 'state-idle',
    'not-policy': 'state-not-policy',
    'not-policy-stage1': 'state-not-policy',
    unsupported: 'state-unsupported',
    disabled: 'state-disabled',
    error: 'state-error',
  };
  test.each(MOCK_NAMES)('%s', (name) => {
    const root = card(MOCK_STATES[name]);
    expect(byTestId(root, expected[name]), `${name} shows ${expected[name]}`).not.toBeNull();
    expect(root.querySelector('h1')?.textContent?.trim(), 'every state has a heading').toBeTruthy();
  });

  test('before the first answer the card says it is looking', () => {
    const root = card(null);
    expect(byTestId(root, 'state-loading')?.getAttribute('aria-busy')).toBe('true');
  });

  test('a policy card: title, site, the four lines with plain-language verdicts, warnings and topics', () => {
    const root = card(MOCK_STATES.policy);
    expect(byTestId(root, 'card-title')?.textContent).toBe('Privacy Policy – Example Shop');
    expect(byTestId(root, 'card-site')?.textContent).toBe('example-shop.test');
    expect(byTestId(root, 'verdict-selling')?.textContent).toContain('They may sell your data');
    expect(byTestId(root, 'verdict-retention')?.textContent).toContain('Keeps data: 90 days, 2 years');
    expect(byTestId(root, 'verdict-rights')?.textContent).toContain('You can see and delete your data and opt out');
    expect(byTestId(root, 'line-retention')?.dataset.verdict).toBe('period');
    expect(byTestId(root, 'line-selling')?.dataset.verdict).toBe('yes');
    expect(allByTestId(root, 'warning').map((w) => w.dataset.warningId)).toEqual(['may-sell-data', 'keeps-indefinitely', 'shares-for-advertising']);
    expect(byTestId(root, 'topics')?.textContent).toBe(
      'Covers: what it collects, sharing, access and deletion, retention. Never mentions: security, Do Not Track, policy changes.',
    );
  });

  test('verdicts say "Not stated" and carry a text label besides the colour', () => {
    const root = card(MOCK_STATES['policy-empty']);
    expect(byTestId(root, 'verdict-selling')?.textContent).toBe('Unclear: Not stated');
    expect(byTestId(root, 'verdict-retention')?.textContent).toBe('Unclear: Not stated');
    expect(byTestId(root, 'verdict-contact')?.textContent).toContain('No privacy contact given');
    expect(byTestId(root, 'card-notes')?.textContent).toContain('not English');
    expect(byTestId(root, 'topics'), 'no topics line without topics').toBeNull();
    expect(byTestId(root, 'toggle-selling'), 'no evidence, nothing to expand').toBeNull();
  });

  test('"does not sell" reads as reassurance', () => {
    const root = card(MOCK_STATES['policy-good']);
    expect(byTestId(root, 'verdict-selling')?.textContent).toBe('Reassuring: Says it does not sell your data');
    expect(byTestId(root, 'no-warnings')).not.toBeNull();
  });
});

describe('the states a person can act on', () => {
  test('not a policy: shows the score and "Analyze anyway" asks for an analysis when there is no summary', () => {
    const a = actions();
    const root = card(MOCK_STATES['not-policy-stage1'], a);
    expect(byTestId(root, 'policy-score')?.textContent).toContain('4%');
    click(byTestId(root, 'analyze-anyway'));
    expect(a.analyze).toHaveBeenCalledTimes(1);
  });

  test('not a policy with a summary already made: "Analyze anyway" shows it, marked as maybe not a policy', () => {
    const a = actions();
    const root = card(MOCK_STATES['not-policy'], a);
    expect(byTestId(root, 'policy-score')?.textContent).toContain('12%');
    click(byTestId(root, 'analyze-anyway'));
    expect(a.analyze).not.toHaveBeenCalled();
    expect(byTestId(root, 'state-summary-anyway')).not.toBeNull();
    expect(byTestId(root, 'not-policy-banner')?.textContent).toContain('12%');
  });

  test('unsupported and error states show the message from the background', () => {
    expect(byTestId(card(MOCK_STATES.unsupported), 'state-message')?.textContent).toBe(MOCK_STATES.unsupported.error);
    const a = actions();
    const root = card(MOCK_STATES.error, a);
    expect(byTestId(root, 'state-message')?.textContent).toBe(MOCK_STATES.error.error);
    click(byTestId(root, 'retry'));
    expect(a.analyze).toHaveBeenCalledTimes(1);
  });

  test('disabled: names the site and offers to turn it back on, and the options', () => {
    const a = actions();
    const root = card(MOCK_STATES.disabled, a);
    expect(byTestId(root, 'state-disabled')?.textContent).toContain('Fineprint is off on example-shop.test');
    click(byTestId(root, 'enable-site'));
    click(byTestId(root, 'open-options'));
    expect(a.enableSite).toHaveBeenCalledTimes(1);
    expect(a.openOptions).toHaveBeenCalledTimes(1);
  });

  test('idle offers to analyze the page', () => {
    const a = actions();
    click(byTestId(card(MOCK_STATES.idle, a), 'analyze-now'));
    expect(a.analyze).toHaveBeenCalledTimes(1);
  });
});

describe('evidence', () => {
  test('a line expands to its quotes (aria-expanded) and collapses again', () => {
    const root = card(MOCK_STATES.policy);
    const toggle = byTestId(root, 'toggle-retention')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId(root, 'evidence-retention')).toBeNull();
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = byTestId(root, 'evidence-retention')!;
    expect(toggle.getAttribute('aria-controls')).toBe(list.id);
    expect(allByTestId(list, 'evidence-quote').map((q) => q.querySelector('q')?.textContent)).toEqual([
      'We keep order records for 2 years and delete server logs after 90 days.',
      'Some information may be retained indefinitely in our backups.',
    ]);
    click(toggle);
    expect(byTestId(root, 'evidence-retention')).toBeNull();
  });

  test('clicking a quote asks to highlight its locator, and says whether the page found it', async () => {
    const a = actions();
    a.highlight.mockResolvedValueOnce(false);
    const root = card(MOCK_STATES.policy, a);
    click(byTestId(root, 'toggle-selling'));
    click(byTestId(byTestId(root, 'evidence-selling')!, 'evidence-quote'));
    expect(a.highlight).toHaveBeenCalledWith(MOCK_STATES.policy.summary.selling.evidence[0].locator);
    await settle();
    expect(byTestId(root, 'highlight-status')?.textContent).toContain('Could not find');
  });

  test('warnings expand to their quotes too', () => {
    const a = actions();
    const root = card(MOCK_STATES.policy, a);
    click(byTestId(root, 'toggle-warning-keeps-indefinitely'));
    click(byTestId(byTestId(root, 'evidence-warning-keeps-indefinitely')!, 'evidence-quote'));
    expect(a.highlight.mock.calls[0][0].quote).toBe('Some information may be retained indefinitely in our backups.');
  });
});

describe('contact', () => {
  test('mailto:, tel: and form links, with the postal address as text', () => {
    const root = card(MOCK_STATES.policy);
    const links = allByTestId<HTMLAnchorElement>(root, 'contact-link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      'mailto:privacy@example-shop.test',
      'tel:+15550102030',
      'https://www.example-shop.test/privacy-request',
    ]);
    const form = links[2];
    expect(form.target).toBe('_blank');
    expect(form.rel).toContain('noopener');
    expect(allByTestId(root, 'contact-text').map((t) => t.textContent)).toEqual(['Example Shop Ltd, 1 Market Street, Springfield']);
  });
});

describe('hostile text stays text', () => {
  test('markup in the title, quotes, sections, warnings and contact shows as text and creates no element', () => {
    const a = actions();
    const root = card(MOCK_STATES.hostile, a);
    click(byTestId(root, 'toggle-selling'));
    click(byTestId(root, 'toggle-warning-sells-data'));
    click(byTestId(root, 'toggle-contact'));
    expect(root.querySelector('img, script, b, iframe'), 'no element from page text').toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(byTestId(root, 'card-title')?.textContent).toBe(`Privacy ${HOSTILE}`);
    const quote = byTestId(byTestId(root, 'evidence-selling')!, 'evidence-quote')!;
    expect(quote.textContent).toContain(HOSTILE);
    expect(quote.textContent).toContain(`<b>${HOSTILE}</b>`);
    expect(root.textContent).toContain(`Sells ${HOSTILE}`);
  });

  test('only validated contacts become links: no javascript: or data: href', () => {
    const root = card(MOCK_STATES.hostile);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['mailto:ok@example.test']);
    const texts = allByTestId(root, 'contact-text').map((t) => t.textContent);
    expect(texts).toContain('javascript:alert(1)');
    expect(texts).toContain(HOSTILE);
  });
});

describe('settings.cardLines', () => {
  const all = MOCK_SETTINGS.cardLines;
  test.each(Object.keys(all) as CardLine[])('hiding %s hides only that line', (line) => {
    const root = card(MOCK_STATES.policy, actions(), { ...all, [line]: false });
    const id = line === 'warnings' ? 'warnings' : line === 'topics' ? 'topics' : `line-${line}`;
    expect(byTestId(root, id), `${line} hidden`).toBeNull();
    for (const other of Object.keys(all) as CardLine[]) {
      if (other === line) continue;
      const oid = other === 'warnings' ? 'warnings' : other === 'topics' ? 'topics' : `line-${other}`;
      expect(byTestId(root, oid), `${other} still shown`).not.toBeNull();
    }
  });
});

test('a summary with no title still has a heading', () => {
  const root = card({ status: 'policy', url: 'not a url', summary: mockSummary({ title: '', url: 'not a url' }), updatedAt: 0 });
  expect(byTestId(root, 'card-title')?.textContent).toBe('Privacy policy');
  expect(byTestId(root, 'card-site')).toBeNull();
});
