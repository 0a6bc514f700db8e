/**
 * Contact (RUBRIC.md "Contact"): the organization's emails, phones, postal addresses and links to contact or
 * privacy-request forms, read from the text and from the blocks' links (`<a href="mailto:…">email our privacy
 * team</a>`, `<a href="…/webform">submit a request</a>`). Contacts of unrelated third parties (a DMCA agent, a law
 * firm) are left out.
 */
import { CELL_SEPARATOR, type BlockLink, type ContactFinding, type Evidence, type ExtractedPolicy, type Sentence } from '../types';
import { pushEvidence, toEvidence } from './evidence';
import { allMatches } from './negation';
import { FIELD_CATEGORIES, focusScore, isAbout, rankByFocus, type SegmentFocus } from './focus';

/** Cheap pre-filter for a block that may hold contact details. */
const PREFILTER = /[@＠﹫]|\[at\]|\(at\)|\{at\}|\sat\s.*\sdot\s|https?:|www\.|\d{3}|\+\d|\b(?:box|street|road|square|avenue|lane|place|quay|strasse|straße|rue|via|calle)\b/i;

const BRACKETED_AT = /\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*/gi;
const BRACKETED_AT_CORE = /[[({<]\s*(?:at|@)\s*[\])}>]/i;
const BRACKETED_DOT = /\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*/gi;
const BRACKETED_DOT_CORE = /[[({<]\s*(?:dot|\.)\s*[\])}>]/i;

/** A backwards address: "moc.elpmaxe@ycavirp" for "privacy@example.com" (see deobfuscate). */
const REVERSED_EMAIL = /(?<![\w.@%+-])(?:moc|gro|ten|ude|vog|oi|oc|ofni|zib|ku\.oc|ua\.moc|ed|rf|ac|ua|ln|ue|hc|ta|eb|se|ti|es|kd|on)\.(?:[a-z0-9-]+\.)*[a-z0-9-]+@[a-z0-9_%+-]+(?![\w@%+-]|\.\w)/gi;

/** "name [at] domain [dot] com", "name(at)domain.com", "name at domain dot com", "name＠domain.com". */
function deobfuscate(text: string): string {
  // The full-width and small commercial at ("privacy＠example.com"), one character each like "@".
  if (/[＠﹫]/.test(text)) text = text.replace(/[＠﹫]/g, '@');
  // "(admin @ listia.com)": spaces around the sign, a domain with its dot after it.
  if (text.includes(' @') && /\w\s+@\s+[a-z0-9-]+\./i.test(text)) text = text.replace(/([a-z0-9._%+-])\s+@\s+([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b)/gi, '$1@$2');
  // "moc.spgarga@lepuehj": an address written backwards, which the page's CSS turns round (direction: rtl with
  // unicode-bidi: bidi-override, as WordPress's Complianz plugin does); the text has it backwards. Read back only when
  // it starts with a common top-level domain turned round and has no dot after its '@' (forwards, no address at all).
  if (text.includes('@')) text = text.replace(REVERSED_EMAIL, (m) => [...m].reverse().join(''));
  if (!/\Wat\W|\Wdot\W/i.test(text)) return text;
  const spaced = /\sdot\s/i.test(text);
  // Each replacement runs only where its bracketed core occurs (every match of it contains one): a pattern that starts
  // with \s* is tried at every position of the text, its core only where a bracket is.
  const at = BRACKETED_AT_CORE.test(text) ? text.replace(BRACKETED_AT, '@') : text;
  const t = BRACKETED_DOT_CORE.test(at) ? at.replace(BRACKETED_DOT, '.') : at;
  if (!spaced) return t;
  return t.replace(/\b([\w.+-]+)\s+at\s+([a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)+)\b/gi, (m: string, user: string, dom: string) =>
    /\s+dot\s+(?:com|org|net|edu|gov|io|co|uk|de|fr|info|us|ca|au)$/i.test(dom) ? `${user}@${dom.replace(/\s+dot\s+/gi, '.')}` : m);
}

/**
 * Two addresses glued by the page's markup ("support@thehive.aisales@thehive.ai" from two lines with no space between):
 * a space is put back after a common top-level domain that runs straight into the next address's local part.
 * The text keeps its length shape closely enough for the sentence lookup (one character per split).
 */
function unglue(text: string): string {
  if (text.indexOf('@') === text.lastIndexOf('@')) return text;
  return text.replace(/(@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.)(com|org|net|edu|gov|info|biz|ai|io|co|us|uk|de|fr|ca|au|me)([a-z0-9][a-z0-9._%+-]*@)/gi, '$1$2 $3');
}

const EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,24}\b/gi;
const AN_EMAIL = new RegExp(EMAIL.source, 'i');
const ONLY_AN_EMAIL = new RegExp(`^${EMAIL.source}$`, 'i');
/** Placeholder and tracking addresses that are never a contact. */
const NOT_AN_EMAIL = /@(?:example\.|domain\.|email\.com$|yourdomain|sentry|.*\.(?:png|jpe?g|gif|svg|webp)$)|^(?:name|user|you|your\.?name|username|someone|email|john\.?doe|first\.?name|last\.?name|surname|first(?:name)?[._-](?:last|sur)(?:name)?)@/i;

/**
 * Phone numbers: "+44 20 7946 0958", "1-800-555-0199", "(555) 123-4567", "800.555.1212", "1-888-FLOWERS", "(03) 9123 4567",
 * Australian and Irish "1300 123 456" / "1800 931 768".
 * Must be introduced by a phone word or have an unmistakable phone shape (parentheses, +country, toll-free).
 */
const PHONE = /(?:\+\s?\d{1,3}[\s.-]?(?:\(0?\d{1,4}\)[\s.-]?)?\d{1,4}(?:(?:\s?[.-]\s?|\s)?\d{2,4}){2,4}(?:[\s-]\d(?![\d.,:\/-]))?(?!\d)|\b1[\s.-]?8(?:00|33|44|55|66|77|88)[\s.-]?[A-Z0-9]{3}[\s.-]?[A-Z0-9]{4}\b|(?:\b1[\s.-])?\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b|\b(?:1[\s.-])?\d{3}[.-]\d{3}[.-]\d{4}\b|\b\d{3}\s\d{3}\s\d{4}\b|\b1[38]00[\s-]?\d{3}[\s-]?\d{3}(?![\d-])|\b0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b|\b0\d-\d{4}-\d{4}\b|\(0\d{1,4}\)\s?\d{3,4}[\s-]?\d{3,4}\b)/g;
/** A number after a phone label and a colon, in any national grouping: "Tel: (632) 8982-7711", "Phone: 4021 -206.34.70". */
const LABELED_PHONE = /\b(?:tel|telephone|phone)\s*[.:]\s*([+(]?\d[\d\s().-]{7,20}\d)(?!\d)/gi;
/** A fax label before a number: "Fax: +49 (0)9831 505-3", "by facsimile transmission to ...". */
const FAX_BEFORE = /\b(?:fax|facsimile(?:\s+transmission\s+to)?)\b[^0-9]{0,12}$/i;
/** A citation of a regulation before a number, whose section numbers have a phone's shape ("clause at DFARS 252.227-7013"). */
const CITATION_BEFORE = /(?:\b(?:DFARS|FAR|CFR|C\.F\.R\.|U\.S\.C\.)|§)\s*$/;
/** A toll-free number spelled with letters ("1-888-FLOWERS") and the telephone keypad that reads it. */
const VANITY = /^1?[\s.-]?8\d\d[\s.-]?[A-Z0-9]{3}[\s.-]?[A-Z0-9]{4}$/;
const KEYPAD: Record<string, string> = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, String('22233344455566677778889999'[i])]));
const PHONE_WORD = /\b(?:phone|telephone|freephone|tel|call|calling|toll[-\s]?free|hotline|number|dial|mobile|fax|contact|reach|at)\b|☎|📞/i;

/** A US state, by its two-letter code or its name. */
const US_STATE = String.raw`[A-Z]{2}|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|D\.?C\.?`;
/** A Canadian postal code ("M5V 2T6") and province, by its two-letter code or its name. */
const CA_POSTCODE = String.raw`\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b`;
const CA_POSTCODE_RE = new RegExp(CA_POSTCODE);
const CA_PROVINCE = String.raw`ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU|Ontario|Qu[eé]bec|British\s+Columbia|Alberta|Manitoba|Saskatchewan|Nova\s+Scotia|New\s+Brunswick|Newfoundland(?:\s+and\s+Labrador)?|Prince\s+Edward\s+Island`;
/**
 * North American: a street address (or P.O. Box) and its town, ending in a US state + ZIP or a Canadian province + postal
 * code ("524 Yates St., Victoria, BC, V8W 1K8", "Toronto, Ontario, Canada, M5E 1C7").
 */
const NA_POSTAL = new RegExp(String.raw`\b(?:(?:\d{1,6}[A-Z]?|One)\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'-]*\s+){0,5}?(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Square|Sq|Plaza|Circle|Cir|Terrace|Broadway|Center|Centre|Park|Trail|Pike|Turnpike|Row|Alley|Expressway|Freeway|Loop|Crossing)\.?|P\.?\s?O\.?\s+Box\s+\d+)(?:[\s,]+[^\n]{0,80}?)??[\s,]+[A-Z][A-Za-z .'-]+,?\s+(?:(?:${US_STATE})\.?,?\s+\d{5}(?:-\d{4})?\b|(?:${CA_PROVINCE})\.?,?\s+(?:Canada,?\s+)?${CA_POSTCODE}(?:,?\s+Canada\b)?)`, 'g');
/**
 * International: a street line followed by a postcode and town. Street lines: English ("10 Downing Street", "Unit 4,
 * Riverside Park", "Level 5, 100 George Street", "Level 8 & 9, Olympia Teknos"), a street word fused to its name with
 * the number after ("Hauptstraße 5", "Keizersgracht 123"), or a Romance street word after the number ("12 rue de
 * Rivoli"). Postcodes: UK "SW1A 1AA", Irish "D02 X525", Dutch "1015 CJ Amsterdam", 4-5 digits + town ("10115 Berlin",
 * "F-75001 Paris"; not a year after a date, a "©", "in" or another number: "July 16, 2020 Decision", "© 2021 Skimble"),
 * Australian "NSW 2000", Canadian "ON M5V 2T6", an Indian six-digit PIN code when India follows ("Chennai 600032, Tamil
 * Nadu, India"), a South African four-digit code when South Africa follows ("Johannesburg, 2001, South Africa"), a Chinese
 * six-digit code when China follows ("Shanghai 200120, China").
 */
const STREET_WORDS = String.raw`Street|Road|Lane|Square|Place|House|Building|Floor|Quay|Dock|Strasse|Straße|Str\.|Rue|Avenue|Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Rua|Plein|Gracht|Weg|Laan|Park|Way|Row|Close|Crescent|Mews|Gardens|Terrace|Walk|Court|Drive|Parade|Wharf|Tower|Centre|Center|Plaza|Boulevard`;
/** Street words written fused to the street's name ("Hauptstraße", "Keizersgracht", or after a hyphen: "Josef-Pock-Straße") and Romance street words ("rue", "via"). */
const FUSED_SUFFIX = String.raw`straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|gracht|laan|plein|kade|straat|singel|vej|gade|gatan|vägen|veien`;
const ROMANCE_WORD = String.raw`rue|avenue|boulevard|bd|place|quai|allée|chemin|route|impasse|cours|via|viale|piazza|corso|calle|avenida|paseo|rua`;
const FUSED_STREET = String.raw`[A-ZÄÖÜ][\wäöüß-]*(?:${FUSED_SUFFIX}|-(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm))\s+\d{1,4}[a-z]?`;
const ROMANCE_STREET = String.raw`\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:${ROMANCE_WORD})\s`;
/** A Japanese block number and ward ("2-24-12 Shibuya, Shibuya-ku"), a Brazilian "Av. Paulista" / "Al. Santos", a Korean "123 Teheran-ro". */
const ASIA_BRAZIL_STREET = String.raw`\b(?:Jl\.|Jalan|ul\.)\s+[A-ZŁŚŻ]|\b[A-ZÇŞİÖÜ][\wçğıöşü]*\s+(?:Cad\.|Caddesi|Sok\.|Sokak|Mah\.|Mahallesi|Bulvar[ıi])|\b\d{1,4}-\d{1,4}-\d{1,4}\s+[A-Z][a-z]+(?:[\s-][A-Za-z]+)?,\s+[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)\b|\b(?:Av|Al)\.\s+[A-Z]|\b\d{1,4}(?:-\d{1,4})?,?\s+[A-Z][a-z]+-(?:ro|gil|daero)\b`;
const POSTCODE_TOWN = String.raw`\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[A-Z]\d{2}\s?[A-Z\d]{4}\b|\b\d{4}\s?[A-Z]{2}\s+[A-Z][a-z]+|\b(?:[A-Z]{1,2}-)?(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+|©\s*|\bin\s+|\d\s+)\d{4,5}\s+[A-Z][a-zà-üß]+|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b|\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b\d{3}\s?\d{3}(?:,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,?\s+India\b|\b\d{3}-\d{4},?\s+Japan\b|\b(?:Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Fukuoka|Sapporo|Kobe)\s+\d{3}-\d{4}\b|\b(?:CEP:?\s*)?\d{5}-\d{3},?\s+(?:Brazil|Brasil)\b|\b\d{5},?\s+(?:(?:the\s+)?Republic\s+of\s+Korea|South\s+Korea|Korea)\b|\b\d{3}\s\d{2}\s+[A-ZÅÄÖ][a-zåäö]+|\b[A-Z][a-z]+\s+\d{4},?\s+New\s+Zealand\b|\bSingapore\s+\d{6}\b|\b[A-Z][a-z]+,?\s+\d{4},?\s+(?:Republic\s+of\s+)?South\s+Africa\b|\b[A-Z][a-z]+,?\s+\d{6},?\s+(?:(?:the\s+)?People['’]s\s+Republic\s+of\s+China|P\.?\s?R\.?\s?C\b\.?|(?:P\.?\s?R\.?\s+)?China)|\b[A-Z][a-z]+(?:\s+City)?,?\s+\d{4},?\s+(?:the\s+)?Philippines\b|\b\d{5},?\s+Indonesia\b|,\s+Hong\s+Kong(?:\s+SAR)?(?=\s*(?:[,.;)]|$))|\bC\.\s?P\.\s?\d{5}\b|\b\d{2}-\d{3}\s+[A-ZŁŚŻ][a-ząćęłńóśźż]+`;
const COUNTRY = String.raw`United\s+Kingdom|UK|Ireland|Germany|Deutschland|France|(?:the\s+)?Netherlands|Luxembourg|Spain|Italy|Portugal|Belgium|Switzerland|Austria|Sweden|Denmark|Norway|Finland|Poland|Canada|Australia|New\s+Zealand|Singapore|Israel|Japan`;
/** Between the street and the postcode: no sentence end, but an abbreviation's period ("Jl. Jend. Sudirman Kav. 52-53", "Unit Nos. 1401 to 1421"). */
const ADDRESS_GAP_CHAR = String.raw`(?:[^.\n]|(?<=\b[A-Z][a-z]{0,3})\.(?=\s))`;
const INTL_POSTAL = new RegExp(String.raw`\b(?:(?:\d{1,5}(?:st|nd|rd|th|ST|ND|RD|TH|[A-Za-z])?,?\s+)?(?:[A-Z][\w'-]*\s+){0,4}(?:${STREET_WORDS})\b|(?:Unit|Level|Suite|Floor)s?\s+\d{1,4}[A-Za-z]?(?:\s*(?:&|and|-|–)\s*\d{1,4})?,|${FUSED_STREET}|${ROMANCE_STREET}|${ASIA_BRAZIL_STREET})${ADDRESS_GAP_CHAR}{0,100}?(?:${POSTCODE_TOWN})(?:,?\s+(?:${COUNTRY}))?`, 'g');

/** A European post-office box with its postcode and town: "Postbus 1079, 3700 BB Zeist, The Netherlands", "Postfach 10 01 23"-style boxes. */
const PO_BOX_POSTAL = /\b(?:Postbus|Postfach|Postboks|Apartado(?:\s+de\s+correos)?)\s+\d[\d ]{0,8}\d,?\s+(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÀ-Þ][\wß-ÿ'-]+(?:,?\s+(?:the\s+)?(?:Netherlands|Germany|Denmark|Norway|Spain|Switzerland|Austria|Belgium|Luxembourg))?|\bP\.?\s?O\.?\s+Box\s+\d{1,7},?\s+(?:[A-Z][\w'-]+,?\s+){1,3}?(?:United\s+Arab\s+Emirates|U\.A\.E\.|UAE|(?:Kingdom\s+of\s+)?Saudi\s+Arabia|KSA|Qatar|Kuwait|Bahrain|Oman)\b/gi;
const PO_BOX_WORD = /\b(?:Postbus|Postfach|Postboks|Apartado|Box)\b/i;

/** A cheap test for INTL_POSTAL: a street word, a fused street name with its number, a Romance street after a number, or a Japanese, Brazilian or Korean street. */
const STREET_WORD = new RegExp(String.raw`\b(?:${STREET_WORDS})\b|\b(?:Unit|Level|Suite)\s+\d|(?:${FUSED_SUFFIX})\s+\d|\d,?\s+(?:${ROMANCE_WORD})\s|${ASIA_BRAZIL_STREET}`);

/** Links written in the text; kept when they point to a contact, request or opt-out page. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]/gi;
const FORM_URL = /contact|privacy|request|dsar|rights|opt-?out|optout|do-?not-?sell|unsubscribe|preferences|support|help|feedback|\bform|form\b|ccpa|gdpr|webform|data-?subject|consumer|choices|submit|delete|access/i;
/**
 * `url` with its site's name left out when that name ends in "form" and the site is no form service: "https://www.adform.com"
 * is an ad company's home page, and FORM_URL's "form" must not find it there (see formLike).
 */
function withoutFormSite(url: string): string {
  const host = hostOf(withScheme(url));
  const name = siteOf(host).split('.')[0]!;
  return /form$/i.test(name) && !FORM_SERVICE.test(host) ? url.replace(name, ' ') : url;
}
/** A URL whose words look like a contact, request or privacy page (FORM_URL), its site's own name aside (withoutFormSite). */
const formLike = (url: string): boolean => FORM_URL.test(url) && FORM_URL.test(withoutFormSite(url));
const FORM_CONTEXT = /\b(?:contact|submit|request|form|opt[-\s]?out|unsubscribe|exercise|visit|click|complete|fill|write\s+to\s+us|reach)\b/i;

/**
 * Sites a policy links that are never the organization's own contact or request page (RUBRIC.md: contact is how to
 * reach the organization): government sites and regulators, privacy seals and dispute resolution, the ad industry's
 * opt-out tools, and the big platforms whose policies and ad settings are linked for their cookies. The first group
 * is `gov`/`mil` hosts, which name their agency one label further left ("ftc.gov", "ico.gov.uk").
 */
const OTHERS_SITE =
  /(?:^|\.)(gov(?:\.[a-z]{2})?|mil|gc\.ca|gouv\.fr|gv\.at|admin\.ch|bund\.de|europa\.eu|ico\.org\.uk|dataprotection\.ie|cnil\.fr|networkadvertising\.org|aboutads\.info|globalprivacycontrol\.org|liveramp\.com|fullstory\.com|privacy\.org\.nz|state\.[a-z]{2}\.us|clicktime\.symantec\.com|urldefense\.(?:proofpoint\.)?com|safelinks\.protection\.outlook\.com|youradchoices\.(?:com|ca)|youronlinechoices\.(?:com|eu|com\.au)|edaa\.eu|optoutprescreen\.com|dmachoice\.org|truste\.com|jamsadr\.com|adr\.org|bbb\.org|bbbprograms\.org|esrb\.org|worldprivacyforum\.org|allaboutcookies\.org|aboutcookies\.org|google\.com|doubleclick\.net|facebook\.com|apple\.com|microsoft\.com|macromedia\.com|adobe\.com|mozilla\.org)$/i;
const HOST = /^[a-z][\w+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i;
/** The host of an absolute URL, lower-case; '' when there is none. */
const hostOf = (url: string): string => HOST.exec(url)?.[1]?.toLowerCase() ?? '';
/** A link written without its scheme ("www.example.com/privacy") as an absolute URL; others as they are. */
const withScheme = (url: string): string => url.replace(/^www\./i, 'https://www.');
/** `host` is `site` or one of its subdomains. */
const onSite = (host: string, site: string): boolean => host === site || host.endsWith(`.${site}`);

/**
 * A regulator, a state attorney general, a government department or an arbitration body named as someone to contact
 * ("You can contact the ICO on 0303 123 1113", "call the U.S. Department of Housing and Urban Development at
 * 800-669-9777", "by calling the AAA at 1-800-778-7879"), or a privacy seal program ("please contact ESRB at ...").
 */
const REGULATOR = /\b(?:attorney\s+general|information\s+commissioner|privacy\s+commissioner|commissioner['’]s\s+office|ICO\b|supervisory\s+authorit|data\s+protection\s+(?:authorit|commission|regulator|board|supervisor)|EDPB\b|EDPS\b|CNIL\b|federal\s+trade\s+commission|FTC\b|bureau\s+of\s+consumer\s+protection|office\s+of\s+competition\s+and\s+consumer\s+protection|consumer\s+protection\s+(?:office|agency|authorit)|(?:U\.\s?S\.|United\s+States|federal|state)\s+department\s+of|department\s+of\s+(?:consumer\s+affairs|justice|housing|commerce|health|labor|education|telecommunications)|public\s+(?:utilit(?:y|ies)|service)\s+(?:regulatory\s+)?(?:authority|commission)|federal\s+communications\s+commission|FCC\b|(?:financial\s+)?ombudsman\b|american\s+arbitration\s+association|AAA\b|JAMS\b|ESRB\b|TRUSTe\b)/gi;
/** A sentence asking to contact a regulator, whose address may follow one line each ("please contact ESRB at http://www.esrb.org"). */
const CONTACT_REGULATOR = new RegExp(`\\b(?:contact|write\\s+to|call|reach)\\s+(?:the\\s+)?(?:${REGULATOR.source})`, 'i');
/** A short line naming a regulator and nothing else about the organization ("Data Protection Supervisory Authority"). */
const REGULATOR_TITLE = new RegExp(`^(?![^]*\\b(?:registered|registration|us|our|we)\\b)[^]{0,20}(?:${REGULATOR.source})[^]{0,30}$`, 'i');
/** A list of processors as the lead-in of the lines that follow: "we provide the following list of third-party data processors:" / "Google LLC, 1600 Amphitheatre Parkway, ...". */
const PROCESSOR_LIST = /\b(?:following|list\s+of|these|such|our)\s+(?:[\w-]+\s+){0,3}?(?:(?:sub-?)?processors|service\s+providers|vendors|recipients)\s*(?:\([^)]*\)\s*)?:/i;
/** Written links, dropped from a window: "https://ico.org.uk/global/contact-us/" names neither the ICO nor "us". */
const ANY_URL = /\b(?:https?:\/\/|www\.)\S+/gi;
/** How far back a value's owner is looked for: the text before it, lead-in lines included. */
const LOOK_BACK = 250;
/** The text before `at` in `text`, after the lead-in of the blocks before (see leadIn), as notTheirEmail and regulatorsContact read it. */
const textBefore = (lead: string, text: string, at: number): string => `${lead} ${text.slice(Math.max(0, at - LOOK_BACK), at)}`;

/**
 * The value that `before` (the text just before it) leads to belongs to a regulator named shortly before it, with no
 * "us"/"our"/"we" in between ("contact us ... or ... the Nevada Attorney General's office at: ... Phone: (702)
 * 486-3132": the phone is the office's).
 */
function regulatorsContact(before: string): boolean {
  const window = before.slice(-LOOK_BACK).replace(ANY_URL, ' ');
  let last = -1;
  REGULATOR.lastIndex = 0;
  for (let m = REGULATOR.exec(window); m; m = REGULATOR.exec(window)) last = m.index + m[0].length;
  return last >= 0 && !/\b(?:us|our|we)\b/i.test(window.slice(last));
}

/**
 * What a block's values may be read after: the blocks since the last one that ends with a colon ("... lodge a complaint
 * with the Information Commissioner's Office ...:" then "Website: ...", "Telephone: 0303 123 1113", one line each) or
 * asks to contact a regulator (when a short line follows it), while the blocks that follow it stay short lines; ''
 * otherwise.
 */
function leadIn(previous: string, block: string, nextIsLine: boolean): string {
  if (!block) return '';
  // A block ending in a comma goes on in the next one ("... Post Information Commissioners Office," / "Wycliffe House,
  // Water Lane,"); a short line that is only a regulator's name titles the lines after it ("Data Protection Supervisory
  // Authority" / "Rue de la Presse, 35, 1000 Brussels").
  if (/[:,]\s*$/.test(block) || (nextIsLine && (CONTACT_REGULATOR.test(block) || REGULATOR_TITLE.test(block)))) return `${previous} ${block}`.slice(-LOOK_BACK);
  return previous && block.length < 100 ? `${previous} ${block}`.slice(-LOOK_BACK) : '';
}

/** The site (as OTHERS_SITE names it) of a link that is someone else's; '' for the organization's own or any other. */
function othersSite(url: string): string {
  const host = hostOf(url);
  const m = OTHERS_SITE.exec(host);
  if (!m) return '';
  if (!/^(?:gov|mil)\b/.test(m[1]!)) return m[1]!.toLowerCase();
  const labels = host.slice(0, m.index).split('.');
  return `${labels[labels.length - 1] ?? ''}.${m[1]!.toLowerCase()}`.replace(/^\./, '');
}

/** A link to someone else's site, unless the policy itself is on that site (Google's policy linking Google). */
function isOthersLink(url: string, pageUrl: string): boolean {
  const site = othersSite(url);
  if (!site) return false;
  return !onSite(hostOf(pageUrl), site);
}

/** Sections or sentences about someone else's contact details. */
/** A data-protection authority's address, given for complaints (RUBRIC.md: the organization's own addresses only). */
const AUTHORITY_EMAIL = /@(?:[\w-]+\.)*(?:dataprotection\.ie|dpc\.ie|ico\.org\.uk|cnil\.fr|edps\.europa\.eu|edpb\.europa\.eu|bfdi\.bund\.de|aepd\.es|garanteprivacy\.it|autoriteitpersoonsgegevens\.nl|datatilsynet\.(?:no|dk)|imy\.se|cnpd\.(?:lu|pt)|dsb\.gv\.at|apd-gba\.be|uodo\.gov\.pl|oaic\.gov\.au|priv\.gc\.ca|privacy\.org\.nz|pdpc\.gov\.sg|edoeb\.admin\.ch)$/i;
const THIRD_PARTY_CONTEXT = /copyright|dmca|infring|designated\s+agent|(?:in\s+care\s+of|c\/o|℅|to)\s+(?:(?:our|its)\s+registered\s+agents?\b|(?:the\s+)?(?:corporation\s+service\s+company|corporation\s+trust\s+company|CT\s+corporation|national\s+registered\s+agents)\b)|counter[-\s]?notif|trademark|law\s+firm|attorneys?\s+at\s+law|abuse\s+report/i;
/** A page's own copyright notice ("© Copyright 2018 Yakka, LLC", "Copyright © 2021"): the organization's footer, not a DMCA agent's block. */
const COPYRIGHT_NOTICE = /(?:©|\(c\))\s*copyright\b|\bcopyright\s*(?:©|\(c\))?\s*(?:\d{4}|©|\(c\))/gi;
/**
 * An infringement of data-protection law, in GDPR's complaint wording ("place of the alleged infringement", "infringes on
 * the General Data Protection Regulation", "infringed your privacy rights"): no copyright agent's.
 */
const DATA_PROTECTION_INFRINGEMENT = /\bplace\s+of\s+(?:the\s+|an\s+)?alleged\s+infringement|\binfring\w*\s+(?:on\s+|upon\s+)?(?:the\s+|your\s+|applicable\s+)?(?:GDPR|General\s+Data|Global\s+Data|data\s+protection|privacy)/gi;
/** The text is about someone else's contact details (a copyright agent's, a law firm's), the page's own copyright notice aside. */
const namesThirdParty = (text: string): boolean => {
  const own = /copyright/i.test(text) ? text.replace(COPYRIGHT_NOTICE, ' ') : text;
  return THIRD_PARTY_CONTEXT.test(/infring/i.test(own) ? own.replace(DATA_PROTECTION_INFRINGEMENT, ' ') : own);
};
/** Sentences in a block from which on it is a whole policy's text rather than one paragraph (see findContact's `othersNearIn`). */
const LONG_BLOCK = 12;

/**
 * A table column that names the recipients of data ("Third Party Details", "Name of Recipient", "Sub-processors"): the
 * contacts in its cells are the vendors' (privacy@zendesk.com in Tripadvisor's Korean table of processors).
 */
const THIRD_PARTY_COLUMN = /^\W*(?:(?:third[-\s]part(?:y|ies)|recipients?|(?:sub-?)?processors?|vendors?|service\s+providers?)['’]?s?\s+(?:details|names?|contact(?:\s+details)?|information)|name\s+of\s+(?:the\s+)?(?:third[-\s]part(?:y|ies)|recipients?|(?:sub-?)?processors?|vendors?|service\s+providers?)|(?:list\s+of\s+)?sub-?processors?)\W*$/i;

/** A table's first header cell that names the vendors in its rows: "Subprocessor | Purpose | Location | Address". */
const THIRD_PARTY_HEADER_CELL = /^\W*(?:(?:sub-?)?processors?|vendors?|(?:third[-\s]party\s+)?service\s+providers?|recipients?|third[-\s]part(?:y|ies)|(?:entity|company)\s+name)\W*$/i;

/** The section is a cell under a column that names third parties: its heading, or one of the bare headings (a table's header row) just before it. */
function underThirdPartyColumn(p: ExtractedPolicy, section: number): boolean {
  for (let i = section; i >= 0 && section - i < 8; i--) {
    const sec = p.sections[i];
    if (!sec) return false;
    // A header row is a run of headings with nothing under them.
    if (i < section && sec.sentences.length > 1) return false;
    if (THIRD_PARTY_COLUMN.test(sec.heading)) return true;
  }
  return false;
}

/** A privacy seal or dispute-resolution program named where an email is given: "contact ESRB Privacy Certified at ..., email privacy@esrb.org". */
const SEAL_PROGRAM = /\b(?:privacy\s+certified|seal\s+(?:program|holder)|truste|trustarc|jams|bbb\s+national|better\s+business\s+bureau|independent\s+(?:recourse|dispute\s+resolution)|dispute\s+resolution\s+(?:provider|service|program|mechanism|body))\b/i;

/** The email is the seal program's: a sentence (its own, or the one before when the page breaks it) names both the program and the email's domain. */
function isSealProgramEmail(p: ExtractedPolicy, at: Sentence, email: string): boolean {
  const label = /@(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,}$/i.exec(email)?.[1] ?? '';
  if (label.length < 3) return false;
  const named = new RegExp(`\\b${label}\\b`, 'i');
  return [p.sentences[at.id - 1]?.text ?? '', at.text].some((t) => SEAL_PROGRAM.test(t) && named.test(t.replace(/\S+@\S+/g, ' ')));
}

/**
 * Words that introduce an illustration ("For example, ... his email address is bruce@statelywaynemanor.com"), unless what
 * they illustrate is the means ("can be withdrawn at any time (e.g. by email to privacy@memail.com)").
 */
const EXAMPLE_OF_MEANS = String.raw`(?!,?\s+(?:by|via|through)\s+(?:(?:an?\s+)?e-?mail|writing|sending|contacting)\b)`;
const ILLUSTRATION = new RegExp(String.raw`\b(?:for\s+example|e\.g\.|for\s+instance|por\s+ejemplo|par\s+exemple|zum\s+beispiel)${EXAMPLE_OF_MEANS}`, 'i');
/** Below this Privacy-contact score a segment is not a contact paragraph (the classifier's threshold is 0.5). */
const NOT_CONTACT_SEGMENT = 0.3;

/**
 * An email written as an illustration: the sentence introduces an example before it and the classifier sees
 * no Privacy contact information in its segment. Needs focus: without it only the narrow "for example, x@y"
 * test in `findContact` applies.
 */
export function isIllustration(s: Sentence, email: string, focus: SegmentFocus | null | undefined): boolean {
  const score = focusScore(focus, s.id, FIELD_CATEGORIES.contact);
  if (score === undefined || score >= NOT_CONTACT_SEGMENT) return false;
  const at = s.text.toLowerCase().indexOf(email.split('@')[0]!);
  return ILLUSTRATION.test(at > 0 ? s.text.slice(0, at) : s.text);
}

/**
 * An address written right after naming another company as the provider of a tool the site uses ("a web analysis
 * service from Google Inc., 1600 Amphitheatre Parkway", "provided by Twitter Inc, 795 Folsom St.", "the conversion and
 * tracking tool "Bing Ads" Microsoft Corporation, One Microsoft Way"): a processor's
 * address, not the organization's. The words must come within the 120 characters before the address.
 */
const PROVIDER_BEFORE = /(?:\b(?:provided|operated|offered|run|hosted|developed|maintained|owned)\s+by|\b(?:service|tool|plug-?in|component|product)\s+(?:provider\s+)?(?:from|of|by)|\b(?:service|tool|plug-?in|component)\s+["“„][^"”“]{1,40}["”“]\s+(?:(?:from|of|by)\s+)?(?=[A-Z])|\bservice\s+provider\s+(?:[A-Z][\w.,&-]*\s+){1,4}|\b(?:[Uu]se|[Uu]ses|[Uu]sing)\s+(?:the\s+)?(?:[A-Z“"][\w”"&-]*\s+){1,4}(?:by|from)\b|\b[Ww]e\s+use\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){1,4}(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|AG|SA)\b)[^.;]{0,80}$/;
/** The organization itself: "This website is owned and operated by Acme Ltd, 1 High Street", "the data controller is". */
const ORG_ITSELF = /\b(?:this|our|the)\s+(?:web\s*sites?|sites?|services?|apps?|applications?|platforms?|policy|notice|company)\b[^.;]{0,40}\b(?:owned|operated|provided|run|maintained|offered|hosted)\s+by|\bcontroller\b/i;
/** "Inc.", "Ltd." and the like, whose period is not the end of a sentence. */
const COMPANY_SUFFIX = /\b(Inc|Ltd|Corp|Co|LLC|SA|AG|NV|BV)\./g;

/**
 * What the sentence says after a processor's address about its role: "(101 Avenue of the Americas ..., United States
 * of America) as a service provider to host our server infrastructure" (ToS;DR Colloq: Digital Ocean's address), "We use OVH
 * GmbH, Dudweiler Landstraße 5, 66123 Saarbrücken, Germany to ensure our service availability" (the same page: its host's).
 */
const PROVIDER_AFTER = /^[^.;:]{0,40}?\)?,?\s+(?:as\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:service\s+provider|(?:sub-?)?processor|host(?:ing\s+provider)?|vendor|contractor)|to\s+(?:ensure|host|provide|run|store|process|deliver|operate|power|send|manage|analy[sz]e)\s+our)\b/i;

/**
 * A postal address of a processor (see PROVIDER_BEFORE): in a segment the classifier does not see as Privacy
 * contact information (score < 0.3), or, whatever the segment, when the sentence goes on to call it a service
 * provider (PROVIDER_AFTER). Without focus only the second applies.
 */
export function isProviderAddress(block: string, at: number, s: Sentence, focus: SegmentFocus | null | undefined, end = at): boolean {
  const before = block.slice(Math.max(0, at - 120), at).replace(COMPANY_SUFFIX, '$1');
  if (!PROVIDER_BEFORE.test(before) || ORG_ITSELF.test(before)) return false;
  if (end > at && PROVIDER_AFTER.test(block.slice(end, end + 120))) return true;
  const score = focusScore(focus, s.id, FIELD_CATEGORIES.contact);
  return score !== undefined && score < NOT_CONTACT_SEGMENT;
}

/**
 * An address followed by a link to a privacy policy on another site is that company's: "Facebook Inc., 1601 S
 * California Ave, Palo Alto, California 94304, USA. http://www.facebook.com/policy.php" (a plug-in provider), "Twitter Inc.,
 * 1355 Market Street, ... USA) - Privacy Policy: https://twitter.com/de/privacy" (a labeled link).
 */
function followedByOthersPolicy(after: string, pageUrl: string): boolean {
  const link = /^[\s,.;:()-]*(?:(?:USA|U\.S\.A?\.?|United\s+States(?:\s+of\s+America)?|Ireland|Germany|United\s+Kingdom|UK)[\s,.;:()-]*)?(?:(?:privacy\s+(?:policy|statement|notice)|data\s+protection\s+(?:policy|declaration)|datenschutzerkl\w+)\s*:\s*)?((?:https?:\/\/|www\.)[^\s<>"'()]+)/i.exec(after)?.[1];
  if (!link || !/privacy|policy|policies|legal|datenschutz/i.test(link)) return false;
  const host = hostOf(withScheme(link)).replace(/^www\./, '');
  const pageHost = hostOf(pageUrl).replace(/^www\./, '');
  return !!host && !(pageHost && (onSite(pageHost, host) || onSite(host, pageHost)));
}

/**
 * Link text or a sentence that asks the reader to use a link to reach the organization: contact it, submit a
 * request, opt out, exercise a right. Narrower than FORM_CONTEXT, which written URLs pass with "visit" or "click":
 * nearly every link of a page is visited or clicked.
 */
const LINK_ASK = /\b(?:contact(?:ing)?|get\s+in\s+touch|reach\s+(?:us|out)|write\s+to\s+us|email\s+us|submit(?:ting)?|requests?|(?:web|online|contact|request|privacy|feedback|support|this|our|the)\s*form|opt(?:ing)?[-\s]?out|unsubscrib\w*|exercis\w*|do\s+not\s+sell(?:\s+or\s+share)?\s+my|fill(?:ing)?\s+(?:out|in))\b/i;
/**
 * The end of a sentence that hands the reader to the link in the block after it: "In order to exercise your rights through
 * our online portal, please click the link below." / "Online Portal" (C3PA DB/49, Experian).
 */
const HANDS_TO_LINK_BELOW = /\b(?:the|this)\s+(?:link|button)\s+below\s*[.:]?\s*$|\bthe\s+following\s+link\s*:\s*$/i;
/** A link is all there is of `text` (its sentence or block): nothing but the link's own words and a few characters more. */
const standsAlone = (text: string, linkText: string): boolean => text.length <= linkText.length + 3;
/** Link text asking to reach the organization itself (not only to opt out, which ad networks' links ask too). */
const CONTACT_ASK = /\b(?:contact|get\s+in\s+touch|reach\s+us|write\s+to\s+us|email\s+us|submit|request|(?:web|online|contact|request|privacy|feedback|support|this|our|the)\s*form|exercis\w*)/i;
/**
 * A link standing alone in its block (a menu's "Contact Us", "Calendar Submission Form") is asked for by no sentence of
 * the policy: it counts only when its own text is about privacy or a request about one's data.
 */
const PRIVACY_LINK_TEXT = /privacy|personal\s+(?:data|information)|your\s+(?:data|information)|directory\s+information|opt(?:ing)?[-\s]?out|do\s+not\s+sell|requests?|rights|dsar|data\s+subject/i;
/** Link text naming a document ("Privacy Policy", "Terms of Use", "these instructions"): a page to read, not a way to reach anyone. */
const DOCUMENT_TEXT = /\b(?:polic(?:y|ies)|notices?|terms|statement|agreement|principles|instructions|learn\s+more|more\s+information|read\s+more|faqs?)\b/i;
const QUESTIONS = /\b(?:questions?|concerns?|comments?|complaints?|quer(?:y|ies)|inquir(?:y|ies)|enquir(?:y|ies))\b/i;
/** A link to a contact page from text about the reader's questions: "If you have any questions, click here". */
const questionsToContactPage = (href: string, text: string): boolean => /contact/i.test(href) && QUESTIONS.test(text);
/** Requests that are not the reader's: "(such as law enforcement requests)". */
const OTHERS_REQUESTS = /\b(?:law\s+enforcement|government(?:al)?|legal|court)\s+requests?\b/gi;
/** Requests counted, not asked for: "the following metrics for consumer requests ... are located here" (a CCPA report). */
const REQUESTS_COUNTED = /\b(?:metrics|statistics|numbers?\s+of|counts?\s+of)\s+(?:(?:for|of|on|about|regarding|concerning|relat(?:ing|ed)\s+to)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?requests\b/gi;
/** Pages a browser requests, searches a user submits: "...and the page you request", "the search queries you submit" (log data), not a request to the organization. */
const PAGES_REQUESTED = /\b(?:(?:web\s*)?pages?|content|files?|urls?)\s+(?:that\s+)?(?:you|users?|visitors?|they)\s+requests?(?:ed)?\b|\b(?:(?:search\s+)?quer(?:y|ies)|searches|search\s+terms)\s+(?:that\s+)?(?:you|users?|visitors?|they)\s+submit(?:s|ted)?\b/gi;
/** Hosts of the privacy-request and contact-form services organizations use for their own requests. */
const FORM_SERVICE = /(?:^|\.)(?:onetrust\.com|trustarc\.com|securiti\.ai|transcend\.io|ketch\.com|osano\.com|datagrail\.io|didomi\.io|iubenda\.com|termly\.io|zendesk\.com|freshdesk\.com|typeform\.com|jotform\.com|formstack\.com|wufoo\.com|hubspot\.com|force\.com|my\.site\.com|requesteasy\.com|ethicspoint(?:vp)?\.com|wirewheel\.io)$/i;

/** The registrable part of a host, roughly: its last two labels, or three after a short second level ("co.uk", "com.au"). */
function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3 ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** A URL written and a link's href name the same page when they differ only by scheme, "www.", case or a trailing slash. */
const urlKey = (url: string): string => url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[/#]+$/, '');

/** A page whose path names a document ("/privacy-policy/", "/terms-of-service", "privacy_policy.php"), its fragment naming no contact or request section. */
const DOCUMENT_PATH = /\/(?:[\w-]*[-_])?(?:polic(?:y|ies)|privacy[-_](?:notice|statement)|terms(?:[-_]\w+)*|legal|tos|eula)(?:\.\w{2,5})?\/?$/i;
function isDocumentPage(url: string): boolean {
  const i = url.search(/[?#]/);
  return DOCUMENT_PATH.test(i < 0 ? url : url.slice(0, i)) && !(i >= 0 && FORM_URL.test(url.slice(i)));
}
/**
 * Words before a written URL that point to a document: "For the current version, visit https://...", "the current privacy
 * notice and privacy policy ..., which is located at https://www.fullcontact.com/privacy-center/", "If you wish to view a
 * current list of all Data Processors, click here:", "You can read more about Adform's Product and Services Privacy Policy here:".
 */
const DOCUMENT_BEFORE = /\b(?:current|latest|most\s+recent)\s+version\b[^.;]{0,40}$|\b(?:view|see|read|review|consult)\s+(?:a|the|our)\s+(?:(?:current|full|complete|up[-\s]to[-\s]date)\s+)?list\s+of\b[^.;]{0,80}$|\b(?:read|learn)\s+more\s+about\b[^.;]{0,80}\b(?:polic(?:y|ies)|notices?|statements?|terms)\b[^.;]{0,20}$|\b(?:polic(?:y|ies)|notices?|statements?|terms)\b[^.;]{0,80}\b(?:located|available|found|posted|published|provided)\s+(?:at|in|on)\s*$/i;

/** The address(es) of a `mailto:` href, decoded and lowercased, without `?subject=…`; '' parts dropped. */
export function mailtoAddresses(href: string): string[] {
  let to = href.replace(/^mailto:/i, '').split('?')[0] ?? '';
  try {
    to = decodeURIComponent(to);
  } catch {
    // A malformed escape: read the address as written.
  }
  return to.split(/[,;]/).map((a) => a.trim().toLowerCase()).filter((a) => ONLY_AN_EMAIL.test(a));
}

/**
 * An http(s) link that is a contact or privacy-request page of the organization: its text asks the reader to use it,
 * or its sentence does and its URL looks like a form (FORM_URL); never another company's site (isOthersLink), the
 * page itself or a document ("Privacy Policy"). Unless its text asks to contact or submit a request, it must stay on
 * the page's site (when known) or a form service: "you can opt out of Criteo's ads here" links Criteo.
 */
/** A contact field named as data ("you ... may provide us with ... contact email address, and contact phone number"), not an ask. */
const CONTACT_FIELDS = /\bcontact\s+(?:e-?mail\s+address(?:es)?|(?:tele)?phone\s+numbers?)\b/gi;

/**
 * The words of `sentence` that may ask the reader to use the link `text`: not pages or others' requests ("the page you
 * request", "governmental request"), not contact fields, and nothing after a regulator named after the link ("... about our
 * <a>data processing practices</a>, you have the right to do so with your local supervisory authority ..., using the contact
 * details listed on their website": the regulator's contact).
 */
function asksAroundLink(sentence: string, text: string): string {
  const at = text ? sentence.indexOf(text) : -1;
  const regulator = at < 0 ? -1 : sentence.slice(at + text.length).search(REGULATOR);
  const own = regulator < 0 ? sentence : sentence.slice(0, at + text.length + regulator);
  return own.replace(PAGES_REQUESTED, ' ').replace(OTHERS_REQUESTS, ' ').replace(REQUESTS_COUNTED, ' ').replace(CONTACT_FIELDS, ' ');
}

export function isContactLink(link: BlockLink, sentence: string, pageUrl: string): boolean {
  const { href } = link;
  // "law enforcement requests" names other people's requests, not the reader's.
  const text = link.text.replace(OTHERS_REQUESTS, ' ');
  if (!/^https?:\/\//i.test(href) || isOthersLink(href, pageUrl)) return false;
  // "http://www.sheknows.com/://www.youronlinechoices.com": a path holding another address is a broken link to elsewhere.
  if (/^[a-z]+:\/\/[^/?#]*\/[^?#]*:\/\//i.test(href)) return false;
  if (standsAlone(sentence, text) && !PRIVACY_LINK_TEXT.test(text)) return false;
  if (pageUrl && urlKey(href.split('#')[0]!) === urlKey(pageUrl.split('#')[0]!)) return false;
  const textAsks = LINK_ASK.test(text);
  if (DOCUMENT_TEXT.test(text) && !textAsks) return false;
  // "participate in <a href="...#def_PublicForums">public forums</a>": a link into a section or a glossary entry is not a form.
  if (!textAsks && /#./.test(href)) return false;
  // "privacy#" with nothing after the '#': a link handled by a script, most often back to the page itself.
  if (/#$/.test(href) && !CONTACT_ASK.test(text)) return false;
  // A link to a policy or terms page ("/privacy-policy/", "/terms-of-service") whose text asks nothing: a document to read.
  if (!textAsks && isDocumentPage(href)) return false;
  if (!textAsks && !(formLike(href) && LINK_ASK.test(asksAroundLink(sentence, link.text))) && !questionsToContactPage(href, sentence)) return false;
  if (textAsks && CONTACT_ASK.test(text)) return true;
  const pageHost = /^https?:/i.test(pageUrl) ? hostOf(pageUrl) : '';
  return !pageHost || siteOf(hostOf(href)) === siteOf(pageHost) || FORM_SERVICE.test(hostOf(href));
}

/** "for example, bruce@statelywaynemanor.com": the words just before an address that make it an illustration. */
const EXAMPLE_BEFORE = new RegExp(String.raw`\b(?:for\s+example|e\.g\.|such\s+as|for\s+instance)${EXAMPLE_OF_MEANS}[^.@]{0,40}$`, 'i');

/**
 * An address, written or linked, that is not the organization's: a placeholder, a data-protection authority's or one
 * given right after naming a regulator (`before`: the text before it, up to 250 characters), an illustration or a
 * privacy seal program's.
 */
function notTheirEmail(p: ExtractedPolicy, email: string, before: string, at: Sentence, focus: SegmentFocus | null | undefined): boolean {
  return NOT_AN_EMAIL.test(email) || AUTHORITY_EMAIL.test(email) || regulatorsContact(before) || EXAMPLE_BEFORE.test(before.slice(-60)) || isIllustration(at, email, focus) || isSealProgramEmail(p, at, email);
}

/** The sentence of a block that holds a link: the first whose text has the link's text (or `fallback`), else the first. */
function sentenceOfLink(sentences: Sentence[], text: string, fallback = ''): Sentence {
  for (const needle of [text, fallback]) {
    if (!needle) continue;
    const s = sentences.find((x) => x.text.includes(needle));
    if (s) return s;
  }
  return sentences[0]!;
}

/** The text of each block with the sentences it holds, so addresses split over sentences are read whole. */
function blocksWithSentences(p: ExtractedPolicy): Array<{ text: string; sentences: Sentence[] }> {
  const byBlock = new Map<number, Sentence[]>();
  for (const s of p.sentences) {
    const list = byBlock.get(s.block);
    if (list) list.push(s);
    else byBlock.set(s.block, [s]);
  }
  const out: Array<{ text: string; sentences: Sentence[] }> = [];
  for (const [, sentences] of byBlock) out.push({ text: sentences.map((s) => s.text).join(' '), sentences });
  return out;
}

/** The sentence of the block that holds character `at` of the block text. */
function sentenceAt(sentences: Sentence[], at: number): Sentence {
  let pos = 0;
  for (const s of sentences) {
    pos += s.text.length + 1;
    if (at < pos) return s;
  }
  return sentences[sentences.length - 1]!;
}

/** A heading's text for comparison: case, punctuation and spacing aside. */
const headingKey = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const clean = (s: string): string => s.replace(/\s+/g, ' ').replace(/[\s,;.]+$/, '').trim();

/**
 * Emails, phones, postal addresses and contact/request URLs of the organization, with evidence. With `focus`
 * (the segment classifier's reading), what was found in Privacy contact information segments comes first in
 * each list and in the evidence, and emails given as illustrations outside such segments are left out.
 */
export function findContact(p: ExtractedPolicy, focus?: SegmentFocus | null): ContactFinding {
  const found: ContactFinding = { emails: [], phones: [], postal: [], urls: [], evidence: [] as Evidence[] };
  const where = new Map<string, number>();
  // One value once, however it is punctuated or linked ("http://x.com/privacy/" and "https://x.com/privacy").
  // A phone number is its digits: "(800) 929-4040" and "800-929-4040" are one number.
  // A vanity number is its keypad digits: "1-877-395-IMVU" is "1-877-395-4688".
  const keyOf = (v: string): string =>
    /^[\d\s()+.-]+$/.test(v) || VANITY.test(v) ? v.replace(/[A-Z]/g, (c) => KEYPAD[c] ?? c).replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '') : v.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/[\s,.;/]+/g, ' ').trim();
  // An address is its street number (or P.O. Box) and ZIP or Canadian postal code: "101 Townsend St., San Francisco, CA 94107" and "..., California 94107" are one.
  // Elsewhere, its first number and postcode: "Gerichtstrasse 23 (courtyard 4), 13347 Berlin, Germany" and "Gerichtstraße 23
  // 13347 Berlin Germany" are one, so are "27 rue de Mogado, 75009 Paris" and "27 rue de Mogador, 75009 Paris, France".
  const postalKey = (v: string): string => {
    const num = /^(\d+|one)\b/i.exec(v)?.[1] ?? /\bBox\s+(\d+)/i.exec(v)?.[1];
    const zip = /\b(\d{5})(?:-\d{4})?\s*$/.exec(v)?.[1] ?? /\b([A-Z]\d[A-Z])\s?(\d[A-Z]\d)(?:,?\s+Canada)?\s*$/.exec(v)?.slice(1).join(' ');
    if (num && zip) return `${num.toLowerCase()}|${zip}`;
    const postcode = /\b(?:[A-Z]{1,2}-)?(\d{4,5})\s+[A-Z]/.exec(v)?.[1] ?? /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/.exec(v)?.slice(1).join(' ');
    const first = /\b(\d{1,5})[a-z]?\b/i.exec(v)?.[1];
    return postcode ? `${first !== postcode ? (first ?? '') : ''}|${postcode}` : keyOf(v);
  };
  // A whole policy set as one long block (Vee Volunteers' is one paragraph) names copyright or a trademark somewhere in it: there
  // someone else's context is judged near each value (its sentence and the two before it), not over the whole block.
  let othersNearIn: Sentence[] | null = null;
  const add = (list: string[], value: string, s: Sentence): void => {
    const key = list === found.postal ? postalKey : keyOf;
    if (!value) return;
    if (othersNearIn && namesThirdParty(othersNearIn.filter((x) => x.id <= s.id && x.id >= s.id - 2).map((x) => x.text).join(' '))) return;
    const k = key(value);
    const same = list.findIndex((x) => x === value || key(x) === k);
    // The dialable form of a vanity number already listed replaces it ("1-800-THE-BOOK", then "1-800-843-2665").
    if (same >= 0 && list === found.phones && VANITY.test(list[same]!) && /[A-Z]/.test(list[same]!) && !/[A-Z]/.test(value)) {
      where.set(value, where.get(list[same]!) ?? s.id);
      list[same] = value;
    }
    if (same >= 0) return;
    list.push(value);
    where.set(value, s.id);
    pushEvidence(found.evidence, toEvidence(p, s), focus ? Infinity : 8);
  };
  // The block before and its own lead-in, from which this block's is made (see leadIn).
  let prevRaw = '';
  let prevLead = '';
  // The last sentence of the block before, which may hand the reader to a link standing alone (HANDS_TO_LINK_BELOW).
  let prevLast: Sentence | undefined;
  const pageSite = /^https?:/i.test(p.url) ? siteOf(hostOf(p.url)) : '';
  // Opt-out pages found before the organization's sites are known (an ad network's "cookie-opt-out" page is not its).
  // With each, how many sites its block links or writes out: three or more make a list of others' pages (a cookie table's
  // "Partner | Cookie Info" flattened into one block), which is kept only once the organization's sites are known.
  const ownSiteOnly: Array<{ url: string; at: Sentence; sites: number }> = [];
  let headings: Set<string> | undefined;
  /** Postal addresses in `text`; `spans` keeps only the matches it accepts (start, end). */
  const readPostal = (text: string, sentenceOf: (i: number) => Sentence, leadBefore: string, spans?: (start: number, end: number) => boolean): void => {
    // Lines under "the following list of third-party data processors:" are theirs, whatever they hold.
    if (PROCESSOR_LIST.test(leadBefore)) return;
    // The address patterns are the costliest: run them only where a ZIP code, a Canadian postal code or a street word appears.
    const postalRes = [/\b\d{5}\b/.test(text) || CA_POSTCODE_RE.test(text) ? NA_POSTAL : null, STREET_WORD.test(text) ? INTL_POSTAL : null, PO_BOX_WORD.test(text) ? PO_BOX_POSTAL : null];
    // "Penguin Random House, 1745 Broadway, New York, NY 10019": a US address, whose "1745 Broadway" the international pattern would read as a postcode and a town.
    const naSpans: Array<[number, number]> = [];
    for (const re of postalRes) {
      for (const m of re ? allMatches(text, re) : []) {
        const i = m.index ?? 0;
        const end = i + m[0].length;
        if (re === NA_POSTAL) naSpans.push([i, end]);
        else if (naSpans.some(([a, b]) => i < b && end > a)) continue;
        if (spans && !spans(i, end)) continue;
        const at = sentenceOf(i);
        if (!isProviderAddress(text, i, at, focus, end) && !followedByOthersPolicy(text.slice(end), p.url) && !regulatorsContact(textBefore(leadBefore, text, i))) add(found.postal, clean(m[0]), at);
      }
    }
  };
  // A run of short blocks, one line each ("701 First Avenue" / "Sunnyvale, CA 94089"): an address may be split over them.
  let run: Array<{ text: string; sentences: Sentence[] }> = [];
  let runLead = '';
  const flushRun = (): void => {
    if (run.length >= 2) {
      const starts: number[] = [];
      let joined = '';
      for (const b of run) {
        if (joined) joined += ', ';
        starts.push(joined.length);
        joined += b.text.replace(/[\s,]+$/, '');
      }
      const lineOf = (i: number): number => {
        let k = 0;
        while (k + 1 < starts.length && starts[k + 1]! <= i) k++;
        return k;
      };
      const first = run[0]!.sentences[0]!;
      const heading = p.sections[first.section]?.headingPath.join(' ') ?? '';
      // Only what spans two lines or more (each line alone was read with its block), and from the start of a line: "c/o
      // Grosch Postflex #92" / "Emsdettener Straße 10" / "48268 Greven" is not at number 92.
      if (!namesThirdParty(joined) && !namesThirdParty(heading) && !underThirdPartyColumn(p, first.section)) {
        readPostal(joined, (i) => sentenceAt(run[lineOf(i)]!.sentences, i - starts[lineOf(i)]!), runLead, (a, b) => lineOf(a) !== lineOf(b - 1) && (starts.includes(a) || !/^\W*\d+\W*$/.test(joined.slice(a, starts[lineOf(a) + 1] ?? b))));
      }
    }
    run = [];
  };
  // Inside a table whose header row names vendors (sub-processor pages): their rows' contacts are the vendors'.
  let vendorTable = false;
  for (const block of blocksWithSentences(p)) {
    const raw = block.text;
    const first = block.sentences[0]!;
    if (p.blocks[first.block]?.kind !== 'table-row') vendorTable = false;
    else if (!vendorTable) {
      const cell = raw.split(CELL_SEPARATOR)[0]!;
      vendorTable = THIRD_PARTY_HEADER_CELL.test(cell) || THIRD_PARTY_COLUMN.test(cell);
    }
    // The lead-in of the blocks before, read with this block's text to tell whose a value is; a heading ends it. Worked
    // out only for blocks that may hold a value or continue a run of short lines.
    // STREET_WORD (case-sensitive) adds street lines without a number of three digits: "Unit 4, Riverside Park, Leeds LS1 4AP".
    const street = STREET_WORD.test(raw);
    const prefiltered = street || PREFILTER.test(raw);
    const before = first.isHeading || !(raw.length < 100 || prefiltered || p.blocks[first.block]?.links?.length) ? '' : leadIn(prevLead, prevRaw, raw.length < 100);
    prevLead = before;
    prevRaw = first.isHeading ? '' : raw;
    // A sentence just before that asks the reader to use "the link below" (and to reach the organization, not only to opt out).
    const handedBy = prevLast && HANDS_TO_LINK_BELOW.test(prevLast.text) && CONTACT_ASK.test(prevLast.text) ? prevLast : undefined;
    prevLast = block.sentences[block.sentences.length - 1];
    if (raw.length <= 80 && !first.isHeading && !vendorTable) {
      if (!run.length) runLead = before;
      run.push(block);
    } else flushRun();
    // Only mailto: links and links that may pass isContactLink are worth the checks below.
    let blockAsks: boolean | undefined;
    let sites: number | undefined;
    const sitesOfBlock = (): number => (sites ??= new Set([...allMatches(raw, URL).map((m) => withScheme(m[0])), ...(p.blocks[first.block]?.links ?? []).map((l) => l.href)].map((u) => siteOf(hostOf(u))).filter(Boolean)).size);
    const links = p.blocks[first.block]?.links?.filter((l) => /^mailto:/i.test(l.href) || LINK_ASK.test(l.text) || (formLike(l.href) && ((blockAsks ??= LINK_ASK.test(raw)) || (!!handedBy && standsAlone(raw, l.text)))) || questionsToContactPage(l.href, raw));
    if (!prefiltered && !links?.length) continue;
    const heading = p.sections[first.section]?.headingPath.join(' ') ?? '';
    const text = unglue(deobfuscate(raw));
    // Checked only for blocks that hold a candidate (the test is costlier than the pre-filter).
    if (!(/@|https?:|www\.|\d{3}|\+\d/.test(text) || street || links?.length) || namesThirdParty(heading) || vendorTable || underThirdPartyColumn(p, first.section)) continue;
    const othersInBlock = namesThirdParty(raw);
    if (othersInBlock && block.sentences.length < LONG_BLOCK) continue;
    othersNearIn = othersInBlock ? block.sentences : null;
    const shift = (i: number): number => Math.min(raw.length - 1, Math.round((i * raw.length) / Math.max(1, text.length)));
    for (const m of text.includes('@') ? allMatches(text, EMAIL) : []) {
      // "support@camscanner.com.You may visit", "contact@webbula.comLog in": the next sentence or link glued after the
      // address is not part of its domain (a lower-case top-level domain running into a capitalized word).
      const email = m[0].replace(/(\.(?:com|org|net|edu|gov|info|io|ai|co|de|fr|uk|us|ca|au))\.?[A-Z][a-z]+$/, '$1').toLowerCase().replace(/\.+$/, '');
      const at = sentenceAt(block.sentences, shift(m.index ?? 0));
      if (notTheirEmail(p, email, textBefore(before, text, m.index ?? 0), at, focus)) continue;
      add(found.emails, email, at);
    }
    for (const m of /https?:|www\./i.test(raw) ? allMatches(raw, URL) : []) {
      // "https://preferences.hearstmags.com/Hearst/Login.aspx.If you want": the next sentence glued after the page's file name.
      const url = m[0].replace(/(\.(?:aspx?|s?html?|php|jsp|cfm))\.[A-Z][a-z]*$/, '$1');
      const ctx = raw.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0);
      if (formLike(url) && (FORM_CONTEXT.test(ctx) || /contact|request|dsar|opt-?out|do-?not-?sell|\bform|form\b/i.test(withoutFormSite(url)))) {
        const link = withScheme(url);
        if (isOthersLink(link, p.url)) continue;
        // "... is provided in https://temporall.com/privacy-policy/", "For the current version, visit ...": a document, unless
        // the words before it in its sentence ask to contact or make a request ("... how to exercise them. This information is
        // provided in https://temporall.com/privacy-policy/": the sentence before asks).
        if ((isDocumentPage(link) || DOCUMENT_BEFORE.test(ctx)) && !CONTACT_ASK.test(ctx.replace(/^[^]*[.!?]\s+/, ''))) continue;
        const at = sentenceAt(block.sentences, m.index ?? 0);
        // "to opt out, visit https://www.bizible.com/cookie-opt-out": unless the words before ask to contact or submit a request, the page must be the organization's.
        if (CONTACT_ASK.test(ctx)) add(found.urls, link, at);
        else ownSiteOnly.push({ url: link, at, sites: sitesOfBlock() });
      }
    }
    // Links, after the text so that an address both written and linked keeps the text's reading.
    for (const link of links ?? []) {
      if (/^mailto:/i.test(link.href)) {
        // A link whose text is an address shows what the reader sees: the text's address (read above) wins over its href.
        if (link.text.includes('@') && AN_EMAIL.test(link.text)) continue;
        for (const email of mailtoAddresses(link.href)) {
          if (found.emails.includes(email)) continue;
          const at = sentenceOfLink(block.sentences, link.text, email.split('@')[0]);
          // The text before the link: the block up to its text (or up to its sentence when the text is not found).
          const i = link.text ? raw.indexOf(link.text) : -1;
          const upTo = i >= 0 ? i : Math.max(0, raw.indexOf(at.text));
          if (notTheirEmail(p, email, textBefore(before, raw, upTo), at, focus)) continue;
          add(found.emails, email, at);
        }
        continue;
      }
      const linkAt = sentenceOfLink(block.sentences, link.text);
      // A link alone in its block is asked for by the sentence that handed the reader to it, which is also its evidence.
      const at = handedBy && standsAlone(raw, link.text) ? handedBy : linkAt;
      const asking = at === linkAt ? at.text : `${at.text} ${linkAt.text}`;
      if (found.urls.some((u) => urlKey(u) === urlKey(link.href)) || !isContactLink(link, asking, p.url)) continue;
      // A table of contents' entry: a link into a section whose text is one of the policy's headings ("How To Opt-Out or Correct Your Information").
      if (/#./.test(link.href) && (headings ??= new Set(p.sentences.filter((x) => x.isHeading).map((x) => headingKey(x.text)))).has(headingKey(link.text))) continue;
      // isContactLink checked the site when the page's is known; otherwise a link that neither its text nor its sentence
      // asks to contact through ("click here" to opt out of an ad network) waits for it.
      if (pageSite || (LINK_ASK.test(link.text) && CONTACT_ASK.test(link.text)) || CONTACT_ASK.test(at.text.replace(PAGES_REQUESTED, ' ').replace(REQUESTS_COUNTED, ' '))) add(found.urls, link.href, at);
      else ownSiteOnly.push({ url: link.href, at, sites: sitesOfBlock() });
    }
    // EMAIL is tried at every letter or digit: skipped when there is no '@' (which each of its matches holds).
    const withoutUrls = /\d{3}[\s.)-]{0,2}\d{3}|\+\d|\d{3}[\s.-]?\d{0,2}[A-Z]{3}/.test(raw) ? raw.replace(URL, ' ') : '';
    const noUrls = withoutUrls.includes('@') ? withoutUrls.replace(EMAIL, ' ') : withoutUrls;
    const shaped = allMatches(noUrls, PHONE).map((m) => ({ num: m[0], index: m.index ?? 0, labeled: false }));
    // A labeled number that PHONE did not already read (in part: "+49 40 7889335-0").
    const labeled = allMatches(noUrls, LABELED_PHONE).map((m) => ({ num: m[1]!, index: (m.index ?? 0) + m[0].indexOf(m[1]!), labeled: true })).filter((l) => !shaped.some((x) => x.index < l.index + l.num.length && l.index < x.index + x.num.length));
    for (const { num: raw, index, labeled: isLabeled } of [...shaped, ...labeled]) {
      const num = raw.trim().replace(/^\+\s/, '+');
      // A vanity number's letters are its digits ("1-888-FLOWERS"); only that shape matches letters.
      const digits = num.replace(/[^\dA-Z]/g, '');
      if (digits.length < 10 || digits.length > 15) continue;
      const ctx = noUrls.slice(Math.max(0, index - 60), index);
      const strongShape = isLabeled || /^\+|\(\d{3}\)|^1?[\s.-]?8(?:00|33|44|55|66|77|88)/.test(num);
      // A number alone on its line reads the lead-in before it: "...contact BSF at:" / "Bible Study Fellowship" / ... / "210.492.4676".
      if (!strongShape && !PHONE_WORD.test(ctx) && !(ctx.trim() === '' && before && PHONE_WORD.test(before.slice(-200)))) continue;
      if (FAX_BEFORE.test(ctx) || CITATION_BEFORE.test(ctx) || regulatorsContact(textBefore(before, noUrls, index))) continue;
      add(found.phones, num, sentenceAt(block.sentences, index));
    }
    readPostal(raw, (i) => sentenceAt(block.sentences, i), before);
    othersNearIn = null;
  }
  flushRun();
  // The organization's sites: the page's and its addresses' ("privacy@meredith.com" on Allrecipes' page); none known, only a list of three sites or more is left out.
  const own = new Set([pageSite, ...found.emails.map((e) => siteOf(e.slice(e.indexOf('@') + 1)))].filter(Boolean));
  for (const { url, at, sites } of ownSiteOnly) {
    const host = hostOf(url);
    if ((!own.size && sites < 3) || own.has(siteOf(host)) || FORM_SERVICE.test(host)) add(found.urls, url, at);
  }
  return focus ? contactFirst(found, where, focus) : found;
}

/** Values and evidence from Privacy contact information segments first; document order otherwise. */
function contactFirst(found: ContactFinding, where: Map<string, number>, focus: SegmentFocus): ContactFinding {
  const cats = FIELD_CATEGORIES.contact;
  const order = (list: string[]): string[] => {
    const on = list.filter((v) => isAbout(focus, where.get(v) ?? -1, cats));
    return [...on, ...list.filter((v) => !on.includes(v))];
  };
  return {
    emails: order(found.emails),
    phones: order(found.phones),
    postal: order(found.postal),
    urls: order(found.urls),
    evidence: rankByFocus(found.evidence, focus, cats).slice(0, 8),
  };
}
