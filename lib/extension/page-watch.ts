/**
 * The content script's work on every http(s) page: stage-1 detection, run locally at the most sensitive setting.
 * An ordinary page (no privacy signal) sends nothing and never touches the extension API; only a page that could
 * be a policy at some sensitivity is reported, and the background applies the person's settings.
 * Checked again when the page finishes loading and when a single-page app changes URL (Navigation API events,
 * no polling). Keep the imports tiny: this is the code declared for every page.
 */
import { readPageMeta } from '../detect/page-meta';
import { detectCandidate } from '../detect/stage1';
import type { PageDetectedMessage } from './messages';
import { pageKey } from './sites';

// A single-page app updates its DOM a moment after the URL changes.
export const SPA_SETTLE_MS = 400;

/** The most sensitive setting: a page is reported if any sensitivity a person can choose would make it a candidate. */
export const REPORT_SENSITIVITY = 1;

/**
 * Words at least one of which every positive stage-1 signal contains, lower-case ASCII (stage 1's patterns are
 * case-insensitive without the `u` flag, so they match ASCII letters only case-insensitively): names of policies in
 * titles and headings (lib/detect/stage1.ts POLICY_NAME), and policy words in URL paths (POLICY_PATH, WEAK_PATH).
 * page-watch.test.ts checks that a page without any of them is never a candidate, on real pages and on every
 * alternative of those patterns.
 */
const NAME_WORDS = ['privac', 'datenschutz', 'confidentialit', 'integritetspolicy', 'prywatno']; // privacy, privacidad/e
/** "data policy", "data protection notice", "data use statement"... */
const DATA_NAME_WORDS = ['policy', 'notice', 'statement'];
const PATH_WORDS = ['dsgvo', 'gdpr', 'ccpa', 'notsell', 'not-sell', 'personal', 'cookie'];
const DATA_PATH_WORDS = ['policy', 'protection'];
const PATH_TOKEN_BEFORE = '/_.-';
const PATH_TOKEN_AFTER = '/_.?#-';

const includesAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

function namesPolicy(text: string): boolean {
  const t = text.toLowerCase();
  return includesAny(t, NAME_WORDS) || (t.includes('data') && includesAny(t, DATA_NAME_WORDS));
}

/** The URL as written and its path as stage 1 reads it (after the host, before the fragment, decoded), lower-case. */
function urlText(url: string): string {
  const hash = url.indexOf('#');
  let path = hash === -1 ? url : url.slice(0, hash);
  const scheme = path.indexOf('://');
  if (scheme !== -1) {
    let i = scheme + 3;
    while (i < path.length && path[i] !== '/' && path[i] !== '?') i++;
    path = path.slice(i);
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it encoded, as stage 1 does
  }
  return `${url} ${path}`.toLowerCase();
}

function pathHasPolicyWord(url: string): boolean {
  const u = urlText(url);
  if (includesAny(u, NAME_WORDS) || includesAny(u, PATH_WORDS)) return true;
  if (u.includes('data') && includesAny(u, DATA_PATH_WORDS)) return true;
  // "pp" only as a path token (/legal/pp.html), as stage 1 reads it.
  for (let at = u.indexOf('pp'); at !== -1; at = u.indexOf('pp', at + 1)) {
    const before = at === 0 ? '/' : u[at - 1]!;
    const after = u[at + 2];
    if (PATH_TOKEN_BEFORE.includes(before) && (after === undefined || PATH_TOKEN_AFTER.includes(after))) return true;
  }
  return false;
}

// The same word search as XPath, run by the browser: reading headings and <meta> through the DOM API would make
// the page build its element interfaces in the content script's world, which costs more than all the rest.
/** XPath: `x` contains `word` (lower-case ASCII), in any case; translating only the word's letters keeps it cheap. */
const containsWord = (x: string, word: string) => `contains(translate(${x},'${word.toUpperCase()}','${word}'),'${word}')`;
function namesPolicyXPath(x: string): string {
  const any = (words: readonly string[]) => words.map((w) => containsWord(x, w)).join(' or ');
  return `${any(NAME_WORDS)} or (${containsWord(x, 'data')} and (${any(DATA_NAME_WORDS)}))`;
}
/**
 * Stage 1 reads the first six non-empty h1 and the first six non-empty h2/h3, and the first og:title <meta> and
 * canonical <link> in <head>: this looks at the first 20 of each (stage 1 reads further only past blank headings:
 * more than 14 of them before a policy's name would hide it) and at every og:title and canonical link in <head>.
 */
const HEADINGS_SEARCHED = 20;
/** Nodes whose text stage 1 reads as names: headings, and og:title contents in <head>. */
const NAME_NODES = `(/descendant::h1)[position()<=${HEADINGS_SEARCHED}] | (/descendant::h2|/descendant::h3)[position()<=${HEADINGS_SEARCHED}] | /html/head/meta[@property='og:title' or @name='og:title']/@content`;
// One short expression: the browser parses it on every call, so its length costs as much as the search.
const NAMED_IN_PAGE = `boolean((${NAME_NODES})[${namesPolicyXPath('.')}])`;
/** Every canonical link's href in <head> (stage 1 reads the first). */
const CANONICAL_HREFS = `/html/head/link[${containsWord('@rel', 'canonical')}]/@href`;
const XPATH_BOOLEAN = 3;
const XPATH_SNAPSHOT = 7;

/**
 * Could stage 1 find any signal here? A plain word search over the URL, the title and, unless `urlAndTitleOnly`, the
 * headings, og:title and the canonical link, so that an ordinary page never builds stage 1's inputs nor compiles
 * its patterns.
 */
export function mayHaveSignal(doc: Document, loc: Pick<Location, 'href'>, urlAndTitleOnly = false): boolean {
  // In XML documents XPath names need namespaces: let stage 1 decide there.
  if (doc.contentType !== 'text/html' || typeof doc.evaluate !== 'function') return true;
  if (pathHasPolicyWord(loc.href) || namesPolicy(doc.title)) return true;
  if (urlAndTitleOnly) return false;
  if (doc.evaluate(NAMED_IN_PAGE, doc, null, XPATH_BOOLEAN, null).booleanValue) return true;
  const hrefs = doc.evaluate(CANONICAL_HREFS, doc, null, XPATH_SNAPSHOT, null);
  for (let i = 0; i < hrefs.snapshotLength; i++) if (pathHasPolicyWord(hrefs.snapshotItem(i)?.nodeValue ?? '')) return true;
  return false;
}

/**
 * Stage 1 for the page as it is now: the report to send, or null when the page has no privacy signal at all (with
 * `urlAndTitleOnly`: none in its URL or title).
 */
export function pageReport(doc: Document, loc: Pick<Location, 'href'>, urlAndTitleOnly = false): PageDetectedMessage | null {
  if (!mayHaveSignal(doc, loc, urlAndTitleOnly)) return null;
  const detection = detectCandidate(readPageMeta(doc, loc), { sensitivity: REPORT_SENSITIVITY });
  return detection.candidate ? { type: 'page-detected', url: loc.href, detection } : null;
}

/** The Navigation API where the browser has it (Chrome 102+, Firefox 147+). */
type WindowWithNavigation = Window & { navigation?: EventTarget };
type ExtensionApi = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * Send a report to the background. The extension API is looked up only here: the first touch of `runtime` builds
 * its bindings in the page (most of a content script's cost), and an ordinary page never sends anything.
 */
export function sendToBackground(message: PageDetectedMessage): Promise<unknown> {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser ?? scope.chrome)!.runtime.sendMessage(message);
}

export function watchPage(win: WindowWithNavigation = window, send: (message: PageDetectedMessage) => Promise<unknown> = sendToBackground): void {
  let reported = '';
  const check = (urlAndTitleOnly = false): void => {
    const report = pageReport(win.document, win.location, urlAndTitleOnly);
    // Report a page once per score: again only if loading more content changed its signals, or the app came back.
    const key = report ? `${pageKey(report.url)} ${report.detection.score}` : '';
    if (key === reported) return;
    reported = key;
    // Rejected when the extension was updated or removed since this page loaded: nothing to tell anymore.
    if (report) send(report).catch(() => undefined);
  };
  // A page still loading: its URL and title now (a policy says so there first), its headings once loaded, so that
  // an ordinary page is searched once.
  const loading = win.document.readyState !== 'complete';
  check(loading);
  if (loading) win.addEventListener('load', () => check(), { once: true });
  // Same-document navigations only (pushState, replaceState, back/forward within an app): a new document runs
  // this script again. Browsers without the Navigation API (Firefox before 147) re-check when the popup opens.
  win.navigation?.addEventListener('currententrychange', () => win.setTimeout(() => check(), SPA_SETTLE_MS));
}
