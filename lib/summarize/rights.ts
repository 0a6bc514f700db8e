/**
 * Rights (RUBRIC.md "Rights"): which of the ten kinds users, or some users (EU, California residents...), can
 * exercise. A kind counts when a sentence grants it and its cue is not negated in its clause
 * ("you may not opt out of these communications" grants nothing).
 */
import type { Evidence, ExtractedPolicy, RightFinding, RightKind, Sentence } from '../types';
import { RIGHT_KINDS } from '../types';
import { pushEvidence, toEvidence } from './evidence';
import { CHANGE_OF_MIND, clauseBefore, clauseStart, isNegated } from './negation';

/** The user asking the company to stop: "(ask) us not to", "(tell) us to stop", "(request) us to cease". */
const ASKED_TO_STOP = String.raw`(?:us\s+(?:not\s+to|to\s+stop|to\s+cease|to\s+discontinue)|that\s+we\s+(?:not|stop|cease|discontinue))`;
/**
 * Seeing the data held about you: "see what data is held", "view the personal data we hold about you". Alone, "see" and
 * "view" mostly speak of others seeing a profile or of reading another section, so only this shape passes the pre-filter.
 */
const SEE_HELD_DATA = String.raw`\b(?:see|view)\s+(?:exactly\s+|all\s+(?:of\s+)?)?(?:what|which|the|your)\s+(?:[\w-]+\s+){0,2}?(?:data|information)\s+(?:that\s+)?(?:we\s+(?:hold|have(?!\s+provided)|keep|store|process)|(?:is|are)\s+(?:held|stored|kept))\b`;
/**
 * Turning marketing or a collection off: "turn off personalized ads", "stop receiving promotional e-mails", "stop receiving
 * SMS messages by replying STOP", "disable the collection of these clips via the Data Sharing setting", "turn off model
 * training", "adjust your Advertising Preferences" (an opt-out, and a pre-filter stem). A browser's or its cookies' setting
 * is not the company's control.
 */
const TURN_OFF_MARKETING = String.raw`(?:\b(?:turn\s+off|switch\s+off|disable|decline|stop\s+receiving|refuse)\s+(?:receiving\s+)?(?:marketing|promotional|interest[-\s]based|targeted|personali[sz]ed|push|these)|(?<!\bif\s+you\s+)\b(?:stop|discontinue|cease)\s+receiving\s+(?:(?:sms|text|mms)\s+(?:messages|notices|notifications|alerts)|texts|sms)\b|(?<=^\W*to\s+)(?:stop|discontinue|cease)\s+receiving\s+(?:our\s+|these\s+|any\s+|such\s+)?(?:e-?mails?|newsletters?|messages|communications)\b|\b(?:turn\s+off|switch\s+off|disable)\s+(?:the\s+)?(?:(?:collection|sharing)\s+of\b|(?:(?:ai|model)\s+)?training\b)(?![^.;]{0,100}\b(?:browser|cookies?)\b)|\b(?:choose|chose|elect|decide|prefer|wish|(?:have|has)\s+the\s+(?:option|choice))\s+(?:not\s+to\s+receive|to\s+(?:no\s+longer\s+receive|(?:stop|discontinue|cease)\s+receiving))\s+(?:[\w-]+\s+){0,2}?(?:marketing|promotional|interest[-\s]based|targeted|personali[sz]ed|push|communications?|messages|e-?mails?|newsletters?|texts?|calls|advertis\w*|information\s+from\s+us)|\b(?:change|manage|update|adjust|modify|set)\s+your\s+(?:e-?mail|marketing|communications?|contact|subscription|newsletter|ads?|advertising)\s+(?:communications?\s+|e-?mail\s+)?preferences)\b`;
/** Texting a keyword back: "Text STOP to 70801", "reply STOP to any message" (the keyword in capitals, as programs print it). */
const TEXT_STOP = String.raw`\b(?:[Tt]ext|[Rr]eply(?:ing)?(?:\s+with)?|[Ss]end(?:ing)?)\s+["“'‘]?(?:STOP|UNSUBSCRIBE|END|QUIT|CANCEL)\b`;
const TEXT_STOP_CUE = new RegExp(TEXT_STOP);
/** COPPA's parental right: "refuse to permit further collection or use of their child's information" (an objection). */
const REFUSE_FURTHER_USE = String.raw`refuse\s+to\s+(?:permit|allow)\s+(?:(?:any|the|its|their)\s+)?further\s+(?:collection|use|processing)\b`;
/**
 * Cheap pre-filter: a sentence that can grant any right mentions one of these stems, or one of the phrases below. A stem a
 * pattern needs but this list lacks silently drops the sentence ("to transmit your data to another entity", "port your
 * data elsewhere", "learn about how we process", "not be denied goods or services" were dropped so until round 20).
 */
const PREFILTER_STEMS = /access|know|controller|transmi|\bport\b|learn|\bden(?:y|ied)\s+(?:you\s+)?goods|inform\s+you|tell\s+you|cop(?:y|ies)|obtain|review|correct|rectif|updat|edit|amend|modif|accura|chang|delet|eliminat|eras|remov|forgot|destr(?:uct|oy)|clos|portab|export|download|machine|transfer|opt|un-?subscrib|object|oppos|restrict|limit|withdraw|revok|consent|complain|\bpetition|authorit|commissioner|regulator|attorney\s+general|\b(?:ico|oaic|opc)\b|discriminat|sale|sell|request|right/i;
/**
 * The phrases that grant a right without any of the stems ("ask us to stop", "see what data we hold", "text STOP", "turn
 * off marketing"). Tested only when no stem matched: the same test as one regex of both, which took two and a half times
 * as long on 40,000 of the corpus's sentences (a regex of plain stems alone scans fast; about a third hold one).
 */
const PREFILTER_PHRASES = new RegExp(String.raw`${ASKED_TO_STOP}\b|${SEE_HELD_DATA}|${REFUSE_FURTHER_USE}|${TEXT_STOP}|${TURN_OFF_MARKETING}`, 'i');
const mayGrant = (text: string): boolean => PREFILTER_STEMS.test(text) || PREFILTER_PHRASES.test(text);

/**
 * The sentence speaks of what users can do: a user subject, a right, or a request; or it addresses the reader without
 * "you" ("Click the Unsubscribe link ...", "To stop receiving emails, complete the form at ...", "please contact").
 */
const USER_CUE = /\b(?:you|your|he\s+or\s+she|his\s+or\s+her|users?|consumers?|residents?|individuals?|data\s+subjects?|customers?|members?|subscribers?|(?:e-?mail\s+)?recipients|visitors?|parents?|patients?|persons?|people|anyone|right|rights|request(?:s|ed)?|entitled|may\s+ask|ask\s+us|contact\s+us|by\s+(?:emailing|calling|writing|visiting|clicking|logging)|how\s+to|please\s+(?:contact|e-?mail|write|call)|(?:opt[-\s]?out|unsubscribe)\s+(?:web\s+)?(?:link|button|option)|make\s+it\s+easy\s+to)\b|^\W*(?:to\s+[^,.;]{1,80},\s*(?:please\s+)?)?(?:click|tap|visit|complete|fill\s+out|follow|reply|use|log\s+in(?:to)?|sign\s+in(?:to)?)\b/i;

/** A data object within a few words after a verb: "update (or otherwise change) your account information". */
const OBJECT = String.raw`(?:[\s,/]+(?:and\/or|and|or|otherwise|to|request|that|us|we|our|of|from|in|over|database|records|systems|files|certain|any|all|most|much|the|some|such|inaccurate|incorrect|incomplete|out-of-date|outdated|access|review|view|control|manage|updates|update|correct|edit|delete|deactivate|anonymi[sz]e|replace|transfer|change|modify|amend|remove|erase|destroy|deletion|removal|erasure|destruction|correction|rectification|portability|add|complete|supplement|rectify|port|copy|export|download|restrict|suppress|limit|stop|refuse|further|collection|our\s+use|(?<=(?:restrict|limit)\s)use|you(?=\s+and\b)|object|processing|withdraw|(?:any\s+)?(?:factual\s+)?(?:inaccuracies|errors)\s+in)){0,10}?[\s,/]+(?:(?:your(?:\s+or\s+your\s+child['’]s)?|their|his\s+or\s+her|his\/her|his|her|the|such|any|this|that|whatever|other(?=\s+personal\s)|personal|certain|some|all|account|profile|contact|registration|inaccurate|incorrect|incomplete|outdated|unwanted|retained|individual|past|a\s+child['’]s|the\s+child['’]s|children['’]s|student)\s+(?:(?:specific\s+)?(?:pieces|categories)\s+of\s+)?(?:[\w.'’-]+\s+){0,3}?(?:informations?|data|details|info|accounts?(?!['’])|profile|pii|pi|records?|recordings|cv|r[ée]sum[ée]|conversations|chats|(?<=\b(?:search|viewing|watch|browsing|location|purchase|order|listening|voice|chat|call|activity|transaction|reading|playback|trip|ride)\s)history|email\s+address|contact\s+information|registration|personally\s+identif\w*)\b(?!\s+(?:preferences?|settings?|choices|subscriptions?|balances?|types?|tiers?|plans?)\b)|(?:it|them)\b(?!\s+(?:is|are|was|were)\b|['’]s\b)|personally\s+identifiable\s+(?:information|data)\b|(?:personal\s+)?information(?!\s+(?:about|on|regarding|concerning|for|from)\b)(?=[^.;:,]{0,60},\s*(?:please\s+)?(?:log|sign|contact|visit|go|e-?mail|write|call)\b)|(?:content\s+(?:and\/or|and|or)\s+)?(?:personal\s+)?information(?=\s+(?:that\s+|which\s+)?(?:you|they)\s+(?:themselves\s+)?(?:have\s+)?(?:\w+ly\s+)?(?:provided|given|submitted|shared|entered|posted|provide|submit|share|enter|post)\b)|(?:personal\s+)?(?:information|data)\s+(?:associated|connected|linked)\s+with\s+your\s+account\b|(?:personal\s+)?(?:information|data)\s+about\s+you\b(?!r)|(?:personal\s+)?(?:information|data)(?=\s+(?:that\s+|which\s+)?we\s+(?:(?:have\s+)?(?:collect|collected|hold|keep|maintain|process|store)\b|have\s+(?:about|on)\s+you\b))|(?:personal\s+)?(?:information|data)\s+(?:about|on|relating\s+to|concerning)\s+(?:yourself|themselves|himself\s+or\s+herself)\b|(?:recorded\s+)?(?:personal|health|medical|financial)\s+(?:information|data)\s+(?:about|relating\s+to|concerning)\s+you\b)`;
/**
 * COPPA's "(a parent may) review and have deleted their child's Personal Information": the participle before its object.
 * Only after another verb of the right ("review and have deleted", "request to have deleted"): "you have deleted your
 * account" is a past act.
 */
const HAVE_DONE_TO_DATA = (participles: string): string =>
  String.raw`have\s+(?:${participles})\s+(?:their|your|his\s+or\s+her|his|her|the|any|all|such)\s+(?:[\w'’-]+\s+){0,3}?(?:information|data|pii|records?)\b`;
const verbThenObject = (verbs: string): RegExp => new RegExp(String.raw`\b(?:${verbs})\b${OBJECT}`, 'gi');
/**
 * A passive with a data subject, "<data> ... <modal> be <participle>", followed within 50 characters by one of `means`
 * (the user's act or request).
 */
const passiveDoneBy = (subjects: string, modal: string, means: string) => (participles: string): RegExp =>
  new RegExp(String.raw`\b(?:${subjects})\b[^.;]{0,100}?\b${modal}be\s+(?:\w+,?\s+(?:(?:or|and|and\/or)\s+)?){0,3}?(?:${participles})\b(?=[^.;]{0,50}\b(?:${means}))`, 'gi');
/** Regulators named by their initials: the UK's, Australia's, Canada's, France's and Brazil's. */
const REGULATOR_INITIALS = 'ico|oaic|opc|cnil|anpd';
/**
 * A data-protection regulator named after "contact": "your local data protection supervisory authority", "the Office of
 * the Privacy Commissioner of Canada", "the Information Commissioner's Office", "the OAIC", a U.S. state's Attorney
 * General (who enforces the state privacy laws).
 */
const REGULATOR = String.raw`(?:(?:the|your|a|an|any|their)\s+(?:[\w.'’-]+\s+){0,6}?(?:supervisory\s+authorit(?:y|ies)|data\s+(?:protection|privacy)\s+(?:supervisory\s+)?authorit(?:y|ies)|(?:information|privacy|data\s+protection)\s+commissioner|commissioner\s+for\b|(?:data\s+protection\s+|privacy\s+)regulator\b|attorney\s+general)|(?:the\s+)?(?:${REGULATOR_INITIALS})\b)`;
/** Why one contacts the regulator: a complaint or an unresolved concern, before or after the contact. */
const UNRESOLVED = String.raw`(?:complain\w*|concerns?|(?:dis|un)?satisf\w*|(?:un)?happy|unresolved|resolv\w*|disputes?)`;
/**
 * Contacting the regulator as the complaint right: "you have the right to contact your local data protection supervisory
 * authority"; "If you are not satisfied with how we have handled your matter, you may wish to contact the Office of the
 * Privacy Commissioner"; "you can contact your local data protection authority if you have concerns". The lookahead for
 * the verb comes first, so the lookbehinds run only where a verb starts.
 */
const CONTACT_REGULATOR = new RegExp(String.raw`\bright\s+to\s+(?:contact|approach|apply\s+to)\s+${REGULATOR}|\b(?=contact|approach|write)(?<=\b${UNRESOLVED}\b[^.;]{0,200}?)(?<!\bwe\s+(?:will|may|shall|must|would|can)\s+(?:also\s+)?)(?:contact|approach|write\s+to)\s+${REGULATOR}|\b(?=contact|approach|write)(?<!\bwe\s+(?:will|may|shall|must|would|can)\s+(?:also\s+)?)(?:contact|approach|write\s+to)\s+${REGULATOR}(?=[^.;]{0,120}?\b${UNRESOLVED}\b)`, 'gi');
const ON_REQUEST = String.raw`(?:up)?on\s+(?:your\s+)?(?:written\s+)?request`;
/** Data that "can be updated at any time by calling ...": a passive whose means is the user's act. */
const passiveByUser = passiveDoneBy(
  String.raw`information|data|details|profiles?|accounts?|preferences|database|records`,
  String.raw`(?:can|may|could)\s+(?:also\s+)?(?:easily\s+)?`,
  String.raw`at\s+(?:the\s+user['’]s|your)\s+(?:own\s+|sole\s+)?(?:discretion|option|request)|by\s+(?:calling|emailing|e-mailing|contacting|logging|visiting|writing|going|clicking|sending|you|the\s+user|users?)|${ON_REQUEST}|through\s+(?:your|the)\s+(?:account|profile|settings)|(?:on|in|via)\s+(?:your|the)\s+(?:account|profile|settings|["“]?my\s+account)`,
);
/** "This data will be deleted immediately on request": a promise kept at the user's request ("will be ... updated by you" is an obligation). */
const passiveOnRequest = passiveDoneBy(
  String.raw`information|data|details|profiles?|accounts?|records`,
  String.raw`(?:will|shall)\s+(?:\w+ly\s+)?`,
  String.raw`${ON_REQUEST}|at\s+(?:your|the\s+user['’]s)\s+request`,
);

/**
 * Where ported data goes: "to another controller", "to a different service provider", "to another personal information
 * processor" (PIPL), "to other persons responsible". Read by the portability pattern and by its KIND_HINT, which must let
 * through every sentence the pattern can match.
 */
const ANOTHER_CONTROLLER = String.raw`(?:another|other|a\s+different|a\s+new)\s+(?:data\s+|personal\s+information\s+)?(?:controller|processor|handler|provider|organi[sz]ation|service(?:\s+provider)?|entity|persons?\s+responsible|responsible\s+persons?)`;

/**
 * The GDPR rights' nouns, shared by the lists below that name rights by their nouns (each adds its own: Mexico's ARCO
 * "cancellation" and "opposition", CCPA "opt-out", "right to know").
 */
const GDPR_RIGHT_NOUNS = 'access|rectification|correction|deletion|erasure|restriction|objection|portability';

/** The joint between items of a list: ", ", ", and ", " or ", " and/or ". */
const LIST_JOIN = String.raw`(?:\s*,\s*(?:(?:and\/or|and|or)\s+)?|\s+(?:and\/or|and|or)\s+)`;
/**
 * A right asked for by its noun, bare or in a list of them: "request access or deletion", "to request rectification or
 * erasure", "request the deletion via the Steam support page", "the right to request erasure, restriction, portability".
 * The items before the kind's noun are other right nouns, each with an optional "of use"/"of processing" and a
 * parenthesis ("the correction or completion (GDPR Art. 16) or deletion (GDPR Art. 17)"). "access to ..." is left to the
 * verb patterns, which read its object. A link in a menu ("help · blog · request deletion · forum") grants nothing. The
 * data may come before as "its" or "their": "rights to access certain information we hold about them and to request its
 * deletion", "to obtain its correction, update, amendment, or deletion".
 */
const RIGHT_NOUN_ITEM = String.raw`(?:(?:the|an?)\s+)?(?:access(?!\s+to\b)|copies|a\s+copy|correction|rectification|completion|amendment|update|deletion|erasure|removal|restriction|portability|objection|suspension|termination|blocking|anonymi[sz]ation|de-?identification)(?:\s+of\s+(?:use|processing))?(?:\s*\([^()]{0,40}\))?`;
const requestedNoun = (nouns: string): RegExp => new RegExp(String.raw`\b(?:requests?\s+for|request|ask\s+for|demand|obtain|seek)\s+(?:(?:its|their)\s+)?(?:${RIGHT_NOUN_ITEM}${LIST_JOIN}){0,6}?(?:(?:the|an?)\s+)?(?:(?:permanent|complete|full|total)\s+)?(?:${nouns})\b(?!\s*[·|•])`, 'gi');

/**
 * A right's noun in a list after "rights of": "your rights of access, rectification, cancellation and opposition" (Mexico's
 * ARCO rights), "your rights of access, correction, deletion and data portability", "the right of access, rectification or
 * erasure, restriction of processing", and after "right to" when a list of nouns follows it ("the right to access to data,
 * rectification, erasure, restriction on processing, objection to processing and right to data portability"). A noun alone
 * ("the right of access") is left to each kind's own pattern.
 */
const RIGHTS_OF_ITEM = String.raw`(?:(?:(?:the\s+)?right\s+to\s+)?(?:data\s+)?(?:${GDPR_RIGHT_NOUNS}|amendment|cancell?ation|opposition|limitation)(?:\s+(?:of|to|on)\s+(?:use|processing|data))?(?:\s*\([^()]{0,40}\))?)`;
const inRightsOfList = (nouns: string): RegExp =>
  new RegExp(String.raw`(?=${nouns})(?<=\brights?\s+(?:of|to)\s+(?:${RIGHTS_OF_ITEM}${LIST_JOIN}){1,6}(?:(?:the\s+)?right\s+to\s+)?(?:data\s+)?)(?:${nouns})\b|(?=${nouns})(?<=\brights?\s+of\s+)(?:${nouns})\b(?=(?:\s+of\s+(?:use|processing))?(?:\s*\([^()]{0,40}\))?${LIST_JOIN}${RIGHTS_OF_ITEM})`, 'gi');

/**
 * A right's noun before the word "rights", bare or in a list of them: "exercise your access and deletion rights", "To
 * exercise the access, data portability, and deletion rights described above", "your information, access/data
 * portability, or deletion rights", "the data subject access rights". After "your"/"their" alone, "access" needs another
 * right beside it: "special access rights to such systems" and "your access rights to the Service" are about logging in.
 */
const RIGHTS_COMPOUND_ITEM = String.raw`(?:(?:data\s+)?(?:${GDPR_RIGHT_NOUNS}|information)|(?:sale\s+)?opt[-\s]?out)`;
const RIGHTS_COMPOUND_JOIN = String.raw`(?:${LIST_JOIN}|\s*\/\s*)`;
const RIGHTS_COMPOUND_QUALIFIER = String.raw`(?:(?:california|ccpa|cpra|gdpr|applicable|data\s+subject)\s+)?`;
const namedBeforeRights = (nouns: string, alone = true): RegExp => {
  const exercised = String.raw`\bexercis\w*\s+(?:(?:the|your|their|any|these|those|any\s+of\s+(?:the|your|their))\s+)?${RIGHTS_COMPOUND_QUALIFIER}`;
  const owned = String.raw`\b(?:your|their)\s+${RIGHTS_COMPOUND_QUALIFIER}`;
  const before = (min: number) => String.raw`(?:${RIGHTS_COMPOUND_ITEM}${RIGHTS_COMPOUND_JOIN}){${min},5}(?:data\s+)?`;
  const after = (min: number) => String.raw`(?=(?:${RIGHTS_COMPOUND_JOIN}${RIGHTS_COMPOUND_ITEM}){${min},5}\s+rights?\b)`;
  const at = (lookbehind: string, ahead: string) => String.raw`(?=${nouns})(?<=${lookbehind})(?:${nouns})${ahead}`;
  const shapes = alone
    ? [at(`(?:${exercised}|${owned})${before(0)}`, after(0))]
    : [at(`${exercised}${before(0)}`, after(0)), at(`${owned}${before(1)}`, after(0)), at(`${owned}${before(0)}`, after(1))];
  return new RegExp(shapes.join('|'), 'gi');
};

/**
 * A right named as one of several kinds of request that share the word "requests": "Access, correction, or deletion
 * requests can be made by contacting us", "making an access or deletion request", "For right to know, correction, and
 * deletion requests". (The last noun, next to "request", is read by each kind's own "deletion request" pattern.)
 */
const REQUEST_KIND = String.raw`(?:right\s+to\s+know|${GDPR_RIGHT_NOUNS}|opt[-\s]?out)`;
const listedBeforeRequests = (nouns: string): RegExp => new RegExp(String.raw`\b(?:${nouns})(?=${LIST_JOIN}(?:${REQUEST_KIND}${LIST_JOIN}){0,4}${REQUEST_KIND}\s+requests?\b)`, 'gi');

/**
 * The user asks the company to stop: "ask us to stop sending you marketing messages", "ask us not to use your personal
 * information for direct marketing purposes", "ask us not to share your personal information with a particular third
 * party" (an opt-out); "ask us to stop processing your information", "require us not to process your personal information
 * for certain specific purposes" (an objection to the processing).
 */
const ASK_US_TO_STOP = String.raw`\b(?:ask|request|require|tell|direct|instruct)\s+${ASKED_TO_STOP}\s+(?:\w+\s+){0,2}?`;
/**
 * The CCPA's own words, quoted as the user's rights (a common generator's template): "Request that a business that collects a
 * consumer's personal data disclose the categories ...", "Request that a business that sells a consumer's personal data, not
 * sell the consumer's personal data" (ToS;DR Kairos Software, Join Run, King James Bible App).
 */
const CCPA_STATUTE_ASK = String.raw`\brequest\s+that\s+a\s+business\s+that\s+`;
const CCPA_STATUTE_DATA = String.raw`(?:a\s+|the\s+)?consumer['’]s\s+personal\s+(?:data|information)`;
const ASK_US_TO_STOP_MARKETING = new RegExp(String.raw`${ASK_US_TO_STOP}(?:send|contact|shar|sell|disclos|us|process|market|provi)\w*\b[^.;]{0,120}?\b(?:marketing|promotion\w*|advertis\w*|newsletters?|communications|messages|e-?mails?|third\s+part(?:y|ies))\b`, 'gi');
/** "ask us to stop automated decision making or profiling you": an objection to profiling (GDPR Art. 21-22). */
const ASK_US_TO_STOP_PROFILING = new RegExp(String.raw`${ASK_US_TO_STOP}(?:profil\w*|automated\s+(?:individual\s+)?decision)`, 'gi');
const ASK_US_TO_STOP_PROCESSING = new RegExp(String.raw`${ASK_US_TO_STOP}(?:process|us|collect)\w*\s+(?:[\w'’-]+\s+){0,6}?(?:information|data)\b(?![^.;]{0,80}\b(?:marketing|promotion|advertis|newsletters?))`, 'gi');

/**
 * The user asks for processing to stop, the verb after others of a list or after an adverb: "request that we rectify,
 * delete or stop processing your personal information", "request the data controller to stop processing your personal
 * data" (an objection, unless it is about marketing, which ASK_US_TO_STOP_MARKETING reads). "ask that we temporarily or
 * permanently stop processing" is how the restriction right is described ("Right to restrict - the right to request that
 * we temporarily or permanently stop processing all or some of your personal data").
 */
const askedToStopProcessing = (words: string): RegExp =>
  new RegExp(String.raw`\b(?:request|ask|require|direct|instruct)(?:s|ed|ing)?\s+(?:that\s+(?:we|the\s+(?:data\s+)?controller|[A-Z][\w&.-]*)\s+|(?:us|the\s+(?:data\s+)?controller|[A-Z][\w&.-]*)\s+to\s+|to\s+)${words}\s+(?:the\s+)?processing\b(?![^.;]{0,80}\b(?:marketing|promotion|advertis|newsletters?))`, 'gi');
const STOP_PROCESSING = String.raw`(?:stop|cease)\s+(?:the\s+)?processing\b`;
const TEMPORARILY_STOP = String.raw`temporarily\s+(?:or\s+permanently\s+)?(?:stop|cease|suspend)`;
const ASKED_TO_STOP_PROCESSING = askedToStopProcessing(String.raw`(?:(?!temporarily\b)[\w-]+,?\s+){0,6}?(?:stop|cease)`);
const ASKED_TO_PAUSE_PROCESSING = askedToStopProcessing(String.raw`(?:[\w-]+,?\s+){0,4}?${TEMPORARILY_STOP}`);

const REFUSE_FURTHER = new RegExp(String.raw`\b${REFUSE_FURTHER_USE}`, 'gi');

/**
 * Pattern table, one entry per kind. (A lookbehind is tried wherever its alternative may start; a lookahead for the
 * alternative's first word goes before it, so that it is tried only where that word follows: same matches, faster.) `named`: the right by name ("right to erasure"), counted wherever it appears
 * un-negated. `verb`: a verb with a data object, counted only when a user (or a user's request) is the actor.
 */
const RIGHT_PATTERNS: Record<RightKind, { named: RegExp[]; verb: RegExp[] }> = {
  access: {
    named: [
      // "the right to know", "right of access", "right to request access / a copy"
      // "Right to information" heads GDPR lists translated from German or French (Auskunft, droit d'accès/d'information): Art. 15 access.
      // "you are granted specific rights regarding access to your personal information".
      /\brights?\s+(?:regarding|relating\s+to|concerning|with\s+respect\s+to|in\s+respect\s+of)\s+(?:the\s+)?access\s+to\s+(?:your|their)\s+(?:[\w-]+\s+){0,2}?(?:data|information)\b/gi,
      /\bright\s+(?:to|of)\s+information\b(?=\s*(?:[,;.:(]|$|(?:and|or)\s|right\s+(?:to|of)\s|about\s+(?:your|the\s+personal|personal|stored|the\s+data)|on\s+(?:your|the\s+personal|personal|stored)))/gi,
      // "The user has the right, upon request and free of charge, to receive information about the personal data stored about
      // him", "the right to receive free information about what personal data we have obtained about you" (Art. 15, German templates).
      /\bright\b[^.;]{0,60}?\bto\s+(?:receive|obtain|get)\s+(?:free\s+)?information\s+(?:about|on|regarding|concerning|as\s+to)\s+(?:(?:the|your|his|her|their|any|what|which|all)\s+)?(?:[\w-]+\s+){0,2}?data\b/gi,
      listedBeforeRequests(String.raw`access|right\s+to\s+know`),
      namedBeforeRights('access', false),
      inRightsOfList('access'),
      /\bright\s+(?:of\s+access|to\s+(?:know(?!\s+(?:Act|Law)\b)|access|request\s+access|obtain\s+(?:a\s+copy|access|confirmation)|a\s+copy|request\s+(?:a\s+copy|that\s+we\s+disclose|disclosure|information\s+about|details)|review|see|receive\s+a\s+copy|be\s+provided\s+with|(?:ask|request)\s+(?:us\s+|that\s+we\s+)(?:to\s+)?(?:send|give|provide|disclose)\s+(?:to\s+)?you))\b|\bsubject\s+access\s+requests?|\baccess\s+requests?\b|\brequests?\s+to\s+know\b/gi,
      // "Upon request, we will disclose to you the retained personal data we hold about you" (Japan's APPI "disclosure").
      // "Upon request we will inform you about the data we have stored about you free of charge" (a German policy's Art. 15).
      /\b(?:we|us)\s+(?:will|shall|must|can)\s+(?:\w+ly\s+)?(?:(?:disclose|provide|give|send)\s+(?:to\s+)?you|inform\s+you\s+(?:about|of))\s+(?:with\s+)?(?:a\s+copy\s+of\s+)?(?:the|your|any|all)\s+(?:[\w-]+\s+){0,2}?(?:data|information)\s+(?:that\s+|which\s+)?(?:we\s+(?:hold|have|keep|maintain|retain|store)|held|retained|kept|maintained|stored)\s+(?:\w+\s+)?(?:about|on|of|for|by)\s+(?:you|us)\b/gi,
    ],
    verb: [
      new RegExp(String.raw`${CCPA_STATUTE_ASK}collects\s+${CCPA_STATUTE_DATA},?\s+disclose\b`, 'gi'),
      // Not the user giving access or a copy ("provide us with access to your financial account", "submit a copy of your government-issued ID").
      verbThenObject(String.raw`(?=access)(?<!password\s+to\s+)(?<!\b(?:provide|provides|give|gives|grant|grants)\s+(?:us|them|it|him|her|third\s+parties|(?:the|our|a|these|those|such)\s+[\w-]+)\s+(?:with\s+)?)access|review|view|see|inspect|obtain|receive|know(?!\s+that\b)|get|request\s+(?:access|a\s+copy|copies|(?:the\s+)?disclosure)|request(?=\s+all\s+(?:of\s+)?(?:the|your)\s)|(?=(?:a\s+)?cop)(?<!\b(?:submit|provide|send|upload|give|attach|furnish)s?\s+(?:us\s+(?:with\s+)?)?(?:a\s+)?)(?:a\s+)?cop(?:y|ies)\s+of|(?:an\s+)?exported\s+(?:file|copy|archive)\s+of|(?<!\b(?:include|includes|submit|provide|send|give|attach|furnish)\s+(?:us\s+(?:with\s+)?)?(?:an?\s+)?(?:detailed\s+|brief\s+|short\s+)?)(?:an?\s+)?(?:detailed\s+|brief\s+|short\s+)?(?:summary|description|list)\s+of|learn\s+(?:what|which|whether|if)|know\s+(?:what|which|whether)`),
      requestedNoun(String.raw`access(?!\s+to\b)`),
      new RegExp(String.raw`\b(?:review|access|see|view|inspect)(?=\s+(?:and\/or|and|or)\s+${HAVE_DONE_TO_DATA('deleted|removed|erased|corrected|amended|updated')})`, 'gi'),
      new RegExp(SEE_HELD_DATA, 'gi'),
      // "if you simply want to know whether we have any of your personal information on file", "before giving you access to,
      // or correcting, your personal information".
      /\b(?:want|wish|like)\s+to\s+(?:know|learn|confirm|find\s+out)\s+(?:what|which|whether|if)\s+(?:\w+\s+){0,3}?(?:we|[A-Z][\w&.-]*)\s+(?:have|hold|keep|store|maintain|process)\w*\s+(?:any\s+(?:of\s+)?)?(?:your|personal)\b|\b(?:giv(?:e|es|ing)|provid(?:e|es|ing))\s+you\s+(?:with\s+)?access\s+to(?:,\s+or\s+\w+,)?\s+(?:your\s+|the\s+)?(?:personal\s+)?(?:information|data)\b/gi,
      /\b(?:request|ask)\s+(?:\w+\s+){0,3}?(?:know|learn|confirm)\s+(?:what|which|whether|the\s+categories|the\s+specific|about\s+the)\b|\b(?:inform|tell|advise)\s+you\s+(?:of\s+|about\s+|as\s+to\s+)?(?:what|which|whether)\s+(?:\w+\s+){0,3}?(?:information|data|pi|pii)\s+(?:\w+\s+){0,2}?(?:we|that\s+we)\s+(?:have|hold|keep|maintain|process|store)\b|\brequest\s+that\s+(?:we|us|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+disclose\b|\b(?:request|ask|require)\s+us\s+to\s+disclose\s+(?:to\s+you\s+)?(?:the|what|which|whether|any|all)\b|\b(?:request|ask\s+for|obtain|receive)\s+(?:certain\s+|the\s+following\s+)?information\s+(?:about|regarding|on)\s+(?:(?:our|the|how\s+we)\s+(?:\w+\s+){0,3}?(?:collection|use|disclosure|processing|sharing|sale)\b|how\s+we\s+(?:have\s+)?(?:collect|collected|use|used|share|shared|disclose|disclosed|process|processed|sell|sold)\b)/gi,
    ],
  },
  correction: {
    named: [
      // "... stored in our internal database and can be updated or modified at any time by calling (800) ..."
      passiveByUser(String.raw`updated|corrected|modified|changed|edited|amended|rectified`),
      listedBeforeRequests('correction|rectification'),
      inRightsOfList('rectification|correction|amendment'),
      namedBeforeRights('correction|rectification'),
      // "If your account information is incomplete, inaccurate or not current, please use the Contact Us option"
      /\bif\s+(?:any\s+of\s+)?(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:information|data|details)\s+(?:that\s+we\s+(?:hold|have|maintain)\s+)?(?:is|are|becomes?)\s+(?:\w+,?\s+){0,3}?(?:incomplete|inaccurate|incorrect|not\s+(?:current|accurate|correct)|out[-\s]of[-\s]date|outdated|wrong)\b/gi,
      /\bright\s+(?:to\s+(?:correct|rectif|request\s+(?:the\s+)?correction|update|amend|have\s+\w+\s+(?:corrected|rectified))|of\s+rectification|to\s+rectification)|\brequests?\s+to\s+(?:access\s+(?:or|and|and\/or)\s+)?correct\b|\b(?:correction|rectification)\s+(?:of\s+(?:your|any|such|their|inaccurate|incorrect|incomplete|outdated|out-of-date|personal|the)|requests?)/gi],
    verb: [
      // "view or make changes to your personal data", "If you wish to make changes to any personal information you have provided".
      verbThenObject(String.raw`correct|rectify|update|edit|amend|modify|change|revise|fix|make\s+(?:any\s+)?(?:changes|corrections|amendments|updates|modifications)\s+(?:to|in)`),
      requestedNoun(String.raw`correction|rectification|amendment`),
      // A gerund is a user's means only after "by"/"through" ("by logging in and editing your User Registration"); in a
      // purpose list ("maintaining and updating your contact information") the company acts.
      verbThenObject(String.raw`(?=correcting|rectifying|updating|editing|amending|modifying|changing|revising)(?<=\b(?:by|through)\s+(?:[\w-]+\s+){0,5})(?:correcting|rectifying|updating|editing|amending|modifying|changing|revising)`),
      // Nouns after a request: "request correction, amendment, portability, or deletion of your personal data", "request copies, deletion, and modification of the personal data".
      /\b(?:correction|rectification|amendments?|modifications?)\b(?=(?:,?\s+(?:and\/or|and|or)?\s*[\w-]+){0,4}?,?\s+(?:of|to)\s+(?:your|the|any|their|such)\s+(?:[\w-]+\s+){0,2}?(?:data|information|pi|pii|records?)\b|(?:,?\s+(?:and\/or|and|or)?\s*[\w-]+){0,4}?\s+of\s+the\s+data\s+we\s+(?:hold|have|keep|process|maintain))/gi,
      /\b(?:have|get)\s+(?:(?!(?:is|are|was|were|been)\b)[\w'’]+\s+){1,7}?(?:corrected|rectified|amended|changed|updated|modified)\b|\b(?:like|want|wish)\s+(?:[\w'’]+\s+){0,7}?(?:corrected|rectified|amended|changed|updated|modified)\b|\binaccuracies\s+(?:be\s+)?corrected|\b(?:request|ask|demand|require)\s+that\s+(?:your|their|the|such|any|inaccurate|incorrect|incomplete)\s+(?:[\w-]+\s+){0,3}?(?:be|is)\s+(?:\w+ly\s+)?(?:corrected|updated|amended|rectified|completed)\b/gi,
    ],
  },
  deletion: {
    named: [
      passiveByUser(String.raw`deleted|erased|removed`),
      passiveOnRequest(String.raw`deleted|erased|removed`),
      // "Your data is automatically deleted if you close your account."
      /\b(?:data|information)\s+(?:is|are|will\s+be)\s+(?:automatically\s+|permanently\s+)?(?:deleted|erased|removed)\s+(?:if|when|once)\s+you\s+(?:close|delete|cancel|terminate)\s+your\s+account\b/gi,
      // "If you cancel your Crowdmark account, all of your personal information will be removed from Crowdmark’s databases".
      /\b(?:if|when|once)\s+you\s+(?:close|delete|cancel|terminate)\s+your\s+(?:[\w.&-]+\s+)?account,\s+(?:all\s+(?:of\s+)?)?your\s+(?:personal\s+)?(?:data|information)\s+(?:is|are|will\s+be)\s+(?:automatically\s+|permanently\s+)?(?:deleted|erased|removed)\b/gi,
      listedBeforeRequests('deletion|erasure'),
      inRightsOfList('deletion|erasure|cancell?ation'),
      namedBeforeRights('deletion|erasure'),
      /\bright\s+(?:to|of)\s+(?:[\w-]+,?\s+){1,4}?(?:or|and|and\/or)\s+(?:erasure|deletion)\b|\bright\s+(?:to\s+(?:delete|deletion|erasure|erase|be\s+forgotten|request\s+(?:the\s+)?(?:deletion|erasure)|request\s+that\s+we\s+delete|have\s+\w+\s+(?:deleted|erased|removed))|of\s+erasure)|\b(?:deletion|erasure)\s+requests?\b|\brequests?\s+to\s+delete\b|\bblocking\s+or\s+(?:elimination|deletion|erasure)\s+of\b|\b(?:elimination|deletion|erasure)\s+of\s+(?:your\s+)?unnecessary\b/gi],
    verb: [
      verbThenObject(String.raw`delete|erase|remove|purge|destroy|deletion\s+of|erasure\s+of|removal\s+of|elimination\s+of|cancell?ation\s+of(?=\s+(?:your|their|his\s+or\s+her|the)\s+(?:personal\s+)?(?:data|information)\b)|(?<=\b(?:request|ask\s+for)\s+(?:the\s+)?)destruction\s+of`),
      requestedNoun(String.raw`deletion|erasure`),
      new RegExp(String.raw`\b(?:review|access|see|view|inspect|request\s+to|ask\s+to)\s+(?:(?:and\/or|and|or)\s+)?${HAVE_DONE_TO_DATA('deleted|removed|erased')}`, 'gi'),
      /\b(?:request|ask)\s+(?:that\s+)?(?:us\s+to\s+|we\s+)?(?:delete|erase|remove|destroy)\b|\b(?:direct|instruct|tell|require|wish|want|like)\s+us\s+to\s+(?:delete|erase|remove)\b|\b(?:request|ask|demand|require)\s+that\s+(?:(?:your|their|the|such|any|inaccurate|incorrect|incomplete)\s+(?:[\w-]+\s+){0,3}?|(?:it|they)\s+)(?:be|is)\s+(?:\w+ly\s+)?(?:\w+,?\s+(?:(?:or|and|and\/or)\s+)?){0,3}?(?:deleted|removed|erased)\b|\b(?:have|get|like|want|wish)\s+(?:(?!(?:is|are|was|were|been|be)\b)[\w'’]+,?\s+){1,7}?(?:deleted|removed|erased)\b|\b(?:close|terminate|cancel|deactivate)\s+(?:your|their)\s+account\b.{0,80}\b(?:delet|eras|remov)|\b(?:request|ask\s+for)\s+(?:your|their|the)\s+(?:[\w-]+\s+){0,3}?(?:account|information|data|profile)\s+(?:to\s+)?be\s+(?:\w+ly\s+)?(?:deleted|removed|erased)\b/gi,
    ],
  },
  portability: {
    named: [namedBeforeRights('portability'), /\bportab(?!ility\s+and\s+accountability|le\s+(?:devices?|computers?|media|electronic|storage|players?|speakers?|chargers?)\b)|\bmachine[-\s]readable|\bstructured,?\s+commonly[-\s]used|\bhave\s+(?:your|the|such|their)\s+(?:[\w-]+\s+){0,2}?(?:data|information)\s+(?:transferred|transmitted|ported|sent)\s+(?:directly\s+)?to\s+(?:another|a\s+different|a\s+new|other)\b|\bhave\s+(?:it|them|the\s+same)\s+(?:transferred|transmitted|ported|sent)\s+(?:directly\s+)?to\s+(?:another|a\s+different|a\s+new|other)\s+(?:data\s+)?(?:controller|provider|organi[sz]ation|service|entity)/gi],
    verb: [new RegExp(String.raw`\bport[\s,]+(?:(?:and|or|,|\w+)\s*){0,6}?(?:your|their|the|any)\s+(?:[\w-]+\s+)?(?:data|information)\b|\b(?:export|download)\s+(?:or\s+\w+\s+)?(?:a\s+copy\s+of\s+|an\s+archive\s+of\s+)?(?:your|their|all\s+(?:of\s+)?your)\s+(?:[\w-]+\s+){0,2}?(?:data|information|content|account|posts|history|files|archive|photos|messages)\b|\b(?:download|retrieve|receive|request)\s+(?:an?\s+)?(?:archive|export|zip\s+file|exported\s+(?:file|copy|archive))\s+of\s+(?:your|all|the\s+(?:personal\s+)?data\s+we\s+hold)|\b(?:export|download)\s+(?:a\s+copy\s+of\s+)?(?:the\s+)?(?:content|data|information)\s+(?:in|from|of)\s+your\s+(?:[\w-]+\s+){0,2}?account\b|[“"]Download\s+(?:Your\s+)?(?:Data|Information)\b|\btransmit\s+(?:it|them|that\s+data|the\s+data|your\s+data)\s+to\s+another|\b(?:send|transmit|transfer|port|move)\s+(?:(?:the|your|such|that|all|a\s+copy\s+of\s+(?:the|your))\s+)?(?:[\w-]+\s+){0,2}?(?:data|information|it|them)\b[^.;]{0,60}?\bto\s+${ANOTHER_CONTROLLER}|\b(?:request|ask)\s+(?:(?:that\s+)?we|us\s+to)\s+(?:send|transmit|transfer)\s+(?:(?:this|the|your|such|that|a\s+copy\s+of\s+(?:the|your|this))\s+)?(?:[\w-]+\s+){0,2}?(?:data|information|it|them)\s+(?:directly\s+)?to\s+(?:you\s+or\s+(?:to\s+)?)?(?:a\s+third[-\s]party|another)\b|\b(?:have|ask|request)\s+us\s+(?:to\s+)?transfer\s+to\s+(?:another|a\s+different|a\s+new)\s+(?:data\s+)?(?:controller|provider|organi[sz]ation)|\b(?:transmission|transfer)\s+(?:of\s+(?:it|them|the\s+data|your\s+data)\s+)?to\s+(?:another|other)\s+(?:data\s+)?(?:controllers?|persons?\s+responsible|responsible\s+persons?|providers?)`, 'gi')],
  },
  // "unsubscribe", but not the adjective: "notifications which might only be valid to subscribed/unsubscribed users" (what a
  // cookie remembers).
  'opt-out': {
    named: [namedBeforeRights(String.raw`(?:sale\s+)?opt[-\s]?out`), /(?<!\w-)\bopt(?:[-\s]?out|s\s+out|ing\s+out|ed\s+out)\b(?!\.\w)|\bun-?subscrib(?![\w.+-]*@)(?!ed\s+(?:users|visitors|members)\b)|\bdo\s+not\s+sell\s+(?:or\s+share\s+)?my\b|\b(?:request|ask|direct|instruct|tell)\s+(?:that\s+we|us)\s+(?:to\s+)?(?:not|stop|cease)\s+(?:to\s+)?(?:sell|selling|the\s+sale\s+of)\b|\bremove\s+(?:yourself|your\s+(?:name|email(?:\s+address)?))\s+from\s+(?:our|the|any)\s+(?:mailing|marketing|email|list)/gi, new RegExp(TEXT_STOP, 'g')],
    verb: [ASK_US_TO_STOP_MARKETING, new RegExp(TURN_OFF_MARKETING, 'gi'), new RegExp(String.raw`${CCPA_STATUTE_ASK}sells\s+${CCPA_STATUTE_DATA},?\s+not\s+sell\b`, 'gi')],
  },
  object: {
    named: [/\bright\s+to\s+object|\bright\s+of\s+objection|\bobjection\s+to\s+(?:the\s+)?processing/gi, inRightsOfList('opposition|objection'), namedBeforeRights('objection')],
    // "oppose the processing of your personal data for voluntary purposes (Opposition)", "oppose or limit the processing":
    // objection in the words of Spanish and French law (oposición, opposition).
    verb: [ASK_US_TO_STOP_PROCESSING, ASK_US_TO_STOP_PROFILING, ASKED_TO_STOP_PROCESSING, REFUSE_FURTHER, /\boppose\s+(?:or\s+(?:limit|restrict)\s+)?(?:the|any|its|their)\s+(?:further\s+)?processing\b/gi, /\bobject(?:,\s+(?:on|in|for|at)\s+[^,.;]{1,40},|\s+at\s+any\s+time)?\s+to(?:,\s+or\s+[^,.;]{1,40},)?\s+(?:or\s+\w+\s+)?(?:the|our|any|such|certain|this|that|(?:data\s+)?processing|us|your|direct|marketing|profiling|(?:[A-Z][\w&.-]*['’]s|its)\s+(?:use|processing))\b|\bobject\s+(?:to\s+)?any\s+(?:further\s+)?processing\b/gi],
  },
  restrict: {
    named: [inRightsOfList('restriction|limitation'), namedBeforeRights('restriction'), /\bright\s+to\s+(?:restrict|restriction|limit|request\s+(?:the\s+)?restriction|request\s+that\s+we\s+(?:restrict|limit))|\b(?:request|ask|require)\s+(?:that\s+)?(?:we|us\s+to)\s+(?:restrict|limit)|\brestriction\s+of\s+(?:the\s+)?processing|\blimit\s+the\s+use\s+of\s+my\b/gi],
    verb: [
      requestedNoun(String.raw`restriction|suspension(?=\s+of\s+(?:the\s+)?(?:use|processing)\b)`),
      // "restrict" as one verb of a list that shares the data object: "request access to, correct, restrict, port, copy, or
      // delete your information", "request that we restrict or stop processing your information".
      verbThenObject(String.raw`restrict(?=${LIST_JOIN})`),
      // "object to or restrict Fastmail’s use of your personal information", "obtain a restriction of the processing", "if
      // you would like wikiHow to limit the use of or disclosure of that information".
      /\brestrict\s+(?:our|[A-Z][\w&.-]*['’]s)\s+(?:use|processing)\s+of\s+(?:your|their)\b|\bobtain\s+(?:a\s+|the\s+)?restriction\s+of\b|\b(?:like|want|wish|ask|request|direct)\s+(?:us|[A-Z][\w&.-]*|[a-z]+[A-Z][\w&.-]*)\s+to\s+limit\s+(?:the\s+|our\s+|its\s+)?(?:use|processing|disclosure)\s+(?:of|and)\b/g,
      ASKED_TO_PAUSE_PROCESSING,
      /\bsuspend\s+(?:the\s+)?(?:use|processing)\s+of\s+(?:your\s+|their\s+|such\s+)?(?:personal\s+)?(?:data|information)\b|\b(?:restrict|limit)\s+(?:the\s+|our\s+|certain\s+|any\s+)?(?:further\s+)?(?:processing|use(?:\s+(?:and|or)\s+disclosure)?\s+of\s+(?:your\s+|any\s+)?(?:sensitive|personal)|(?:(?:maintenance|collection)\s+(?:and|or)\s+)?use\s+of\s+(?:such|that|this|their|the\s+child['’]s|your\s+child['’]s)\s+(?:information|data)|disclosure\s+of\s+(?:your\s+)?(?:sensitive|personal))/gi],
  },
  'withdraw-consent': {
    // "Your consent may subsequently be withdrawn at any time", "your informed consent, which can be withdrawn at any time".
    // "Where processing is based on consent, you have the right to withdraw it at any time", "revoke your prior consent",
    // "you may withdraw, where permitted by law, your consent", "If at some point you want to retract your consent to have us store
    // this personally identifiable information, please send us an email".
    named: [/\bconsent\b(?:\s+(?:to|by)\s+[^.;,]{1,60})?,?\s+which\s+you\s+(?:may|can)\s+(?:\w+\s+)?(?:withdraw|revoke)\b|\bconsent\b[^.;]{0,80}?\b(?:can|may|could)\s+(?:\w+\s+)?be\s+(?:withdrawn|revoked|retracted)\b|\b(?:withdraw|revoke|retract|withdrawal\s+of|revocation\s+of|retraction\s+of|withdrawing|revoking|retracting)(?:\s+(?:or|and|and\/or)\s+(?:decline|change|modify|vary|amend|update|limit|refuse)(?:\s+the\s+scope\s+of)?)?(?:,\s+(?:where|if|as|when|to\s+the\s+extent)\s+[^,.;]{1,40},)?\s+(?:(?:your|any|such|this|that|the|their|his\/her|his\s+or\s+her)\s+)?(?:(?:prior|previous|previously\s+given|earlier\s+given|earlier|given)\s+)?(?:data\s+(?:protection|processing)\s+)?(?:consent|permission|authori[sz]ation)|\b(?:withdraw|revoke)\s+(?:it|this)\b(?!\s+(?:policy|notice|statement|agreement|form|request)\b)(?<=\bconsent\b[^.;]{0,170})/gi],
    verb: [],
  },
  complaint: {
    // GDPR Art. 77 is the right to complain to a supervisory authority, whatever the sentence calls it (NewPipe's "file a
    // complaint ... at your local data protection officer", a translation of the state's Datenschutzbeauftragter).
    named: [/(?:\b(?:GDPR|DSGVO)\s+Art(?:icle|\.)?\s*77\b|\bArt(?:icle|\.)?\s*77\s+(?:of\s+the\s+)?(?:GDPR|DSGVO|General\s+Data\s+Protection\s+Regulation)\b)[^.;]{0,80}?\bcomplain/gi, /\b(?:lodg(?:e|ing)|fil(?:e|ing)|mak(?:e|ing)|submit(?:ting)?|rais(?:e|ing)|bring(?:ing)?|refer|direct|escalat(?:e|ing)|address|hand(?:ing)?\s+in)\s+(?:a\s+|your\s+|the\s+|any\s+|that\s+|this\s+|such\s+)?(?:privacy\s+)?(?:complaint|concern|claim)s?\s+(?:\w+\s+){0,8}?(?:with|to|before)\s+(?:a|the|your|an|any|their|our|its|local|relevant|competent|appropriate|[A-Z][\w-]*['’]s)\s+(?:[\w.]+,?\s+){0,5}?(?:supervisory|data\s+protection(?!\s+officer\b)|authorit(?:y|ies)|regulator|commissioner|national\s+commission|agency|ico|cnil|oaic|anpd|pdpc|personal\s+information\s+protection\s+commission|(?:privacy|information)\s+commission\b|commission\s+nationale|commission\s+d['’]acc[eè]s|department\s+of\s+health\s+and\s+human\s+services|office\s+for\s+civil\s+rights|attorney\s+general)|\bcomplaints?\s+(?:may|can|could)\s+(?:also\s+)?be\s+(?:lodged|filed|made|submitted|brought)\s+(?:with|to|before)\s+(?:a|the|your|an|any|local|relevant|competent|appropriate)\s+(?:\w+\s+){0,4}?(?:supervisory|data\s+protection|authority|regulator|commissioner)|\bright\s+to\s+(?:complain|lodge|file)|\bcomplain\s+(?:directly\s+)?to\s+(?:a|the|your|an|any)\s+(?:\w+\s+){0,3}?(?:supervisory|data\s+protection|authority|regulator|commissioner|ico|oaic|anpd)|\bpetition\s+(?:the\s+)?(?:anpd|national\s+(?:data\s+protection\s+)?authority)\b/gi, CONTACT_REGULATOR],
    verb: [],
  },
  'non-discrimination': {
    named: [/\bnon[-\s]?discriminat|\bdiscriminat|\bnot\s+(?:to\s+)?be\s+denied\s+(?:any\s+)?goods\s+or\s+services\b|\b(?:(?:will|shall|may|must|would)\s+not|won['’]t)\s+deny\s+you\s+(?:any\s+)?goods\s+or\s+services\b|\bfree\s+from\s+(?:any\s+)?(?:retaliation|discrimination)|\bretaliate\s+against\s+(?:you|consumers|individuals|patients|members|users)\b|\bpenali[sz]e\s+you\s+for\s+exercising|\b(?:charge\s+you\s+(?:a\s+)?(?:more|different)|(?:provide|offer)\s+you\s+(?:with\s+)?a\s+different\s+(?:level|quality))\b[^.]{0,80}\bexercis/gi],
    verb: [],
  },
};

/** Cheap per-kind keyword test, so most sentences skip most kinds' patterns. */
const KIND_HINT: Record<RightKind, RegExp> = {
  access: /access|know|inform\s+you|right\s+(?:to|of)\s+information|tell\s+you|advise\s+you|cop(?:y|ies)|obtain|review|view|see|inspect|summary|description|list|learn|confirm|disclos|receiv|get|request\s+(?:certain\s+|the\s+following\s+)?information|request\s+(?:the\s+)?details\s+(?:about|of|on)\b|request\s+all\s/i,
  correction: /correct|rectif|updat|edit|amend|modif|chang|revis|fix|accura|out[-\s]of[-\s]date|outdated|wrong/i,
  deletion: /delet|eras|remov|purg|forgot|destr(?:uct|oy)|eliminat|cancell?ation/i,
  portability: new RegExp(String.raw`portab|machine|structured|export|download|transmi|controller|persons?\s+responsible|\bport\b|\bto\s+${ANOTHER_CONTROLLER}|(?:transferred|transmitted|ported|sent)\s+(?:directly\s+)?to\s+(?:another|a\s+different|a\s+new|other)\b|\b(?:that\s+we|us\s+to)\s+(?:send|transfer)\b`, 'i'),
  'opt-out': new RegExp(String.raw`opt|un-?subscrib|sell\s+my|(?:not|stop|cease)\s+(?:to\s+)?(?:sell|the\s+sale)|turn\s+off|switch\s+off|disable|decline|(?:stop|discontinue|cease)\s+receiving|no\s+longer\s+receive|refuse|not\s+to\s+receive|${TEXT_STOP}|preferences|remove\s+your|${ASKED_TO_STOP}\b`, 'i'),
  object: new RegExp(String.raw`object|oppos|${REFUSE_FURTHER_USE}|${ASKED_TO_STOP}\b|${STOP_PROCESSING}`, 'i'),
  restrict: new RegExp(String.raw`restrict|limit|suspension\s+of|suspend\s+(?:the\s+)?(?:use|processing)|${TEMPORARILY_STOP}`, 'i'),
  'withdraw-consent': /withdraw|revok|revoc|retract/i,
  complaint: new RegExp(String.raw`complain|\bpetition|authorit|commissioner|regulator|attorney\s+general|\b(?:${REGULATOR_INITIALS})\b`, 'i'),
  'non-discrimination': /discriminat|\bden(?:y|ied)\b|retaliat|penali|charge\s+you|different\s+(?:level|quality)/i,
};

/**
 * The kinds whose KIND_HINT matches `text`, in one scan instead of ten. HINT_START finds, left to right, every position
 * where some hint matches; there, each kind not yet found tries its hint anchored (sticky) at that position. A kind's
 * hint matches the text iff it matches at one of those positions, so the set is exactly the kinds whose
 * `KIND_HINT[kind].test(text)` is true.
 */
const HINT_START = new RegExp(RIGHT_KINDS.map((k) => KIND_HINT[k].source).join('|'), 'gi');
const HINT_AT = RIGHT_KINDS.map((k) => new RegExp(KIND_HINT[k].source, 'iy'));
function hintedKinds(text: string): Set<RightKind> {
  const kinds = new Set<RightKind>();
  HINT_START.lastIndex = 0;
  for (let m = HINT_START.exec(text); m && kinds.size < RIGHT_KINDS.length; m = HINT_START.exec(text)) {
    for (let i = 0; i < RIGHT_KINDS.length; i++) {
      const kind = RIGHT_KINDS[i]!;
      if (kinds.has(kind)) continue;
      HINT_AT[i]!.lastIndex = m.index;
      if (HINT_AT[i]!.test(text)) kinds.add(kind);
    }
    // Hints overlap ("remove your" is deletion's and opt-out's): look again from the next position, not the match's end.
    HINT_START.lastIndex = m.index + 1;
  }
  return kinds;
}

const NO_LONGER_STATE = /\bno\s+longer\s+(?=(?:relevant|accurate|necessary|needed|required|current|correct|valid|up[-\s]to[-\s]date)\b)/gi;

/** "We will not discriminate against you" grants the right: there the negation is the grant. */
const NEGATION_IS_GRANT: ReadonlySet<RightKind> = new Set(['non-discrimination']);

/** An arbitration clause named: an opt-out of it is no privacy right (NOT_A_RIGHT, and the sentences after it in findRights). */
const ARBITRATION_CLAUSE = String.raw`arbitrat\w*|dispute\s+resolution\s+(?:provision|clause|section|agreement|procedure)s?`;

/**
 * A third party's rights over the account: "that third party may have additional rights over your account, like the ability to
 * access or delete your Microsoft account" (not the user's, for access and deletion).
 */
const THIRD_PARTY_RIGHTS = String.raw`\bthird[-\s]part(?:y|ies)\s+(?:(?:may|might|will|can|also)\s+)*(?:have|has)\s+(?:(?:additional|certain|other|some)\s+)?(?:rights|the\s+(?:ability|right))\b`;
/** Rights over data that are not the user's, for access and deletion alike: a copyright notice's takedown, a third party's rights. */
const NOT_THE_USERS = String.raw`\bcopyright|\bDMCA\b|${THIRD_PARTY_RIGHTS}`;

/** Cues that, though matched, are about something other than the user's right. */
const NOT_A_RIGHT: Partial<Record<RightKind, RegExp>> = {
  // "we may update this policy", "changes to this privacy policy": the policy, not the user's data; "if you do not wish them
  // to use or change your profile, be sure to let them know": others (who share the account) changing it.
  correction: /\b(?:we|us)\s+(?:may|will|reserve|can)\s+(?:\w+\s+){0,3}(?:update|change|modify|amend|revise)\s+(?:this|our|these|the)\s+(?:privacy\s+)?(?:policy|notice|statement|terms)|\b(?:do\s+not|don['’]t)\s+(?:wish|want)\s+(?:them|others|other\s+people|anyone(?:\s+else)?)\s+to\b/i,
  // "help you efficiently access your information after you sign in" is a cookie's convenience, not a right; so is
  // "providing access to your GOG account" among the purposes of use (logging in, not a copy of the data), and
  // "view your current data usage" (a phone or broadband plan's meter).
  // A copyright notice ("request removal of those materials (or access to them)", "the Content be removed, or access to it
  // blocked") takes down someone's content: no right over the user's data (for deletion too).
  // Terms about a business's secrets ("otherwise accessed by you ... (the “Confidential Information”)", "use of or access to
  // the Program or proprietary information", "Reverse Engineering solely for purposes of obtaining such information") and
  // what the user does "at your own risk" ("you access all such information and Content at your own risk"): no right either.
  // Nor is a licence to the service or its content ("a non-exclusive, non-transferable, and limited right to access ... and
  // use the Application", "you are granted the right to access text, files, images ... (collectively, "Content")") or
  // content paid for ("you usually will need to pay for it before you can access it").
  // Others seeing the user's content ("who can see this information", "Who can see your IP address"), messages refused
  // ("the opportunity to refuse to receive that further information") and a help page ("you can access all the information
  // you need to understand your rights") are no access either. Nor is who has or gains access ("the only person with access",
  // "prevent unauthorized persons from gaining access", "prevent access to your information from subsequent users") or
  // agreeing or consenting to receive messages ("you agree to receive them", "their consent to receive such information").
  access: new RegExp(String.raw`\b(?:granting|giving)\s+you\s+access\s+to\s+your\s+account\b|\bprovid(?:e|es|ing)\s+(?:you\s+)?(?:with\s+)?access\s+to\s+your\s+(?:[\w-]+\s+)?(?:user\s+)?accounts?\b(?![^.;]{0,60}\b(?:view|see|review|download|cop(?:y|ies)|correct|update|delete)\b)|\b(?:view|see|check)\s+(?:your\s+)?(?:current\s+|monthly\s+)?data\s+(?:usage|plans?|allowance|caps?|balance)\b|\baccess\s+(?:your|their)\s+accounts?\s+(?:from|through|via|using|on)\b|\b(?:are|is|be)\s+(?:only\s+)?granted\s+access\b|\bhelp(?:s|ing)?\s+you\s+(?:\w+ly\s+)?(?:to\s+)?(?:(?:store|share|upload|save|sync|send|find|manage|organi[sz]e|edit|view),?\s+){0,4}(?:(?:and|or)\s+)?access\b|\b(?:restrict|limit)\w*\s+access\b|\baccess\s+(?:to\s+(?:your|personal)\s+\w+\s+)?is\s+(?:restricted|limited)|\b(?:unauthori[sz]ed|illegal|unlawful|improper)\s+access\b|\b(?:who|which\s+\w+)\s+(?:has|have)\s+access\b|\b(?:your|a|the)\s+review\b|\breview\s+(?:it|this|the|them|these)\s+(?:\w+\s+)?(?:frequently|periodically|regularly|often)|\b(?:block|disabl|prevent)\w*\s+access\b|\baccess\s+to\s+(?:it|them|the\s+\w+)\s+(?:(?:be|is|being)\s+)?(?:blocked|disabled)\b|${NOT_THE_USERS}|\breview\s+the\s+privacy|\b(?:individuals|employees|personnel|staff|companies|parties|providers|vendors|they|who|persons?|people|anyone|others|someone|entit(?:y|ies))\s+(?:\w+\s+){0,3}(?:have|has|with|given|granted|gain(?:s|ed|ing)?)\s+access\b|\b(?:providers?|vendors?|partners?|compan(?:y|ies)|third\s+part(?:y|ies)|agents?|advertisers?|entit(?:y|ies))\s+(?:\w+\s+){0,2}(?:requests?|needs?|requires?|gains?|obtains?)\s+access\b|\b(?:confidential|proprietary)\s+information\b|\btrade\s+secrets?\b|\breverse[-\s]engineer|\bat\s+(?:your|their)\s+(?:own\s+|sole\s+)+risk\b|\bnon-(?:exclusive|transferable|sublicensable)\b|\brevocable\b|\((?:collectively,?\s+)?(?:the\s+)?["“]Content["”]\)|\bpay\s+for\s+(?:it|them)\s+before\s+you\s+can\s+access\b|\bwho\s+(?:else\s+)?(?:can|may|could|will)\s+(?:see|view|access)\b|\brefus\w*\s+to\s+receive\b|\binformation\s+(?:that\s+)?you\s+need\s+to\s+understand\b|\b(?:agree\w*|consent\w*|opt(?:s|ed|ing)?[-\s]?in)\s+to\s+receiv`, 'i'),
  // Clearing cookies or Flash data in a browser is borderline (RUBRIC.md): not counted as deleting personal data;
  // "from the design of any Guardian service which uses personal data to the deletion of that data": a lifecycle, not a request.
  // A copyright notice ("wish to have it removed, please send a removal notification to our designated copyright agent"), as for access.
  // A breach of the terms "remedied by Customer's removal of certain Customer Data" (Slack's terms) is the remedy, not a right;
  // an app removed from a device ("you must stop using the app, and (if needed) delete it from your device", Formshop) no data.
  deletion: new RegExp(String.raw`\bfrom\s+(?:the\s+)?(?:design|collection|creation|moment|point)\b[^.;]{0,120}?\bto\s+(?:the\s+|its\s+)?(?:deletion|destruction|disposal|erasure)\b|\b(?:stored|remain|kept)\s+on\s+your\s+(?:device|computer|browser|hard\s+drive)|\bcookies?\b|\bflash\b|\blocal\s+shared\s+objects\b|\bbrowser['’]?s?\s+(?:settings|history|cache|[“"]?help|options|preferences|tools)|\b(?:they|it)\s+expires?\b|${NOT_THE_USERS}|\bremed(?:y|ied|ies)\s+by\b|\b(?:delete|remove|uninstall)\s+(?:it|them|the\s+(?:app|application|software))\s+from\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:device|computer|phone)s?\b`, 'i'),
  // RUBRIC.md: an opt-out that only a browser setting or a third party's tool provides is borderline; not counted.
  // So is one a third party's website offers, with no word of the organization's own: "by checking the third party's website
  // ... how to "opt-out"" (MyHeritage), "opt-out from any third-party websites" (Uncrowned Empire), "Some of these providers
  // allow you to opt out of their processing directly" (FamilyTreeDNA).
  // "we do not respond to “do not track signals” or other mechanisms that might enable website visitors to opt out": no control is offered.
  // "... and opt-out information (mark that the user does not like to be addressed) will be saved": data an ad tool stores.
  // "You can decline this agreement to arbitrate by ... submitting the opt-out form": an opt-out of arbitration, not of a use of data;
  // so is "you want to opt out of that provision" of "a new agreement with Cox that includes a dispute resolution provision".
  // "The System may automatically download and install upgrades ... unless you disable these features" (SMARTPROXY): software updates.
  // "reject the change by unsubscribing from the subscription" (Overwolf), "... from the Upgraded Membership" (Quizlet) and "opt-out or cancel Automatic Payment" (The Filipino
  // Channel) end a paid plan; a cookie that "determines whether the user has ... made any tracking opt-out choices"
  // (Bitdefender) records a choice made elsewhere.
  'opt-out': new RegExp(String.raw`\b(?:${ARBITRATION_CLAUSE})\b[^.]{0,160}\bopt(?:s|ed|ing)?[-\s]?out\b|\bopt(?:s|ed|ing)?[-\s]?out\b[^.]{0,160}\b(?:${ARBITRATION_CLAUSE})|\b(?:do|does)\s+not\s+(?:currently\s+)?(?:respond|honou?r|recogni[sz]e|support|react)\s+to\s+(?:["“]?do[-\s]not[-\s]track|dnt\b|browser\s+signals)|\bopt[-\s]?out\s+(?:information|status)\b[^.]{0,80}\b(?:will\s+be|is|are)\s+(?:saved|stored|collected|recorded|logged)\b|^(?!(?:[^.]|\.(?=\S))*\b(?:we|us|our)\b(?:[^.]|\.(?=\S))*\b(?:e-?mails?|newsletters?|marketing|promotional|communications|sale|sell|share)\b)(?:[^.]|\.(?=\S))*\b(?:opt[-\s]?out|opt\s+\w+\s+out)\b(?:[^.]|\.(?=\S))*\b(?:google\s+analytics|google\s+ad\b|google['’]s|(?:www|tools|adssettings)\.google\.com|DART|doubleclick|network\s+advertising\s+initiative|networkadvertising|digital\s+advertising\s+alliance|DAA|NAI|aboutads|youradchoices|youronlinechoices|evidon|optout\.|hotjar|browser(?:['’]s)?\s+(?:settings|preferences)|cookie\s+settings\s+in\s+your\s+browser|participating\s+companies|(?:device|phone|mobile)\s+settings|(?:ios|android)\s+device|features\s+on\s+your\s+(?:device|phone))\b|^(?!(?:[^.]|\.(?=\S))*\b(?:we|us|our)\b)(?:[^.]|\.(?=\S))*\b(?:check(?:ing)?|visit(?:ing)?|go(?:ing)?\s+to|refer(?:ring)?\s+to)\s+(?:the\s+|that\s+)?(?:relevant\s+|specific\s+|respective\s+)?third[-\s]part(?:y|ies)['’]?s?\s+(?:web\s*sites?|sites?)\b|\bopt(?:s|ed|ing)?[-\s]?out\s+(?:of|from)\s+(?:any\s+|the\s+|those\s+|such\s+)?third[-\s]part(?:y|ies)['’]?s?\s+(?:web\s*sites?|sites?)\b|\b(?:providers|partners|vendors|companies|third\s+parties|networks)\s+(?:may\s+|also\s+)?(?:allow|let|enable|offer)s?\s+(?:you|users)\s+(?:to\s+)?opt\b|\blimit\s+ad\s+tracking\b|\bgoogle(?:['’]s)?(?:\s+analytics)?\s+opt[-\s]?out\b|\b(?:network\s+advertising\s+initiative|digital\s+advertising\s+alliance|NAI|DAA)['’]?s?\s+(?:consumer\s+)?opt[-\s]?out\b|\bedaa\b|\bunsubscrib\w*\s+from\s+their\s+(?:messages|e-?mails|mailings|communications|lists?)\b|\bunsubscrib\w*\s+from\s+(?:the|your|a|any)\s+(?:(?:paid|premium|upgraded|pro|plus|annual|monthly|yearly)\s+)?(?:subscription|plan|membership)\b|\bopt(?:s|ed|ing)?[-\s]?out\b[^.;]{0,30}\b(?:automatic\s+(?:payments?|renewals?|billing)|auto[-\s]?renew\w*|recurring\s+(?:payments?|billing|charges))|\bwhether\s+(?:the\s+)?(?:user|visitor)\s+has\b[^.;]{0,80}\bopt(?:[-\s]?out|ed)\b|\b(?:clear|delete|erase|remove|lose)\w*\s+(?:the\s+|your\s+)?opt[-\s]?out\s+cookies?\b|\bopt(?:ing)?[-\s]?out\s+(?:is|are)\s+(?:generally\s+|usually\s+|typically\s+)?(?:done|achieved|accomplished|implemented)\s+by\b|\bopt[-\s]?out\s+of\s+ads\s+personali[sz]ation\b|\bevidon\b|\b(?:delete|clear)\s+(?:the\s+|your\s+)?cookies\b[^.]{0,80}\b(?:re-?(?:enter|set|do)|renew)\b|\bunsubscrib\w*\s+from\b[^.]{0,100}\bfrom\s+(?:our\s+|the\s+)?third[-\s]part(?:y|ies)\b|\bsettings\s+(?:on|in|of)\s+your\s+(?:web\s+)?browser\b|\bautomatically\s+(?:download|install|updat|upgrad)\w*\b`, 'i'),
  // "withdraw your consent to our use of cookies at any time by adjusting your browser's privacy settings": only a browser setting (borderline, not counted).
  'withdraw-consent': /\bcookies?\b[^.]{0,120}\bby\s+(?:adjusting|changing|modifying|using|updating)\s+your\s+(?:web\s+)?browser(?:['’]s)?\s+(?:privacy\s+)?(?:settings?|preferences)\b(?![^.]*\b(?:or|and)\s+by\b)/i,
  // "GOG has enabled cross-border portability on free and paid content pursuant to Regulation (EU) 2017/1128": a subscription
  // that works abroad, not the user's data moved to another controller.
  portability: /\bcross[-\s]border\s+portability\b|\bportability\s+(?:of|on|for)\s+(?:[\w-]+\s+){0,3}?(?:content|online\s+content\s+services)\b/i,
  restrict: /\brestrict\w*\s+(?:(?:or|and|and\/or)\s+(?:terminate|suspend|cancel|revoke|block|deny)\w*\s+)?access\b|\blimit\w*\s+(?:access|our\s+liability)/i,
  // "If you object to anything described in this Privacy Policy, please do not use our websites": leaving, not a right.
  // Nor is an objection to new terms ("your right to object and the importance of the deadline to object", ResearchGate's
  // terms) or a controller's objection to a processor's subprocessors ("allowing the controller the right to object to such
  // changes", Turnitin).
  object: /\bif\s+you\s+object\s+to\s+(?:anything|any\s+(?:part|portion|provision|term)s?\s+of|(?:(?:any|the|such|these|those)\s+){0,2}(?:changes?|modifications?|amendments?|updates?|revisions?)\b|(?:this|these|the|our)\s+(?:privacy\s+)?(?:policy|notice|statement|terms)\b)|\bdeadline\s+to\s+object\b|\bobject\w*\s+to\s+(?:such\s+|the\s+|these\s+)?(?:amended|new|revised|changed)\s+terms\b|\bcontrollers?\s+(?:(?:has|have|shall\s+have|with)\s+)?(?:the\s+|a\s+)?right\s+to\s+object\b/i,
};

/** Words for the user (or the user's request) as the one who acts. */
const USER_ACTORS = String.raw`you|your\s+right|(?<!\b(?:restrict|restricts|limit|limits|affect|affects|impair|impairs|prevent|prevents|block|blocks|reduce|reduces|remove|removes)\s+)your\s+ability|he\s+or\s+she|she\s+or\s+he|users?|consumers?|residents?|individuals?|data\s+subjects?|members?|customers?|visitors?|parents?|guardians?|subscribers?|patients?|persons?|anyone|requests?|request|requesting|right|rights|entitled|ask|asking|wish|like|want|please|contact\s+us|upon\s+request|how\s+to`;
/** Who acts, read backwards through the clause: the last actor word before the cue. */
const ACTOR = new RegExp(String.raw`\b(${USER_ACTORS}|employees|we|us|our|(?:they|it)(?=\s+(?:may|will|can|could|might|would|shall|must|is|are|was|were|has|have|do|does|did|also|only)\b)|people|others|other\s+(?:users|members|people)|the\s+public|companies|providers?|partners?|vendors?|cookies|technologies|advertisers?|(?:team\s+|workspace\s+|group\s+)?(?:administrators?|admins?|moderators?)|courts|(?:[\w-]+\s+)?(?:authorities|agencies)|police|third[-\s]parties|third[-\s]party(?=\s+(?:to|may|will|can|could|might|would|shall|must|is|has|does|also|only)\b)|agents?)\b`, 'gi');
const USER_ACTOR = new RegExp(`^(?:${USER_ACTORS})$`, 'i');
/** Is there any actor word? (ACTOR itself is global, for the walk through the clause.) */
const HAS_ACTOR = new RegExp(ACTOR.source, 'i');
const NAMED_SUBJECT = /(?:^|[^\w])(?!(?:You|We|Users?|Consumers?|Members?|Customers?|Residents?|Individuals?|Parents?|Visitors?|If|When|Where|Once|After|Upon|Please)\b)[A-Z][\w&.-]*\s+(?:will|shall|may|might|can|could|must|would)\s+(?:\w+\s+){0,6}$/;
const OBJECT_OF_PREPOSITION = /\b(?:with|among|between)\s+(?:(?:our|the|its|their|these|those|such|certain|other|some|any|all)\s+)?(?:[\w-]+\s+)?$/i;

/** Who is given the rights a lead-in lists. */
const LEAD_IN_SUBJECT = String.raw`(?:you|consumers?|residents?|individuals?|users?|data\s+subjects?)`;
/**
 * A lead-in whose list items are things the user may do: "you have the following rights:", "if you wish to:", "you may ask
 * us to take the following actions in relation to your personal information:", and one the list completes without a colon
 * ("users and data subjects have the right", then "to correct ...").
 */
const USER_LEAD_IN = new RegExp(String.raw`\b${LEAD_IN_SUBJECT}\b[^.:]{0,80}\b(?:rights?|may|can|entitled|wish|want|like)\b[^.:]{0,60}:\s*$|\b${LEAD_IN_SUBJECT}\s+(?:(?:may|also|each|all)\s+)?(?:have|has|are\s+entitled\s+to)\s+(?:the\s+)?(?:following\s+)?rights?(?:\s+to)?\s*$|\b${LEAD_IN_SUBJECT}\s+(?:may|can)\s+(?:also\s+)?(?:ask|request|require)\s+(?:us|that\s+we)\s+(?:to\s+)?(?:take\s+)?(?:any\s+of\s+)?the\s+following\b[^.:]{0,100}:\s*$|\brights?\b[^.:]{0,40}(?:include|are|as\s+follows)?\s*:\s*$`, 'i');

/** The sentence sends the user's request somewhere: "should be directed to", "please contact". */
const USER_CHANNEL = /\b(?:should|may|can)\s+be\s+(?:directed|sent|addressed|submitted|made)\s+to\b|\bplease\s+(?:contact|e-?mail|write|call)\b/i;

/** Is the user (or a user's request) the actor of the cue at `at`? "we will correct it at your request" counts. */
/** A verb a sentence may open with, bidding the reader to act on their data ("A copy of the Addendum can be requested" opens with none). */
const IMPERATIVE_VERB = /^(?:update|edit|correct|change|modify|amend|review|access|view|delete|remove|erase|download|export|manage|withdraw|object|restrict|limit)\b/i;
/** How the reader does it, after an imperative: "at any time by logging in", "through your account settings". */
const IMPERATIVE_MEANS = /\bby\s+(?:logging|signing|visiting|going|clicking|contacting|e-?mailing|writing|calling|using|accessing)\b|\b(?:through|via|in|from)\s+(?:your|the)\s+(?:account|profile|privacy)\s+(?:settings|page|preferences|dashboard)\b/i;
function userActs(text: string, at: number): boolean {
  // "Update your account at any time by logging in and changing your profile settings" (OPP-115 135_instagram): an imperative
  // to the reader that opens the sentence and says how to do it ("Update your account information." in a list of purposes says not).
  if (/^\W*(?:please\s+|simply\s+|just\s+)?$/i.test(text.slice(0, at)) && IMPERATIVE_VERB.test(text.slice(at)) && IMPERATIVE_MEANS.test(text)) return true;
  let before = clauseBefore(text, at);
  // A list after "if you wish to: (a) update or delete ...": the user's wish, stated before the list, carries over.
  // So does "the right (i) to request access ..., (iii) to restrict the processing" across the list's parentheses.
  const head = text.slice(0, at);
  if (!HAS_ACTOR.test(before) && (/\b(?:you|users?)\s+(?:may|can|wish|would\s+like|want)\b/i.test(head) || (/\bthe\s+rights?\b/i.test(head) && !/\b(?:reserves?|retains?)\s+the\s+right/i.test(head)))) before = head;
  // "ask that we limit", "request that we delete", "ask us, in certain circumstances, to restrict": the company acts on the user's request.
  // "you have the right to require us to correct", "the right to demand that we restrict processing": the user's demand.
  if (/\b(?:request|ask)(?:s|ed|ing)?\s+(?:that\s+)?(?:we|us),?\s+(?:to\s+)?(?:[\w,]+\s+){0,6}$|\b(?:right\s+to\s+|you\s+(?:(?:may|can|could|also)\s+)*)(?:require|demand)\s+(?:that\s+)?(?:we|us),?\s+(?:to\s+)?(?:[\w,]+\s+){0,6}$/i.test(before)) return true;
  // "if you would prefer that we delete or suppress information we have about you", "if you want us to delete": the user's wish.
  if (/\byou\s+(?:would\s+)?(?:prefer|want|wish|like)\s+(?:that\s+)?(?:we|us)\s+(?:to\s+)?(?:[\w,]+\s+){0,2}$/i.test(before)) return true;
  // "If you want to close your Website account and have us delete the personal information in it": the user has the company act.
  if (/\b(?:have|let)\s+us\s+(?:[\w,]+\s+){0,2}$/i.test(before) && /\b(?:you|users?)\s+(?:may|can|wish|would\s+like|want|prefer)\b/i.test(head)) return true;
  // "Questions ..., or to review and/or correct your personal information ..., should be directed to ..." and
  // "To correct or delete information, log into your account": the user's request through a channel.
  if (/\bto\s+(?:\w+\s+(?:and\/or|and|or)\s+)?$/i.test(before) && (USER_CHANNEL.test(text) ? !/\bwe\b/i.test(before) : !/\b(?:we|us)\b/i.test(before)) && (USER_CHANNEL.test(text) || /^\W*to\s+[^.]*?,\s*(?:please\s+)?(?:log|sign|contact|visit|e-?mail|click|go|write|call|send|use|submit|follow)\b/i.test(text))) return true;
  // "the CCPA allows you to request us to: Inform you ...", "you may request that we: provide access to ...": the lead-in before the colon.
  const start = clauseStart(text, at);
  if (!HAS_ACTOR.test(before) && start > 0 && /:\s*$/.test(text.slice(0, start)) && (USER_LEAD_IN.test(text.slice(0, start)) || /\b(?:request|ask)\s+(?:that\s+)?(?:we|us)(?:\s+to)?\s*:\s*$/i.test(text.slice(0, start)))) return true;
  // "At your request, we will: (a) inform you ... (b) amend the personal information ...": the company acts on the user's request, stated up front.
  if (!HAS_ACTOR.test(before) && /^\W*(?:at|upon|on)\s+(?:your|the\s+user['’]s)\s+(?:written\s+)?request\s*,?\s*(?:we|us|[A-Z][\w&.-]*)\s+(?:will|shall|can|may)\s*:/i.test(head)) return true;
  let last = '';
  ACTOR.lastIndex = 0;
  // "opt out of information sharing with our advertisers, or delete your account": an actor after a preposition is no subject.
  let lastEnd = 0;
  for (let m = ACTOR.exec(before); m; m = ACTOR.exec(before)) {
    const preceding = before.slice(Math.max(0, m.index - 40), m.index);
    // "and object to our use of your personal information, delete or correct your personal information": "our" after a preposition is a possessive.
    if (OBJECT_OF_PREPOSITION.test(preceding) || (/^our$/i.test(m[1]!) && /\b(?:to|of|for|in|on|about|from|with|into)\s+$/i.test(preceding))) continue;
    // "For users of our online worksheet, to review your financial information ...": a purpose's beneficiary, but "for you to delete" keeps its subject.
    if (/\bfor\s+(?:(?:our|the|its|their|these|those|such|certain|other|some|any|all)\s+)?$/i.test(preceding) && !/^\s+to\b/i.test(before.slice(m.index + m[0].length))) continue;
    // "the right to confirm whether we are processing your personal data and to access such data": the subject of what is
    // confirmed, not of the right ("whether or not" is blanked by clauseBefore, leaving "confirm" before the actor).
    if (/\bwhether\s+(?:or\s+not\s+)?$|\bconfirm(?:ation)?\s+(?:of\s+)?$/i.test(preceding)) continue;
    // "We will notify you and delete your data": "you" is the object of the company's verb, and "we" the subject of both.
    if (/^you$/i.test(m[1]!) && /\b(?:notify|inform|tell|e-?mail|contact|alert|remind|warn|advise)\s+$/i.test(preceding) && /^\s*,?\s+and\b/i.test(before.slice(m.index + m[0].length))) continue;
    // "we may refuse to accept any future contribution from you and/or delete your user account": "you" after "from", then
    // "and/or" (not "and": "the personal information we have collected from you and if necessary change them" is the user's).
    if (/^you$/i.test(m[1]!) && /\bfrom\s+$/i.test(preceding) && /^\s*,?\s+and\/or\b/i.test(before.slice(m.index + m[0].length))) continue;
    // "request its erasure when it is no longer necessary, oppose or limit the processing": "it" is the subject of a
    // clause the comma closed, not of the verbs after it.
    if (/^(?:it|they)$/i.test(m[1]!) && /\b(?:when|whenever|if|where|once|unless|because|since|while)\s+$/i.test(preceding) && before.includes(',', m.index)) continue;
    // "courts, law enforcement agencies ... may be entitled to access your personal information": entitled, but not the user.
    if (/^entitled$/i.test(m[1]!) && last && !USER_ACTOR.test(last)) continue;
    last = m[1]!;
    lastEnd = m.index + m[0].length;
  }
  // "If MetaCafe learns that ... information of persons under 13 ..., then MetaCafe will take steps to delete": a named company acts after the last actor word.
  if (NAMED_SUBJECT.test(before.slice(lastEnd))) last = 'we';
  if (USER_ACTOR.test(last)) return true;
  // "After we receive and confirm your verifiable consumer request, we will delete your Personal Information".
  return /^(?:we|us|our)$/i.test(last) && /\b(?:(?:at|upon|on)\s+(?:your\s+)?request|if\s+you\s+(?:ask|request|contact|email|write|call|tell)|when\s+you\s+(?:ask|request)|(?:after|once|when)\s+we\s+(?:have\s+)?(?:receive|received|verify|verified|confirm|confirmed)\s+(?:(?:and|or)\s+\w+\s+)?your\s+(?:\w+\s+){0,3}?request)\b/i.test(text);
}

/** Arbitration named: an opt-out in the next sentences may be of it. */
const ARBITRATION = new RegExp(String.raw`\b(?:${ARBITRATION_CLAUSE}|class[-\s]action)`, 'i');
/** An opt-out of a part of the terms: "opt-out of this Provision". */
const OPT_OUT_OF_CLAUSE = /\bopt(?:[-\s]?out|ing\s+out)\s+(?:of|from)\s+(?:this|the|these|that)\s+(?:provisions?|clauses?|sections?|procedures?|paragraphs?)\b/i;
/** What a title's opt-out is of, when others' tools so often provide it. */
const ADS_OR_ANALYTICS = /\b(?:advertis\w*|ads|analytics|cookies?|tracking|interest[-\s]based)\b/i;
/** Words of opting out, as a section's body would use them. */
const OPTS_OUT = /\bopt(?:s|ed|ing)?[-\s]?out\b|\bopt\s+\w+\s+out\b|\bunsubscrib/i;
/** What a privacy opt-out is of: messages, marketing, cookies, a sale, data. */
const OPT_OUT_OBJECT = /\b(?:e-?mails?|newsletters?|marketing|promotion\w*|communications?|messages?|mail(?:ings?|s)?|cookies?|track\w*|advertis\w*|ads|sale|sell\w*|shar\w*|data|information|personal|analytics|profil\w*|texts?|sms|calls?|notifications?|offers?)\b/i;

/**
 * Every right the policy grants, in RUBRIC order, each with up to 3 sentences of evidence.
 * A sentence counts when it mentions a user, a right or a request, or sits in a rights/choices section.
 */
export function findRights(p: ExtractedPolicy): RightFinding[] {
  const found = new Map<RightKind, Evidence[]>();
  /** Sentences that only name rights (rightsListLine), quoted last. */
  const listLines = new Set<number>();
  /** Sentence `s` offers the right `kind`: one more quote for it (up to 8, ordered below). */
  const offers = (kind: RightKind, s: Sentence): void => {
    let ev = found.get(kind);
    if (!ev) found.set(kind, (ev = []));
    pushEvidence(ev, toEvidence(p, s), 8);
  };
  let leadIn = '';
  // Items set as plain paragraphs after a lead-in ("... if you would like to do any of the following:", "Access personally
  // identifiable information ...,", "Correct factual errors in such information,"): a run while each ends in a comma or "or".
  let inRun = false;
  let prev = '';
  /** The last sentence that named arbitration. */
  let arbitration = -Infinity;
  for (const s of p.sentences) {
    const text = s.text;
    if (ARBITRATION.test(text)) arbitration = s.id;
    // `prev.trimEnd().endsWith(':')` is /:\s*$/ (trimEnd strips exactly the characters \s matches) without a scan of every ':'.
    inRun = !s.isListItem && !s.isHeading && ((prev.trimEnd().endsWith(':') && USER_LEAD_IN.test(prev)) || (inRun && /(?:[,;]|\b(?:or|and))\s*$/.test(prev)));
    prev = text;
    // A list item may lead in a list of its own ("If you are located within the European Union, you may ask us to take the
    // following actions ...:", then "Restrict the processing of your personal information."), as on pages saved as one list.
    if ((!s.isListItem && !inRun) || (s.isListItem && text.trimEnd().endsWith(':'))) leadIn = text;
    if (!mayGrant(text)) continue;
    // A line that only names rights ("A. Access, rectification, deletion, data portability, restriction of processing,
    // objection to processing.", "ACCESS, CORRECTION, AND DELETION OF PERSONAL DATA"): each is offered.
    const listed = rightsListLine(text);
    if (listed) {
      listLines.add(s.id);
      for (const kind of listed) offers(kind, s);
      continue;
    }
    const heading = p.sections[s.section]?.heading ?? '';
    const inRightsSection = /right|choice|access|control|option|opt|delet|california|gdpr|eea|europe|ccpa|complain|supervis|regulat/i.test(heading);
    // A list under "You have the following rights:" / "If you wish to:": the user is the actor of each item.
    const userList = (s.isListItem || inRun) && USER_LEAD_IN.test(leadIn);
    // An imperative to text a keyword ("Text STOP to 70801") addresses the user without naming one.
    if (!s.isHeading && !userList && !USER_CUE.test(text) && !inRightsSection && !TEXT_STOP_CUE.test(text)) continue;
    const hinted = hintedKinds(text);
    // "c. Right to Opt Out IF YOU DO NOT WISH TO ARBITRATE ...", then "BUT YOU MUST SEPARATELY OPT OUT FOR EACH ACCOUNT" (Xfinity),
    // "All other disputes ... shall be arbitrated. 14.6 30-Day Right to Opt Out." (Vectary): an opt-out of nothing named,
    // within three sentences of arbitration, is the arbitration opt-out (one that names it is excluded in NOT_A_RIGHT).
    // So is one "of this Provision", whatever else the sentence names ("You may opt-out of this Provision by emailing us ...
    // the following information", Monthly).
    if (hinted.has('opt-out') && s.id - arbitration <= 3 && (!OPT_OUT_OBJECT.test(text) || OPT_OUT_OF_CLAUSE.test(text))) hinted.delete('opt-out');
    for (const kind of RIGHT_KINDS) {
      if (hinted.has(kind) && grantsHinted(text, kind, s.isHeading, userList)) offers(kind, s);
    }
  }
  // A title that names an opt-out of ads, analytics or cookies ("How to opt out of interest-based advertising"; a heading, or a
  // short line without a final stop) over a section whose every way to opt out is someone else's ("Some of these providers
  // allow you to opt out ... on their websites", the NAI's page): the body decides. A title over a body that says nothing of
  // opting out still counts, and so does one about another opt-out ("Nevada Residents Opt-Out", a link to the organization's
  // own request page).
  const titleLike = (s: Sentence): boolean => s.isHeading || (!/[.!?;:]\s*$/.test(s.text) && s.text.split(/\s+/).length <= 12);
  const adsTitle = (s: Sentence | undefined): s is Sentence => !!s && titleLike(s) && ADS_OR_ANALYTICS.test(s.text);
  const optOut = found.get('opt-out');
  if (optOut?.some((e) => adsTitle(p.sentences[e.sentence]))) {
    const granted = new Set(optOut.map((e) => e.sentence));
    const kept = optOut.filter((e) => {
      const h = p.sentences[e.sentence];
      if (!adsTitle(h)) return true;
      const body = (p.sections[h.section]?.sentences ?? []).map((id) => p.sentences[id]!).filter((x) => !titleLike(x) && OPTS_OUT.test(x.text));
      return !body.length || body.some((x) => granted.has(x.id));
    });
    if (kept.length) found.set('opt-out', kept);
    else found.delete('opt-out');
  }
  // The card shows three quotes: the sentences that grant the right; caveats, table rows and lines that only name
  // rights only when nothing else does (the analyzer orders them by focus afterwards, which would bring a caveat back first).
  const quotes = (ev: Evidence[]): Evidence[] => {
    const grants = ev.filter((e) => !CAVEAT.test(e.text) && !listLines.has(e.sentence));
    return (grants.length ? grants : ev).slice(0, 3);
  };
  return RIGHT_KINDS.filter((k) => found.has(k)).map((kind) => ({ kind, evidence: quotes(found.get(kind)!) }));
}

/** Nouns of rights, each naming one kind. */
const RIGHT_NOUNS: [RegExp, RightKind][] = [
  [/\baccess\b/i, 'access'],
  [/\b(?:rectification|correction|amendment)\b/i, 'correction'],
  [/\b(?:deletion|erasure)\b/i, 'deletion'],
  [/\bportability\b/i, 'portability'],
  [/\brestriction\b/i, 'restrict'],
  [/\bobjection\b/i, 'object'],
];
/** A short line made only of right nouns and joiners, after an optional enumerator ("A.", "7.2", "(a)"). */
const RIGHTS_LIST_LINE = /^\W*(?:(?:[A-Za-z]|\d+(?:\.\d+)*)[.)]\s+)?(?:(?:access|rectification|correction|amendment|deletion|erasure|portability|restriction|objection|exercising|information|your|data|personal|and\/or|and|or|of|to|processing|requests?|rights?|the)\b|[\s,.&])+$/i;

/** The kinds a line of right nouns names, when it names at least three; else null. */
function rightsListLine(text: string): Set<RightKind> | null {
  if (text.length > 140 || !RIGHTS_LIST_LINE.test(text)) return null;
  const kinds = new Set<RightKind>();
  for (const [re, kind] of RIGHT_NOUNS) if (re.test(text)) kinds.add(kind);
  return kinds.size >= 3 ? kinds : null;
}

/**
 * A caveat about a right rather than its grant ("Please note that if you opt out of certain types of sales, ...", "Opting out
 * only means that those selected members should no longer deliver ... ads", "Also,
 * the opt-out is limited to the specific browser"), or a table row ("oo | Hybrid Theory | to record and process the
 * opt-out request of a user | 13 months maximum"), or a withdrawal that only times the company's act ("We will delete
 * your biometric information within three (3) years of you deleting your ... account or withdrawing your consent", "we keep
 * the information until you withdraw your consent", "— You withdraw your consent", "you object to the processing of your
 * personal data and we do not have an overriding legitimate ground", grounds for erasure), or a limit on the rights ("the
 * right to access, the right to erasure ... cannot be enforced after expiration of the retention period"): quoted only
 * when no sentence grants the right.
 */
const CAVEAT = /^\W*(?:(?:please\s+)?(?:note|be\s+aware|keep\s+in\s+mind|remember)\b|also,|however,|opting[-\s]?out\s+(?:only\s+)?(?:means|does\s+not|doesn['’]t|will\s+not|won['’]t)\b|if\s+you\s+(?:have\s+)?(?:opt|unsubscrib|delet|withdr|object|restrict|request|exercis|choose|decide)|you\s+(?:withdraw\s+(?:your\s+)?consent|object\s+to\s+(?:the|our)\s+processing)\b)|\s\|\s|\|\|\||\bcannot\s+be\s+(?:enforced|exercised)\b|\b(?:until|of)\s+you\s+(?:[\w-]+\s+){0,6}?(?:withdraw|withdrawing|revoke|revoking)\s+(?:your\s+|that\s+|such\s+)?consent\b/i;

/**
 * One "right to" governing a list: "your right to be informed, to access, to object, to erasure or blocking, ..., to
 * rectify and to data portability" reads as "right to access, right to object, right to erasure ...". Not after
 * "reserves the right to" (the company's right).
 */
function expandRightList(text: string): string {
  // grants runs for each kind on the same sentence in turn: expand it once.
  if (text === expandedFrom) return expandedTo;
  expandedFrom = text;
  expandedTo = expandOnce(text);
  return expandedTo;
}
let expandedFrom = '';
let expandedTo = '';

function expandOnce(text: string): string {
  const i = text.search(/\brights?\s+(?:to|of)\s/i);
  if (i < 0 || /\b(?:reserves?|retains?)\s+the\s+$/i.test(text.slice(Math.max(0, i - 20), i))) return text;
  const rest = text.slice(i);
  if (/,\s*(?:and\s+|or\s+)?to\s+\w/i.test(rest)) return text.slice(0, i) + rest.replace(/(,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)to\s+(?=\w)/gi, '$1right to ');
  // "the right to access, correct, delete, restrict or object to our use of ...": bare verbs of rights after the first.
  const verbs = RIGHT_VERB_LIST.exec(rest);
  return verbs ? text.slice(0, i) + verbs[0].replace(/(,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?=\w)/gi, '$1right to ') + rest.slice(verbs[0].length) : text;
}
const RIGHT_VERB = String.raw`(?:access|correct|rectify|update|amend|delete|erase|restrict|limit|object|port|opt\s+out|withdraw)\b`;
const RIGHT_VERB_LIST = new RegExp(String.raw`^rights?\s+to\s+${RIGHT_VERB}(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)${RIGHT_VERB})+`, 'i');

/** What follows "deletion requests" when they are refused: "(for this type of data) may not be permitted", "will not be honored". */
const REQUEST_REFUSED = /^[^.;]{0,60}?\b(?:(?:may|will|can|could|might|shall|would)\s*not|cannot|can['’]t|won['’]t)\s+be\s+(?:permitted|honou?red|granted|accepted|fulfill?ed|processed|possible|allowed)\b/i;

/** Discrimination in hiring, housing or on a protected ground, which the privacy right is not about. */
/** Abuse that terms forbid, listed next to "discriminate": "bully, insult, intimidate, discriminate or humiliate someone". */
const ABUSE = /\b(?:harass|bull(?:y|ies|ying)\b|insult|intimidat|humiliat|degrad|shame\b|bigot|hatred|hateful|racis[tm]|violen|defam|threaten)/i;
const PROTECTED_GROUNDS = /\bdiscriminat\w*\s+(?:[\w-]+\s+){0,3}?(?:against\s+(?:(?:job\s+)?(?:candidates|applicants)|employees|staff|workers|tenants|borrowers)\b|on\s+(?:(?:any|the)\s+)?(?:prohibited|protected|unlawful)\s+grounds?\b|(?:on\s+the\s+basis\s+of|based\s+on|because\s+of)\s+(?:(?:your|their|a\s+person['’]s)\s+)?(?:race|colou?r|sex|gender|age|religion|disability|national\s+origin|ethnicity|sexual\s+orientation|marital|pregnancy)\b)/i;

/** The company as the subject of "request": "we may request", "we will also request". */
const COMPANY_REQUESTS = /\b(?:we|us)\s+(?:(?:may|might|can|could|will|would|shall|must|also|then|need\s+to|reserve\s+the\s+right\s+to)\s+)*$/i;

/** Does this sentence grant `kind`? A heading counts only when it names the right ("Right to Erasure"). */
export function grants(sentence: string, kind: RightKind, isHeading = false, userList = false): boolean {
  return KIND_HINT[kind].test(sentence) && grantsHinted(sentence, kind, isHeading, userList);
}

/** An acceptable-use clause up to the verb: "may not use the Service to ...", "agree not to use our Sites to: (a) ...". */
const FORBIDDEN_USE = /\b(?:(?:may|must|shall|will|should|can)\s+not|cannot|agree\s+not\s+to|not\s+(?:permitted|allowed|authori[sz]ed)\s+to|(?:prohibited|forbidden)\s+from)\s+(?:use|using)\s+(?:[\w/&'’-]+\s+){0,6}?to:?\s+(?:(?!(?:but|however|although|though|except|instead)\b)[\w/,()-]+\s+){0,14}?$/i;

/** What an objection is to: the processing, use or sharing of data ("object to our use of your personal information"), or
 * what rests on legitimate interests ("object to the activities based on our legitimate interest"). */
const OBJECTION_TARGET = /\b(?:legitimate\s+interests?|process\w*|us(?:e|es|ed|ing|age)|disclos\w*|shar\w*|profil\w*|marketing|advertis\w*|data|information|collect\w*|transfer\w*|sales?|sell\w*|cookies?|track\w*|handl\w*|analy\w*|decisions?)\b/i;
/** "..., please do not use the Service": what follows a condition that is an ultimatum. */
const LEAVE_THE_SERVICE = /^[^.;]*,\s*(?:please\s+)?(?:(?:do\s+not|don['’]t|should\s+not)\s+(?:use|access|visit)|(?:stop|discontinue|cease)\s+(?:using|accessing|your\s+use))\b/i;
/**
 * An obligation just before the verb: "you must", "you are required to", "You are obliged to update such data", "agree to
 * promptly", "You are responsible to update", "you will promptly update", "you must either update your account ... or ..."
 * (not "if you must", not the company's "we are obliged to delete ... upon request", and "will" only with an adverb of duty:
 * "you will be able to" is a right).
 */
const OBLIGED_TO = /\b(?<!\bif\s+you\s+)(?:must|(?<=\b(?:you|users?|customers?|members?|subscribers?|licensees?|clients?)\s+(?:(?:also|further|hereby)\s+)?)(?:are|is)\s+(?:(?:required|obligated|obliged)\s+to|responsible\s+(?:for|to))|agree\s+to|undertake\s+to|you\s+will(?=\s+(?:promptly|immediately)\s))\s+(?:be\s+able\s+to\s+)?(?:(?:promptly|immediately|always|also|either)\s+)?(?:\w+\s+(?:or|and|and\/or)\s+)?$/i;
/** Data collected "when you ...", up to the verb, with no "can", "may", "able" or "right" after "when you". */
const COLLECTED_WHEN = /\b(?:collect\w*|receive\w*|obtain\w*|provide\s+(?:to\s+)?us)\b[^.;]{0,120}\bwhen\s+you\b(?![^.;]*\b(?:can|may|able|right)\b)[^.;]{0,100}$/i;
/** No right or denial in the rest of the clause after a duty's verb ("you shall have the right to", "you must not"). */
const NO_RIGHT_AHEAD = String.raw`(?![^.;]*?\b(?:rights?|entitled|able|may|can|option|possibility|not)\b)`;
/** A duty put on the user, up to the verb: "You shall update ...", "The User undertakes, ..., to modify ..." (no right, no "not"). */
const USER_SHALL = new RegExp(String.raw`\b(?:you|(?:the\s+)?users?|customers?|licensees?)\s+(?:shall|undertakes?)\b${NO_RIGHT_AHEAD}[^.;]{0,100}?$`, 'i');
/** A duty, then the way it is done, up to the verb: "You must inform us ... of any changes ... by " (no right, no "not"). */
const DUTY_DONE_BY = new RegExp(String.raw`\b(?:you|(?:the\s+)?users?)\s+(?:must|shall|(?:are|is)\s+(?:required|obliged|obligated)\s+to)\b${NO_RIGHT_AHEAD}[^.;]{0,140}?\bby\s+$`, 'i');
/** "access (to) your account", "the Service": the account or the service, not data (see grantsHinted). */
const ACCESS_TO_ACCOUNT = /^access\s+(?:(?:or|and|and\/or)\s+use\s+)?(?:to\s+)?(?:your|their|the|its|his|her|an?|any|our)\s+(?:[\w-]+\s+)?(?:user\s+)?(?:accounts?|services?|site|website|network|platform|app|software)\b(?!\s+(?:information|data|details|settings|profiles?|records?|history|page))(?![^.;]{0,80}\b(?:view|see(?!\s+(?:below|above|section))|review|download|cop(?:y|ies)|inspect)\b(?!\s+(?:[A-Z][\w&.-]*['’]s|our|its)\s))/i;
/**
 * Someone else's right, up to "right ": "filestream.me SHALL HAVE THE RIGHT TO DELETE ALL DATA YOU HAVE STORED", "The Site
 * and Website Owner reserve the right ... and shall have the right to remove any information" (not the user's, a data
 * subject's or a consumer's "shall have the right", nor "it", which stands for the data subject in translated GDPR text: "It
 * shall also have the right to transmit those data to another controller").
 */
const OTHERS_SHALL_HAVE = /(?<!\b(?:you|users?|subjects?|data|individuals?|consumers?|residents?|customers?|members?|subscribers?|persons?|parents?|guardians?|visitors?|he|she|it|they)\s+(?:also\s+)?)\b(?:shall|will)\s+(?:also\s+)?have\s+the\s+right\s+$/i;
/** Subjects that name the user or a user's agent, not the company, in "<Name> has the right". */
const USER_NOUN = String.raw`(?:You|Users?|Consumers?|Customers?|Clients?|Licensees?|Members?|Subscribers?|Individuals?|Residents?|Citizens?|Parents?|Guardians?|Visitors?|Subjects?|Persons?|Patients?|Participants?|Applicants?|Employees?|Students?|Recipients?|Holders?|Owners?|Agents?|Everyone|Anyone|Each|Every|Any|Data)`;
/**
 * The company's right, up to a verb in its chain: "BitPay has the right to reject your Account registration, to later close
 * your Account, or to restrict the provision of the Acceptance Services to you", "we have the right to suspend or terminate
 * your account". A named subject is one capitalized word that is not a user's noun ("Citizens in the EU have the right",
 * "Licensee has the right to opt out" are the user's), with "has" or "shall/will have", never a bare "have" (after a name
 * that is a list of states: "residents of Colorado, Connecticut, and Virginia also have the right"); nobody else is named
 * between the right and the verb ("we have the right to verify your identity before we delete it" is the company's check,
 * not its deletion).
 */
const COMPANY_HAS_THE_RIGHT = new RegExp(
  String.raw`(?:\b[Ww]e\s+(?:(?:also|still|always|shall|will|may)\s+)?have|(?<![\w.&-])(?!${USER_NOUN}\b)[A-Z][\w&.-]*\s+(?:(?:also|still|always)\s+)?(?:has|(?:shall|will)\s+have))\s+the\s+(?:(?:sole|exclusive|full|absolute|unilateral)\s+)?right\b(?:(?!\b(?:you|we|us|they)\b)[^.;])*$`,
);
/** `grants` for a sentence whose KIND_HINT for `kind` is known to match. */
function grantsHinted(sentence: string, kind: RightKind, isHeading: boolean, userList: boolean): boolean {
  const text = expandRightList(sentence);
  // Tested only when some pattern matches, before that match is judged: when nothing matches the answer is no
  // either way (a performance choice; the answer is the same).
  const exclude = NOT_A_RIGHT[kind];
  let excludeTested = !exclude;
  const { named, verb } = RIGHT_PATTERNS[kind];
  const accept = (m: RegExpExecArray, needsUser: boolean): boolean => {
    // "if it is incorrect or no longer relevant, or ask to restrict the processing": "no longer relevant" denies nothing the user does.
    const negated = isNegated(/\bno\s+longer\s/i.test(text) ? text.replace(NO_LONGER_STATE, (w) => ' '.repeat(w.length)) : text, m.index);
    // Non-discrimination is decided here; every check below is for the other kinds.
    if (NEGATION_IS_GRANT.has(kind)) {
      // "You may not use the Service for any unlawful or discriminatory activities" forbids the user something.
      if (/\bdiscriminatory\s+(?:activit|purpose|practice|conduct|content|manner)/i.test(text)) return false;
      // "We reserve the right to block ... if the content is discriminating, racist ...": content, not the user's right.
      if (/\bdiscriminat(?:ing|ory)\b/i.test(m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 6)) && !/\bagainst\s+(?:you|consumers|users|individuals|customers|anyone|them)\b|\bexercis/i.test(text)) return false;
      // "we have not discriminated against candidates on prohibited grounds": fair hiring or equal treatment, not the privacy right.
      if (PROTECTED_GROUNDS.test(text) && !/\bexercis/i.test(text)) return false;
      // "User Content ... must not be ... Defamatory of anyone or could bully, insult, intimidate, discriminate or humiliate
      // someone", "harass others, or promote bigotry or discrimination": abuse the terms forbid, not the user's right.
      if (ABUSE.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80)) && !/\bexercis/i.test(text)) return false;
      return negated || /non[-\s]?discriminat|free\s+from|^not\s/i.test(m[0]) || /\bright\b|\bwill\s+not\b|\bwon['’]t\b|\bprohibit/i.test(text);
    }
    // "You may not use the Website and/or Mobile App to transmit, distribute, store or destroy any material or information",
    // "You agree not to use the Service to delete or modify any information of other users", "You may not use the Service
    // to: (a) ... alter or modify the Service or any information": a use the terms forbid (read past ':' and '(', which end a clause).
    if (FORBIDDEN_USE.test(text.slice(Math.max(0, m.index - 200), m.index))) return false;
    // A failure, not a right: "liability that may arise if ... you fail to update such information".
    if (/\bfail(?:s|ed|ure)?\s+to\s+(?:\w+\s+(?:or|and)\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
    // "We reserve the right to access ... your information" is the company's right, not the user's.
    // "we (and the Released Entities) reserve the right to delete all of your data": a parenthesis between them too.
    const rightBefore = text.slice(Math.max(0, m.index - 100), m.index + 6).replace(/right\s+(?:to|of)\s+\w*$/i, 'right ');
    if (/\b(?:we|company|it)\s+(?:\([^()]{0,60}\)\s+)?(?:\w+\s+)?(?:reserves?|retains?|ha(?:ve|s))\s+the\s+right\s+$/i.test(rightBefore) || OTHERS_SHALL_HAVE.test(rightBefore)) return false;
    const clause = clauseBefore(text, m.index);
    if (/\b(?:reserves|retains)\s+the\s+(?:(?:sole|exclusive|full|absolute|unilateral)\s+)?right\b|\b(?:we|company|it)\s+(?:\w+\s+)?(?:reserve|retain)\s+the\s+(?:(?:sole|exclusive|full|absolute|unilateral)\s+)?right\b/i.test(clause + text.slice(m.index, m.index + 6))) return false;
    if (COMPANY_HAS_THE_RIGHT.test(clause)) return false;
    // "We can access this information in the back-end" (the company's access), "regardless of how you access it" (using the service).
    // "no third party ... will ever have access to your search data": a third party's access.
    if (kind === 'access' && /\bthird[-\s]part(?:y|ies)\b[^.;]{0,100}\b(?:have|has|get|gain|given|granted)\s+$/i.test(text.slice(0, m.index))) return false;
    if (kind === 'access' && /\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return false;
    // "what type of devices you use to access them" (using the service), "enable two-factor authentication to further secure access to your account": not access to data.
    if (kind === 'access' && /^access/i.test(m[0]) && /\b(?:use|uses|used|using)\s+to\s+$|\b(?:secure|securing|secures|protect|protects|protecting|safeguard|safeguards)\s+(?:the\s+|your\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
    // "actions initiated by an aggregation website using access information you provide to the aggregation website": login
    // details (a noun), not access to data.
    if (kind === 'access' && /^access\s+information\b/i.test(text.slice(m.index)) && /\b(?:using|use|uses|used|with|enter|enters|entered|provide|provides|provided)\s+(?:your\s+|the\s+|their\s+|any\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return false;
    // "These Cookies are necessary to allow us to operate our Sites so you may access them", "access our Services": using the sites, not access to data.
    if (kind === 'access' && /^access\s+(?:to\s+)?(?:(?:our|the|these|its|any\s+of\s+our)\s+(?:web\s*)?(?:sites?|services?|websites?|platforms?|apps?|applications?|products?|features?|games?)\b|them\s+as\s+you\s+(?:have\s+)?request)/i.test(text.slice(m.index))) return false;
    // "you will lose access to your Account", "someone has gained access to your account", "the right to access the Service
    // is revoked", "authorize a third-party ... application to access your account": logging in, not access to the data held
    // (unless seeing the data follows: "access your account to view the information we hold").
    if (kind === 'access') {
      const a = /\baccess\b/i.exec(m[0]);
      if (a && ACCESS_TO_ACCOUNT.test(text.slice(m.index + a.index))) return false;
    }
    // "object to this change of Platform access", "object to the addition or replacement of Subprocessors": an objection
    // to something other than the use of the user's data.
    if (kind === 'object' && /^object/i.test(m[0]) && !OBJECTION_TARGET.test(/^[^.;]*/.exec(text.slice(m.index, m.index + 160))![0])) return false;
    // "If you object to your information being used or disclosed as described therein, please do not use the Service": an
    // ultimatum, not a right.
    if (/\bif\s+you\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) && LEAVE_THE_SERVICE.test(text.slice(m.index))) return false;
    // "you may opt-out by editing your account profile", "you may later opt-in by editing your account profile": the profile
    // is where a preference is set, not data corrected.
    if (kind === 'correction' && /\bopt[-\s]?(?:in|out)\s+(?:\w+\s+)?by\s+$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
    // "If ... you change your mind about receiving information": a change of mind, not a correction.
    if (kind === 'correction' && CHANGE_OF_MIND.test(text.slice(m.index))) return false;
    // "Your password is stored until you change it": how long something is kept, not a right.
    if (kind === 'correction' && /\buntil\s+(?:you|the\s+user|users)\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return false;
    // "wish to remove your information from the third party databases, you will need to contact that party directly": someone else's database.
    if (kind === 'deletion' && /^[^.;]{0,80}?\bfrom\s+(?:the\s+|their\s+|its\s+|any\s+|such\s+|those\s+)?(?:third[-\s]part(?:y|ies)['’]?s?|partners?['’]?|advertisers?['’]?|vendors?['’]?)\s+(?:databases?|systems?|records|lists?|servers?|sites?|websites?)\b/i.test(text.slice(m.index))) return false;
    // "If you have given third party applications or websites access to your personal information": the user grants
    // someone else access (not "we will give you access"; "an authorized agent making an access ... request" is the user's agent).
    if (kind === 'access' && /^access/i.test(m[0]) && /\b(?:give|gives|gave|given|giving|grant|grants|granted|granting|allow|allows|allowed|authori[sz]e[sd]?(?!\s+(?:agents?|representatives?)\b))\s+(?!you\b|yourself\b)(?:[\w-]+\s+){1,5}$|\b(?:allow|allowing|authori[sz]ing|permitting|granting|giving)\s+(?:or\s+\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 60), m.index))) return false;
    // "..., copies of that information may still be viewable": copies that remain after deletion, not a copy for the user.
    if (kind === 'access' && /^(?:a\s+)?cop(?:y|ies)\s+of\b/i.test(m[0]) && /(?:^|[,;:(]\s*)$/.test(text.slice(0, m.index)) && /^[^.;]{0,80}?\b(?:(?:may|might|can|could|will|would)\s+(?:still\s+|also\s+)?(?:be\s+(?:viewable|visible|accessed|accessible|retained|kept|stored|available|found)|remain|persist|exist)|(?:remain|remains|persist|persists|exist|exists)\b)/i.test(text.slice(m.index))) return false;
    // "you agree that Plaid will have access to your information": a named company's access.
    if (kind === 'access' && /(?:^|[^\w])(?!(?:You|We|Users?|Consumers?|Members?|Customers?)\b)[A-Z][\w&.-]*\s+(?:will|may|would|can|shall|could|might)\s+(?:also\s+|still\s+)?(?:have|get|gain)\s+$/.test(text.slice(Math.max(0, m.index - 60), m.index))) return false;
    if (kind === 'access' && /\b(?:we|staff|employees|personnel)\s+(?:(?:can|may|will|could|might|also|only|do|does|would)\s+){0,2}$|\b(?:how|where|when|whenever|however|each\s+time|every\s+time)\s+you\s+(?!(?:can|may|could|might|are\s+able|have\s+the\s+right|will\s+be\s+able)\b)(?:[\w,]+\s+){0,4}?(?:(?:or|and)\s+)?$/i.test(text.slice(Math.max(0, m.index - 50), m.index))) return false;
    // "please see the information we have provided in Section 6", "please review the section entitled Children's
    // Information": a pointer to another part of the policy. "obtain the erasure of their Data" is erasure.
    if (kind === 'access' && /^(?:see|review|view|read)\s+(?:the\s+)?(?:(?:information|details|text|paragraphs?)\s+(?:below|above)\b|information\s+(?:(?:that\s+)?we\s+(?:have\s+)?)?provided\s+(?:in|under|below|above)|sections?\s+(?:entitled|titled|called|headed|below|above|\d))|^obtain\s+(?:the\s+)?(?:erasure|deletion|removal|rectification|correction|restriction)\b/i.test(text.slice(m.index))) return false;
    // So is any "please see" or "(see": "(please see contact information above)", "please see the Information Collected
    // Automatically and Your Rights and Choices sections".
    if (kind === 'access' && /^see\b/i.test(m[0]) && /(?:\(\s*|\bplease\s+)$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return false;
    // "that Member's copy of your Personal Information" is someone else's copy; "create an additional copy of your content data" is a backup the user makes.
    if (kind === 'access' && /^(?:a\s+)?cop/i.test(m[0]) && /(?:\w['’]s|\b(?:their|its|his|her)|\b(?:create|make|keep|save)\s+(?:an?\s+)?(?:(?:regular|periodic|additional|backup|extra|separate|second)\s+){0,2})\s*$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
    // "you permit us to share ... and to access certain of your Social Network information": the user lets the company access.
    if (kind === 'access' && /^access/i.test(m[0]) && /\b(?:permit|allow|authori[sz]e|enable|let)s?\s+us\s+to\s+(?:[^.;]*\bto\s+)?$/i.test(text.slice(0, m.index))) return false;
    // "we ask for permission to access your contact details" (the company's access); "You can revoke this access in your
    // social network's profile" (access the user gave someone, taken back).
    if (kind === 'access' && /^access/i.test(m[0]) && /\bpermission\s+to\s+$|\b(?:revoke|withdraw|remove|disable|cancel|terminate)\s+(?:this|that|such|the|their|its)\s+$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) return false;
    // "BlaBlaCar will access certain Personal Data": a named company's access.
    if (kind === 'access' && /^access/i.test(m[0]) && /(?:^|[^\w])(?!(?:You|We|Users?|Consumers?|Members?|Customers?|Residents?|Individuals?|Parents?|Visitors?)\b)[A-Z][\w&.-]*\s+(?:will|may|would|can|shall|could|might)\s+(?:also\s+)?$/.test(text.slice(Math.max(0, m.index - 60), m.index))) return false;
    // A duty, not a right: "you must update it", "you agree to promptly update", "you must be able to edit or delete any Content
    // you redistribute, and you must edit or delete it promptly upon our request" (BOTLABS.GG's terms), and further back
    // "You shall update such information when it changes", "The User undertakes, in the event of a subsequent change to his
    // personal data, to modify his User account" ("you shall have the right to rectify" stays a right), and the way a duty is
    // done: "You must inform us immediately of any changes to the information ... by updating your personal details".
    if ((kind === 'correction' || kind === 'deletion') && (OBLIGED_TO.test(text.slice(Math.max(0, m.index - 40), m.index)) || USER_SHALL.test(text.slice(Math.max(0, m.index - 140), m.index)) || DUTY_DONE_BY.test(text.slice(Math.max(0, m.index - 160), m.index)))) return false;
    // An occasion on which data is collected, not a right: "we collect any information you provide when you update your user
    // account and profile", "information you provide to us when you register for an account and user profile, ..., create or
    // edit your user profile" (not "... when you register, and you can update it at any time").
    if (kind === 'correction' && COLLECTED_WHEN.test(text.slice(Math.max(0, m.index - 240), m.index))) return false;
    // What survives the user's own deletion, not a right: "any search engine index or record of your information may persist
    // after you delete the information at the original source", and told the other way round, "If you remove information that
    // you posted to the Service, copies may remain viewable in cached and archived pages" (OPP-115's annotators read no
    // deletion right in it).
    if (kind === 'deletion') {
      const lead = /\b(if|when|once|after)\s+you\s+(?:have\s+)?$/i.exec(text.slice(Math.max(0, m.index - 20), m.index));
      if (lead && ((/^after$/i.test(lead[1]!) && /\b(?:persist|remain|survive|linger)\w*\b/i.test(text.slice(0, m.index))) || /\bcop(?:y|ies)\b[^.;]{0,40}\b(?:may|might|can|could|will)\s+(?:still\s+)?(?:remain|persist|survive|linger)/i.test(text.slice(m.index)))) return false;
    }
    // "If you ask us to remove your name and address from promotional lists", "remove their contact information from SparkNotes.com contact list": leaving a mailing list is an opt-out, not deleting data.
    if (kind === 'deletion' && /^[^.;]{0,120}?\bfrom\s+(?:(?:our|the|any|all|its|their|such|this|these|future|[\w.&-]+['’]s)\s+)*(?:[\w.&-]+\s+){0,2}?(?:promotional|mailing|marketing|contact|e-?mail|distribution|subscription|subscriber|solicitation|advertising)\s+lists?\b/i.test(text.slice(m.index))) return false;
    // "just in case you accidentally delete this data"; "we only maintain the audio ... and then immediately delete it" (the company deletes).
    if (kind === 'deletion' && /\b(?:accidentally|inadvertently|mistakenly|unintentionally)\s+$|\bwe\b[^.;]*\bthen\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, m.index - 120), m.index))) return false;
    // "other parties who assist us ..., may have access to such information": having access is a right only when the user has it.
    if (kind === 'access' && /^access/i.test(m[0]) && /\b(?:have|has|had|get|gets|gain|gains)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) && !/\b(?:you|users?|customers?|members?|individuals?|consumers?|parents?|guardians?|subscribers?|residents?|persons?)\s+(?:(?:may|will|can|could|might|shall|also|still|should|would|always|then|to|have\s+the\s+right\s+to|are\s+entitled\s+to|be\s+able\s+to|will\s+be\s+able\s+to)\s+)*(?:have|has|get|gain)\s+$/i.test(text.slice(Math.max(0, m.index - 80), m.index))) return false;
    // "you will not be able to log into the Zeta website, apps or access any of your Personal Information": a denial further back than the negation window.
    if (/\b(?:not|no\s+longer)\s+be\s+able\s+to\b/i.test(clauseBefore(text, m.index))) return false;
    // "you might find yourself logged out of a website and unable to access it properly"; "does not offer a way for you to
    // opt-out of having your information collected or a way to remove your personal information": denials further back
    // than the negation window, or without a 'not'.
    if (/\bunable\s+to\s+(?:[\w,]+\s+){0,3}$/i.test(text.slice(Math.max(0, m.index - 40), m.index)) || /\b(?:not|never|no\s+longer)\s+(?:offer|provide|give|have)s?\s+(?:you\s+|users\s+)?(?:a|any)\s+(?:way|means|option|mechanism|ability|tool)\b/i.test(clauseBefore(text, m.index))) return false;
    // "If you do not want to receive such information, you can opt out": not wanting messages, not access to data.
    if (kind === 'access' && /^receiv/i.test(m[0]) && /\b(?:(?:(?:do|does|did)\s+not|don['’]t|doesn['’]t|no\s+longer)\s+(?:want|wish|like|prefer)\s+to|prefer\s+not\s+to|choose\s+not\s+to|stop|opt\s+out\s+of|unsubscribe\s+from)\s+(?:continuing\s+to\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) return false;
    // "you do not have a right to restrict or object to the processing of your data": the right denied, further back than
    // the negation window once the list is expanded ("right to restrict or right to object").
    if (/\b(?:(?:do|does|will|shall)\s+not|don['’]t|doesn['’]t)\s+have\s+(?:a|the|any)\s+rights?\b|\bha(?:ve|s)\s+no\s+rights?\b/i.test(clauseBefore(text, m.index))) return false;
    // "we have the right to refuse you access ..., and to restrict, suspend, or terminate your account": the company's right.
    if (/\b(?:we|company)\s+(?:\w+\s+)?(?:have|has)\s+the\s+right\b/i.test(clauseBefore(text, m.index))) return false;
    // "you must provide accurate account information and promptly update this information if it changes": an obligation.
    // "You agree to provide true, accurate, current and complete information about yourself as prompted by the applicable registration form, and you will update your information": the same.
    if (kind === 'correction' && /\b(?:must|(?:are|is)\s+(?:required|obligated|obliged)\s+to|agree\s+to)\s+(?:provide|keep|maintain|supply|give)\b[^.;]{0,140}?\band\s+(?:you\s+(?:will|shall|must)\s+)?(?:(?:promptly|immediately|always|also)\s+)?$/i.test(text.slice(Math.max(0, m.index - 200), m.index))) return false;
    // "deletion requests for this type of data may not be permitted": the request refused, denied after the cue.
    if (/requests?$/i.test(m[0]) && REQUEST_REFUSED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 100))) return false;
    // "to request access to ... any PI": the request is the user's act, whoever is named before it ("send us an email to request"),
    // unless the company requests it ("We may request deletion of content that violates our terms").
    const requestBy = /^request\s/i.test(m[0]) && !COMPANY_REQUESTS.test(text.slice(Math.max(0, m.index - 50), m.index)) ? 8 : 0;
    return !negated && (!needsUser || isHeading || userList || userActs(text, m.index + requestBy));
  };
  for (const [list, needsUser] of [[named, false], [verb, true]] as const) {
    if (isHeading && needsUser && !/\b(?:you|your|how\s+to|right)\b/i.test(text)) continue;
    for (const re of list) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!excludeTested) {
          excludeTested = true;
          if (exclude!.test(text)) return false;
        }
        if (accept(m, needsUser)) return true;
      }
    }
  }
  return false;
}
