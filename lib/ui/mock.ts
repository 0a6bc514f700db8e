/**
 * Mock tab states, so every state of the card renders without a browser (tests, screenshots, `?mock=` in dev
 * builds). The policy is made up for the mock; its sentences read like the ones the analyzer quotes.
 */
import type { Evidence, PolicySummary } from '../types';
import type { TabState } from '../extension/messages';
import type { Settings } from '../extension/settings';

const URL_ = 'https://www.example-shop.test/legal/privacy';

let sentenceId = 0;
function ev(text: string, section: string): Evidence {
  const id = sentenceId++;
  return { text, sentence: id, section, locator: { selector: `main > p:nth-child(${id + 2})`, quote: text } };
}

export function mockSummary(overrides: Partial<PolicySummary> = {}): PolicySummary {
  sentenceId = 0;
  const sellEv = ev(
    'We may sell or share your personal information with advertising partners for their own marketing purposes.',
    'Sharing your information',
  );
  const keepEv = ev('We keep order records for 2 years and delete server logs after 90 days.', 'How long we keep data');
  const foreverEv = ev('Some information may be retained indefinitely in our backups.', 'How long we keep data');
  const accessEv = ev('You may request a copy of the personal information we hold about you.', 'Your rights');
  const deleteEv = ev('You can ask us to delete your account and the data associated with it.', 'Your rights');
  const optEv = ev('You can unsubscribe from marketing emails at any time.', 'Your rights');
  const contactEv = ev('Write to privacy@example-shop.test or call +1 (555) 010-2030.', 'Contact us');
  const adsEv = ev('We share device identifiers with advertising networks to show you targeted ads.', 'Sharing your information');
  return {
    schema: 1,
    isPolicy: true,
    policyScore: 0.97,
    detection: { candidate: true, isPolicy: true, score: 0.97, stage: 2, signals: [] },
    title: 'Privacy Policy – Example Shop',
    url: URL_,
    lang: 'en',
    words: 3120,
    method: 'readability',
    rights: [
      { kind: 'access', evidence: [accessEv] },
      { kind: 'deletion', evidence: [deleteEv] },
      { kind: 'opt-out', evidence: [optEv] },
    ],
    retention: { verdict: 'period', periods: ['90 days', '2 years'], evidence: [keepEv, foreverEv] },
    selling: { verdict: 'yes', evidence: [sellEv] },
    contact: {
      emails: ['privacy@example-shop.test'],
      phones: ['+1 (555) 010-2030'],
      postal: ['Example Shop Ltd, 1 Market Street, Springfield'],
      urls: ['https://www.example-shop.test/privacy-request'],
      evidence: [contactEv],
    },
    warnings: [
      {
        id: 'may-sell-data',
        level: 'high',
        text: 'May sell personal information or give it to others for their own marketing.',
        evidence: [sellEv],
      },
      { id: 'keeps-indefinitely', level: 'high', text: 'May keep some personal data indefinitely.', evidence: [foreverEv] },
      { id: 'shares-for-advertising', level: 'medium', text: 'Shares data with advertisers or for targeted ads.', evidence: [adsEv] },
    ],
    topics: {
      covers: ['First Party Collection/Use', 'Third Party Sharing/Collection', 'User Access, Edit and Deletion', 'Data Retention'],
      neverMentions: ['Data Security', 'Do Not Track', 'Policy Change'],
    },
    notes: [],
    ...overrides,
  };
}

/** A policy whose every sentence is hostile markup as text: it must show as text, nothing else. */
export const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
export function hostileSummary(): PolicySummary {
  const hostile = ev(`We sell data. ${HOSTILE}`, `<b>${HOSTILE}</b>`);
  return mockSummary({
    title: `Privacy ${HOSTILE}`,
    selling: { verdict: 'yes', evidence: [hostile] },
    contact: {
      emails: ['javascript:alert(1)//@x.test', 'ok@example.test'],
      phones: ['<script>1</script>'],
      postal: [HOSTILE],
      urls: ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'],
      evidence: [hostile],
    },
    warnings: [{ id: 'sells-data', level: 'high', text: `Sells ${HOSTILE}`, evidence: [hostile] }],
  });
}

const now = 1_700_000_000_000;
export const MOCK_STATES = {
  policy: { status: 'policy', url: URL_, summary: mockSummary(), updatedAt: now },
  'policy-good': {
    status: 'policy',
    url: URL_,
    summary: mockSummary({
      selling: { verdict: 'no', evidence: [ev('We do not sell your personal information.', 'Sharing')] },
      retention: { verdict: 'limited', periods: [], evidence: [ev('We keep data only as long as necessary.', 'Retention')] },
      warnings: [],
      topics: null,
    }),
    updatedAt: now,
  },
  'policy-empty': {
    status: 'policy',
    url: URL_,
    summary: mockSummary({
      rights: [],
      retention: { verdict: 'not-stated', periods: [], evidence: [] },
      selling: { verdict: 'not-stated', evidence: [] },
      contact: { emails: [], phones: [], postal: [], urls: [], evidence: [] },
      warnings: [
        { id: 'no-deletion', level: 'medium', text: 'Does not say you can delete your data.', evidence: [] },
        { id: 'no-contact', level: 'medium', text: 'Gives no email, phone, address or form to contact about privacy.', evidence: [] },
        { id: 'retention-not-stated', level: 'low', text: 'Does not say how long it keeps your data.', evidence: [] },
      ],
      topics: null,
      notes: ['not English'],
    }),
    updatedAt: now,
  },
  hostile: { status: 'policy', url: 'https://evil.test/privacy', summary: hostileSummary(), updatedAt: now },
  analyzing: { status: 'analyzing', url: URL_, updatedAt: now },
  idle: { status: 'idle', url: URL_, updatedAt: now },
  'not-policy': {
    status: 'not-policy',
    url: 'https://news.example.test/2024/privacy-debate',
    summary: mockSummary({ isPolicy: false, policyScore: 0.12, title: 'The privacy debate, explained' }),
    updatedAt: now,
  },
  'not-policy-stage1': {
    status: 'not-policy',
    url: 'https://news.example.test/',
    detection: { candidate: false, isPolicy: false, score: 0.04, stage: 1, signals: [] },
    updatedAt: now,
  },
  unsupported: {
    status: 'unsupported',
    url: 'chrome://extensions/',
    error: 'Fineprint only reads web pages (http and https), not browser pages.',
    updatedAt: now,
  },
  disabled: { status: 'disabled', url: 'https://www.example-shop.test/privacy', updatedAt: now },
  error: { status: 'error', url: URL_, error: 'The analyzer stopped before it finished reading the page.', updatedAt: now },
} satisfies Record<string, TabState>;

export type MockName = keyof typeof MOCK_STATES;
export const MOCK_NAMES = Object.keys(MOCK_STATES) as MockName[];

export const MOCK_SETTINGS: Settings = {
  autoDetect: true,
  disabledSites: ['example-shop.test'],
  badgeMinLevel: 'medium',
  mutedWarnings: [],
  sensitivity: 0.5,
  cardLines: { rights: true, retention: true, selling: true, contact: true, warnings: true, topics: true },
};
