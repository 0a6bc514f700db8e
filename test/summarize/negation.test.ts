import { describe, expect, it } from 'vitest';
import { isNegated } from '../../lib/summarize/negation';

// Real sentences (source in the comment), the cue checked, and whether negation reaches it in its clause.
const CASES: Array<[string, string, boolean, string]> = [
  ['We do not sell your personal information.', 'sell', true, 'common wording'],
  ['We will not sell your email address, but we rent our postal mailing list to other companies.', 'rent', false, 'issue 2 trap: "but" ends the denial'],
  ['We will not sell your email address, but we rent our postal mailing list to other companies.', 'sell', true, 'issue 2 trap'],
  ['Please note, you may not, however, opt out of any Service-related transactional communications.', 'opt out', true, 'C3PA DB/1'],
  ['If you do not want us to share your information with partners, you can opt out.', 'share', false, '"if you do not want" implies the practice'],
  ['We may not accommodate a request to change or delete personally identifiable information if we believe doing so would violate any law.', 'change', false, 'OPP-115 20_theatlantic: a limit on a right, not a denial'],
  ['We may not delete your information if the law requires us to keep it.', 'delete', true, 'constructed: the company declines'],
  ['If you are not satisfied with our response, you can refer your privacy complaint or dispute to the state or national data protection authority in your jurisdiction.', 'refer', false, 'ToS;DR Streamlabs: a condition, not a denial'],
  // A parenthesis opens a clause, but a list of examples in it belongs to the clause before it.
  ['In particular, we do not allow tracking by third-party websites you have not visited (including analytics services, advertising networks, and social platforms), nor do we share your Personal Information with any third parties for marketing purposes.', 'advertising networks', true, 'ToS;DR Wikimedia'],
  ['We share your device identifier with our partners (including advertising networks) to show you ads.', 'advertising networks', false, 'constructed: the same list, not denied'],
  ['We do not sell your data (other than to our advertising partners).', 'advertising partners', false, 'constructed: a parenthesis that is no list of examples still opens a clause'],
];

describe('negation in the cue\'s clause', () => {
  it.each(CASES)('"%s": "%s" negated = %s (%s)', (text, cue, negated) => {
    expect(isNegated(text, text.indexOf(cue)), `"${cue}" in "${text}"`).toBe(negated);
  });
});
