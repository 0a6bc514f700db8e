/** The analyzer runs the segment classifier once and shares it between the topics line and the field rules. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/index';
import { classifyPolicy, sectionChunkRanges, sectionChunks, topicCoverage } from '../../lib/classify';
import { extractFromText } from '../../lib/extract';

// OPP-115 1713_latinpost (segments shortened) and the C3PA DB/138 cookie table: a small policy with a contact
// paragraph, a retention limit and a cookie lifetime.
const TEXT = [
  '# Privacy Policy',
  'We collect your name and email address when you register for an account, and we use them to provide the Site.',
  '## Cookies',
  'This allows us to improve the quality and content on Website for our visitors. The aggregated statistical data cover items such as total visits or page views, and referrers to our web sites. | Persistent, but will delete automatically after two years if you no longer visit Website. Cookies are used to prevent visitors from being invited multiple times.',
  '## Contact',
  'If you have questions about this Privacy Policy, you may contact us directly by sending an email to privacy-admin@latinpost.com or please contact our Privacy Administrator at Latin Post, 250 Vesey Street, 26th Floor, New York, NY 10281, c/o Privacy Administrator.',
].join('\n\n');

describe('classifyPolicy and topicCoverage share one classification', () => {
  const p = extractFromText(TEXT, { title: '', url: '', format: 'md' });

  it('chunk ranges hold the same texts as sectionChunks, and every sentence of a section once', () => {
    const ranges = sectionChunkRanges(p);
    expect(ranges.map((r) => r.text)).toEqual(sectionChunks(p));
    const ids = ranges.flatMap((r) => r.sentences);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ranges) expect(r.text).toBe(r.sentences.map((id) => p.sentences[id]!.text).join(' '));
  });

  it('topicCoverage from a given classification equals topicCoverage computed on its own', () => {
    const f = classifyPolicy(p);
    expect(topicCoverage(p, f)).toEqual(topicCoverage(p));
    expect(topicCoverage(p, null), 'null focus means no classification').toBeNull();
  });
});

describe('analyzeText with and without the classifier', () => {
  it('uses focus when topics are on: the cookie lifetime is not a retention period', () => {
    const s = analyzeText(TEXT, { format: 'md' });
    expect(s.topics?.covers).toContain('Privacy contact information');
    expect(s.retention.periods).not.toContain('2 years');
    expect(s.contact.emails).toEqual(['privacy-admin@latinpost.com']);
  });

  it('still gives every field with topics off (rules alone, no model), and the schema is unchanged', () => {
    const s = analyzeText(TEXT, { format: 'md', topics: false });
    expect(s.topics).toBeNull();
    expect(s.retention.periods, 'without focus the sentence rule reads the cookie table').toEqual(['2 years']);
    expect(s.contact.emails).toEqual(['privacy-admin@latinpost.com']);
    expect(Object.keys(s).sort()).toEqual(Object.keys(analyzeText(TEXT, { format: 'md' })).sort());
  });

  it('gives no topics and not-stated fields for a page in another language', () => {
    const s = analyzeText('Wir erheben Ihren Namen und Ihre E-Mail-Adresse, wenn Sie sich registrieren. Wir speichern Ihre Daten für dreißig Tage und löschen sie danach. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten. Kontakt: datenschutz@beispiel.de.', { format: 'txt' });
    expect(s.lang).not.toBe('en');
    expect(s.topics).toBeNull();
    expect(s.retention.verdict).toBe('not-stated');
  });
});

describe('rights: quotes from the segment about access first (OPP-115 93_pbs)', () => {
  const PBS = [
    '# Privacy Policy',
    'PBS is committed to protecting the private information of our web site visitors. From the pbs.org homepage to more than 150,000 pages of content produced by our affiliates, the "pbs.org" domain remains a safe haven. The PBS.org web site adheres to a strict policy for ensuring the privacy of personally identifiable information and preserving the integrity of this online medium. Here we explain the type of information collected from PBS.org, how that information may be used, how you can access or modify that information, and how that information is protected.',
    '## IV. HOW CAN I ACCESS OR CORRECT INFORMATION-',
    "Access to personally identifiable information that is collected from our Site may be accessible for a limited period of time from the point of collection, such as where a user provides an e-mail address in order to receive an e-mail newsletter or a reminder about an upcoming program or event. In other cases, personally identifiable information may be maintained, edited and deleted at the user's discretion at any time after the information has been submitted to PBS. For example, if you created a password-protected account within our Site, you may be able to access that account to review the information you provided and make corrections and updates as necessary.",
  ].join('\n\n');

  it('with topics the first access quote comes from the access section; the rights found are the same', () => {
    const on = analyzeText(PBS, { format: 'md' });
    const off = analyzeText(PBS, { format: 'md', topics: false });
    expect(on.rights.map((r) => r.kind)).toEqual(off.rights.map((r) => r.kind));
    const accessOff = off.rights.find((r) => r.kind === 'access')!;
    const accessOn = on.rights.find((r) => r.kind === 'access')!;
    // Since the rights rules of e74da51 the introduction's 'how you can access or modify that information' is
    // evidence of correction, not access, so both orders now start in section IV: this fixture no longer shows
    // the reordering itself (it needs a new one), only that the classifier keeps the access quote there.
    expect(accessOn.evidence[0]?.section).toBe('IV. HOW CAN I ACCESS OR CORRECT INFORMATION-');
    expect(new Set(accessOn.evidence.map((e) => e.sentence))).toEqual(new Set(accessOff.evidence.map((e) => e.sentence)));
  });
});
