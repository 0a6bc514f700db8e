/**
 * Warnings: the user-facing red flags that light the extension's badge, each with a level and the sentences
 * behind it. Derived from the card's fields plus a few sentence rules (fees, changes without notice, ads).
 */
import type { Evidence, ExtractedPolicy, PolicySummary, PolicyWarning, Sentence } from '../types';
import { pushEvidence, toEvidence } from './evidence';
import { allMatches, CHANGE_OF_MIND, clauseBefore, firstAffirmed, isNegated } from './negation';
import { retentionSignals, type RetentionSignals } from './retention';
import { definesSaleTerm, sellingSignals, type SellingSignals } from './selling';
import type { SegmentFocus } from './focus';

/**
 * A fee for access or copies: "we may charge a reasonable fee", "we may request a fee" (PinkNews), "the request warrants a
 * fee" (the CCPA wording), "which may be subject to a fee" (InsurAds).
 */
const FEE = /\b(?:charge\w*\s+(?:you\s+)?(?:a\s+|an\s+)?(?:reasonable\s+|nominal\s+|small\s+|administrative\s+)*(?:fee|amount|charge)|(?:reasonable|nominal|administrative|processing)\s+fee|fee\s+(?:of|for)\b|(?:request|require|warrant)s?\s+(?:a|an)\s+(?:reasonable\s+|nominal\s+|small\s+|administrative\s+)*fee|subject\s+to\s+(?:a|an)\s+(?:[\w-]+\s+)?fee)/gi;
/** Every FEE match contains "charge" (its first alternative) or "fee" (the others): a quick test before FEE's slower scan. */
const FEE_WORD = /fee|charge/i;
/** A data request, not access to the service ("fees ... for access to portions of the Service", "other mobile access"). */
const FEE_CONTEXT = /\b(?:access\s+(?:to\s+)?(?:your|the|such|this|that|personal|their|his|her|any)\s+(?:[\w-]+\s+)?(?:information|data|records)|access\s+requests?|rights?\s+(?:of|to)\s+access|copy|copies|request|requests|records|information\s+we\s+hold|subject\s+access|disclos)\b/i;
/** The requests the GDPR and the CCPA let a company charge for: manifestly unfounded, excessive, repeated. */
const EXCESSIVE = String.raw`unfounded|excessive|repetitive|repeated`;
/** Only for manifestly unfounded, excessive or repeated requests (the GDPR's standard exception): a low flag. */
const FEE_EXCEPTION = new RegExp(String.raw`\b(?:${EXCESSIVE}|more\s+than\s+(?:once|two|twice)|(?:additional|further|subsequent)\s+cop(?:y|ies)|multiple\s+(?:claims|requests)|warrants?\s+a\s+fee)\b`, 'i');
/**
 * No fee "unless it is excessive, repetitive, or manifestly unfounded" (the CCPA wording): a fee for those requests, however
 * negated. "If we determine that the request warrants a fee, we will tell you why" follows it, and is the same exception.
 */
const UNLESS_EXCESSIVE = new RegExp(String.raw`\bunless\b[^.;]{0,100}?\b(?:${EXCESSIVE})\b`, 'i');
/**
 * A fee for something else the user asks for: "the request for a replacement card" (Curve), "refuse your cancellation/refund
 * request" (GoDaddy), "a temporary advance of your share of any arbitration fees" (IObit).
 */
const OTHER_FEE = /\b(?:arbitrat\w*|refunds?|cancell?ations?|replacement\s+cards?)\b/i;

/** The policy may change without notice, or only by being posted. */
const CHANGE = /\b(?:chang|modif|amend|revis|updat|alter)\w*\b/i;
/** The policy or, on a terms page, the agreement ("We may change this Agreement from time to time without notice to you", Astronomer). */
const POLICY_OBJECT = /\b(?:this|our|the|these)\s+(?:online\s+)?(?:privacy\s+)?(?:policy|policies|notice|statement|terms|agreement)\b/i;
/**
 * "without notice", "without any prior notice", "without providing notice" (Huion), "without any other notice to you"
 * (C3PA DB/134), "without prior or future notice of the changes" (Bitdefender), "without previous notice".
 */
const WITHOUT_NOTICE = /\bwithout\s+(?:(?:providing|giving|sending|prior|any|other|further|advance|future|previous|or)\s+){0,4}(?:you\s+)?(?:(?:prior|any|further|advance)\s+)?(?:notice|notification|notifying|informing|warning)\b/i;
const ANY_TIME = /\b(?:at\s+any\s+time|from\s+time\s+to\s+time|sole\s+discretion|at\s+our\s+discretion)\b/i;
/** Every ANY_TIME match contains "time" or "discretion": a quick test before ANY_TIME's slower scan. */
const ANY_TIME_WORD = /time|discretion/i;
const WILL_NOTIFY = /\b(?:with\s+(?:(?:prior|advance|written|reasonable)\s+){0,2}notice|notify|notifying|contact(?:ing)?\s+you|inform|alert|let\s+you\s+know|send\s+you|email\s+you|notice\s+(?:to|on|of)|prominent|notified|provide\s+(?:you\s+with\s+)?(?:notice|notification)|post\w*\s+(?:a\s+)?(?:notice|notification)|ask\s+for\s+your\s+consent|obtain\s+your\s+consent|(?:upon|after|following)\s+(?:(?:prior|advance|written|reasonable)\s+){0,2}notice|tell\s+you|receiv\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}notice)\b/i;
/**
 * The policy named as a rule, not as what changes: "if DEEZER believes that you are failing to comply with these Terms of
 * Service", "Notwithstanding any other provision of these Terms, we reserve the right to change, suspend ... the Services", "the
 * support provided pursuant to this Agreement" (mail.com), "upon termination of this Agreement";
 * and an offer's own terms ("modify the terms of the Free Trial", Riverside, Later.com).
 */
const POLICY_AS_RULE = /\b(?:(?:comply(?:ing)?\s+with|compliance\s+with|violat\w*|breach\w*|in\s+accordance\s+with|pursuant\s+to|under|termination\s+of)\s+(?:(?:any|all|each)\s+(?:(?:other\s+)?provisions?\s+)?(?:of\s+)?)?|(?:notwithstanding|subject\s+to)\s+(?:(?:any|all)\s+)?(?:other\s+)?provisions?\s+(?:of|in)\s+|other\s+provisions?\s+of\s+)(?:this|our|the|these)\s+(?:online\s+)?(?:privacy\s+)?(?:policy|policies|notice|statement|terms|agreement)\b|\b(?:the|these)\s+terms\s+(?:and\s+conditions\s+)?(?:of|for)\s+(?:the|this|such|any|a|our)\s+(?:free\s+)?(?:trial|offer|promotion|promo|sweepstakes|contest|coupon|discount)s?\b/gi;
/**
 * The policy described as one that changes, not a change: "subject to the following Terms (as amended from time to time, the
 * “Terms”)" (Fivestars), "the practices described in this privacy policy, as it may be amended from time to time" (The
 * Atlantic), "This Acceptable Use Policy ... as modified and changed, from time to time, shall be in effect" (Media Creek).
 */
const AS_AMENDED = /\bas\s+(?:(?:it|they|each|the\s+same|such)\s+)?(?:(?:may|might|shall|will|can)\s+)?(?:(?:be|is|are|have|has|been)\s+)*(?:(?:amended|modified|updated|revised|changed|supplemented|replaced)(?:\s*,?\s*(?:and|or|and\/or)\s+|\s*,\s*|\s+))+(?:by\s+[\w.&-]+\s+)?(?:from\s+time\s+to\s+time|at\s+any\s+time)\b/gi;
/** "posting the changes", "notify you of any changes": the changes named, in a promise to tell of them (mexiconewsdaily). */
const CHANGES_NAMED = /\b(?:post\w*|publish\w*|(?:notif|inform)\w*\s+(?:\w+\s+)?of|about)\s+(?:the|such|these|those|any)\s+$/i;

/** A change the user makes ("You can change your preferences at any time") or the company promises not to make ("will never materially change our policies ... without informing"). */
const CHANGE_AT = new RegExp(CHANGE.source, 'gi');
const USER_CHANGES = /\byou\s+(?:can|may|could|are\s+able\s+to)\s+(?:\w+\s+)?$/i;
/**
 * A promise elsewhere in the policy to tell users of (material) changes ("If we make material changes, we will notify you
 * by email", "we will provide a more prominent notice"): the policy is then not one "you must check yourself". Notice
 * only by posting the new policy ("We will notify you of any changes by posting the new Privacy Policy on this page") is not.
 */
const NOTICE_PROMISE = /\b(?:notif(?:y|ying|ied|ications?)|inform\s+you|let\s+you\s+know|alert\s+you|e-?mail\s+you|(?:provide|give|post|place|display)\w*\s+(?:you\s+)?(?:with\s+)?(?:a\s+|an\s+)?(?:more\s+)?(?:prominent|advance|prior|clear|conspicuous|separate)?\s*(?:notice|notification)|(?:provide|give|send)\w*\s+you\s+(?:with\s+)?(?:a|an|the)\s+(?:new|updated|revised|amended)\s+(?:privacy\s+)?(?:notice|policy|statement)|prominent(?:ly)?|(?:ask\s+for|obtain|seek)\s+your\s+consent)\b/i;
const CHANGE_TOPIC = /\b(?:(?:(?:the|these|such|any)\s+)?chang\w*\s+(?:is|are)\s+(?:material|significant)|(?:materially|significantly|meaningfully|substantially)\s+(?:alter|affect|chang|reduc)\w*|(?:substantial|meaningful)\s+(?:chang|updat|revis)\w*|(?:this|our|the|these)\s+(?:online\s+)?(?:privacy\s+)?(?:policy|policies|notice|statement)|(?:material(?:ly)?|significant(?:ly)?|major)\s+chang\w*(?!\s+(?:to|in|of)\s+(?:our|the|your)\s+(?:web\s*)?(?:sites?|services?|products?|accounts?|apps?)\b))\b/i;
const ONLY_POSTING = /\bby\s+posting\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:new|revised|updated|amended|changed|modified)?\s*(?:version\s+of\s+(?:this|the|our)\s+)?(?:privacy\s+)?(?:policy|statement|changes)\b/i;
const OTHER_CHANNEL = /\b(?:e-?mail|prominent\w*|home\s*page|in-app|alert|directly|banner|message|notification)\b/i;
const promisesNotice = (text: string): boolean =>
  NOTICE_PROMISE.test(text) && CHANGE.test(text) && CHANGE_TOPIC.test(text) && !(ONLY_POSTING.test(text) && !OTHER_CHANNEL.test(text));
/** The company's own change of the policy: not one the user makes, not one it promises not to make, not a change of mind. */
const companyChanges = (text: string): boolean =>
  allMatches(text, CHANGE_AT).some((m) => !USER_CHANGES.test(text.slice(0, m.index)) && !CHANGES_NAMED.test(text.slice(Math.max(0, m.index - 40), m.index)) && !isNegated(text, m.index) && !CHANGE_OF_MIND.test(text.slice(m.index)));

/** Sharing with advertisers, ad networks, or for targeted / interest-based advertising ("to provide personalised advertisements", Deezer). */
const ADS = /\b(?:advertis(?:ers|ing\s+(?:partners|networks|companies|providers))|ad\s+(?:networks?|partners|servers?|companies|tech\w*)|interest[-\s]based\s+(?:advertising|ads|advertisements|adverts)|targeted\s+(?:advertising|ads|advertisements|adverts)|behavio(?:u)?ral\s+(?:advertising|targeting|advertisements)|(?<!\bnon[-\s]?)personali[sz]ed\s+(?:advertising|ads|advertisements|adverts)|retargeting|remarketing|(?:advertising|targeting)\s+cookies?|(?:an|the|each)\s+advertiser\s+(?:may|might|can|will)\s+(?:also\s+)?(?:place|set|recogni[sz]e|read|use|collect)|(?:other|third[-\s]party)\s+companies\s+to\s+serve\s+(?:ads|advertisements))\b/gi;
/**
 * Only aggregate or de-identified data is shared ("Aggregate information that does not personally identify you may be
 * shared with funders or potential future advertisers"): not personal data, so not a flag. A sentence that also names
 * personal data ("aggregate and personal information") still counts.
 */
const NON_PERSONAL_ONLY = /\b(?:aggregate[sd]?|de-?identified|anonymi[sz]ed|anonymous|non-?personal(?:ly)?(?:\s+identifiable)?|statistical|(?:not|never)\s+on\s+an?\s+individual(?:ly)?\s+(?:level|basis))\b/i;
const NON_PERSONAL_PHRASE = /\b(?:aggregate[sd]?|de-?identified|anonymi[sz]ed|anonymous|non-?personal(?:ly)?(?:\s+identifiable)?)(?:\s*(?:,|and|or|and\/or)\s*(?:aggregate[sd]?|de-?identified|anonymi[sz]ed|anonymous))*\s+(?:(?:personal|user|usage|demographic|statistical)\s+)?(?:information|data|statistics|reports?)\b(?:,?\s*(?:that|which)\s+(?:does|do|will|can)\s+not\s+(?:personally\s+)?identify\s+(?:you|individuals|any\s+individual))?/gi;
const PERSONAL = /\bpersonal(?:ly\s+identifiable)?\s+(?:information|data)\b|\bpii\b|\byour\s+(?:personal\s+)?(?:information|data|details)\b/i;
/** Personal data named only to deny it: "which does not contain any personal information which can identify you". */
const DENIED_PERSONAL = /\b(?:not|no|never|without)\s+(?:\w+\s+){0,3}?personal(?:ly\s+identifiable)?\s+(?:information|data)\b/gi;
const aboutPersonalData = (text: string): boolean => !NON_PERSONAL_ONLY.test(text) || PERSONAL.test(text.replace(NON_PERSONAL_PHRASE, ' ').replace(DENIED_PERSONAL, ' '));
/** The stems of verbs that send, collect or let others have data (SHARE; the user's own, bound not to, in USER_BOUND_NOT_TO). */
const SEND_STEM = String.raw`shar|disclos|provid(?!ers?\b)|transfer|sell|collect(?!ive)|allow|permit`;
const SHARE = new RegExp(String.raw`\b(?:(?:${SEND_STEM})\w*|us(?:e|es|ed|ing)|work\s+with|partner(?:s|ed|ing)?\s+with)\b`, 'i');
/** A browser's "Do Not Track" signal, described: not the company sharing anything. */
const DO_NOT_TRACK = /\bdo[-\s]not[-\s]track\b/i;

/**
 * "advertisers share information with us", "choose to share Functional and Advertising cookie information with us": data
 * that comes in; "newsletters to share information with you about ... our marketing partners and advertisers": news the user gets.
 */
const SHARED_INBOUND_SOURCE = String.raw`\bshar\w*\s+(?:[\w-]+\s+){0,5}?with\s+(?:us|you)\b`;
/**
 * Data the company receives from advertisers ("We collect personal information about you from other sources, such as
 * ... advertising networks", "our “Advertising Partners” may give us your personal data"), with no verb that sends any.
 */
const RECEIVES = new RegExp(String.raw`\b(?:we|us)\s+(?:(?:may|might|also|can|will|do|does|sometimes|often)\s+){0,3}(?:collect|receiv|obtain|gather|get)\w*\b[^.;]{0,160}?\bfrom\b|\b(?:give|gives|send|sends|provide|provides)\s+us\b|\b(?:give|send|provide)\s+(?:[\w-]+\s+){1,3}?to\s+us\b|${SHARED_INBOUND_SOURCE}|\b(?:information|data)\s+(?:\w+\s+){0,3}?from\s+(?:our\s+)?(?:[\w-]+\s+){0,2}?(?:partners|advertisers|third\s+parties)\b`, 'i');
/** Advertisers denied the data: "Third-party advertisers have no access to your contact information ... unless you choose to share it with them". */
const NO_ACCESS = /\b(?:ha(?:ve|s)\s+no|(?:do|does|will)\s+not\s+have)\s+access\s+to\s+(?:your|any)\s+(?:[\w-]+\s+)?(?:personal|contact|information|data)\b/i;
/** The industry described, not the company: "Third, many search engines actively use this information ...". */
const OTHERS_PRACTICE = /^\W*(?:\w+,\s+)?(?:many|most|some|other)\s+(?:search\s+engines|companies|websites|sites|services|apps|platforms)\b/i;
/** "advertisers share information with us", "share information with you", "(from) other third parties we work with", "(from) partners we work with or advertisers": inbound or a relative clause, not an outbound verb. */
const SHARED_INBOUND = new RegExp(String.raw`${SHARED_INBOUND_SOURCE}|\bwe\s+(?:work|partner)\s+with(?=\s*(?:[.,;)]|$)|\s+(?:or|and)\s)`, 'gi');
const OUTBOUND = /\b(?:shar|disclos|sell|sold|transfer|rent|allow|permit|enabl)\w*|\b(?:work|partner)\w*\s+with\b/i;
/**
 * Advertisers among those the user indemnifies ("hold ... employees, and Ad Partners harmless", Extreme Discount Depot, Presearch)
 * or who are not liable ("IN NO EVENT WILL LICENSOR, OR ANY OF ITS ... PARTNERS, MEMBERS, ADVERTISERS ... BE LIABLE", Movie Finder).
 */
const SHIELDED = /\bindemnif|\bhold\b[^.;]{0,400}?\bharmless\b|\bin\s+no\s+event\b[^.;]{0,400}?\bliable\b/i;
/**
 * Ads the company takes no responsibility for: "Overwolf takes no responsibility for third party advertisements ... nor ...
 * for the goods or services provided by its advertisers" (no sharing, unless a verb that sends data is there too). A
 * disclaimer of something else keeps the flag: "Third-party advertisers ... may ask your email ... and also create and access
 * cookies ... – we accept no responsibility or liability for the use of such third parties' websites". Warranties and
 * liability the same way: "SKIMBLE AND ITS ... ADVERTISERS ... DO NOT WARRANT THAT YOUR USE OF THE SERVICES WILL BE
 * UNINTERRUPTED", "Any dealings you have with advertisers while using the Services ... Hulu is not liable".
 */
const DISCLAIMED = /\b(?:takes?|assumes?|accepts?|bears?)\s+no\s+(?:responsibility|liability)\s+(?:(?:or|and)\s+(?:responsibility|liability)\s+)?(?:for|of)\s+(?:[\w-]+\s+){0,6}?(?:advertis\w*|ads)\b|\bwarrant(?:y|ies)\b|\b(?:do(?:es)?\s+not|make\s+no)\s+warrant|\b(?:is|are|be)\s+not\s+(?:responsible\s+(?:or|and)\s+)?liable\b/i;
/**
 * A sending verb whose subject is the user, bound not to: "you agree not to distribute or otherwise transfer ... the Content"
 * (Astronomer), "You agree not to disclose information you obtain from us and or from our ... advertisers" (USA Carry), "you
 * will not be permitted to customize the advertising" (GoDaddy). The company sends nothing there.
 */
const USER_BOUND_NOT_TO = new RegExp(String.raw`\byou\s+(?:also\s+|further\s+)?(?:agree\s+(?:not\s+to|to\s+not|never\s+to)|(?:will|shall|may|must)\s+not|cannot|can['’]t|won['’]t)\s+(?:be\s+)?(?:[\w-]+\s+(?:or|and|and\/or)\s+(?:otherwise\s+)?)?(?:${SEND_STEM}|us(?=e|ing))\w*`, 'gi');
/**
 * A notice of intellectual property: "all content available on the Site including ... content provided by suppliers, sponsors,
 * or third-party advertisers is protected by copyrights, trademarks, patents, or other proprietary rights" (Hemorrhoids'
 * terms): content the advertisers provide, with no verb that sends data.
 */
const IP_NOTICE = /\b(?:is|are|be)\s+protected\s+by\s+(?:[\w-]+\s+){0,3}?(?:copyrights?|trademarks?|patents?|intellectual\s+property|proprietary\s+rights)\b/i;
/** "links to other sites owned or operated by other companies, including our advertisers" (Hulu): a link, with no verb that sends data. */
const LINKS_TO = /\blinks?\s+to\s+(?:[\w-]+\s+){0,3}?(?:sites?|websites?|web\s+sites?|pages)\b/i;
/**
 * Advertising as a use someone is bound not to make: "Customer agrees not to use any Social Media Data ... for the purposes of
 * cookie tracking, ad exchanges, ad networks" (Intercom), "We contractually require Developers to not ... use such data for
 * ... ad networks", "Client will not use ... FullContact Data ... for cookie tracking, ad exchanges, ad networks"
 * (FullContact). Only when the advertising words come after it: "we require our advertising partners not to use" still shares.
 */
const BOUND_NOT_TO_USE = /\b(?:(?:(?:agree\w*|requir\w*|oblig\w*|undertak\w*)\b[^.;]{0,160}?\b(?:not\s+to|to\s+not|never\s+to)|prohibit\w*\s+(?:[\w-]+\s+){0,4}?from)\b[^.;]{0,80}?|(?:will|shall|must|may)\s+not,?\s+(?:\w+\s+){0,2}?)\bus(?:e|ing)\b/i;
const adsOnlyForbidden = (text: string): boolean => {
  const bound = BOUND_NOT_TO_USE.exec(text);
  if (!bound) return false;
  ADS.lastIndex = 0;
  const ad = ADS.exec(text);
  return !!ad && ad.index >= bound.index + bound[0].length;
};

/**
 * The company's own denial whose verb governs a list that ends in the advertising: "We do not profile you to customise
 * services for you, provide personalised content or show you personalised advertisements" (FastMail), "We do not disclose
 * personal information of Child Users for direct marketing purposes or for targeted advertising purposes" (Khan Academy),
 * both too far from the "not" for isNegated's window. Tested on the clause before the match: it must open with a subject
 * ("we", a name; any one word, as the flag is case-insensitive) denying a data verb, and no condition or exception may
 * follow ("we do not set ... cookies ... before you click to accept" is read as is).
 */
const OUR_DENIAL_OF = /^\W*(?:we|[A-Z][\w&.-]*)\s+(?:(?:do|does|will|shall|would)\s+not|never|(?:don|doesn|won)['’]t)\s+(?:\w+ly\s+)?(?:share|disclose|sell|rent|provide|use|profile|show|serve|display|collect|track|allow|permit|give|transfer)\b(?![^]*\b(?:but|however|unless|except|if|until|before|without)\b)/i;
const adsAffirmed = (text: string): boolean => {
  ADS.lastIndex = 0;
  for (let m = ADS.exec(text); m; m = ADS.exec(text)) if (!isNegated(text, m.index, 12) && !OUR_DENIAL_OF.test(clauseBefore(text, m.index))) return true;
  return false;
};

function matchSentences(p: ExtractedPolicy, test: (s: Sentence) => boolean, max = 3): Evidence[] {
  const ev: Evidence[] = [];
  for (const s of p.sentences) {
    if (s.isHeading || !test(s)) continue;
    pushEvidence(ev, toEvidence(p, s), max);
    if (ev.length >= max) break;
  }
  return ev;
}

/**
 * The red flags, most serious first. `signals`: the retention and selling signals the card's verdicts were read from
 * (for the same policy and focus), so that they are not read twice; read here when not given.
 */
export function deriveWarnings(
  s: Omit<PolicySummary, 'warnings'>,
  p: ExtractedPolicy,
  focus?: SegmentFocus | null,
  signals: { retention?: RetentionSignals; selling?: SellingSignals } = {},
): PolicyWarning[] {
  const out: PolicyWarning[] = [];
  // Selling: definite sale is "sells"; "may sell" or disclosure for others' marketing is "may sell".
  if (s.selling.verdict === 'yes') {
    const sig = signals.selling ?? sellingSignals(p);
    if (sig.definite.length) {
      out.push({ id: 'sells-data', level: 'high', text: 'Sells or rents personal information.', evidence: sig.definite.slice(0, 3).map((x) => toEvidence(p, x)) });
    } else {
      out.push({ id: 'may-sell-data', level: 'high', text: 'May sell personal information or give it to others for their own marketing.', evidence: s.selling.evidence });
    }
  }
  const ret = signals.retention ?? retentionSignals(p, focus);
  if (ret.indefinite.length) {
    out.push({ id: 'keeps-indefinitely', level: 'high', text: 'May keep some personal data indefinitely.', evidence: ret.indefinite.slice(0, 3).map((x) => toEvidence(p, x)) });
  }
  if (!s.rights.some((r) => r.kind === 'deletion')) {
    out.push({ id: 'no-deletion', level: 'medium', text: 'Does not say you can delete your data.', evidence: [] });
  }
  const c = s.contact;
  if (!c.emails.length && !c.phones.length && !c.postal.length && !c.urls.length) {
    out.push({ id: 'no-contact', level: 'medium', text: 'Gives no email, phone, address or form to contact about privacy.', evidence: [] });
  }
  // The tests in each condition below are pure, so their order does not change which sentences pass: the rarest and
  // cheapest go first (most sentences name no fee, no advertiser, no change "without notice" or "at any time").
  const fee = matchSentences(p, (x) => FEE_WORD.test(x.text) && (firstAffirmed(x.text, FEE) !== null || UNLESS_EXCESSIVE.test(x.text)) && FEE_CONTEXT.test(x.text) && !/\bfree\s+of\s+charge\b|\bat\s+no\s+(?:cost|charge)\b/i.test(x.text) && !OTHER_FEE.test(x.text));
  if (fee.length) {
    const onlyExcessive = fee.every((e) => FEE_EXCEPTION.test(e.text));
    out.push({ id: 'access-fee', level: onlyExcessive ? 'low' : 'medium', text: onlyExcessive ? 'May charge a fee for excessive or repeated requests.' : 'May charge a fee for access to your data.', evidence: fee });
  }
  // adsAffirmed reads a wider window (12 words): "No personally identifiable information is collected through these
  // retargeting services" denies it. The law's definition of "sharing" ("“Sharing” means disclosing ... for cross-context behavioral advertising") is no practice.
  const ads = matchSentences(p, (x) => adsAffirmed(x.text) && SHARE.test(x.text.replace(USER_BOUND_NOT_TO, ' ')) && !DO_NOT_TRACK.test(x.text) && !(RECEIVES.test(x.text) && !OUTBOUND.test(x.text.replace(SHARED_INBOUND, ' '))) && !OTHERS_PRACTICE.test(x.text) && !NO_ACCESS.test(x.text) && aboutPersonalData(x.text) && !definesSaleTerm(x.text) && !SHIELDED.test(x.text) && !((DISCLAIMED.test(x.text) || LINKS_TO.test(x.text) || IP_NOTICE.test(x.text)) && !OUTBOUND.test(x.text)) && !adsOnlyForbidden(x.text));
  if (ads.length) out.push({ id: 'shares-for-advertising', level: 'medium', text: 'Shares data with advertisers or for targeted ads.', evidence: ads });
  const changes = matchSentences(p, (x) => {
    if (!WITHOUT_NOTICE.test(x.text) && !ANY_TIME_WORD.test(x.text)) return false;
    const text = x.text.replace(AS_AMENDED, ' ');
    return (WITHOUT_NOTICE.test(text) || ANY_TIME.test(text)) && POLICY_OBJECT.test(text.replace(POLICY_AS_RULE, ' ')) && companyChanges(text) && !WILL_NOTIFY.test(text.replace(WITHOUT_NOTICE, ' '));
  }, 2);
  const silent = changes.some((e) => WITHOUT_NOTICE.test(e.text));
  // "At any time" alone is outweighed by a promise to tell users of changes elsewhere in the policy; "without notice" is not.
  if (changes.length && (silent || !p.sentences.some((x) => promisesNotice(x.text)))) {
    // The quote that says "without notice" first, under a flag that says so ("We may revise this Privacy Policy from time to
    // time." came first in FinanceBuzz's policy, before "we may make changes at any time without notifying you").
    const evidence = silent ? [...changes.filter((e) => WITHOUT_NOTICE.test(e.text)), ...changes.filter((e) => !WITHOUT_NOTICE.test(e.text))] : changes;
    out.push({ id: 'changes-without-notice', level: silent ? 'medium' : 'low', text: silent ? 'Can change the policy without notice.' : 'Can change the policy at any time; you must check it yourself.', evidence });
  }
  if (s.retention.verdict === 'not-stated') {
    out.push({ id: 'retention-not-stated', level: 'low', text: 'Does not say how long it keeps your data.', evidence: [] });
  }
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return out.sort((a, b) => rank[a.level] - rank[b.level]);
}
