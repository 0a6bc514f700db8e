/**
 * Retention (RUBRIC.md "Retention"): how long personal data is kept. `period` (a concrete duration) wins over
 * `indefinite`, which wins over `limited` ("as long as necessary"); otherwise `not-stated`.
 * Processing times ("allow 10 days for your request"), look-back windows ("in the preceding 12 months"), ages
 * and cookie lifetimes are not retention of your data.
 */
import type { Evidence, ExtractedPolicy, RetentionFinding, Sentence } from '../types';
import { pushEvidence, toEvidence } from './evidence';
import { allMatches, isNegated } from './negation';
import { FIELD_CATEGORIES, focusScore, isAbout, type SegmentFocus } from './focus';

/** A duty's modal and verb, tested first: cheap, and most sentences lack it. */
const DUTY_VERB = /\b(?:shall|must|will|agrees?\s+to|undertakes?\s+to|(?:is|are)\s+(?:required|obliged|obligated)\s+to)\s+(?:(?:immediately|promptly|also|then)\s+)?(?:keep|maintain|retain|preserve|store|archive|delete|destroy|erase|remove|purge|dispose)\b/i;
/**
 * The keeping or deleting is a duty of the user or the customer, not the organization's practice: "Publishers ... shall keep
 * complete and accurate records of all Use during the Term and for two (2) years thereafter", "you must immediately destroy
 * any downloaded or printed Materials", "You shall keep all information in relation to this Agreement confidential for ...".
 */
const USER_DUTY = new RegExp(String.raw`\b(?:you|(?:customer|client|licensee|publisher|advertiser|merchant|subscriber|recipient|developer|reseller|user)s?)\b(?:\s+(?!(?:we|us|our|(?<!\()I(?!\)))\b)[\w'’()-]+){0,14}?\s+${DUTY_VERB.source}`, 'i');
/**
 * The same duty in the passive: "Any materials downloaded or printed from Roll20 in violation of the Terms of Service must
 * be immediately destroyed" (what a user copied from the site, not data the organization keeps).
 */
const COPIES_TO_DESTROY = /\b(?:materials?|copies|content|software)\s+(?:[\w'’-]+\s+){0,3}?(?:downloaded|printed|obtained|copied|reproduced)\b[^.;]{0,120}?\b(?:must|shall)\s+be\s+(?:immediately\s+|promptly\s+)?(?:destroyed|deleted|erased)\b/i;
/** ... unless the organization keeps or deletes something in the same sentence. */
const WE_KEEP = /\b(?:we|us|(?<!\()I(?!\)))\b(?:\s+[\w'’-]+){0,4}?\s+(?:retain|keep|kept|stor|hold|held|maintain|delet|destroy|eras|remov|purg|anonymi)\w*/i;

/** Cheap pre-filter: retention sentences use one of these stems. */
const PREFILTER = /retain|retention|keep|kept|stor(?:e|ed|age|ing)|delet|purg|eras|destroy|destruct|anonymi|preserv|held|hold|maintain|remain|archiv|remov|discard|dispos|overwrit|expung|indefinite|permanent|forever/i;

/** The verb of keeping (or of deleting after a time), somewhere in the sentence. */
const KEEP_VERB = /(?<!-)\b(?:retain\w*|retention|keep\w*|kept|stor(?:e|ed|es|ing|age)|held|hold|maintain\w*|preserv\w*|remains?\s+(?:publicly\s+)?(?:(?:in|on)(?!\s+(?:good\s+standing|(?:full\s+)?(?:force|effect))\b)|stored|within|available|accessible|visible)|archiv\w*|delet\w*|purg\w*|eras\w*|destroy\w*|destruction|anonymi[sz]\w*|de-identif\w*|disposed?|discard\w*|overwritten|expunge\w*|removed?)\b/i;
/** The narrower verbs of keeping, for "limited" statements (not "maintain security", "preserve privacy"). */
const RETAIN_VERB = /(?<!-)\b(?:retain\w*|retention|keep|keeps|kept|stor(?:e|ed|es|ing|age)|held|holds?(?=\s+(?:[\w'’-]+\s+){0,3}?(?:information|data|details|records?)\b)|maintain\w*\s+(?:\w+\s+){0,3}(?:in|on|within)\s+(?:our|its)\s+(?:database|records|files|systems|servers)|maintain\w*\s+(?:[\w-]+\s+){0,4}?(?=for\s+(?:as\s+long|the\s+(?:period|time|duration)|no\s+longer)|as\s+long\s+as|only\s+(?:for|as\s+long|until)|until\b)|delet\w*|purg\w*|destroy\w*|destruction|anonymi[sz]\w*|eras\w*|dispos\w*|discard\w*)\b/i;
/**
 * Money held, not data kept: "The deposit will remain on your account for up to 12 months" (Cox), "payouts ... with a Hold 4
 * days" (Noviclick), "funds temporarily held by BitPay until settlement" (unless the sentence also names data).
 */
const MONEY = /\b(?:deposits?|payouts?|funds)\b/i;
const MONEY_AND_DATA = /\b(?:information|data|records?|logs?)\b/i;
/** Durations only count in sentences about data. */
const DATA_NOUN = /\b(?:information|data|records?|logs?|files?|details|address(?:es)?|e-?mails?|accounts?|profiles?|cop(?:y|ies)|backups?|content|messages?|recordings?|footage|clips|videos|snapshots|history|numbers?|transcripts?|chats?|conversations?|photos?|images?|documents?|uploads?|submissions?|tickets?|searches|queries|posts|comments|orders|transactions|receipts|invoices|(?<=\b(?:job|unsuccessful|successful|your|employment)\s)applications|résumés?|resumes|CVs)\b/i;

/** A number, in figures or in words. */
const NUM_ALTS = String.raw`\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an`;
const NUM = `(${NUM_ALTS})`;
/** The same number again in brackets, as a figure or in words: "thirteen (13) months", "3 (three) years", "72 (seventy two) hours". */
const NUM_AGAIN = String.raw`\s*\((?:${NUM_ALTS})\)`;
/** A duration: "90 days", "thirteen (13) months", "3 (three) years", "2-year", "one year". */
const DURATION = new RegExp(String.raw`\b${NUM}(?:${NUM_AGAIN})?[\s-]*(?:calendar\s+|consecutive\s+|full\s+)?(hours?|days?|weeks?|months?|years?|yrs?)\b`, 'gi');

/** The first number of a range just before a duration: "between 7 and 14 days", "2-3 years". */
const RANGE_LOW = /(\d{1,4})\s*(?:and|to|or|-|–)\s*$/i;
/** "within 30 days", "within the applicable thirty (30) day period": a time limit, up to its number. */
const WITHIN = String.raw`within(?:\s+(?:the|that|this|such)(?:\s+(?:applicable|relevant|same|allotted|specified))?)?`;
/** Durations that are not how long data is kept, judged from the words around the duration. */
const NOT_RETENTION_BEFORE = new RegExp(String.raw`(?:preceding|prior|past|last|previous|${WITHIN}|less\s+than|more\s+than|than|allow(?:\s+(?:us|up\s+to))?|respond(?:\s+to\s+\w+)?\s+(?:within|in)|takes?|take\s+up\s+to|every|once\s+(?:a|per|every)|(?<!\bfor\s+)at\s+least|over\s+the\s+age\s+of|under(?:\s+the\s+age\s+of)?|aged?|older\s+than|younger\s+than|children|minors?)\s+(?:of\s+|about\s+|approximately\s+|an?\s+additional\s+)?$`, 'i');
const NOT_RETENTION_AFTER = /^(?:['’]?[\s-]*(?:of[\s-]+age|old|or\s+older|or\s+younger|of\s+receiv|of\s+(?:your|the)\s+request|to\s+(?:respond|process|complete|fulfil|honou?r|take\s+effect|reflect|update)|for\s+(?:us\s+to|the\s+change|your\s+request)|(?:(?:prior|advance)\s+)?(?:written\s+)?notice|in\s+advance|before\s+the|after\s+(?:we\s+)?receiv|from\s+(?:the\s+date\s+of\s+)?(?:receipt|receiving|your\s+request)|following\s+(?:receipt|your\s+request)|ago|(?:a|per)[\s-]+(?:day|week|year)\b|(?:period\s+)?(?:prior\s+to|preceding)\s+the\s+(?:date|event|claim|incident|cause|act|occurrence)))/i;
/**
 * A maximum time data is kept, written with words the guard above rejects: "permanently deleted within two hours of
 * being uploaded", "we do not keep your data longer than two hours" (ToS;DR Spark), "We hold personal data of
 * unsuccessful applicants for no longer than 3 years". Still subject to the guard after the duration ("within 30 days
 * of your request" is a processing time) and never in a sentence about answering requests ("we will respond to your
 * request to access or delete your personal information within 30 days").
 */
const KEPT_AT_MOST = new RegExp(String.raw`(?:\b(?:delet|purg|eras|destroy|remov|anonymi[sz]|overwrit)\w*\s+(?:[\w'-]+\s+){0,4}?(?:${WITHIN}|no\s+later\s+than)|\b(?:retain|keep|kept|stor|held|hold|maintain)\w*,?\s+(?:[\w'-]+,?\s+){0,10}?(?:for\s+)?(?:any\s+|no\s+|not\s+)?(?:longer|more)\s+than)\s+(?:about\s+|approximately\s+)?$`, 'i');
/**
 * A time the user has been away, up to the duration: "if you have not accessed your account for at least ninety (90)
 * consecutive days", "if you haven't used their app in 3 months". It counts only when the sentence deletes data or an
 * account for it (DELETES_FOR_INACTIVITY: "We may delete your Cloud Sync account including all your iStudiez Pro data ... if
 * you do not log into it for more than six months"); terminating an account or removing an app's access keeps nothing.
 */
const INACTIVE_FOR = /\bif\s+(?:you|they|users?|the\s+user)\s+(?:have\s+not|haven['’]t|has\s+not|hasn['’]t|do\s+not|don['’]t|does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+(?:\w+\s+)?(?:accessed|used|logged|signed|visited|log|sign|use|access|visit)\b[^.;]{0,60}?\b(?:for|in|within)\s+(?:(?:at\s+least|more\s+than|over)\s+)?$/i;
/** A deletion of data or an account, before the time away (see INACTIVE_FOR). */
const DELETES_FOR_INACTIVITY = /\b(?:delet|eras|purg|destroy|anonymi[sz])\w*\s+(?:[\w'’.-]+\s+){0,4}?(?:accounts?|data|information|content)\b/i;
/** A time counted from the user's last activity or the account's end: "within 3 years of your last interaction with KeyMe" is how long data is kept. */
const SINCE_LAST_USE = /^\s*(?:of|from|after|following)\s+(?:(?:your|the|their|a\s+user['’]s)\s+)?(?:(?:last|most\s+recent|final)\s+(?:interaction|activity|use|login|log-in|visit|contact|transaction|purchase)|(?:account\s+)?(?:closure|termination|inactivity|deactivation|cancell?ation))\b/i;
/** The outer limit of a keeping bound by a purpose: "retain biometric information until the initial purpose ... has been satisfied or within three years, whichever occurs first" (Illinois BIPA). */
const WHICHEVER_FIRST = /^\s*(?:of\s+[^.,;]{1,60}?)?,?\s+whichever\s+(?:occurs|comes|is|happens)\s+(?:first|earlier|sooner)\b/i;
const ANSWERS_REQUEST = /\b(?:respond\w*|response|(?:your|a|the|such|any|this|that|their)\s+(?:\w+\s+)?requests?|ask\s+us|instruct\w*|notif\w*)\b/i;
/** Sentences about handling requests or notices, not about keeping data. */
const REQUEST_TIMING = /\b(?:respond|response|process(?:ing)?\s+(?:your|the|such|a)\s+(?:request|opt|unsubscribe)|to\s+take\s+effect|business\s+days|verify\s+your\s+(?:request|identity)|(?:your|such|the)\s+request|notify|notice|unsubscribe|opt[-\s]?out|effective\s+date|trial|subscription|refund|billing\s+cycle|age\s+of|years\s+of\s+age|years\s+old)\b/i;
/** Kept on the user's own device (a cookie there), even when the sentence also names personal data: "Session cookies: these are only stored on your computer ... they do not collect any personal data". */
const ON_YOUR_DEVICE = /\b(?:stored|kept|saved|placed|remains?)\s+(?:only\s+)?on\s+your\s+(?:computer|device|browser|hard\s+drive|machine|terminal)\b/i;
/** Cookie lifetimes ("this cookie expires after 2 years"), unless the sentence is also about account/personal data. */
const COOKIE_LIFETIME = /\bcookies?\b|\bexpir\w*\b(?<!\b(?:licen[sc]e|subscription|contract|membership|account|plan)\s+expir\w*)|\bsession\b|\blocal\s+storage\b|\bpixel/i;
const ACCOUNT_DATA = /\b(?:personal\s+(?:data|information)|account|profile|contracts?|records?(?!\s+(?:the|last|your|whether|how|which|when|what|if|a|an|each|every|its|their)\b)|logs?|ip\s+address|transaction|customer|user\s+data|your\s+(?:data|information))\b/i;

/**
 * "Indefinitely", "permanently", "without limit", "forever"; not "permanently lose access", "permanently restrict access",
 * "forever release and waive any claims", "now and forever" (a waiver) or "Free forever" (a price plan).
 */
const INDEFINITE = /\b(?:indefinite(?:ly)?|permanent(?:ly)?(?!\s+(?:delet|remov|eras|destr|anonymi|purg|unrecoverable|irretrievabl|irrecoverabl|inaccessibl|de-?identif|ceas|clos|shut|discontinu|stop|terminat|suspend|disabl|deactivat|unsubscrib|opt\b|ban|los[et]|losing|den(?:y|ied)|limit|restrict|block|bar(?:s|red)?\b|releas|waiv|discharg|forfeit))|(?<!\b(?:now\s+and|free)\s+)forever(?!\s+(?:releas|waiv|discharg|relinquish|forfeit|barred))|in\s+perpetuity|perpetual(?:ly)?|without\s+(?:a\s+|any\s+)?time\s+limit|without\s+limit(?!ation)|for\s+an\s+(?:unlimited|undefined|unspecified)\s+(?:period|time|amount)|no\s+(?:set\s+|fixed\s+|specific\s+)?(?:time\s+)?limit)\b/gi;
/** Data no longer personal: what is kept of it indefinitely is not personal data. */
const ANONYMOUS = /\b(?:anonymi[sz]\w*|anonymous|de-?identif\w*|aggregated?|non-?personal|non-?PII|(?:not|non)[\s-]+personally[\s-]+identif\w*)\b/i;
const CHILD_RULE = /\b(?:child(?:ren)?|minors?|(?:under|(?:less|younger)\s+than)\s+(?:the\s+age\s+of\s+)?(?:1[3-8]|thirteen|sixteen|eighteen))\b(?:[^.]|\.(?=\S)|(?<=\b[A-Z])\.){0,200}\b(?:delet|remov|eras|destroy)\w*|\b(?:delet|remov|eras|destroy)\w*\b(?:[^.]|\.(?=\S)|(?<=\b[A-Z])\.){0,80}\b(?:child(?:ren)?['’]?s?|minors?)\b/i;
/** "Keep ... confidential / secure / up to date", "keep our communication going": how data is kept, or an activity, not for how long. */
const KEEP_SAFE = /\b(?:keep|keeps|kept|keeping|maintain\w*|hold|held)\s+(?:[\w-]+\s+){0,4}?(?:confidential(?:ly)?|secure(?:ly)?|safe(?:ly)?|private(?:ly)?|secret|accurate|up[-\s]to[-\s]date|current|complete|informed|updated|going|running|in\s+touch)\b/gi;
/** A deletion word just before "permanent(ly)": the data is deleted for good, not kept for good. */
const DELETED_BEFORE = /\b(?:delet|remov|eras|destr|purg|anonymi[sz])\w*\b(?:\s+(?!(?:keep|keeps|kept|retain\w*|stor\w*|maintain\w*|hold|held|remain\w*|persist\w*|archiv\w*|stay\w*|but|except)\b)[\w.'’-]+){0,6}\s*,?\s*$/i;
/** Deleted data that is kept ("We keep deleted files permanently", "we store removed items permanently"): kept for good. */
const KEEPS_DELETED = /\b(?:keep|keeps|kept|retain\w*|stor(?:e|es|ed|ing)|hold|holds|held|archiv\w*|maintain\w*)\s+(?:(?:the|your|any|all|some)\s+)?(?:deleted|removed|erased|purged)\b/i;
/** A bounded time without a number ("for some time", "for a limited period", "temporarily", "until the next backup"). */
const BOUNDED_TIME = /(?:\bnot|\bcannot|\bcan['’]t)\s+(?:be\s+)?(?:deleted|removed|erased|purged)\s+(?:\w+\s+){0,2}?(?:immediately|instantly|right\s+away|at\s+once)\b|\bfor\s+(?:some\s+time|(?:a|this|that|such\s+a)\s+(?:(?:limited|short|brief|reasonable|certain|specified|set|finite)\s+)?(?:period(?:\s+of\s+time)?|time|while|duration)|(?:a\s+)?(?:few|several)\b|up\s+to\b)|\btemporar(?:y|ily)\b|\bno\s+longer\s+than\b|\buntil\b/i;
/**
 * Kept after the user deletes it ("may retain ... even if you delete", "will retain a copy ..., even if removed", "If you
 * delete your account, PicMonkey will only retain your name"), or not deletable ("we may not be able to delete it"):
 * indefinite, unless the keeping verb itself is denied (NOT_BEFORE: "will not keep any other personal information ... after
 * you delete your account").
 */
const SURVIVES_DELETION = /\b(?:persist|remain|retain|kept|keep|stored|store)\w*\b[^.]{0,120}?\bafter\s+(?:you\s+(?:have\s+)?(?:delete|remove|close|cancel|terminate)|(?:the\s+)?(?:deletion|termination|closure|cancellation)|(?:your|the|such)\s+(?:\w+\s+){0,2}(?:has\s+been|is|was|are|have\s+been)\s+(?:deleted|removed|closed|terminated|cancell?ed))|\bif\s+you\s+(?:delete|close|cancel|terminate)\s+your\s+(?:[\w-]+\s+){0,2}?account\b[^.]{0,80}?\b(?:will|may|shall|might|can)\s+(?:only\s+|still\s+|continue\s+to\s+)?(?:retain|keep|store)\b|\b(?:will|shall|may|can)\s*not\s+be\s+(?:deleted|removed|erased)|\bcannot\s+be\s+(?:deleted|removed|erased)|\bnever\s+(?:be\s+)?(?:deleted|removed|erased)|\b(?:retain|kept|keep|stored?|remain|persist)\w*\b[^.]{0,120}?\beven\s+(?:if|after|when|though)\s+(?:[\w'’\/-]+\s+){0,6}?(?:delete[sd]?|removed?|erased?|closed?|cancell?ed|terminated)\b|\beven\s+(?:if|after|when|though)\s+(?:[\w'’\/-]+\s+){0,6}?(?:delete[sd]?|remove[sd]?|erased?|close[sd]?|cancel\w*|terminat\w*)\b[^.]{0,200}?\b(?:retain|kept|keep|stored|remain|persist)\w*|\bwe\s+(?:\w+\s+)?(?:(?:may|might|will|would)\s+(?:\w+\s+)?not\s+be\s+able|are\s+unable|may\s+be\s+unable)\s+to\s+(?:delete|remove|erase)\b(?![^.]{0,80}\b(?:immediately|right\s+away|at\s+once|as\s+soon\s+as)\b)(?![^.]{0,120}\b(?:in\s+which\s+case|let\s+you\s+know|tell\s+you\s+why|explain\s+why)\b)/i;

/**
 * Not the company keeping data after deletion: the user undoes the deletion ("If you log back into your account within
 * 24 hours, your account will not be deleted"), a control the user lacks ("the random number cannot be removed through
 * settings"), or others keep copies ("certain third parties may retain copies of your information", "any search engine
 * index or record of your information may persist after you delete the information at the original source").
 */
const NOT_KEPT_BY_US = /\bif\s+you\s+(?:\w+\s+){0,2}?(?:log|sign)(?:s|ged)?\s+(?:back\s+)?(?:in|into|on)\b|\bif\s+you\s+(?:reactivate|restore|change\s+your\s+mind)\b|\b(?:removed|deleted|erased)\s+(?:through|via|using|in|from)\s+(?:the\s+|your\s+)?(?:\w+\s+)?settings\b|\b(?:third\s+parties|other\s+users|recipients|others)\s+(?:may|might|can|could|will)\s+(?:still\s+)?(?:retain|keep|store|have|hold)\b|\bsearch\s+engine\s+(?:index(?:es)?|cache[sd]?|results?)\b|\b(?:recorded|copied|cached|archived|indexed|saved|stored)\s+by\s+(?:others|third\s+parties|other\s+users|search\s+engines?)\b|\bcached\s+(?:and\s+archived\s+)?pages\b|\bother\s+users\s+(?:may\s+)?(?:have\s+)?(?:copied|stored|saved)\b|\b(?:shared\s+(?:[\w-]+\s+){0,2}?with|held\s+by|downloaded\s+by)\s+(?:other\s+(?:users|services|sites|websites)|(?:those\s+)?third\s+parties|others)\b|\bfor\s+their\s+own\s+(?:files|records|purposes|use)\b|\bremain\w*\s+in\s+(?:full\s+)?(?:force|effect)\b/i;

/** A denial just before a keeping verb: "PicMonkey will not keep ... after you delete", "we do not retain". */
const NOT_BEFORE = /\b(?:not|n['’]t|never)\s+(?:\w+\s+)?$/i;
/** The other half of "temporarily or permanently", "(permanently or temporarily)": either, which says nothing about how long. */
const TEMPORARILY_OR = /\btemporar(?:y|ily)\s*,?\s+(?:or|and\/or)\s+$/i;
const OR_TEMPORARILY = /^\s*,?\s+(?:or|and\/or)\s+temporar(?:y|ily)\b/i;
/** A service or an account suspended "for indefinite periods of time": the suspension has no end, no data is kept. */
const SUSPENDED_FOR = /\b(?:remov|suspend|discontinu|interrupt|withdr[ae]w|cancel|terminat|block|ban|disabl|deactivat)\w*\s+(?:(?:the|our|your|any|a|its)\s+)?(?:[\w-]+\s+)?(?:services?|site|website|accounts?|access|subscriptions?|app|platform)\b[^.]{0,30}$/i;
/** The user's right to keep something ("you do not own the number or have a right to retain that number forever"). */
const RIGHT_TO_KEEP = /\bright\s+to\s+(?:retain|keep|hold|own)\b[^.]{0,40}$/i;

/** Kept because the law requires it: "we may be required by law to store the information we collect". */
const LEGAL_NEED = /\b(?:required|obliged|obligated|compelled)\s+(?:by\s+(?:applicable\s+)?law\s+)?to\s+(?:retain|keep|store|maintain|hold|preserve)\b|\b(?:required|obliged|obligated)\s+by\s+(?:applicable\s+)?law\b/i;
/**
 * "We reserve the right to keep all non-PII ... after the termination of your account": what is kept is not personal data; nor
 * is what stays once its link to the user is cut ("matches you have played ... will not be deleted. rather, your connection to
 * these matches will be permanently anonymized", ToS;DR Steam).
 */
const KEEPS_NON_PERSONAL = /\b(?:keep|retain|store|maintain|hold|use)\w*\s+(?:[\w-]+\s+){0,3}?(?:non-?PII|anonymi[sz]ed|aggregated?|de-?identified|non-?personal(?:ly)?)\b|\b(?:rather|instead)\b,?\s+(?:your\s+|the\s+)?(?:connection|link|association)s?\b[^.;]{0,80}?\b(?:anonymi[sz]ed|de-?identified)\b/i;
/** Data deleted or gone, just before "forever": "will be deleted forever", "it's gone forever", "delete it forever". */
const GONE_FOREVER = /(?:\b(?:is|are|be|been|being|was|were|gets?|got)\s+(?:\w+\s+)?(?:deleted|removed|erased|destroyed|purged|gone|lost)|\b(?:it|they)\s*['’](?:s|re)\s+gone|\b(?:delete|remove|erase)\s+(?:it|them|(?:your|the|this|that)\s+[\w-]+))\s+$/i;
/** The user wanting or asking for a deletion, just before "permanently". */
const DELETION_WISH = /\b(?:want|wish|like|choose|request|ask)\w*\s+(?:us\s+)?to\s+(?:\w+\s+){0,2}?(?:delete|remove|erase)\b[^.]{0,80}$/i;

/** Deleting verbs that a routine ("regularly deleted", "deleted periodically") applies to. */
const ROUTINE_DELETION = String.raw`delet|destr|purg|eras|discard|overwrit`;
/** Deleting verbs beside NO_LONGER_NEEDED ("we will destroy the information", "delete or anonymize it"). */
const DISPOSES = String.raw`delet|destroy|eras|anonymi[sz]|dispos|purg|remov`;
/** The company no longer needing the data: "when we no longer have a legitimate business need to use it", "Once we don't need it". */
const NO_LONGER_NEEDED = String.raw`we\s+(?:no\s+longer\s+(?:need|require|have\s+(?:an?|any)\s+(?:(?:legitimate|valid|ongoing|legal|lawful)\s+)?(?:business\s+)?(?:need|reason|purpose|use))|(?:do\s+not|don['’]t)\s+(?:need|require))\b`;

/**
 * "As long as necessary", "for the period required by law", "no longer than necessary"; kept "until your account is
 * deleted" or "while your relationship with us is ongoing" (after a keeping verb), "no ongoing legitimate business need",
 * "we don't store personal information unless required for the ongoing operation of one of our Services", "for a period of
 * time consistent with the original purpose of collection", "keep your information as otherwise required by law"; "not
 * keep it for longer than is necessary", "for the shortest possible time", "destroy your information when we no longer have
 * a legitimate business need" (NO_LONGER_NEEDED, with a deletion verb beside it), "will be deleted periodically".
 */
const LIMITED = new RegExp(String.raw`\b(?:as\s+long\s+as|so\s+long\s+as|(?<=\b(?:do|does|will)\s+not\s+(?:store|keep|retain)\s+(?:[\w-]+\s+){0,4}?|\b(?:don|doesn|won)['’]t\s+(?:store|keep|retain)\s+(?:[\w-]+\s+){0,4}?)(?:unless|except\s+(?:as|where|when))\s+(?:(?:it\s+is|strictly)\s+)?(?:required|necessary|needed)|for\s+(?:the\s+|a\s+)?(?:(?:time|period|duration|length(?:\s+of\s+time)?)\s+(?:\w+\s+){0,3}?(?:necessary|needed|required|reasonabl|permitted))|(?:no|not\s+any|for(?:\s+any)?(?<=\b(?:not|never|no)\s+(?:[\w'’-]+\s+){0,14}?for(?:\s+any)?))\s+longer\s+than\s+(?:is\s+|it\s+is\s+)?(?:strictly\s+|absolutely\s+|reasonably\s+)?(?:necessary|needed|required|reasonabl|permitted)|only\s+(?:for\s+)?as\s+long|until\s+(?:it\s+is\s+|they\s+are\s+|such\s+\w+\s+is\s+)?no\s+longer\s+(?:needed|necessary|required)|(?:as|where|when|whenever|if)\s+(?:otherwise\s+)?(?:we\s+are\s+|it\s+is\s+)?(?:required|permitted|necessary)\s+(?:to\s+do\s+so\s+)?(?:by|under)\s+(?:applicable\s+)?law|for\s+(?:a|the)\s+(?:period|time|duration)(?:\s+of\s+time)?\s+(?:that\s+is\s+)?(?:consistent|commensurate|compatible|in\s+line|in\s+keeping)\s+with\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?purposes?|(?:retain|keep|kept|store|maintain|held|hold)\w*\s+(?:\w+\s+){0,7}?only\s+(?:to|for|as\s+long|until|as\s+(?:(?:is\s+)?(?:reasonably\s+)?(?:needed|necessary|required)))|until\s+(?:such\s+time\s+as|the\s+time\s+(?:that\s+)?)\s*you\s+(?:delete|remove|close|cancel|deactivate|terminate|request|ask)|(?:not|never)\s+(?:keep|retain|store)\w*\s+[^.]{0,80}?\bafter\s+(?:the|a|your|it|they)|(?:reasonably\s+)?necessary\s+(?:to|for)\s+(?:fulfil|fulfill|achieve|accomplish|serve|carry\s+out|comply|resolve|enforce|provide)|retention\s+(?:periods?|schedules?)|storage\s+periods?\s+(?:expires?|ends?|has\s+(?:expired|ended)|lapses?)|(?:end|expiry|expiration)\s+of\s+the\s+(?:[\w-]+\s+)?storage\s+periods?|no\s+longer\s+serves?\s+(?:the|its|their|any|a)\s+(?:[\w-]+\s+)?purposes?|(?:for|during|until|once|after|when|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:statutes?\s+of\s+limitations?|limitation\s+periods?)|(?:regular(?:ly)?|periodic(?:ally)?|routine(?:ly)?|promptly|immediately|automatically)\s+(?:scheduled\s+for\s+)?(?:\w+\s+)?(?:${ROUTINE_DELETION})\w*|until\s+you\s+(?:\w+ly\s+)?(?:delete|remove|change|close|cancel|deactivate|terminate|request|ask|unsubscribe|opt|withdraw|revoke|decide|choose|elect|make\s+the\s+decision)|while\s+you\s+(?:work\s+for\s+us|are\s+(?:employed|engaged)\s+by\s+us|are\s+(?:our|an?)\s+(?:employee|customer|member|user|subscriber))|until\s+the\s+earlier\s+of|for\s+the\s+(?:life(?:time)?|duration|length|term|period)\s+of\s+(?:your|the|our)\s+(?:user\s+|service\s+)?(?:account|subscription|membership|contract|agreement|employment|engagement|(?:business\s+|contractual\s+|customer\s+|employment\s+)?relationship|(?:product\s+)?warranty(?:\s+period)?)|(?:until|once|after|when|as\s+soon\s+as|if)\s+(?:the|its|their|such)\s+(?:storage\s+|retention\s+)?purposes?\s+(?:(?:for\s+which|of|for)\s+[^.;]{0,60}?\s+)?(?:no\s+longer\s+(?:applies|apply|exists?)|ceases?\s+to\s+(?:apply|exist)|is\s+not\s+applicable|(?:has\s+)?(?:ended|expired|lapsed)|ends|expires|lapses|(?:has|have)\s+been\s+(?:fulfilled|achieved|accomplished|met|served|attained)|(?:is|are)\s+(?:fulfilled|achieved|accomplished|met|served|attained))|(?:once|after|when)\s+(?:the\s+|a\s+|your\s+|it\s+(?:is|has\s+been)\s+|they\s+(?:are|have\s+been)\s+)?(?:transaction|purpose|request|promotion|order|it|they|email|message)?\s*(?:is\s+|has\s+been\s+|are\s+|have\s+been\s+)?(?:completed|fulfilled|processed|sent|responded|used|served|over|ended|no\s+longer)|limited\s+period|reasonable\s+(?:period|time|amount\s+of\s+time)|(?:delete|destroy|anonymi[sz]e|erase)\w*\s+(?:\w+\s+){0,6}?(?:when|once|after|as\s+soon\s+as)\s+(?:it\s+is\s+|they\s+are\s+)?(?:no\s+longer|not)\s+(?:needed|necessary|required)|(?:data|information|it|they|everything)\s+(?:is|are|will\s+be|gets?)\s+(?:permanently\s+|automatically\s+)?(?:deleted|erased|removed|purged)\s+(?:when|once|after|upon|if)\s+(?:you\s+(?:delete|close)\s+(?:your\s+)?account|(?:your|the)\s+account\s+(?:is|has\s+been|gets)\s+(?:deleted|closed|terminated|cancell?ed))|(?:retain|retained|kept|keep|held|maintained|deleted|destroyed|erased|disposed\s+of)\s+(?:[\w'-]+\s+){0,4}?in\s+(?:accordance|compliance|conformance|line)\s+with\s+(?:[\w'-]+\s+){0,3}?(?:laws?|(?:legal|lawful|statutory|regulatory)\s+(?:requirements|obligations|provisions)|regulations|(?:data\s+|records?\s+)?retention\s+(?:polic(?:y|ies)|schedules?|requirements|guidelines))|(?:retain\w*|keep\w*|kept|stor(?:e|ed|es|ing)|held|holds?|maintain\w*|remains?)\s+(?:[^.;]{0,80}?\s)?until\s+(?:(?:your|the|a)\s+(?:user\s+)?(?:account|subscription|membership)\s+(?:is|has\s+been|gets)\s+(?:deleted|closed|terminated|cancell?ed|canceled)|(?:your\s+)?account\s+(?:deletion|closure|termination)|such\s+time\s+as\s+(?:an?\s+|your\s+)?(?:account\s+)?deletion\s+request|(?:the|such|this|that|your)\s+(?:contract|agreement)\s+(?:has\s+been|is)\s+(?:fully\s+)?(?:performed|terminated|completed|fulfill?ed)|deletion\s+is\s+possible)|while\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:relationship|account|subscription|contract)\s+(?:with\s+(?:us|[A-Z][\w&.-]*)\s+)?(?:is|remains)\s+(?:ongoing|active|open|in\s+force)|(?:no|not\s+have\s+an?)\s+ongoing\s+legitimate\s+business\s+need|for\s+the\s+shortest\s+(?:possible\s+)?(?:amount\s+of\s+time|period(?:\s+of\s+time)?|time|duration)|(?:${ROUTINE_DELETION})\w*\s+(?:periodically|regularly|routinely)|(?:when|where|once|if|after|as\s+soon\s+as)\s+${NO_LONGER_NEEDED}\b[^.;]{0,160}?\b(?:${DISPOSES}|de-?identif)\w*|(?:${DISPOSES})\w*\s+(?:[\w'’-]+\s+){0,6}?(?:when|where|once|if|after|as\s+soon\s+as)\s+${NO_LONGER_NEEDED})\b`, 'gi');

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** "forty-five" → 45, "thirteen" → 13, "an" → 1. */
function numberValue(word: string): number {
  const [a = '', b = ''] = word.toLowerCase().split(/[-\s]/);
  return (TENS[a] ?? UNITS[a] ?? 0) + (b ? (UNITS[b] ?? 0) : 0);
}

/** "thirteen (13) months" → "13 months"; "1 yr" → "1 year". */
export function normalizeDuration(num: string, unit: string): string {
  const n = /^\d+$/.test(num) ? Number(num) : numberValue(num);
  let u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'yr') u = 'year';
  return `${n} ${u}${n === 1 ? '' : 's'}`;
}

/** A period counted from an end already named ("and for 3 years thereafter"): kept after it, whatever the sentence also mentions. */
const THEREAFTER = /^\s*(?:thereafter|afterwards?|after\s+that|after\s+(?:it|this|that)\s+(?:ends|expires|is\s+(?:closed|cancell?ed|terminated)))\b/i;

/** Concrete retention durations in one sentence, normalized; none for request times, ages or cookie lifetimes. */
export function retentionPeriods(text: string): string[] {
  if (!KEEP_VERB.test(text) || !DATA_NOUN.test(text)) return [];
  if (COOKIE_LIFETIME.test(text) && !ACCOUNT_DATA.test(text)) return [];
  const out: string[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    // "between 7 and 14 days": the range is judged from the words before its first number, and both ends are listed.
    const low = RANGE_LOW.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const at = low ? m.index - low[0].length : m.index;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/^an?$/i.test(m[1]!) && !/\b(?:for|after|within|of)\s+$/i.test(before)) continue;
    // "terminate your account ... if you have not accessed your account for at least ninety (90) consecutive days": a time
    // away, a period only when the sentence deletes data or the account for it.
    const away = INACTIVE_FOR.exec(text.slice(Math.max(0, at - 160), at));
    if (away && !DELETES_FOR_INACTIVITY.test(text.slice(0, Math.max(0, at - 160) + away.index))) continue;
    if ((NOT_RETENTION_BEFORE.test(before) && !(KEPT_AT_MOST.test(text.slice(Math.max(0, at - 90), at)) && !ANSWERS_REQUEST.test(text)) && !(/\bwithin\s+$/i.test(before) && (SINCE_LAST_USE.test(after) || WHICHEVER_FIRST.test(after)))) || NOT_RETENTION_AFTER.test(after)) continue;
    // A sentence that mentions a request, notice or subscription keeps its period only when a keeping verb governs it
    // (up to 12 words and 100 characters back: "as long as your subscription remains active, and for 12 months thereafter").
    if (REQUEST_TIMING.test(text) && !THEREAFTER.test(after) && !/\b(?:retain|retention|keep|kept|stor|delet|purg)\w*\b(?:\W+\w+){0,12}\W+$/i.test(text.slice(Math.max(0, at - 100), at))) continue;
    for (const n of low ? [low[1]!, m[1]!] : [m[1]!]) {
      const norm = normalizeDuration(n, m[2]!);
      if (!norm.startsWith('0 ') && !out.includes(norm)) out.push(norm);
    }
  }
  return out;
}

/** Cookie and tracking words, looked for in the whole segment around a sentence. */
const TRACKING_SEGMENT = /\b(?:cookies?|web\s+beacons?|pixels?|local\s+storage|google\s+analytics|tracking\s+technolog\w*|expir\w*)\b/i;
/** Segment categories a cookie or tracking paragraph is classified as (OPP-115). */
const TRACKING_CATEGORIES = ['User Choice/Control', 'First Party Collection/Use', 'Third Party Sharing/Collection', 'Do Not Track'] as const;
/** Data a sentence can name that is never a cookie: then the duration stays ("keeps all incoming email for 1 hour"). */
const NAMED_DATA = /\b(?:e-?mails?|messages?|search(?:es)?|quer(?:y|ies)|orders?|payments?|transactions?|content|posts?|comments?|recordings?|files?|backups?|logs?|usage|ip|history|names?|address(?:es)?|numbers?)\b/i;

/** "This data", "These data", "Such information": data the sentences before named. */
const DATA_NAMED_BEFORE = /^\W*(?:this|these|such|said|the\s+(?:above|aforementioned|above-mentioned))\s+(?:data|information)\b/i;

/**
 * The sentence's data is named in the sentences just before it, within its section: "IP address", "Date and time of the
 * request", ... "This data will be deleted after 30 days at the latest" (ToS;DR spacedesk, a list of server-log fields).
 */
function namesDataBefore(p: ExtractedPolicy, s: Sentence): boolean {
  if (!DATA_NAMED_BEFORE.test(s.text)) return false;
  for (let id = s.id - 1; id >= Math.max(0, s.id - 15); id--) {
    const prev = p.sentences[id];
    if (!prev || prev.section !== s.section || prev.isHeading) break;
    if (TRACKING_SEGMENT.test(prev.text)) return false;
    if (ACCOUNT_DATA.test(prev.text) || NAMED_DATA.test(prev.text)) return true;
  }
  return false;
}

/**
 * A duration read in a paragraph about cookies or tracking rather than about keeping data: the segment
 * classifier does not see Data Retention there (score < 0.5), sees one of the tracking categories, the
 * paragraph speaks of cookies, and the sentence itself names no account, personal or other concrete data, nor points back
 * to data the sentences before it named (namesDataBefore) ("Persistent, but
 * will delete automatically after two years if you no longer visit Website" in a cookie table). A cookie's
 * lifetime is not the policy's retention (RUBRIC). Without focus nothing is vetoed.
 */
export function inTrackingSegment(p: ExtractedPolicy, s: Sentence, focus: SegmentFocus | null | undefined): boolean {
  if (!focus || ACCOUNT_DATA.test(s.text) || NAMED_DATA.test(s.text) || namesDataBefore(p, s)) return false;
  const dr = focusScore(focus, s.id, FIELD_CATEGORIES.retention);
  if (dr === undefined || dr >= 0.5 || (focusScore(focus, s.id, TRACKING_CATEGORIES) ?? 0) < 0.5) return false;
  const seg = focus.segments[focus.segmentOf[s.id] ?? -1];
  return !!seg && seg.sentences.some((id) => TRACKING_SEGMENT.test(p.sentences[id]?.text ?? ''));
}

/**
 * Vaguer limits ("retained on a temporary basis", "for a short period", "for a certain time") count as `limited`
 * only inside a segment the classifier sees as Data Retention (score >= 0.5): elsewhere the same words are
 * about sessions, promotions or processing. Without focus they are not read.
 */
const VAGUE_LIMIT = /\b(?:(?:on\s+a\s+)?temporar(?:y|ily)(?:\s+basis)?|for\s+(?:a\s+)?(?:short|brief|certain|limited|specified|defined|fixed)\s+(?:period|time|duration|amount\s+of\s+time)|short[-\s]term|time[-\s]limited|periodically\s+(?:\w+\s+)?(?:delet|purg|eras|destroy)\w*)\b/i;
export function vagueLimitInRetentionSegment(s: Sentence, focus: SegmentFocus | null | undefined): boolean {
  if (!focus || !VAGUE_LIMIT.test(s.text) || !RETAIN_VERB.test(s.text)) return false;
  return isAbout(focus, s.id, FIELD_CATEGORIES.retention);
}

/** Per-sentence retention signals. */
export interface RetentionSignals {
  periods: Array<{ sentence: Sentence; periods: string[] }>;
  indefinite: Sentence[];
  limited: Sentence[];
}

/** Every sentence that states a period, keeps data indefinitely, or limits retention. */
export function retentionSignals(p: ExtractedPolicy, focus?: SegmentFocus | null): RetentionSignals {
  const sig: RetentionSignals = { periods: [], indefinite: [], limited: [] };
  for (const s of p.sentences) {
    const text = s.text;
    if (s.isHeading || !PREFILTER.test(text)) continue;
    if (((DUTY_VERB.test(text) && USER_DUTY.test(text)) || COPIES_TO_DESTROY.test(text)) && !WE_KEEP.test(text)) continue;
    if (MONEY.test(text) && !MONEY_AND_DATA.test(text)) continue;
    const periods = retentionPeriods(text);
    if (periods.length && !inTrackingSegment(p, s, focus)) sig.periods.push({ sentence: s, periods });
    if (!KEEP_VERB.test(text)) continue;
    // ...about data ("Salvage registration/titling typically can never be removed from the vehicle" is about a car's title).
    const survivesAt = text.search(SURVIVES_DELETION);
    const survives = survivesAt >= 0 && !NOT_BEFORE.test(text.slice(Math.max(0, survivesAt - 20), survivesAt)) && !/\b(?:cookies?|browser)\b/i.test(text) && !NOT_KEPT_BY_US.test(text) && !KEEPS_NON_PERSONAL.test(text) && (DATA_NOUN.test(text) || /\b(?:it|them|this|these|such|yours?)\b/i.test(text));
    // "Payment data cannot be deleted upon your request as it would conflict with ... retaining this information for 10
    // years" / "This data cannot be deleted.": "this data" is the data whose period was just stated.
    const lastPeriod = sig.periods.at(-1)?.sentence;
    const refersToPeriod = survives && /^\W*(?:this|these|that|those|such|it|they)\b/i.test(text) && !!lastPeriod && lastPeriod.section === s.section && s.id - lastPeriod.id <= 3;
    // "kept for 90 days after the termination of your account", "for some time after your request for deletion": kept
    // after deletion, but for a bounded time, which is a period or a limit, not "indefinitely".
    // "We retain your personal data even after you have closed your account if reasonably necessary to comply with our legal
    // obligations": kept after deletion, but only as needed or required by law, which is a limit.
    const limitedAfter = survives && (text.search(LIMITED) >= 0 || LEGAL_NEED.test(text));
    if (survives && !periods.length && !BOUNDED_TIME.test(text) && !refersToPeriod && !limitedAfter) sig.indefinite.push(s);
    else {
      if (survives && !periods.length) sig.limited.push(s);
      INDEFINITE.lastIndex = 0;
    }
    // Whole sentences that keep nothing for ever, whatever their words: any term in a license grant ("you grant Hulu a
    // limited license to use, ... delete from, ... in perpetuity", "is perpetually and irrevocably licensed to Stack
    // Overflow"), and a question ("Will Riot maintain my account forever, even if I stop using it?").
    const noIndefinite = sig.indefinite.at(-1) === s || LICENSED.test(text) || /\?\s*$/.test(text);
    for (let m = noIndefinite ? null : INDEFINITE.exec(text); m; m = INDEFINITE.exec(text)) {
      // "we do not keep it indefinitely" denies it; "removed permanently", "deletion is a permanent action" are deletions
      // (but "We keep deleted files permanently" keeps them).
      const window50 = text.slice(Math.max(0, m.index - 50), m.index);
      if (/^permanent/i.test(m[0]) && DELETED_BEFORE.test(window50) && !KEEPS_DELETED.test(window50)) continue;
      // "it is removed forever from our servers", "it's gone forever": deleted for good (not "we keep deleted files forever").
      if (/^forever/i.test(m[0]) && GONE_FOREVER.test(window50)) continue;
      // "modify or discontinue, temporarily or permanently, the Service", "content transmitted through or temporarily or permanently
      // stored on our network" (a disclaimer): either, not kept for good.
      if (/^permanent/i.test(m[0]) && (TEMPORARILY_OR.test(text.slice(Math.max(0, m.index - 25), m.index)) || OR_TEMPORARILY.test(text.slice(m.index + m[0].length)))) continue;
      // "we may remove the service for indefinite periods of time"; "you do not ... have a right to retain that number forever".
      const before100 = text.slice(Math.max(0, m.index - 100), m.index);
      if (/^indefinite/i.test(m[0]) && SUSPENDED_FOR.test(before100)) continue;
      if (RIGHT_TO_KEEP.test(before100)) continue;
      // "If you want to delete or remove your PII stored with us permanently, you may send an e-mail": a deletion the user asks for.
      if (/^permanent/i.test(m[0]) && DELETION_WISH.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
      // "A permanent cookie is stored in Your computer": a kind of cookie, not data kept for good.
      if (/^(?:permanent|perpetual)/i.test(m[0]) && /^\s+(?:(?:or|and)\s+[\w-]+\s+)?cookies?\b/i.test(text.slice(m.index + m[0].length))) continue;
      // "If we anonymize your personal information ..., we may use this information indefinitely": anonymous data is not personal data (RUBRIC).
      if (ANONYMOUS.test(text.slice(0, m.index))) continue;
      // "a perpetual, irrevocable license to copy, display, store ... your content", "a perpetual term Licensed Product": a license's term, not data kept.
      if (/^perpetual/i.test(m[0]) && /^[\s,\w-]{0,60}?\b(?:licen[sc]e[ds]?|right)\b/i.test(text.slice(m.index + m[0].length))) continue;
      if (!isNegated(text, m.index, 6)) {
        if (!(COOKIE_LIFETIME.test(text) && !ACCOUNT_DATA.test(text))) sig.indefinite.push(s);
        break;
      }
    }
    // A user's right "for as long as we keep it" is not a retention statement.
    // A bare "as long as" limits a keeping verb only near it: "you pay only for the individual services you need for as long
    // as you use them" in a menu that also says "store, and share massive data sets" limits a payment.
    // Nor does one that sets a condition (NO_CONFLICT): "... we store as long as it is not in conflict with local law".
    const limits = allMatches(text, LIMITED).filter((m) => !actsWithinReasonableTime(text, m.index) && !(BARE_AS_LONG_AS.test(m[0]) && (!RETAIN_VERB.test(text.slice(Math.max(0, m.index - 150), m.index + m[0].length + 40)) || NO_CONFLICT.test(text.slice(m.index + m[0].length))))).map((m) => m[0]);
    const limitedWords = limits.length > 0 || vagueLimitInRetentionSegment(s, focus);
    // Everything below only decides whether a limit's sentence is `limited`.
    if (!limitedWords) continue;
    // "so long as those parties agree to keep this information confidential": keeping it secret, not keeping it for a time.
    let keeping = text.replace(KEEP_SAFE, ' ');
    // Every limit found is a law clause ("as permitted by applicable law"), or the word "retention" ("retention period").
    const lawOnly = limits.length > 0 && limits.every((l) => LAW_LIMIT.test(l));
    const retentionWordOnly = limits.length > 0 && limits.every((l) => /^retention\s/i.test(l));
    // "Access to or correction, updating or deletion of your personal information may be denied or limited ... as otherwise
    // permitted by applicable law": a request refused within the law, not data kept as the law requires.
    if (lawOnly && REQUEST_REFUSED_BY_LAW.test(text)) continue;
    // "you may access, review, modify, and request deletion of any personal information that we process about you, as required
    // by law", "Where we are required by law to collect your personal information and ... you ask us to delete it, we may not be
    // able to provide the Service": the deletion is the user's request, and the law clause limits no keeping of ours.
    if (lawOnly && USER_ASKS_DELETION.test(text) && !WE_KEEP.test(text.replace(USER_ASKS_DELETION, ' '))) continue;
    // "we may collect, use, store and transfer different kinds of Personal Data about you" "as permitted by applicable
    // law": 'store' among processing verbs says where or how data is handled, and the law clause limits the handling,
    // not how long the data is kept.
    if (lawOnly) keeping = keeping.replace(STORE_AMONG_PROCESSING, ' ');
    // "Access the Personal Data we hold about you, including ... the recipients and the respective retention period": what an
    // access request tells the user, not a statement of retention.
    if (retentionWordOnly && ACCESS_TELLS_PERIOD.test(text)) continue;
    // "we may access, retain and disclose the information ... if required to do so by law or in a good faith belief that such
    // access, retention or disclosure is reasonably necessary", "We may preserve and store your account information ... if we
    // believe in good faith that such preservation is necessary to comply with legal ... processes": data held for legal
    // process, no limit on how long it is kept ("we will retain your data for as long as we in good faith believe is
    // necessary to comply with the legal process" stays).
    if (LEGAL_HOLD.test(text) && !/\b(?:as|so)\s+long\s+as\b/i.test(text)) continue;
    // "Retention Period For Data": a title the page did not mark as a heading names the topic, it states no limit.
    if (retentionWordOnly && !/[.!?;:]\s*$/.test(text) && text.split(/\s+/).length <= 6) continue;
    // A cookie's lifetime ("session cookies ... are automatically deleted when you close your browser") is not retention.
    // Nor, cookie named or not, is what stays on the user's own device ("Others are “persistent,” which means they are stored
    // on your device until you delete them").
    // "If we discover that a child under the age of 13 has provided us with personal information ..., we will immediately delete" is a
    // children's-privacy rule, not how long the policy keeps its users' data.
    // "you hereby grant us a ... right to collect, use, copy, store ... to the extent necessary to provide the Cloud Services": a licence's scope.
    if (!CHILD_RULE.test(text) && !LICENCE_GRANT.test(text) && RETAIN_VERB.test(keeping) && !(ON_YOUR_DEVICE.test(text) || (COOKIE_LIFETIME.test(text) && !ACCOUNT_DATA.test(text))) && !/\bplease\s+(?:immediately\s+)?delete\b|\bthen\s+(?:immediately\s+)?delete\b/i.test(text) && !/^(?:[^.;]{0,40}?\bthat\s+)?(?:you|users?)\s+(?:have|has|may|can)\s+(?:the\s+|a\s+)?rights?\b/i.test(text) && sig.limited.at(-1) !== s) sig.limited.push(s);
  }
  return sig;
}

/**
 * "we will disable your account within a reasonable period of time", "respond to your request within a reasonable time": a
 * time to act on a request, not to keep data; "deleted within reasonable time after the User no longer uses the Services" stays.
 */
const WITHIN_BEFORE = /\bwithin\s+(?:a\s+)?$/i;
const DELETED_WITHIN = /\b(?:delet|purg|eras|destroy|remov|anonymi[sz]|discard|dispos)\w*\s+(?:[\w'’-]+\s+){0,3}?within\s+(?:a\s+)?$/i;
function actsWithinReasonableTime(text: string, at: number): boolean {
  if (!/^reasonable/i.test(text.slice(at, at + 10))) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  return WITHIN_BEFORE.test(before) && !DELETED_WITHIN.test(before);
}
/** "grant ... license/right to", with up to `reach` characters between the grant and its license. */
const grantWithin = (reach: number): string => String.raw`\bgrant\w*\s+[^.]{0,${reach}}?\b(?:licen[sc]e|right)\s+to\b`;
/** A licence or right the user grants: its scope ("to the extent necessary"), not how long data is kept. */
const LICENCE_GRANT = new RegExp(grantWithin(160), 'i');
/**
 * A grant of a license in any words, for "indefinite": "you grant us an unrestricted, irrevocable, ..., transferable,
 * assignable and sublicensable right and license to", "licensed to".
 */
const LICENSED = new RegExp(String.raw`${grantWithin(300)}|\blicen[sc]ed\s+to\b`, 'i');

/** Holding or disclosing data for legal process on a good-faith belief (see retentionSignals). */
const LEGAL_HOLD = /\bgood[-\s]faith\b/i;

/** A limit that is only "as long as" / "so long as", which limits a keeping only with a keeping verb near it. */
const BARE_AS_LONG_AS = /^(?:as|so)\s+long\s+as$/i;

/** After a bare "as long as": a condition, not a time ("access or delete the personal information we store as long as it is not in conflict with local law"). */
const NO_CONFLICT = /^\s*(?:it|this|that|doing\s+so|such\s+\w+)\s+(?:is|does|do|are)\s*(?:not|n['’]t)\s+(?:\w+\s+){0,2}?(?:conflict|violat|contradict|interfer|prohibit|breach|infring)/i;
/** The retention period as an item of what the user may access or learn. */
const ACCESS_TELLS_PERIOD = /^\W*(?:(?:request\s+)?access|obtain|receive|know|be\s+informed|information\s+(?:about|on|regarding))\b|\bright\s+(?:to|of)\s+(?:access|know|information|obtain|be\s+informed)\b[^.]{0,300}\bretention\s+periods?\b/i;
/** A request refused or narrowed: "deletion of your personal information may be denied or limited". */
const REQUEST_REFUSED_BY_LAW = /\b(?:access|correction|deletion|erasure|requests?)\b[^.;]{0,120}?\b(?:may|might|can|could|will)\s+(?:\w+\s+)?be\s+(?:denied|refused|declined|limited|restricted)\b/i;
/** The user asking for a deletion: "you may access, review, modify, and request deletion", "you ask us to delete it". */
const USER_ASKS_DELETION = /\b(?:you|users?)\s+(?:[\w,]+\s+){0,6}?(?:request|ask)\w*\s+(?:(?:the|for|that|us|we)\s+){0,2}(?:to\s+)?(?:delet|eras|remov)\w*/i;
/** A limit that is only "as required / permitted by (applicable) law". */
const LAW_LIMIT = /^(?:as|where|when|whenever|if)\s(?!long\s)/i;
/** 'store' in a list of processing verbs: "collect, use, store and transfer", "transfer, process or store". */
const STORE_AMONG_PROCESSING = /\b(?:collect|use|process|transfer|disclos|shar|access)\w*,?\s+(?:(?:and|or|and\/or)\s+)?(?:\w+,?\s+(?:(?:and|or|and\/or)\s+)?){0,3}?stor(?:e|ed|es|ing)\b|\bstor(?:e|ed|es|ing)\s*,?\s+(?:(?:and|or|and\/or)\s+)?(?:process|transfer|us|shar|disclos)\w*/gi;

/** The retention verdict with its normalized periods and the sentences that decided it. */
/** `sig`: the signals already read for the same policy and focus (the analyzer passes them on to the warnings). */
export function retentionVerdict(p: ExtractedPolicy, focus?: SegmentFocus | null, sig: RetentionSignals = retentionSignals(p, focus)): RetentionFinding {
  const evidence: Evidence[] = [];
  if (sig.periods.length) {
    const periods: string[] = [];
    for (const { sentence, periods: ps } of sig.periods) {
      for (const x of ps) if (!periods.includes(x)) periods.push(x);
      pushEvidence(evidence, toEvidence(p, sentence));
    }
    return { verdict: 'period', periods, evidence };
  }
  if (sig.indefinite.length) {
    for (const s of sig.indefinite) pushEvidence(evidence, toEvidence(p, s));
    return { verdict: 'indefinite', periods: [], evidence };
  }
  if (sig.limited.length) {
    for (const s of sig.limited) pushEvidence(evidence, toEvidence(p, s));
    return { verdict: 'limited', periods: [], evidence };
  }
  return { verdict: 'not-stated', periods: [], evidence };
}
