/**
 * Rights (RUBRIC.md "Rights"): which of the ten kinds users, or some users (EU, California residents...), can
 * exercise. A kind counts when a sentence grants it and its cue is not negated in its clause
 * ("you may not opt out of these communications" grants nothing).
 */
import type { Evidence, ExtractedPolicy, RightFinding, RightKind } from '../types';
import { RIGHT_KINDS } from '../types';
import { pushEvidence, toEvidence } from './evidence';
import { isNegated } from './negation';

/** Cheap pre-filter: a sentence that can grant any right mentions one of these stems. */
const PREFILTER = /access|know|cop(?:y|ies)|obtain|review|correct|rectif|updat|edit|amend|chang|delet|eras|remov|forgot|clos|portab|export|download|machine|transfer|opt|unsubscrib|object|restrict|limit|withdraw|revok|consent|complain|discriminat|sale|sell|request|right/i;

/** The sentence speaks of what users can do: a user subject, a right, or a request. */
const USER_CUE = /\b(?:you|your|users?|consumers?|residents?|individuals?|data\s+subjects?|customers?|members?|visitors?|parents?|patients?|persons?|people|anyone|right|rights|request(?:s|ed)?|entitled|may\s+ask|ask\s+us|contact\s+us|by\s+(?:emailing|calling|writing|visiting|clicking|logging))\b/i;

/**
 * Pattern table, one entry per kind; each regex is global and its match is the cue checked for negation.
 * Nouns of information: "information", "data", "details", "account", "profile", "PI".
 */
const INFO = String.raw`(?:personal\s+|account\s+|profile\s+|contact\s+|registration\s+|user\s+|customer\s+|inaccurate\s+|incomplete\s+|such\s+|this\s+|that\s+|the\s+|any\s+|some\s+|certain\s+|all\s+|of\s+)*(?:information|data|details|info|account|profile|pi|pii|personal\s+information|preferences|records?|settings)`;
const YOURS = String.raw`(?:your|their|his|her|the|such|any|this|that|our\s+records\s+of\s+your|personal|certain|some|all|inaccurate|incomplete|outdated)`;

const RIGHT_PATTERNS: Record<RightKind, RegExp[]> = {
  access: [
    // "the right to know", "right of access", "right to request access"
    /\bright\s+(?:of\s+access|to\s+(?:know|access|request\s+access|obtain\s+(?:a\s+copy|access|confirmation)|a\s+copy|request\s+(?:a\s+copy|that\s+we\s+disclose|disclosure|information\s+about)|review|see|receive\s+a\s+copy))/gi,
    // "request access to your personal information", "request a copy of the data we hold"
    /\b(?:request|ask\s+for|obtain|receive|get)\s+(?:access\s+to|a\s+copy\s+of|copies\s+of|disclosure\s+of|details\s+of|a\s+list\s+of)\s+(?:the\s+|your\s+|any\s+|all\s+)?(?:personal|information|data|records|specific|categories)/gi,
    // "you can access / review / view your personal information"
    /\b(?:access|review|view|see|inspect)\s+(?:and\s+\w+\s+)?(?:or\s+\w+\s+)?(?:your|the|any|such)\s+(?:personal\s+)?(?:information|data|account\s+information|profile|records?)\b/gi,
    // "to know what personal information we collect", "request that we disclose"
    /\b(?:know|learn)\s+(?:what|which|whether|the\s+categories|about\s+the)\b|\brequest\s+that\s+we\s+disclose\b|\bright\s+to\s+access\b|\baccess\s+request/gi,
  ],
  correction: [
    /\bright\s+(?:to\s+(?:correct|rectif|request\s+(?:the\s+)?correction|update|amend|have\s+\w+\s+(?:corrected|rectified))|of\s+rectification|to\s+rectification)/gi,
    new RegExp(String.raw`\b(?:correct|rectify|update|edit|amend|modify|change|revise)(?:,|\s+and|\s+or|\s+and\/or|\s+\w+,)*\s+(?:or\s+\w+\s+|and\s+\w+\s+|\w+,\s+)*${YOURS}\s+${INFO}\b`, 'gi'),
    /\b(?:correction|rectification|updating)\s+of\s+(?:your|inaccurate|any|the|personal)|\b(?:have|get)\s+(?:\w+\s+){0,4}?(?:corrected|rectified)\b/gi,
  ],
  deletion: [
    /\bright\s+(?:to\s+(?:delete|deletion|erasure|erase|be\s+forgotten|request\s+(?:the\s+)?(?:deletion|erasure)|request\s+that\s+we\s+delete|have\s+\w+\s+(?:deleted|erased|removed))|of\s+erasure)/gi,
    new RegExp(String.raw`\b(?:delete|erase|remove|purge)(?:,|\s+and|\s+or|\s+and\/or|\s+\w+,)*\s+(?:or\s+\w+\s+|and\s+\w+\s+)*${YOURS}\s+${INFO}\b`, 'gi'),
    /\b(?:deletion|erasure|removal)\s+of\s+(?:your|the|any|all|personal|such|their)|\b(?:request|ask)\s+(?:that\s+)?(?:us\s+to\s+|we\s+)?(?:delete|erase|remove)\b|\b(?:deletion|erasure)\s+requests?\b|\b(?:close|terminate|cancel|deactivate)\s+(?:your|their)\s+account\b.{0,80}\b(?:delet|eras|remov)/gi,
  ],
  portability: [
    /\bportab|\bmachine[-\s]readable|\bstructured,?\s+commonly[-\s]used|\b(?:export|download)\s+(?:a\s+copy\s+of\s+)?(?:your|their|all\s+(?:of\s+)?your)\s+(?:personal\s+)?(?:data|information|content|account\s+data|posts|history)\b|\btransmit\s+(?:it|them|that\s+data|the\s+data|your\s+data)\s+to\s+another/gi,
  ],
  'opt-out': [
    /\bopt(?:[-\s]?out|s\s+out|ing\s+out|ed\s+out)\b|\bunsubscrib|\bdo\s+not\s+sell\s+(?:or\s+share\s+)?my\b|\b(?:turn\s+off|disable|decline|stop\s+receiving|refuse)\s+(?:receiving\s+)?(?:marketing|promotional|interest[-\s]based|targeted|personali[sz]ed|push|these)\b|\bremove\s+(?:yourself|your\s+(?:name|email(?:\s+address)?))\s+from\s+(?:our|the|any)\s+(?:mailing|marketing|email|list)/gi,
  ],
  object: [/\bright\s+to\s+object|\bobject\s+to\s+(?:the|our|any|such|certain|this|processing|us|your|direct)|\bright\s+of\s+objection|\bobjection\s+to\s+(?:the\s+)?processing/gi],
  restrict: [
    /\bright\s+to\s+(?:restrict|restriction|limit|request\s+(?:the\s+)?restriction|request\s+that\s+we\s+(?:restrict|limit))|\b(?:restrict|restriction\s+of|limit)\s+(?:the\s+|our\s+|certain\s+)?(?:processing|use(?:\s+and\s+disclosure)?\s+of\s+(?:your\s+)?(?:sensitive|personal)|disclosure\s+of\s+(?:your\s+)?(?:sensitive|personal))|\blimit\s+the\s+use\s+of\s+my\b/gi,
  ],
  'withdraw-consent': [/\b(?:withdraw|revoke|withdrawal\s+of|revocation\s+of|withdrawing|revoking)\s+(?:your\s+|any\s+|such\s+|this\s+|that\s+|the\s+|their\s+|previously\s+given\s+)?(?:consent|permission|authori[sz]ation)/gi],
  complaint: [
    /\b(?:lodge|file|make|submit|raise|bring)\s+(?:a\s+)?(?:complaint|concern|claim)s?\s+(?:\w+\s+){0,6}?(?:with|to|before)\s+(?:a|the|your|an|any|their|local|relevant|competent|appropriate)\s+(?:\w+\s+){0,4}?(?:supervisory|data\s+protection|authority|regulator|commissioner|ico|cnil)|\bright\s+to\s+(?:complain|lodge|file)|\bcomplain\s+to\s+(?:a|the|your|an|any)\s+(?:\w+\s+){0,3}?(?:supervisory|data\s+protection|authority|regulator|commissioner)/gi,
  ],
  'non-discrimination': [/\bnon[-\s]?discriminat|\bdiscriminat|\bfree\s+from\s+(?:any\s+)?(?:retaliation|discrimination)|\bpenali[sz]e\s+you\s+for\s+exercising/gi],
};

/** "We will not discriminate against you" grants the right: there the negation is the grant. */
const NEGATION_IS_GRANT: ReadonlySet<RightKind> = new Set(['non-discrimination']);

/** Cues that, though matched, are about something other than the user's right. */
const NOT_A_RIGHT: Partial<Record<RightKind, RegExp>> = {
  // "we may update this policy", "changes to this privacy policy": the policy, not the user's data.
  correction: /\b(?:we|us)\s+(?:may|will|reserve|can)\s+(?:\w+\s+){0,3}(?:update|change|modify|amend|revise)\s+(?:this|our|these|the)\s+(?:privacy\s+)?(?:policy|notice|statement|terms)/i,
  // "access to your information is restricted to employees" is security, not a user's right.
  access: /\b(?:restrict|limit)\w*\s+access\b|\baccess\s+(?:to\s+(?:your|personal)\s+\w+\s+)?is\s+(?:restricted|limited)|\bemployees?\b.{0,60}\baccess\b|\bunauthori[sz]ed\s+access\b/i,
  restrict: /\brestrict\w*\s+access\b|\blimit\w*\s+(?:access|our\s+liability)/i,
};

/**
 * Every right the policy grants, in RUBRIC order, each with up to 3 sentences of evidence.
 * A sentence counts when it mentions a user, a right or a request, or sits in a rights/choices section.
 */
export function findRights(p: ExtractedPolicy): RightFinding[] {
  const found = new Map<RightKind, Evidence[]>();
  for (const s of p.sentences) {
    const text = s.text;
    if (!PREFILTER.test(text)) continue;
    const heading = p.sections[s.section]?.heading ?? '';
    const inRightsSection = /right|choice|access|control|option|opt|delet|california|gdpr|eea|europe|ccpa/i.test(heading);
    if (!s.isHeading && !USER_CUE.test(text) && !inRightsSection) continue;
    for (const kind of RIGHT_KINDS) {
      if (!grants(text, kind, s.isHeading)) continue;
      let ev = found.get(kind);
      if (!ev) found.set(kind, (ev = []));
      pushEvidence(ev, toEvidence(p, s), 3);
    }
  }
  return RIGHT_KINDS.filter((k) => found.has(k)).map((kind) => ({ kind, evidence: found.get(kind)! }));
}

/** Does this sentence grant `kind`? A heading counts only when it names the right ("Right to Erasure"). */
export function grants(text: string, kind: RightKind, isHeading = false): boolean {
  if (isHeading && !/\bright|\bopt|\bunsubscrib|\bdo\s+not\s+sell|non-?discrimination|portability|withdraw/i.test(text)) return false;
  const exclude = NOT_A_RIGHT[kind];
  for (const re of RIGHT_PATTERNS[kind]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (exclude && exclude.test(text)) return false;
      const negated = isNegated(text, m.index);
      if (NEGATION_IS_GRANT.has(kind) ? negated || /non[-\s]?discriminat|free\s+from|right\s+not\s+to/i.test(m[0]) || /\bright\b|\bwill\s+not\b|\bwon['’]t\b|\bprohibit/i.test(text) : !negated) return true;
    }
  }
  return false;
}
