/**
 * Selling (RUBRIC.md "Selling"): `yes` when the policy sells, rents, trades or exchanges personal information,
 * or may, or discloses it for third parties' own marketing (the CCPA sense); `no` when it explicitly says it
 * does not; otherwise `not-stated`. Any affirmative sentence beats any denial: "we will not sell your email
 * address, but we rent our postal mailing list" is `yes`. Business transfers and aggregate data are not selling.
 */
import type { Evidence, ExtractedPolicy, SellingFinding, Sentence } from '../types';
import { pushEvidence, toEvidence } from './evidence';
import { clauseBefore, clauseStart, isNegated } from './negation';

/** Advertising companies as recipients (AD_PARTNERS_TARGETING); with "to" or "for" after them, a pre-filter stem. */
const AD_RECIPIENTS = String.raw`(?:advertising|ad(?:[-\s]?tech)?)\s+(?:companies|partners|networks)`;
/** Recipients that sell to the user, "who provide goods or services" (OWN_MARKETING, with "of interest" after it); alone, a pre-filter stem. */
const PROVIDES_OFFERINGS = String.raw`(?:who|that|which)\s+(?:provide|offer|sell|market)s?\s+(?:[\w/-]+,?\s+){0,5}?(?:products?|services?|goods|offers|offerings)\b`;
/** Cheap pre-filter. */
const PREFILTER = new RegExp(String.raw`\b(?:sell|sold|sale|rent|trade|lease|licen[sc]|exchang|barter|own\s+(?:direct\s+)?(?:marketing|advertising|promotional|commercial)|their\s+(?:direct\s+)?(?:marketing|advertising|promotional)|they\s+(?:can|may|could)\s+(?:directly\s+)?(?:market|advertise|send|provide|offer|serve|display|show|deliver)|to\s+(?:market|advertise|promote)\s+(?:their|its)|cross[-\s]context|constitut|(?:allow|enable|permit)\s+(?:them|th[eo]se\s+\w+|such\s+\w+)\s+to\s+(?:provide|serve|show|display|deliver)\b|${PROVIDES_OFFERINGS}|whose\s+(?:products|services|offers|offerings)|(?:contact|e-?mail|call|mail)\s+you\b|(?:customer|mailing|postal|subscriber|member)\s+lists?\s+(?:available\s+)?(?:to|with)\b|third[-\s]part(?:y|ies)['’]?s?\s+(?:direct\s+)?marketing|(?:who|which|that)\s+(?:may|might|can|could|will)\s+(?:also\s+)?(?:offer|send|provide)\s+you\b|(?:partners|third\s+parties|companies|organi[sz]ations)\s+(?:in\s+order\s+)?to\s+(?:offer|provide|send)\s+you\b|${AD_RECIPIENTS}\s+(?:(?:in\s+order\s+)?to|for)|for\s+(?:(?:various|direct)\s+)?(?:marketing|advertising|promotional)(?:\s+(?:and|or|and\/or)\s+\w+)?\s+purposes|to\s+send\s+you\s+(?:\w+\s+){0,2}?(?:marketing|promotional|advertising))|["“‘']shar(?:e|es|ed|ing)["”’']|non-?affiliates\s+to\s+market`, 'i');

/** The verbs of selling; the match is the cue checked for negation. */
const SELL_VERB = /\b(?:sell(?:s|ing)?|sold|rent(?:s|ed|ing)?|exchange(?:s|d)?\s+(?:\w+\s+){1,5}?for\s+(?:money|monetary|value|valuable|consideration|compensation|payment)|(?:trade(?:s|d)?|lease(?:s|d)?|barter(?:s|ed)?)\s+(?:it|them|your|personal|such|any|this|user|customer|member|the\s+(?:personal\s+)?(?:information|data)|information|data|e-?mail|names?|lists?)|(?:make|made)\s+(?:\w+\s+){0,4}available\s+for\s+sale|(?<=\b(?:is|are)\s+(?:never|not)\s+)for\s+sale|(?<!\b(?:this|the|that|such|our|their|its|of|with|as|any|all)\s+)licen[sc](?:e|es|ed|ing)\s+(?!to\b)(?:\w+\s+){0,3}?(?:information|data|it|them)\b(?=[^.;]{0,60}?\bto\s+(?:our\s+|its\s+|their\s+|other\s+)?(?:customers|clients|third[-\s]part(?:y|ies)|partners|businesses|companies|advertisers|marketers|brands|resellers)\b)|sale\s+(?:or\s+(?:exchange|rental|licensing)\s+)?of\s+(?:your\s+|any\s+|such\s+)?(?:(?:service\s+)?(?:user|customer|member|subscriber)\s+)?(?:personal|information|data|pi\b))\b/gi;

/**
 * The sentence up to the cue describes a right or a disclosure duty, not what the company does: "you have the
 * right to know what we collect, use, disclose and sell", "the categories of third parties to whom it was sold",
 * "our business purpose for collecting or selling", "if we have sold it, you can opt out".
 */
const DESCRIBES_RIGHT = /\b(?:rights?\s+to|right\s+of|request\s+(?:that|to|information|additional|disclosure|what)|(?:may|can)\s+(?:request|ask|opt)|know\s+(?:what|how|whether|about)|(?:know|learn|confirm|disclose|tell\s+you|request|ask)\s+(?:\w+\s+){0,3}?whether|(?<!certain\s)(?<!following\s)categories\s+of|to\s+whom|commercial\s+purposes?|purposes?\s+for\s+(?:which|collecting)|opt(?:ing)?[-\s]?(?:out|you\s+out)|if\s+we\s+(?:have\s+)?(?:ever\s+)?["“'‘]?(?:sell|sold|share)|to\s+the\s+extent|for\s+(?:companies|businesses)\s+that|disclosures?\s+(?:regarding|about|of)|prevent\s+(?:us|(?:your|the|any)\s+(?:personal\s+)?(?:data|information)\s+(?:to\s+be|from\s+being|being))|restrict\s+us|stop\s+the|cease|direct(?:s|ing)?\s+(?:us|a\s+business|the\s+business|businesses)|preferences?\s+(?:that|not\s+to)|disclose\s+(?:to\s+you\s+)?(?:what|which)\b|the\s+terms?\s+["“]?(?:sale|sell)|(?:consent|authori[sz]ation|permission)\s+(?:before|prior\s+to)|(?:must|will\s+need\s+to|has\s+to|have\s+to)\s+(?:first\s+)?authori[sz]e\s+us\s+to|induc\w*\s+(?:another|others|someone|a\s+person|consumers?)\s+to)\b/i;
/** ...except a data broker's own disclosure: "the categories of personal information we have sold in the past 12 months are:". */
const CATEGORIES_SOLD = /\bcategories\s+of\s+[^.]{0,80}?\b(?:we|that\s+we|which\s+we|whom\s+we|\w+\s+has)\s+(?:have\s+|has\s+|may\s+)?\W{0,3}(?:sell|sold|rent|rented)\b(?![^.]{0,40}\babout\s+you)[^.;]{0,80}?(?:\b(?:are|include|includes|were)\b|:)/i;
/** A disclosure table: "Whether we “Sold” this category in the last 12 months: Yes". */
const SOLD_YES = /\b(?:sold|sell|sale)\W{0,3}(?:(?!collected|disclosed|used\b)[^.:]){0,80}:\s*yes\b/i;

/** A table column: "Whether We “Sold” This Category of Personal Information in the Last 12 Months". */
const SOLD_COLUMN = /\bwhether\s+(?:we|it|\w+)\s+(?:have\s+|has\s+)?\W{0,3}(?:sold|sells?)\b(?:\W{0,3}\s+or\s+\W{0,3}shared)?\W{0,3}\s+(?:this|the|each|a)\s+(?:category|categories|type)/i;

/**
 * What is sold must be data about people: "we sell products" is not selling data. Identifiers, not "identified" ("services
 * identified in a purchase order, are sold by ePlus as a reseller").
 */
const DATA_OBJECT = /\b(?:(?:background\s+)?reports?\s+(?:of|about|on)\s+(?:\w+\s+){0,2}?(?:celebrities|individuals|people|persons|consumers|households|you)|personal|information|info|data|details|pii|email\s+address(?:es)?|e-mail|mailing\s+lists?|lists?|names?|addresses|phone|profiles?|customer|user|member|subscriber|visitor|identif(?:iers?|iable|ying|ication))\b/i;

/** Sale of the business (merger, acquisition, bankruptcy): not selling data. */
const BUSINESS_TRANSFER = /\b(?:merger|merge[sd]?|acqui(?:red|sition|re)|bankrupt\w*|insolven\w*|reorgani[sz]\w*|acquir(?:ing|er)\s+(?:company|entity|party|business)|receivership|liquidation|dissolution|divest\w*|change\s+(?:of|in)\s+(?:control|ownership)|successor|(?:sale|transfer|sell)\s+(?:of\s+)?(?:all|substantially|some|part|a\s+portion|any\s+portion|one\s+or\s+more|our|the|its)\s+(?:or\s+\w+\s+|of\s+(?:or\s+all\s+of\s+)?(?:our|its|the)\s+)*(?:assets|business|company|stock|shares|equity|divisions?|units?)|(?:sell|buy|transfer)\s+(?:or\s+(?:sell|buy|transfer)\s+)?(?:all\s+or\s+)?(?:parts?|portions?|some|any)\s+of\s+(?:the\s+site|the\s+website|our\s+(?:company|business|site|website)|the\s+(?:company|business))|(?:our|the|its)\s+(?:business|company|businesses|assets)\s+(?:is|are|was|were|gets?|being)\s+(?:\w+\s+)?(?:sold|acquired|transferred)|(?:business\s+units?|operations|divisions?|subsidiar(?:y|ies))\s+(?:(?:or|and|and\/or)\s+(?:business\s+)?(?:units?|operations|divisions?|subsidiar(?:y|ies))\s+)?(?:is|are|was|were|gets?|being|be|been)\s+(?:\w+\s+)?(?:sold|acquired|transferred|divested)|asset\s+sale|corporate\s+(?:transaction|event|restructuring)|(?:sell|transfer)\w*\s+(?:part|all|some)\s+or\s+(?:all|the\s+whole)\s+of\s+(?:the|our|its)\s+(?:services?|sites?|websites?|platforms?|apps?)|\bnew\s+(?:entity|owners?)\b|(?:buy|sell|acquire|transfer)\s+(?:or\s+(?:buy|sell|acquire|transfer)\s+)?(?:(?:other|certain|business|stores?)\s+)?(?:assets|businesses|business\s+units|companies|stores)|transferred\s+(?:business\s+)?assets)\b/i;

/** Only aggregate, de-identified or non-personal data is sold: not selling personal data. */
const NON_PERSONAL = /\b(?:aggregate[sd]?|de-?identified|anonymi[sz]ed|anonymous|non-?personal|non-?identif\w*|not\s+personally\s+identif\w*|statistical)\b/i;

/** Who does the act: the organization ("we", passive "be sold"), not its vendors or third parties. */
const THIRD_PARTY_SUBJECT = /\b(?:they|third\s+parties|vendors?|(?:service\s+)?providers?|partners?|contractors?|processors?|advertisers?|networks?|companies|recipients?|sites?|websites?|merchants?|sellers?|agents?|you)\s+(?:[\w,]+\s+){0,4}$/i;

/** The organization acts together with others: "you agree that us and our third-party partners may store, sell ...". */
const JOINT_SUBJECT = /\b(?:we|us|I)\s+(?:and|and\/or|or|as\s+well\s+as)\s+(?:our|its|certain|other|selected)?\s*(?:[\w-]+\s+){0,2}?(?:partners?|affiliates?|vendors?|service\s+providers?|advertisers?|third\s+parties|companies|sponsors?)\b/i;

/** The organization by name as the actor: "In the past 12 months, PeekYou has sold", "CoStar may also “sell”". */
const ORG_NAME_SUBJECT = /(?:^|[\s,])(?!(?:If|When|Where|The|This|These|Such|Any|Our|Your|Their|It|They|You|We|However|In|Of|For|To)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:(?:may|might|also|has|have|will|does|did|could|can)\s+){0,3}(?:[a-z]+(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)){0,3}["“'‘]?$/;

/** What a shop sells: "sells tickets", "the products sold herein" are no statement about data (NOT_A_STATEMENT). */
const GOODS = String.raw`products?|goods|tickets?|items?|merchandise`;
/** Statements that are not about whether the company sells: definitions, opt-out rights, conditions, products sold ("the products sold herein"). */
const NOT_A_STATEMENT = new RegExp(String.raw`\b(?:right\s+to\s+(?:opt[-\s]?out|direct|request|know)|opt(?:ing)?[-\s]?(?:out|in)\s+(?:of|to|from)\s+(?:the\s+)?(?:(?:your|my)\s+(?:data|information|personal\s+information)\s+being\s+)?(?:sale|sell|sold)|(?:do\s+)?not\s+sell\s+(?:or\s+share\s+)?my|(?:definition\s+of|(?:is|are)\s+defined\s+as|means|meaning\s+of)\b|if\s+we\s+(?:ever\s+)?(?:sell|sold|decide)|in\s+the\s+event\s+(?:that\s+)?we\s+(?:sell|decide)|whether\s+(?:we|or\s+not)|(?:sell|sells|sold|selling)\s+(?:(?:and|or)\s+(?:(?!for\b|to\b|with\b)\w+\s+){1,3})?(?:our\s+|its\s+|their\s+|your\s+|the\s+)?(?:own\s+)?(?:${GOODS}|services?|advertising|ads|ad\s+space)|(?:${GOODS})\s+(?:(?:being|that\s+(?:are|were|is|was)|which\s+(?:are|were|is|was))\s+)?sold\b|selling\s+(?:users?|members?|part(?:y|ies)|customers?)\b(?!['’]s|\s+(?:data|information|info|details|lists?|names?|e-?mail|personal|records?|profiles?|contact))|trade\s*(?:marks?|names?|secrets?|shows?|press|association|publications?|journals?)|for\s+sale\s+(?:on|through|via)|point\s+of\s+sale|sale\s+(?:events?|items?|prices?|offers?)|sales?\s+(?:tax|team|representatives?|associates?)|in\s+exchange\s+for|exchange\s+(?:rate|commission)|stock\s+exchange)\b`, 'i');

/**
 * Disclosure for third parties' own marketing ("with non-affiliated third parties for their own marketing purposes",
 * "for their direct marketing purposes", "to allow them to market their products or services to you", "with third parties
 * who may offer you a gift or promotional offer", "with our business and marketing partners to offer you products or
 * services that we believe may be of interest to you", "to third parties who provide goods or services that we believe may
 * be of interest to you", "with our business partners to offer you certain products, services or promotions", "to enable
 * them to provide personalised advertisements"), or CCPA "sharing" for cross-context behavioral advertising.
 */
/**
 * CCPA "sharing" in plain words: "it may be shared with advertising companies to enable interest-based and targeted
 * advertising", "we may share it with advertising partners for targeted advertising". Like "cross-context behavioral
 * advertising", it counts only after a verb of sharing and never from an opt-out's rewording.
 */
const AD_PARTNERS_TARGETING = String.raw`\b(?:with|to)\s+(?:(?:our|certain|select(?:ed)?|other|third[-\s]party)\s+)*${AD_RECIPIENTS}\s+(?:(?:in\s+order\s+)?to\s+(?:enable|deliver|serve|show|provide)|for(?:\s+the\s+purposes?\s+of)?)\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:interest[-\s]based|targeted|behaviou?ral|personali[sz]ed)\s+(?:advertising|ads|advertisements)\b`;
/** The match is AD_PARTNERS_TARGETING's (read, like cross-context advertising, only after a verb of sharing). */
const AD_PARTNERS_AT = new RegExp(String.raw`^${AD_PARTNERS_TARGETING}`, 'i');
const OWN_MARKETING = new RegExp(String.raw`\b(?:their|its|such\s+(?:third\s+part(?:y|ies)['’]?|partners['’]?|companies['’]?)|the\s+third\s+part(?:y|ies)['’]?s?)\s+own\s+(?:direct\s+)?(?:marketing|advertising|promotional|commercial|business)\s*(?:purposes?|uses?)?|\bfor\s+(?:their|the\s+third[-\s]part(?:y|ies)['’]?s?)\s+(?:direct\s+)?(?:marketing|advertising|promotional)(?:\s+(?:and|or)\s+(?:marketing|advertising|promotional))?\s+(?:purposes?|uses?)|\bso\s+(?:that\s+)?they\s+(?:can|may|could)\s+(?:(?:directly\s+)?(?:market|advertise)|(?:send|provide|offer)\s+you\s+(?:with\s+)?(?:\w+\s+){0,3}?(?:offers|promotions|promotional|marketing|mail|materials|advertisements|ads)|(?:serve|display|show|deliver)\s+(?:you\s+)?(?!our\b)(?:(?:relevant|targeted|personali[sz]ed|interest-based|tailored)\s+)?(?:ads|advertisements|advertising)\b(?!\s+(?:on\s+our\s+behalf|for\s+us)))|\b(?:allow|enable|permit)\s+(?:them|those\s+\w+|such\s+\w+|these\s+\w+)\s+to\s+(?:(?:market|advertise|promote)\s+(?:their|its)\s+(?:own\s+)?(?:products|services|offerings|goods)|send\s+you\s+(?:\w+\s+){0,2}?(?:marketing|promotional|advertising)\b|(?:provide|serve|show|display|deliver)\s+(?:you\s+(?:with\s+)?)?(?:personali[sz]ed|targeted|interest[-\s]based|behaviou?ral|tailored)\s+(?:advertisements|ads|advertising)\b)|\b(?:with|to)\s+(?:[\w-]+\s+){0,4}?(?:third\s+parties|(?:business\s+)?partners|sponsors|advertisers|(?:other|outside|unaffiliated|non-?affiliated)\s+companies)\s+(?:(?:and|or|and\/or)\s+(?:[\w-]+\s+){0,2}?(?:third\s+parties|partners|sponsors|advertisers|companies)\s+)?for\s+(?:(?:various|direct)\s+)?(?:marketing|advertising|promotional)(?:\s+(?:and|or|and\/or)\s+(?:marketing|advertising|promotional))?\s+purposes\b|\bfor\s+third[-\s]party\s+(?:direct\s+)?marketing\b|(?:\b(?:so\s+(?:that\s+)?they|who|which)|,\s*and\s+they)\s+(?:may|might|can|could|will)\s+(?:directly\s+)?(?:contact|e-?mail|call|mail)\s+you\b[^.;]{0,80}?\b(?:to\s+offer|offers?\s+(?:of|for|from|about)|about\s+(?:their|its)\s+(?:own\s+)?(?:products|services|offers)|promotions?|marketing)\b|\b(?:companies|third\s+parties|advertisers|partners|organi[sz]ations|businesses|merchants)\s+whose\s+(?:products|services|offers|offerings)\s+(?:(?:and|or|and\/or)\s+(?:products|services|offers|offerings)\s+)?(?:may|might|could|would|we\s+(?:believe|think))\s+(?:be\s+of\s+)?interest|\b(?:companies|third\s+parties|advertisers|partners|organi[sz]ations|businesses|merchants)\s+${PROVIDES_OFFERINGS}[^.;]{0,50}?\b(?:may|might|could|would)\s+(?:be\s+(?:of\s+)?)?interest|\b(?:customer|mailing|postal|subscriber|member)\s+(?:mailing\s+|postal\s+)?lists?\s+(?:available\s+)?(?:to|with)\s+(?:(?:other|outside|select(?:ed)?|carefully\s+(?:screened|selected)|reputable|trusted|non-?affiliated|unaffiliated)\s+)*(?:companies|organi[sz]ations|businesses|third\s+parties|merchants|marketers|mailers|charities|publications)\b|\bcross[-\s]context\s+(?:behavio(?:u)?ral\s+|(?:or\s+)?(?:behavio(?:u)?ral|targeted)\s+(?:or\s+)?(?:targeted\s+)?)?advertising\b|${AD_PARTNERS_TARGETING}|\b(?:who|which|that)\s+(?:may|might|can|could|will)\s+(?:also\s+)?(?:offer|send|provide)\s+you\s+(?:with\s+)?(?:\w+\s+){0,3}?(?:offers?|promotions?|promotional|marketing|gifts?)\b|\b(?:to|with|and)\s+(?:(?:our|certain|select(?:ed)?|other|trusted|third[-\s]party|carefully\s+selected)\s+)*(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:partners|third\s+parties|companies|organi[sz]ations)\s+(?:in\s+order\s+)?to\s+(?:offer|provide|send)\s+you\s+(?:with\s+)?(?:information\s+(?:about|on|regarding)\s+)?(?:(?:certain|other|special)\s+)?(?:offers|promotions|promotional|marketing|(?:products|services)\b[^.;]{0,50}?\b(?:of\s+interest|interest\s+you)|(?:(?:products|services|goods)\s*,?\s+(?:(?:and|or|and\/or)\s+)?){1,3}(?:special\s+)?(?:promotions|offers)\b)`, 'gi');
/**
 * An opt-out offered from the disclosure implies the disclosure ("you may opt-out of having your personally
 * identifiable information shared with third parties for their marketing purposes", "you may request that we not
 * share your personal information ... with unaffiliated third parties for their direct marketing purposes"): the
 * phrase is read as "we share" before the own-marketing rule runs. RUBRIC.md: sharing for their own marketing is
 * `yes` even with an opt-out.
 */
const IMPLIED_BY_OPT_OUT = /\b(?:(?:may|can|might)\s+)?(?:request\s+(?:to\s+)?)?opt(?:[-\s]?out)?\s+(?:of|from)\s+(?:having\s+)?(?:(?:our|the|[A-Z][\w&]*['’]s)\s+)?(?:(?:your|such|the)\s+)?(?:(?:personal(?:ly)?|identifiable|information|data|details|contact|name|and|or|postal|e-?mail|address)\s+){0,5}?(?:being\s+)?(?:shar(?:ed|ing)|disclos(?:ed|ure|ing)|sale|sold|rent(?:ed|al)?|provided)\b|\b(?:(?:may|can)\s+(?:request|ask|direct)|prefer|wish|want|would\s+like)\s+(?:that\s+)?(?:we|us)\s+(?:to\s+)?(?:do\s+)?(?:not|stop)\s+(?:to\s+)?(?:sharing|share|disclosing|disclose|providing|provide)\b/;
/** Disclosure only on the user's explicit choice: "with your consent", "if you opt in", "after you have opted into such disclosure". */
const CONSENT_ONLY = /\b(?:if|when|only\s+if|in\s+the\s+event\s+(?:that\s+)?)\s*you\s+(?:\w+\s+)?(?:consent|agree|opt[-\s]?in|choose|elect|allow|authori[sz]e)|\belecting\s+to\b|\bat\s+your\s+(?:request|direction)|\bwith\s+your\s+(?:\w+\s+)?(?:consent|permission)|\b(?:given|granted|provided)\s+(?:us\s+)?(?:your\s+)?(?:\w+\s+)?(?:consent|permission)|\bunless\s+you\b|\bopt(?:ed)?[-\s]?in(?:to)?\b/i;
/** An opt-out of the company's own disclosure: "opt-out of SIDEARM’s disclosure", "opt out of our sharing". */
const OPT_OUT_OF_OURS = /\bopt[-\s]?out\s+(?:of|from)\s+(?:our|[A-Z][\w&]*['’]s)\s+(?:disclosure|sharing|sale)\b/;
/**
 * A right described under California's "Shine the Light" law (Civil Code 1798.83), or a hedge "(if any)": the
 * sentence tells what a user may ask, not that the company discloses.
 */
const SHINE_THE_LIGHT = /\b(?:shine\s+the\s+light|(?:law|laws|statute)\s+(?:requires?|permits?|allows?|gives?|entitles?)\b|respond\s+to\s+requests|questions?\s+(?:about|regarding|concerning)|1798\.83|civil\s+code|entitled\s+to|request\s+(?:and\s+(?:obtain|receive)|a\s+list|certain\s+information|information)|if\s+(?:that|a|the)\s+business|if\s+any\b|if\s+applicable)/i;
/** An exception to a denied own-marketing disclosure that names the recipients: "..., except for any Client whose Event you registered for". */
const OWN_MARKETING_EXCEPTION = /^[^.;]{0,80}?\b(?:except|other\s+than|save)\s+(?:for\s+|to\s+|with\s+)?(?:any\s+|our\s+|the\s+|certain\s+|select(?:ed)?\s+|those\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:clients?|partners?|sponsors?|exhibitors?|advertisers?|merchants?|brands?|third\s+parties|companies|organi[sz]ations)\b/i;
const DISCLOSE_VERB = /\b(?:pass(?:es|ed|ing)?\s+(?:\w+\s+)?on|shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|transfer(?:s|red|ring)?|giv(?:e|es|en|ing)|make\s+(?:\w+\s+)?available|made\s+available|mak(?:e|es|ing)|made|rent|sell|allow)\b/i;

/**
 * A recipient outside the company that "may use your information" has been given it, though the sentence names no
 * disclosure: "a co-sponsor who may use your Personal Information to administer the Promotion or for their marketing
 * purposes" (Everyday Health), "Dealers, Dealer Associations and our affiliates may use your information for their own
 * marketing purposes" (C3PA DB/35).
 */
const RECIPIENT_USES = /\b(?:third[-\s]part(?:y|ies)|partners?|(?:co-?)?sponsors?|advertisers?|marketers?|dealers?(?:\s+associations?)?|merchants?)\b(?:\s+(?:and|or)\s+(?:our\s+)?[\w-]+)?(?:\s*,?\s+(?:who|which|that))?\s+(?:may|might|can|could|will)\s+(?:also\s+)?use\s+(?:your|the|such|this|that)\s+(?:[\w-]+\s+){0,2}?(?:information|data)\b/i;

/** A denial that does not reassure: limited to minors, hedged ("not for money", "not directly"), or after an opt-out. */
const WEAK_DENIAL = /\b(?:actual\s+knowledge|minors?|child['’]s|(?:under|less\s+than)\s+(?:the\s+age\s+of\s+)?(?:1[3-8]|thirteen|sixteen)\b|children|conventional\s+sense|traditional\s+sense|for\s+money|monetary|directly\s+(?:sell|rent)|(?:once|after|when|if)\s+(?:we\s+receive\s+)?(?:your|you)\s+(?:request|opt|submit|direct)|unless\s+an\s+exclusion|even\s+if\s+[^.]{0,60}\bnot\s+(?:currently\s+|yet\s+)?(?:being\s+)?sold|\bif\s+you\s+are\s+an?\s+(?:\w+\s+){0,2}(?:user|customer|client|member|visitor|subscriber)s?\b|(?:not|never)\s+(?:\w+\s+)?(?:typically|generally|usually|normally|ordinarily|otherwise)\s+["“]?(?:sell|rent)|(?:except|unless|other\s+than)\b[^.]{0,60}?\bas\s+(?:stated|described|set\s+(?:forth|out)|provided|outlined|disclosed|explained|noted|specified|indicated|otherwise\s+\w+)\s+(?:in|above|below|herein|elsewhere)|^\W*(?:except|apart|aside|other\s+than)\s+(?:for|from)?\s*(?:this|these|that|those|the\s+above)\b|\bnot\s+(?:\w+\s+){0,5}?any\s+other\s+(?:personal\s+)?(?:information|data)|\b(?:generally|typically|usually|normally|ordinarily|as\s+a\s+(?:general|rule|general\s+rule)),?\s+(?:we|\w+)\s+(?:do|does|will)\s+not\s+sell|\b(?:we|\w+)\s+(?:generally|typically|usually|normally|ordinarily)\s+(?:do|does|will)\s+not\s+(?:sell|rent|trade)|\bnot\s+actively\b|\baged?\s+(?:between\s+)?1[0-8]\s+(?:to|and|-|–)\s+1[3-8]\b|\bunless\s+we\s+(?:first\s+)?(?:provide|give|send)\s+(?:you|users|our\s+users)\s+(?:with\s+)?(?:an?\s+)?(?:advance|prior)?\s*notice|\bin\s+a\s+(?:way|manner)\s+that\s+(?:specifically\s+|personally\s+|directly\s+)?identifies)/i;
/**
 * After a denial, the company allows the same act later: "..., but we may do so in the future", "; however, Acme may
 * begin to do so". Case matters: a capitalized word is a company's name, and "but they may do so" is someone else.
 */
const MAY_DO_SO_LATER = /^[^.;]{0,120}?(?:\bbut|[,;]\s*[Hh]owever,?|\balthough)\s+(?:[Ww]e|(?!(?:They|It|You|Others)\b)[A-Z][\w&.-]*)\s+(?:may|might|could|reserve\s+the\s+right\s+to)\s+(?:(?:start|begin)\s+(?:to\s+)?)?do\s+so\b/;
/** A limit set on someone else ("that third party ... is not authorized to sell or transfer your information"): not the company's own denial. */
const OTHERS_NOT_ALLOWED = /\b(?!we\b)\w+\s+(?:is|are)\s+(?:not|never)\s+(?:\w+\s+)?(?:authori[sz]ed|permitted|allowed)\s+to\s+(?:[\w,]+\s+){0,4}$/i;
/**
 * The user's (or a licensee's) undertaking, not the company's denial: "You may not (and may not permit ...) sell or resell
 * ... any information provided through the Service", "Except as expressly authorized in advance by us, you agree not to
 * reproduce, modify, rent, lease, loan, sell ...", "Publisher agrees not to ... sell", "Accordingly, Developer agrees not to
 * disclose, distribute, sublicense, lease, rent ... the data received from the Service". Tested on the sentence up to the cue.
 */
const USER_UNDERTAKING = /^\W*(?:(?:(?:except|unless|other\s+than)\b[^,]*|accordingly|in\s+addition|further(?:more)?|moreover|also),\s*)?(?:you|(?:the\s+)?(?:users?|publishers?|customers?|licensees?|members?|subscribers?|developers?))\b(?:(?!\b(?:we|us)\b)[^.;])*?\b(?:shall|must|may|agrees?|undertakes?)\s+not\b(?![^.;]*\b(?:we|us|our)\b)/i;
/**
 * Someone asked or told not to sell: "to request us to not sell or share your personal information", "Request us not to
 * sell your personal data", "this feature informs third parties that use the consent tracking API to not sell ...". A
 * request or an instruction, not the company's denial. Tested on the clause before the verb (a list of verbs may follow
 * the "not"); a "we" between the cue and the "not" starts the company's own statement ("we inform you that we do not sell").
 */
const ASKED_NOT_TO = /\b(?:(?:request|ask|direct|instruct|inform)(?:s|ed|ing)?|tell(?:s|ing)?|told|notif(?:y|ies|ied|ying)|requir(?:e|es|ed|ing)|oblig(?:e|es|ed|ing))\s+(?:(?!(?:we|and|but)\b)[\w'’,-]+\s+){0,8}?(?:to\s+not|not(?:\s+to)?)\s+(?:[\w,]+\s+){0,4}$/i;
/** An exception to a denial that names another company, by its legal name: "... to any company other than LeafFilter, Inc., ...". */
const NAMED_BUYER = /\b(?:except|other\s+than|save)\s+(?:to\s+|with\s+)?(?!(?:The|Our|Your|Its|Their|This|These|Such|Any|All|Us|We)\b)[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3},?\s+(?:Inc|LLC|L\.L\.C|Ltd|Corp|Corporation|GmbH|plc|S\.A|B\.V)\b(?!\.?['’]s)/;
/** An exception to a denial that is itself a sale: to partners or advertisers, or for others' marketing. */
const SALE_EXCEPTION = /\b(?:partners?|advertisers?|sponsors?|marketers?|data\s+brokers?|their\s+(?:own\s+)?(?:direct\s+)?(?:marketing|advertising|promotional)|for\s+(?:marketing|advertising)\s+purposes)\b/i;

/**
 * A denial about one kind of data only ("we do not sell mobile numbers or Financial Data"; Microsoft's school pledge "not
 * sell or rent student personal data"): not a general 'no'.
 */
const NARROW_OBJECT = /^[^.;]{0,60}?\b(?:mobile\s+(?:phone\s+)?numbers?|financial|students?['’]?\s+(?:personal\s+)?(?:data|information|records?)|payment|credit\s+card|business\s+contact|hr\s+information|health|biometric|precise\s+(?:geo)?location|sensitive|phone\s+numbers?|(?:your|the|this|that)\s+(?:(?:cell|mobile)\s+)?(?:phone\s+)?number\b|sms|text\s+messag\w*|(?:data|information)\s+(?:that\s+)?(?:is\s+|was\s+)?collected\s+directly\s+from\s+you)\b/i;
/** A denial scoped to one source or one kind of recipient: "information collected through its Websites", "the information collected through tracking pixels", "Information collected during the course of an inquiry", "to individual consumers". */
const NARROW_SCOPE = /^[^.;]{0,100}?\b(?:(?:collected|obtained|gathered|shared|provided|received)\s+(?:from\s+you\s+)?(?:through|via|on|at|from|based\s+(?:up)?on\s+(?:a\s+)?(?:visit|visits)\s+to)\s+(?:[\w.’'-]+\s+){1,2}(?:websites?|web\s+sites?|sites?|integrations?|apps?|applications?|forms?|pages?)\b(?!,?\s+or\s+(?:otherwise|any\s+other|elsewhere))|(?<!\bincluding\s+(?:[\w-]+\s+){0,3})(?:collected|obtained|gathered)\s+(?:by|through|via|using|with)\s+(?:(?:these|our|the|such|any)\s+)?(?:[\w-]+\s+){0,2}?(?:cookies|pixels|web\s+beacons|beacons|tracking\s+technologies|analytics\s+tools|retargeting\s+services)\b|(?<!\bincluding\s+(?:[\w-]+\s+){0,3})(?:collected|obtained|gathered|provided)\s+(?:during|in|through|via|for)\s+(?:the\s+course\s+of\s+)?(?:an?\s+|any\s+|the\s+|our\s+|your\s+)?(?:inquiry|enquiry|inquiries|enquiries|surveys?|contests?|sweepstakes|job\s+applications?)\b|to\s+individual\s+(?:consumers|persons|people)\b|to\s+(?:any\s+)?(?:third[-\s]party\s+)?(?:advertisers?|advertising\s+(?:companies|partners|networks)|data\s+brokers?)\b(?!\s*(?:,|or\b|and\b)))/i;
/**
 * A denial scoped to the recipients' own marketing: "for their own direct promotional or marketing use", "with these ad
 * networks for such parties’ own marketing purposes" (the scope may come late in a long sentence), "for the purpose of
 * direct or indirect mass email marketing". Not across a clause of its own ("Never selling your information or sharing it
 * with third parties for marketing purposes": the scope is the sharing's), nor with "or for any other purpose" after it.
 * "For their marketing purposes" without "own" still denies (ToS;DR's curators read Roblox's sentence as a denial).
 */
const FOR_MARKETING_ONLY = /^(?:(?!,?\s+(?:and|or|but|nor)\s+(?:we\b|(?:\w+\s+){0,3}?(?:it|them)\b))[^.;]){0,200}?\bfor\s+(?:(?:their|its|such\s+(?:third\s+)?part(?:y|ies)['’]?s?|those\s+(?:third\s+)?part(?:y|ies)['’]?s?|the\s+third[-\s]part(?:y|ies)['’]?s?)\s+own\s+(?:direct\s+)?(?:promotional|marketing|advertising|commercial)\b|the\s+purposes?\s+of\s+(?:(?:direct|indirect|mass|e-?mail|or)\s+)*(?:marketing|advertising|solicitation))(?![^.;]{0,30}?\b(?:or|and)\s+(?:for\s+)?(?:any\s+)?other\b)/i;

/** ...but "we do not sell and have not sold Personal Data, including your Sensitive Personal Data" denies all personal data. */
const GENERAL_OBJECT = /^\w+\s+(?:(?:and|or)\s+(?:have|has|will)\s+(?:not|never)\s+\w+\s+)?(?:(?:your|any|the|our)\s+)?personal\s+(?:data|information)\b(?!\s+(?:that\s+)?(?:is\s+|was\s+|we\s+)?collect)/i;

/**
 * Table cells as the extractor flattens them: "Do we sell? ||| NO ||| YES", "Sold or Disclosed for Targeted
 * Advertising: Sold or Disclosed for Targeted AdvertisingSold; Disclosed for Advertising" (a cell repeating its column
 * header before its value), "Categories of recipients for selling ||| Customers", "to Whom Personal Information Is
 * “Sold” or “Shared” - Advertising technology companies". Group 1, when present, is the cell's value.
 */
const SOLD_CELL_YES = /\b(?:do|does|did|have|has)\s+(?:we|\w+)\s+(?:ever\s+)?\W?(?:sell|sold)\b[^.?|]{0,60}\?\s*(?:\|\|\|\s*(?:no|n\/a|none|-|–)\s*)*\|\|\|\s*yes\b/i;
const SOLD_HEADER_CELL = /(\b(?:sold|sell)\b[^:|.]{0,60}):\s*(?:\1\s*|(?!\1))(?:yes|sold)\b/i;
const SOLD_TO_CELL = /\b(?:to\s+whom|recipients?\s+(?:for|of)|third\s+parties\s+(?:for|of))\b[^.|:;]{0,60}?\W(?:sold|sell|selling)\b\W{0,2}(?:\s*or\s+\W?shared\b\W?)?(?:\s+[-–—]\s+|\s*\|\|\|\s*|:\s*|\s+(?=(?:advertis|marketing|data\s+brokers|publishers|partners|customers|clients|resellers)))([^|]{1,40})/i;
/** "Categories of Personal Information Sold in the past 12 months: Identifiers; Commercial information" (group 1: the value). */
const CATEGORIES_SOLD_CELL = /\bcategor(?:y|ies)\s+of\s+(?:personal\s+)?(?:information|data|pi)\s+(?:that\s+)?(?:we\s+|\w+\s+(?:has\s+|have\s+))?(?:have\s+)?\W?(?:sold|sell)\b\W?[^.:|]{0,60}?(?::\s*|\s*\|\|\|\s*|\s+[-–—]\s+)([^|]{1,40})/i;
/** "May be sold to the following categories of third parties:" */
const SOLD_TO_FOLLOWING = /\b(?:sold|sell|rented|rent)\W?\s+(?:\w+\s+){0,3}?to\s+the\s+following\s+(?:categories|types|kinds|third|parties|recipients|companies)/i;

/** Words before a match that make the text a description of the right to know, not a disclosure. */
const ABOUT_A_RIGHT = /\b(?:right|request|know)\b/i;
/** Cell values that say nobody, resp. nothing, was sold to. */
const NO_RECIPIENT = /^(?:n\/?a|none|not\s+applicable|no|nobody|-)\b/i;
const NO_CATEGORY = /^(?:n\/?a|none|not\s+applicable|no|nothing|we\b|[A-Z]\w+\s+(?:does|do|did|has|have)\s+not)\b/i;

/** The value `cell` captures (group 1) names something (capitalized, not `none`), outside a description of a right. */
function namedCellValue(text: string, cell: RegExp, none: RegExp): boolean {
  const m = cell.exec(text);
  if (!m) return false;
  const value = m[1]!.trim();
  return /^[A-Z]/.test(value) && !none.test(value) && !ABOUT_A_RIGHT.test(text.slice(0, m.index));
}

/** A cell or column that says the company sold: its value is not "N/A", "None" or "No". */
function soldCell(text: string): boolean {
  // SOLD_CELL_YES needs a "|||" cell break and SOLD_HEADER_CELL a colon: plain string searches go first.
  if ((text.includes('|||') && SOLD_CELL_YES.test(text)) || (text.includes(':') && SOLD_HEADER_CELL.test(text))) return true;
  if (namedCellValue(text, SOLD_TO_CELL, NO_RECIPIENT) || namedCellValue(text, CATEGORIES_SOLD_CELL, NO_CATEGORY)) return true;
  const f = SOLD_TO_FOLLOWING.exec(text);
  return !!f && !isNegated(text, f.index, 8) && !DESCRIBES_RIGHT.test(text.slice(0, f.index).replace(/\bto\s+whom\b|categories\s+of/gi, ''));
}

/** A hedge that admits a sale in the law's sense: "practices that could be considered a 'sale'". */
const MAY_COUNT_AS_SALE = /\b(?:(?:(?:activities|practices|disclosures?|transfers?|sharing|uses?|this|which|these)\s+|(?:ways?|manners?)\s+(?:that|which)\s+)(?:also\s+)?constitutes?\s+(?:an?\s+)?(?=["“'‘]?(?:sales?|sharing|share)\b)|(?:could|may|might|would)\s+(?:\w+ly\s+|therefore\s+|also\s+|in\s+(?:some|certain)\s+(?:cases|instances|circumstances)\s+)?(?:be\s+)?(?:considered|deemed|interpreted|construed|qualify|constitute|characteri[sz]ed|classif(?:y|ied))\s+(?:(?:this|such|that|the|our|these|those)\s+(?:use|activity|activities|sharing|disclosures?|practices?|licen[sc]es?|transfers?|arrangements?)\s+)?(?:as\s+|to\s+be\s+)?(?:an?\s+|the\s+)?|(?:to\s+the\s+extent|insofar\s+as)\s+(?:that\s+)?(?:this|such|that|these|those|our|any)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:\w+ly\s+)?(?:considered|deemed|interpreted|construed|characteri[sz]ed)\s+(?:to\s+(?:be|constitute)\s+|as\s+)?(?:an?\s+|the\s+)?|(?:could|may|might|would)\s+(?:\w+ly\s+|also\s+)?(?:define|treat|regard|view|consider|deem|characteri[sz]e|classify)\s+(?:this|such|that|these|those|our|certain|the)\s+(?:[\w-]+\s+){0,5}?as\s+(?:an?\s+)?|\b(?:law|laws|ccpa|cpra|statutes?|regulations?)\s+(?:\w+\s+)?(?:classif(?:y|ies)|treats?|considers?|deems?|defines?|views?|regards?)\s+(?:our|this|these|such|certain\s+of\s+our)\s+(?:[\w-]+\s+){0,5}?as\s+(?:an?\s+)?|falls?\s+(?:with)?in\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:(?:broad|statutory|legal)\s+)?definition\s+of\s+(?:an?\s+)?|\b(?:that|which)\s+(?:may|might|could)\s+(?:also\s+)?(?:be|constitute)\s+(?:an?\s+)?)["“'‘]?(?:sales?|sell|selling|sharing|share)\b/i;

/** "Notwithstanding the foregoing, to the extent “selling” is interpreted under the California Consumer Privacy Act to include advertising technology activities, Wizards will comply", "The CCPA's broad definition of “sale” may include using services to deliver targeted advertising", "The CCPA defines “sale” broadly, and it may include our sharing information": the company's practice may be a sale. */
const SALE_WORD = /sale|sell|shar/i;
const DEFINITION_MAY_INCLUDE = /\b(?:to\s+the\s+extent|insofar\s+as)\s+(?:that\s+)?["“'‘]?(?:sale|sell|selling)["”'’]?\s+(?:is|may\s+be)\s+(?:\w+ly\s+)?(?:interpreted|construed|defined|read|deemed)\s+(?:under|by|in)\s+[^.;]{0,80}?\bto\s+(?:include|cover|encompass)\s+(?:our\s+|certain\s+|the\s+)?(?:advertising|ad|marketing|analytics|cookies?|tracking|sharing|use|disclosure)|\b(?:definition\s+of|defines?)\s+["“'‘]?(?:sale|sell|selling)["”'’]?(?:\s+\w+){0,2}?,?(?:\s+and\s+it|\s+it)?\s+(?:may|could|might|would|can)\s+(?:also\s+)?(?:include|cover|encompass)\s+(?:our|your|using|us|sharing|the\s+(?:use|sharing|disclosure)|certain\s+(?:of\s+our|disclosures|sharing))\b/i;

export interface SellingSignals {
  affirmative: Sentence[];
  /** Among the affirmative sentences: they say the company sells or rents (not only "may"). */
  definite: Sentence[];
  denial: Sentence[];
  /** Sentences that only imply a sale ("opt out of our sale of your personal information"): `yes` only when nothing denies. */
  soft: Sentence[];
}

/** `soft`: a sale only implied ("the right to opt out of our sale of your personal information"); any denial in the policy outweighs it. */
type Statement = { verdict: 'yes' | 'no'; definite: boolean; soft?: boolean } | null;

/** A section or column name that presupposes a sale: "Categories of Personal Information About Guests that Target Sells or Shares", "Categories of third parties to whom we may “sell” the PI". */
const SOLD_HEADING = /\bcategories\s+of\s+(?:(?:personal\s+)?(?:information|data|pi)\b[^.:;]{0,40}?\b(?:that|which)\s+|third\s+parties\s+to\s+whom\s+)(?:we|[A-Z][\w&.-]+)\s+(?:(?:have|has|may)\s+)?\W?(?:sells?|sold)\b/i;
/** The company as the subject of the quoted statutory "share" ("We “share” information for these purposes", "we may also "share" identifiers"); the match ends at the opening quote. */
const CPRA_SHARE = /\b(?:we|us)\s+(?:(?:may|might|also|do|does|can|could|will|sometimes|have|has|currently|and|or|not|never)\s+){0,4}(?=["“‘']shar(?:e|es|ed|ing)["”’'])/i;
/** "our sale of your personal information", "L2's sale of your personal information": presupposes the company sells. */
const OUR_SALE = /\b(?:[Oo]ur|[A-Z][\w&.-]*['’]s?)\s+["“]?(?:sales?|selling)["”]?\s+of\s+(?:your\s+|their\s+)?(?:personal|information|data)/;

/** An opt-out of the sale offered with its means: "would like to opt-out of having your information sold, then please visit the following link". */
const OFFERED_SALE_OPT_OUT = /\bopt[-\s]?out\s+(?:of\s+)?(?:having\s+)?(?:your|their)\s+(?:personal\s+)?(?:information|data)\s+(?:being\s+)?sold\b[^.]{0,40}?\b(?:please\s+)?(?:visit|click|use|go\s+to|follow)\b/i;

/**
 * What a "Do Not Sell" choice stops, when it is the company's disclosure to others for their own ends: "...want us to
 * share your data with our affiliated companies for their own use", "opt out of sharing personal information with
 * third-party advertisers", "opt out of Ad Partner information collection".
 */
const DO_NOT_SELL_STOPS_OURS = /\b(?:us|we)\s+(?:to\s+)?(?:share|disclose|provide|transfer|sell)\b[^.;]{0,120}?\bfor\s+(?:their|its)\s+own\s+(?:\w+\s+)?(?:use|uses|purposes?|benefit)\b|\bopt[-\s]?out\s+of\s+(?:our\s+)?(?:sharing|disclos(?:ing|ure))\s+(?:of\s+)?(?:(?:your|personal|information|data)\s+){0,3}(?:with|to)\s+(?:third[-\s]party\s+)?(?:advertisers|(?:advertising|ad|marketing)\s+partners)\b|\bopt[-\s]?out\s+of\s+(?:(?:our|third[-\s]party)\s+)?(?:advertising|ad)\s+partners?['’]?s?\s+(?:(?:information|data)\s+)?collection\b/i;

/** A heading glued to its sentence by the page's markup: "The information we sell We do not sell ...". */
const GLUED_HEADING = /(?<=[a-z0-9”"’)])\s+(?=We\s+(?:do|does|don['’]t|will|never|have|has|may|sell|are|also|only|share|disclose|collect)\b)/;

/**
 * The row of a U.S. financial company's "FACTS" privacy notice (the federal model form) that shares with companies it
 * does not own so they can market to the user, answered "Yes" in its first cell: "For nonaffiliates to market to you |
 * Yes | Yes", or the same flattened into one line of text. The RUBRIC counts disclosure to third parties for their own
 * marketing as `yes`; "No | Yes" (the company does not share; the user could limit it) or "No | We don't share" is neither.
 */
const FACTS_NONAFFILIATE_ROW = /\bfor\s+non-?affiliates\s+to\s+market\s+to\s+you\s*(?:\|{1,3}\s*)?yes\b/i;

/** Classifies one sentence: 'yes' (sells or may sell), 'no' (denies selling), or null (says neither). */
export function sellingStatement(text: string): Statement {
  if (!PREFILTER.test(text)) return null;
  // GLUED_HEADING needs "We" (case-sensitive): without it the split would return the text alone.
  const parts = text.includes('We') ? text.split(GLUED_HEADING) : [text];
  // The whole text passed PREFILTER just above; a part of it is checked on its own.
  if (parts.length === 1) return statementOf(text);
  // Each part is read alone; any sale beats any denial, as across sentences.
  let denial: Statement = null;
  let soft: Statement = null;
  for (const part of parts) {
    const st = PREFILTER.test(part) ? statementOf(part) : null;
    if (st?.verdict === 'yes' && !st.soft) return st;
    if (st?.soft) soft = st;
    else if (st) denial = st;
  }
  return denial ?? soft;
}

/**
 * The law's term defined, with the term as the subject: "“Share” or “sharing” means disclosing personal information to a
 * third party for cross-context behavioral advertising", "“Sharing” may also involve providing personal information to
 * external entities ...", "Sharing involves providing information to a third party for ... cross-context behavioral advertising".
 * Unquoted, only with "means", "involves", "includes" or "refers to" right after the bare term.
 */
const DEFINES_TERM = /^\W*(?:(?:for\s+(?:the\s+)?purposes?\s+of|under|as\s+used\s+in)\s+[^,;]{1,60},\s*)?(?:the\s+(?:terms?|words?)\s+)?(?:["“'‘](?:sales?|sell|selling|sold|share|sharing|shared),?["”'’],?(?:\s*(?:(?:or|and|and\/or)\s+)?["“'‘]\w+,?["”'’],?){0,3}\s+(?:(?:may|can|could|might)\s+(?:also\s+)?)?(?:mean|means|include|includes|involve|involves|cover|covers|refers?\s+to|(?:is|are)\s+defined\s+(?:as|to)|has\s+the\s+meaning)|(?:sales?|sell|selling|share|sharing)\s+(?:means|involves|includes|refers\s+to|is\s+defined\s+as|has\s+the\s+meaning))\b/i;

/** The sentence defines "sale"/"sharing" and speaks of no practice of the company's ("we", "us", "our"). */
export function definesSaleTerm(text: string): boolean {
  return DEFINES_TERM.test(text) && !/\b(?:we|us|our)\b/i.test(text);
}

/** The statement of a text that passed PREFILTER. */
function statementOf(text: string): Statement {
  // SOLD_YES needs a colon before its "yes".
  if ((text.includes(':') && SOLD_YES.test(text)) || soldCell(text)) return { verdict: 'yes', definite: true };
  if (FACTS_NONAFFILIATE_ROW.test(text)) return { verdict: 'yes', definite: false };
  // A definition of the term says nothing of the company's practice (unless a clause of its own speaks for the company).
  if (definesSaleTerm(text)) return null;
  // A question ("Do we share, disclose or sell your personal information?") asks; its answer is the next sentence.
  if (/\?\s*$/.test(text)) return null;
  // Every match of DEFINITION_MAY_INCLUDE and of MAY_COUNT_AS_SALE holds "sale", "sell" or "shar(e|ing)": without one of
  // them neither can match, and a plain keyword test is cheaper than their scans.
  const saleWord = SALE_WORD.test(text);
  const defAt = saleWord ? text.search(DEFINITION_MAY_INCLUDE) : -1;
  if (defAt >= 0 && !isNegated(text, defAt, 6)) return { verdict: 'yes', definite: false };
  // ...unless a right is being described: "(you have the right to) be informed about ... whether we disclose personal
  // information for commercial purposes that would be considered a “sale”".
  const hedgeAt = saleWord ? text.search(MAY_COUNT_AS_SALE) : -1;
  if (hedgeAt >= 0 && !isNegated(text, hedgeAt, /^(?:ways?|manners?)\b/i.test(text.slice(hedgeAt)) ? 12 : 6) && !/\b(?:be\s+informed|rights?\s+to\s+(?:know|request|access|opt|be\s+informed|obtain|receive|ask)|whether\s+(?:or\s+not\s+)?we|request\s+(?:that|to))\b/i.test(text.slice(0, hedgeAt))) return { verdict: 'yes', definite: false };
  // "If you ... would like to opt-out of having your information sold, then please visit the following link": the
  // company offers the means to stop its own sale, which presupposes it (soft: any denial outweighs it).
  if (OFFERED_SALE_OPT_OUT.test(text)) return { verdict: 'yes', definite: false, soft: true };
  // "Do Not Sell" is the name of a link or request, not a statement...
  if (/["“]do\s+not\s+sell|\bDo\s+Not\s+Sell\b/.test(text) && !/\bwe\s+do\s+not\s+sell\b/.test(text)) {
    // ...except where it says what it stops, the company's own disclosure for the recipients' own ends: "Do Not Sell My
    // Info. If you do not want us to share your data with our affiliated companies for their own use, please click here."
    return DO_NOT_SELL_STOPS_OURS.test(text) ? { verdict: 'yes', definite: false } : null;
  }
  let denial = false;
  SELL_VERB.lastIndex = 0;
  for (let m = SELL_VERB.exec(text); m; m = SELL_VERB.exec(text)) {
    const after = text.slice(m.index, m.index + 160);
    const before = clauseBefore(text, m.index);
    const prefix = text.slice(0, m.index + m[0].length);
    // A denial is read in its own clause: "Categories of personal information sold: We do not sell personal information."
    const negatedHere = isNegated(text, m.index, 12);
    const rightScope = negatedHere ? text.slice(clauseStart(text, m.index), m.index + m[0].length) : prefix;
    if (DESCRIBES_RIGHT.test(rightScope) && !(CATEGORIES_SOLD.test(text) && !ABOUT_A_RIGHT.test(prefix) && !isNegated(text, m.index))) continue;
    // The object follows the verb ("sell your email address"), or precedes a passive ("information is sold").
    const passive = /^(?:sold|rented|traded|leased|for\s+sale)/i.test(m[0]) && (/\b(?:is|are|be|been|being|was|were|get|gets)\s+(?:\w+\s+|(?:\w+(?:ed|en|ly|wn|ld),?\s+(?:or\s+|and\s+)?){1,5})?["“'‘]?$/i.test(before) ||
      // Inverted after a fronted negation: "Under no circumstances is your personal data sold", "At no time will your information be sold".
      /\b(?:no\s+(?:circumstances?|case|event|time|point)|never)\s+(?:is|are|will|shall|would|was|were)\s+(?:(?:your|any|the|such|our|their|this|these|all)\s+)?(?:[\w-]+\s+){0,3}?(?:data|information|details|info|pii|pi|lists?|addresses)\s+(?:\w+ly\s+)?(?:be\s+)?$/i.test(before));
    const scope = before + after;
    const pronounObject = /^\w+\s+(?:it|them)\b/i.test(after);
    // "we don't sell it to anyone": a denial with a pronoun is about the data just named. A passive's subject is read in the
    // last 150 characters before it: "... end-user warranty terms, ... THE PRODUCT IS SOLD AS IS" sells no user data.
    if (!DATA_OBJECT.test(passive ? before.slice(-150) : text.slice(m.index, m.index + 400).replace(/\([^)]*\)/g, ' ').slice(0, 110)) && !(pronounObject && negatedHere)) continue;
    // "we sold products and services that include limited Personal Data" is a data broker's sale, not a shop's.
    if (NOT_A_STATEMENT.test(before.slice(-60) + after.slice(0, 60)) && !/^\w+\s+(?:\w+\s+){0,4}(?:that|which)\s+(?:include|contain)s?\s+(?:\w+\s+){0,3}(?:personal|information|data)\b/i.test(after)) continue;
    if (negatedHere) {
      // "we do not sell ... to third parties" denies; "third parties may not sell it" is about them.
      // "if such information is not sold": a condition, not a denial.
      // "We do not sell personal information, except to our partners for their own marketing": the exception is a sale.
      const exception = /\b(?:except|other\s+than|unless|save)\b([^.;]*)/i.exec(text.slice(m.index));
      if (exception && SALE_EXCEPTION.test(exception[1]!) && !/\b(?:service\s+providers?|vendors?|contractors?|processors?|agents?|merger|acquisition|bankruptcy|business\s+transfer|required\s+by\s+law|legal|you\s+(?:ask|request|direct|consent|agree|authori[sz]e|choose|elect|opt[-\s]?in)|your\s+(?:\w+\s+)?(?:consent|permission|direction|request|instruction))\b/i.test(exception[1]!)) return { verdict: 'yes', definite: false };
      // "We do not currently sell your personal information, but we may do so in the future": a sale the policy allows (RUBRIC: "may" sell is `yes`).
      if (MAY_DO_SO_LATER.test(text.slice(m.index))) return { verdict: 'yes', definite: false };
      // "We will not rent or sell your Personal Information or User Data to any company other than LeafFilter, Inc., for any
      // reason whatsoever, without your consent": the exception names the company it may sell to.
      if (exception && NAMED_BUYER.test(text.slice(m.index))) return { verdict: 'yes', definite: false };
      const start = clauseStart(text, m.index);
      // A denial counts unless one of these scopes or shifts it: a condition; a limit set on others; a third party or the
      // user as the subject; a hedge; one kind of data, one source or one kind of recipient only; the recipients' own
      // marketing only; the user's own undertaking in terms of service.
      const notGeneral =
        /\b(?:if|unless|whether)\b[^,]*$/i.test(before) ||
        OTHERS_NOT_ALLOWED.test(before) ||
        ASKED_NOT_TO.test(before) ||
        THIRD_PARTY_SUBJECT.test(before.replace(/\b(?:do|does|will|shall|may|can|would|did|have|has|not|never|n['’]t|\w+ly)\b\s*/gi, '')) ||
        WEAK_DENIAL.test(text) ||
        (NARROW_OBJECT.test(after) && !GENERAL_OBJECT.test(after)) ||
        NARROW_SCOPE.test(after) ||
        FOR_MARKETING_ONLY.test(text.slice(m.index)) ||
        USER_UNDERTAKING.test(text.slice(0, m.index)) ||
        ((passive || pronounObject) && NARROW_OBJECT.test(text.slice(start))) ||
        (passive && (NARROW_OBJECT.test(text.slice(Math.max(0, m.index - 80), m.index)) || NARROW_SCOPE.test(text.slice(start, m.index))));
      if (!notGeneral) denial = true;
      continue;
    }
    if (THIRD_PARTY_SUBJECT.test(before) && !JOINT_SUBJECT.test(before)) continue;
    // The noun ("with regard to sale of information") is a topic, not an act, unless the company engages in it.
    // ...or a use of the data names the sale and its buyer: "(we may use information ...) in connection with the sale or
    // exchange of Service user information and related data to a broker".
    if (/^sale/i.test(m[0]) && !/\b(?:engage[sd]?\s+in|conduct|make|permit)\s+(?:the\s+|a\s+)?$/i.test(before) && !(/\bin\s+connection\s+with\s+(?:the\s+|a\s+)?$/i.test(before) && /^[^.;]{0,100}?\bto\s+(?:an?\s+|any\s+|other\s+)?(?:data\s+)?(?:brokers?|third[-\s]part(?:y|ies)|marketers|advertisers)\b/i.test(after))) continue;
    if (BUSINESS_TRANSFER.test(text)) continue;
    if (NON_PERSONAL.test(scope.slice(0, 200)) && !/\bpersonal\s+(?:information|data)\b/i.test(after.slice(0, 80))) continue;
    // A selling verb with the organization (or a passive) as the actor, not denied.
    // A named organization counts only with a lowercase verb and an auxiliary ("PeekYou has sold", "CoStar may
    // also “sell”") or "sells": capitalized table headers ("Category Examples Collected Sold or Shared") are not actors.
    const named = ORG_NAME_SUBJECT.test(before) && /^[a-z]/.test(m[0]) && (/^sells\b/.test(m[0]) || /\b(?:may|might|has|have|will|does|also)\s+(?:[a-z]+(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)){0,3}["“'‘]?$/.test(before));
    if (!/\b(?:we|us|our|company|i)\b|\b(?:be|is|are|been|being|was|were|get|gets)\s+(?:\w+\s+)?["“'‘]?(?:sold|rented|traded|leased|exchanged)\b|\bsale\s+(?:or\s+\w+\s+)?of\b/i.test(before + m[0]) && !named) continue;
    // "We may use, sell, disclose, or otherwise dispose of Personal Information we collect in the following
    // circumstances:": a lead-in whose items say what is sold (there only the company itself, in a sale of the company).
    if (/\bin\s+the\s+following\s+(?:circumstances|situations|cases|instances)\s*:\s*$/i.test(text) && /\b(?:may|might|could|can)\b/i.test(before)) continue;
    // "How we may share, disclose or “sell” information": a table header, not a statement.
    if (/\bhow\s+we\s+(?:may\s+)?(?:[\w,]+\s+){0,4}["“]?$/i.test(before)) continue;
    // "in connection with the sale of ..." is an item of what the data may be used for: a possible sale.
    const definite = !/\b(?:may|might|could|can|reserve)\b/i.test(before) && !(/^sale/i.test(m[0]) && /\bin\s+connection\s+with\s+(?:the\s+|a\s+)?$/i.test(before));
    return { verdict: 'yes', definite };
  }
  // Decision (RUBRIC.md "Selling"): disclosure for third parties' own marketing is `yes` even when the user can opt
  // out ("unless you opt out", "you may opt-out of having your information shared ..."). Disclosure that happens only
  // on the user's explicit opt-in ("with your consent", "only if you specifically agree", "if you choose to share")
  // is not `yes` here: it does not happen to a user who does nothing, and the dev labels (C3PA WS/45) read it so.
  // A denial in the clause ("we will not share ... for their marketing purposes without your consent") is not `yes`
  // either: isNegated sees its "not" / "never".
  // An offered opt-out implies the practice: it is read as "we share" (or "we sell") -- but not for CPRA
  // cross-context advertising, where "you may opt out of the sharing" is the statutory right, not a practice.
  const own = text.replace(IMPLIED_BY_OPT_OUT, (m0) => (/\b(?:sale|sold|rent)/i.test(m0) ? 'we sell' : 'we share'));
  // When no opt-out phrase was rewritten, `own` is the text itself and a second pass would repeat the first.
  for (const t of own === text ? [text] : [text, own]) {
    OWN_MARKETING.lastIndex = 0;
    for (let m = OWN_MARKETING.exec(t); m; m = OWN_MARKETING.exec(t)) {
      const cross = /cross/i.test(m[0]) || AD_PARTNERS_AT.test(m[0]);
      if (cross && t !== text) continue;
      const before = clauseBefore(t, m.index);
      const prefix = t.slice(0, m.index);
      // "Under the Shine the Light law, residents may opt-out of SIDEARM’s disclosure ... for their direct marketing
      // purposes": an opt-out of the company's own disclosure, not the right to ask about it.
      if (DESCRIBES_RIGHT.test(prefix) || (SHINE_THE_LIGHT.test(prefix) && !(t !== text && OPT_OUT_OF_OURS.test(text)))) continue;
      if (cross ? !/\b(?:shar|disclos|sell|sold)\w*/i.test(before) : !(DISCLOSE_VERB.test(before) || RECIPIENT_USES.test(before))) continue;
      // "We do not disclose it to third parties for their direct marketing purposes, except for any Client whose Event you
      // have registered for": the exception names a recipient that does market to the user.
      if (isNegated(t, m.index, 30)) {
        if (OWN_MARKETING_EXCEPTION.test(t.slice(m.index))) return { verdict: 'yes', definite: false };
        continue;
      }
      if (CONSENT_ONLY.test(t) && !/\bunless\s+you\s+opt[-\s]?out/i.test(t)) continue;
      // Only aggregate or non-personal data is given ("anonymous or aggregate personal information ... to advertisers").
      if (NON_PERSONAL.test(before) && !/\bpersonal(?:ly)?\s+identifiable\b/i.test(before.replace(/\bnot?n?[-\s]*personally\s+identifiable\b/gi, ''))) continue;
      // Only service providers acting for us ("vendors ... may not use it for their own marketing") are not a sale; "vendors
      // and other third party organizations" names others too (the match may begin at its "and").
      if (/\b(?:service\s+providers?|vendors?|contractors?|processors?)\b/i.test(before) && !/\b(?:and|or)\s+(?:other\s+)?(?:third[-\s]part(?:y|ies)|partners|advertisers|sponsors|affiliates)\b/i.test(before + m[0])) continue;
      return { verdict: 'yes', definite: false };
    }
  }
  // The company's own CPRA "sharing", named in quotes as the law's term: "We also "share" your personal information
  // when serving targeted advertising", "we may “share” identifiers ... with advertisers". RUBRIC.md counts disclosure
  // for cross-context advertising (the CCPA sense of sale/sharing) as `yes`; a denial of "sharing" is not a denial of sale.
  const share = CPRA_SHARE.exec(text);
  if (share) {
    const at = share.index + share[0].length;
    if (!isNegated(text, at, 12) && !DESCRIBES_RIGHT.test(text.slice(0, at)) && !/\b(?:how|if|unless|whether)\s+(?:\w+\s+){0,2}$/i.test(clauseBefore(text, at))) return { verdict: 'yes', definite: false };
  }
  if (denial) return { verdict: 'no', definite: false };
  const our = OUR_SALE.exec(text);
  if (our && !isNegated(text, our.index, 8) && !BUSINESS_TRANSFER.test(text) && !NON_PERSONAL.test(text)) return { verdict: 'yes', definite: false, soft: true };
  // ...but not an item of the right-to-know list ("the categories of Personal Information about you that we sold").
  const heading = SOLD_HEADING.exec(text);
  if (heading && !isNegated(text, heading.index + heading[0].length - 4, 6) && !/\b(?:rights?|request|know|whether|disclose|tell|inform|access)\b/i.test(text.slice(0, heading.index)) && !/\babout\s+you\b|\bcategories\s+of\s+sources\b/i.test(text)) return { verdict: 'yes', definite: false, soft: true };
  return null;
}

/**
 * A table's column header on its own line, whose cell follows as the next sentence: "Categories of Third Parties to
 * Whom Personal Information was Sold" / "Advertising Networks", "Categories of Personal Information Sold" / "Internet
 * or other electronic network activity". A named value (not "None", "N/A", "We do not ...") is a sale.
 */
const SOLD_HEADER_LINE = /^\W*(?:categor(?:y|ies)\s+of\s+(?:(?:personal\s+)?(?:information|data|pi)|third\s+parties(?:\s+to\s+whom\s+(?:personal\s+)?(?:information|data|pi))?|recipients)|(?:third\s+parties|recipients)\s+to\s+whom\s+(?:personal\s+)?(?:information|data|pi))\s+(?:(?:is|are|was|were|has\s+been|have\s+been|we\s+have|we|that\s+we)\s+)?\W?sold\W?\s*$/i;

/** A lead-in to a list of what a right gives: "we will disclose to you:", "You may have the right to request ... the following information ...:". */
const RIGHT_LEAD_IN = /\b(?:(?:will|shall|must)\s+(?:disclose|provide|tell|give)\s+(?:to\s+)?you|rights?\s+to\s+(?:know|request|access|obtain|receive)|(?:may|can)\s+(?:request|ask)|request\s+(?:that\s+we\s+disclose|the\s+following))\b[^.]*:\s*$/i;

/** A lead-in in which the company shares or discloses (its items may name recipients). */
const SHARING_LEAD_IN = /\b(?:we|us)\s+(?:(?:may|might|can|could|will|also|sometimes|only)\s+)*(?:share|disclose|provide|transfer)\b/i;
/** A list item that names a recipient: "to third-party advertising partners ...", "with our affiliates ...". */
const RECIPIENT_ITEM = /^\W*(?:to|with)\s+(?:(?:our|the|certain|select(?:ed)?|other|third[-\s]party|trusted)\s+)*(?:[\w-]+\s+){0,2}?(?:partners|advertisers|companies|third\s+parties|businesses|affiliates|networks|providers|sponsors|marketers|brokers)\b/i;

/** Every selling statement in the policy. */
export function sellingSignals(p: ExtractedPolicy): SellingSignals {
  const sig: SellingSignals = { affirmative: [], definite: [], denial: [], soft: [] };
  let leadIn = '';
  // A disclosure table with a "Whether We “Sold” This Category ... in the Last 12 Months" column and a "Yes" cell.
  let soldColumn: Sentence | null = null;
  let soldColumnLeft = 0;
  let soldHeader: Sentence | null = null;
  let soldHeaderLeft = 0;
  for (const s of p.sentences) {
    if (SOLD_HEADER_LINE.test(s.text)) { soldHeader = s; soldHeaderLeft = 2; continue; }
    if (soldHeader && soldHeaderLeft-- > 0 && /^[A-Z]/.test(s.text) && s.text.length < 120 && !/\b(?:sell\w*|sold|sales?)\b|\b(?:not|never)\b|n['’]t\b/i.test(s.text) && !NO_RECIPIENT.test(s.text) && !NO_CATEGORY.test(s.text)) {
      if (!sig.affirmative.includes(soldHeader)) { sig.affirmative.push(soldHeader); sig.definite.push(soldHeader); }
      soldHeader = null;
    }
    if (SOLD_COLUMN.test(s.text) && !/\bcollected\b/i.test(s.text)) { soldColumn = s; soldColumnLeft = 30; }
    else if (soldColumn && soldColumnLeft-- > 0 && /(?:^|\s)(?:Yes|YES)(?:[\s.;]|$)/.test(s.text)) {
      if (!sig.affirmative.includes(soldColumn)) { sig.affirmative.push(soldColumn); sig.definite.push(soldColumn); }
    }
    // A heading counts only when it is a statement ("AllTrails does not sell your Personal Data").
    if (s.isHeading && !/\b(?:we|does|do|will|never|don['’]t|doesn['’]t)\b/i.test(s.text)) continue;
    if (!s.isListItem) leadIn = s.text;
    // A list under a denied lead-in ("We will never:" / "— Sell any kind of personal information") is denied too.
    const deniedLeadIn = /\b(?:not|never|no)\b|n['’]t\b/i.test(leadIn.replace(/\bbut\s+not\s+limited\s+to\b/gi, ' '));
    // ...and a recipient under a lead-in that shares ("We may share your information with ... including but not limited
    // to:" / "to third-party advertising partners so that they can deliver ads ...") is read as shared with it.
    const text = !s.isListItem || !/:\s*$/.test(leadIn) ? s.text
      : deniedLeadIn && /^\W*(?:sell|rent|trade|share|disclose)\b/i.test(s.text) ? `We do not ${s.text.replace(/^\W+/, '')}`
      : !deniedLeadIn && SHARING_LEAD_IN.test(leadIn) && RECIPIENT_ITEM.test(s.text) ? `We may share it ${s.text.replace(/^\W+/, '')}`
      : s.text;
    const st = sellingStatement(text);
    if (!st) continue;
    // An item of a list that a right introduces ("Once we receive and confirm your request, we will disclose to you:" /
    // "the categories of personal information that we sold ...") is what the user may learn, not what the company does.
    if (st.verdict === 'yes' && s.isListItem && RIGHT_LEAD_IN.test(leadIn)) continue;
    if (st.soft) sig.soft.push(s);
    else if (st.verdict === 'yes') {
      sig.affirmative.push(s);
      if (st.definite) sig.definite.push(s);
    } else sig.denial.push(s);
  }
  return sig;
}

/** The selling verdict and the sentences that decided it. */
/** `sig`: the signals already read for the same policy (the analyzer passes them on to the warnings). */
export function sellingVerdict(p: ExtractedPolicy, sig: SellingSignals = sellingSignals(p)): SellingFinding {
  const evidence: Evidence[] = [];
  if (sig.affirmative.length) {
    for (const s of [...sig.definite, ...sig.affirmative]) pushEvidence(evidence, toEvidence(p, s), 3);
    return { verdict: 'yes', evidence };
  }
  if (sig.denial.length) {
    for (const s of sig.denial) pushEvidence(evidence, toEvidence(p, s), 3);
    return { verdict: 'no', evidence };
  }
  if (sig.soft.length) {
    for (const s of sig.soft) pushEvidence(evidence, toEvidence(p, s), 3);
    return { verdict: 'yes', evidence };
  }
  return { verdict: 'not-stated', evidence };
}
