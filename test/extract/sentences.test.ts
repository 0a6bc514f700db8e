import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/extract';

// Each case: a block of real policy text and the sentences it must split into (compromise's sentence-split style).
const CASES: [string, string[]][] = [
  [
    'We collect information you provide, e.g. your name and email. We use it to run the service.',
    ['We collect information you provide, e.g. your name and email.', 'We use it to run the service.'],
  ],
  [
    'We share data with service providers, i.e. companies that work for us. They may not use it otherwise.',
    ['We share data with service providers, i.e. companies that work for us.', 'They may not use it otherwise.'],
  ],
  [
    'Your information may be transferred to the U.S. and stored there. We rely on standard contractual clauses.',
    ['Your information may be transferred to the U.S. and stored there.', 'We rely on standard contractual clauses.'],
  ],
  [
    'Data is stored on servers in the U.S. We rely on standard contractual clauses.',
    ['Data is stored on servers in the U.S.', 'We rely on standard contractual clauses.'],
  ],
  [
    'This policy applies to Acme Inc. and its affiliates. Acme Inc. We are located in Delaware.',
    ['This policy applies to Acme Inc. and its affiliates.', 'Acme Inc.', 'We are located in Delaware.'],
  ],
  [
    'We collect device identifiers, IP addresses, cookies, etc. We keep logs for 90 days.',
    ['We collect device identifiers, IP addresses, cookies, etc.', 'We keep logs for 90 days.'],
  ],
  [
    'Write to us at 123 Main St. Suite No. 5, Springfield. We answer within 30 days.',
    ['Write to us at 123 Main St. Suite No. 5, Springfield.', 'We answer within 30 days.'],
  ],
  [
    'Cookies expire after 1.5 years. Version 2.3 of this notice took effect on May 1, 2020.',
    ['Cookies expire after 1.5 years.', 'Version 2.3 of this notice took effect on May 1, 2020.'],
  ],
  [
    'Email privacy@example.com. Or visit www.example.com/privacy. We reply quickly.',
    ['Email privacy@example.com.', 'Or visit www.example.com/privacy.', 'We reply quickly.'],
  ],
  ['1. Information We Collect', ['1. Information We Collect']],
  ['2.3 Sharing with partners. We do not sell your data.', ['2.3 Sharing with partners.', 'We do not sell your data.']],
  ['(a) Contact details. We collect your name.', ['(a) Contact details.', 'We collect your name.']],
  ['iv. Legal obligations', ['iv. Legal obligations']],
  ['Information We Collect', ['Information We Collect']],
  ['your name and postal address', ['your name and postal address']],
  [
    'Do you sell my data? No. We never sell personal information!',
    ['Do you sell my data?', 'No.', 'We never sell personal information!'],
  ],
  [
    'Contact Dr. Smith, our Data Protection Officer, at the address above. See Art. 6 GDPR for details.',
    ['Contact Dr. Smith, our Data Protection Officer, at the address above.', 'See Art. 6 GDPR for details.'],
  ],
  [
    'Contact J. R. Smith at the address above. He will answer.',
    ['Contact J. R. Smith at the address above.', 'He will answer.'],
  ],
  [
    'We said "we never sell your data." You can rely on it.',
    ['We said "we never sell your data."', 'You can rely on it.'],
  ],
  [
    'We may update this policy (see "Changes" below.) Please check back often.',
    ['We may update this policy (see "Changes" below.)', 'Please check back often.'],
  ],
  // After a company's suffix: a capitalized word then a lower-case one starts a sentence (C3PA DB/215, ToS;DR Drop).
  [
    'The Service is operated by Condé Nast Publications Inc. Questions can be sent to our privacy office.',
    ['The Service is operated by Condé Nast Publications Inc.', 'Questions can be sent to our privacy office.'],
  ],
  [
    'If you are in the EEA, our representative is Massdrop Ltd. Contact them with questions, comments and requests regarding this Privacy Policy.',
    ['If you are in the EEA, our representative is Massdrop Ltd.', 'Contact them with questions, comments and requests regarding this Privacy Policy.'],
  ],
  // ...while names, titles, addresses and a second suffix go on.
  ['Please read the Acme Inc. Privacy Policy carefully.', ['Please read the Acme Inc. Privacy Policy carefully.']],
  ['Write to Apple Inc. One Apple Park Way, Cupertino, CA 95014.', ['Write to Apple Inc. One Apple Park Way, Cupertino, CA 95014.']],
  ['Samsung Electronics Co. Ltd. provides the service.', ['Samsung Electronics Co. Ltd. provides the service.']],
  // Street words abroad (sixteenth round): Polish "ul." (ToS;DR GOG), Indonesian "Jl.", Turkish "Cad.".
  ['1.1 This Agreement is a contract between you and GOG sp. z o.o., ul. Jagiellońska 74, 03-301 Warsaw, Poland.', ['1.1 This Agreement is a contract between you and GOG sp. z o.o., ul. Jagiellońska 74, 03-301 Warsaw, Poland.']],
  ['Our office: Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190, Indonesia. Call us.', ['Our office: Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190, Indonesia.', 'Call us.']],
  ['Write to Büyükdere Cad. No:199, 34394 Levent, Istanbul. Call us.', ['Write to Büyükdere Cad. No:199, 34394 Levent, Istanbul.', 'Call us.']],
  ['We participate in the U.S. Department of Commerce framework.', ['We participate in the U.S. Department of Commerce framework.']],
  ['', []],
];

describe('splitSentences', () => {
  it.each(CASES)('splits %j', (text, expected) => {
    expect(splitSentences(text), `"${text}" must split into ${expected.length} sentence(s)`).toEqual(expected);
  });
});
