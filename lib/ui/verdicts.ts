/**
 * What the card says for each field, in plain language, from a PolicySummary. Pure: no DOM, no browser.
 * The meaning of every verdict is fixed by RUBRIC.md; these are only its words for a person.
 */
import type { Category, PolicySummary, RightKind, WarningId, WarningLevel } from '../types';
import { safeExternalUrl, safeMailto, safeTel } from './links';

/** How a line reads at a glance; the card shows it as an icon with a text label, never colour alone. */
export type Tone = 'good' | 'bad' | 'caution' | 'neutral';

export const TONE_LABEL: Record<Tone, string> = {
  good: 'Reassuring',
  bad: 'Concerning',
  caution: 'Unclear',
  neutral: 'Information',
};

export interface LineVerdict {
  tone: Tone;
  /** One short sentence a person understands. */
  text: string;
  /** Machine value for tests (e.g. the retention verdict). */
  value: string;
}

/** Rights about "your data" share one object: "see, correct and delete your data". */
const DATA_VERBS: Partial<Record<RightKind, string>> = { access: 'see', correction: 'correct', deletion: 'delete', portability: 'export' };
const OTHER_RIGHTS: Partial<Record<RightKind, string>> = {
  'opt-out': 'opt out',
  object: 'object to processing',
  restrict: 'restrict processing',
  'withdraw-consent': 'withdraw consent',
  complaint: 'complain to a regulator',
  'non-discrimination': 'use your rights without penalty',
};

/** Labels for the quote behind each right. */
export const RIGHT_TAGS: Record<RightKind, string> = {
  access: 'Access',
  correction: 'Correction',
  deletion: 'Deletion',
  portability: 'Portability',
  'opt-out': 'Opt-out',
  object: 'Objection',
  restrict: 'Restriction',
  'withdraw-consent': 'Withdrawing consent',
  complaint: 'Complaint',
  'non-discrimination': 'No discrimination',
};

export function rightsVerdict(s: PolicySummary): LineVerdict {
  const kinds = [...new Set(s.rights.map((r) => r.kind))];
  if (kinds.length === 0) return { tone: 'caution', text: 'No rights stated', value: 'none' };
  const verbs = kinds.flatMap((k) => DATA_VERBS[k] ?? []);
  const parts = [...(verbs.length ? [`${joinList(verbs)} your data`] : []), ...kinds.flatMap((k) => OTHER_RIGHTS[k] ?? [])];
  return { tone: kinds.includes('deletion') ? 'good' : 'caution', text: `You can ${joinList(parts)}`, value: kinds.join(',') };
}

export function retentionVerdict(s: PolicySummary): LineVerdict {
  const r = s.retention;
  switch (r.verdict) {
    case 'period':
      return { tone: 'good', text: r.periods.length ? `Keeps data: ${r.periods.join(', ')}` : 'Keeps data for a stated time', value: 'period' };
    case 'limited':
      return { tone: 'caution', text: 'Keeps data as long as needed (no time given)', value: 'limited' };
    case 'indefinite':
      return { tone: 'bad', text: 'May keep your data indefinitely', value: 'indefinite' };
    default:
      return { tone: 'caution', text: 'Not stated', value: 'not-stated' };
  }
}

export function sellingVerdict(s: PolicySummary): LineVerdict {
  switch (s.selling.verdict) {
    case 'yes':
      return { tone: 'bad', text: 'They may sell your data', value: 'yes' };
    case 'no':
      return { tone: 'good', text: 'Says it does not sell your data', value: 'no' };
    default:
      return { tone: 'caution', text: 'Not stated', value: 'not-stated' };
  }
}

export type ContactLink = { kind: 'email' | 'phone' | 'form'; label: string; href: string };

/** Links only from values that validate; anything else is shown as plain text (see `contactPlain`). */
export function contactLinks(s: PolicySummary): ContactLink[] {
  const out: ContactLink[] = [];
  for (const e of s.contact.emails) {
    const href = safeMailto(e);
    if (href) out.push({ kind: 'email', label: e, href });
  }
  for (const p of s.contact.phones) {
    const href = safeTel(p);
    if (href) out.push({ kind: 'phone', label: p, href });
  }
  for (const u of s.contact.urls) {
    const href = safeExternalUrl(u, s.url);
    if (href) out.push({ kind: 'form', label: formLabel(href), href });
  }
  return out;
}

/** Contact details that cannot be links: postal addresses, and values that failed validation. */
export function contactPlain(s: PolicySummary): string[] {
  const bad = [
    ...s.contact.emails.filter((e) => !safeMailto(e)),
    ...s.contact.phones.filter((p) => !safeTel(p)),
    ...s.contact.urls.filter((u) => !safeExternalUrl(u, s.url)),
  ];
  return [...s.contact.postal, ...bad];
}

export function contactVerdict(s: PolicySummary): LineVerdict {
  const c = s.contact;
  const ways: string[] = [];
  if (c.emails.length) ways.push('email');
  if (c.phones.length) ways.push('phone');
  if (c.urls.length) ways.push('a form');
  if (c.postal.length) ways.push('post');
  if (ways.length === 0) return { tone: 'caution', text: 'No privacy contact given', value: 'none' };
  return { tone: 'neutral', text: `Reachable by ${joinList(ways)}`, value: 'some' };
}

function formLabel(href: string): string {
  try {
    const u = new URL(href);
    return `Form on ${u.hostname.replace(/^www\./, '')}`;
  } catch {
    return 'Contact form';
  }
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Human names for the options page (the card shows each warning's own text). */
export const WARNING_NAMES: Record<WarningId, string> = {
  'sells-data': 'Sells personal data',
  'may-sell-data': 'May sell personal data or give it away for marketing',
  'keeps-indefinitely': 'May keep data indefinitely',
  'no-deletion': 'Does not say you can delete your data',
  'no-contact': 'Gives no privacy contact',
  'access-fee': 'Charges a fee for access requests',
  'changes-without-notice': 'Can change the policy without notice',
  'retention-not-stated': 'Does not say how long it keeps data',
  'shares-for-advertising': 'Shares data for advertising',
};
export const WARNING_IDS = Object.keys(WARNING_NAMES) as WarningId[];

export const LEVEL_NAMES: Record<WarningLevel, string> = { high: 'High', medium: 'Medium', low: 'Low' };
export const LEVEL_TONE: Record<WarningLevel, Tone> = { high: 'bad', medium: 'caution', low: 'neutral' };

/** Short names for the OPP-115 topics on the "covers / never mentions" line. */
export const TOPIC_NAMES: Record<Category, string> = {
  'First Party Collection/Use': 'what it collects',
  'Third Party Sharing/Collection': 'sharing',
  'User Access, Edit and Deletion': 'access and deletion',
  'Data Retention': 'retention',
  'Data Security': 'security',
  'International and Specific Audiences': 'children and regions',
  'Do Not Track': 'Do Not Track',
  'Policy Change': 'policy changes',
  'User Choice/Control': 'your choices',
  'Introductory/Generic': 'general',
  'Practice not covered': 'other practices',
  'Privacy contact information': 'contact',
};

/** The site a summary is about, for the card's heading ('' when the URL does not parse). */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}
