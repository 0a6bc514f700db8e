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
 * more than 14 of them before a policy's name would hide it), at every og:title in <head> and at its first
 * canonical link (the one stage 1 reads).
 */
const HEADINGS_SEARCHED = 20;
/** Nodes whose text stage 1 reads as names: headings, and og:title contents in <head>. */
const NAME_NODES = `(/descendant::h1)[position()<=${HEADINGS_SEARCHED}] | (/descendant::h2|/descendant::h3)[position()<=${HEADINGS_SEARCHED}] | /html/head/meta[@property='og:title' or @name='og:title']/@content`;
/**
 * One evaluation, one short string back, no node handed to the script: "1" when a heading or og:title names a
 * policy, else "0" followed by the first canonical link's href (searched in JS, as the URL is). The browser parses
 * the expression on every call, so its length costs as much as the search.
 */
const NAMES_AND_CANONICAL = `concat(number(boolean((${NAME_NODES})[${namesPolicyXPath('.')}])),/html/head/link[${containsWord('@rel', 'canonical')}]/@href)`;
const XPATH_STRING = 2;

/**
 * Could stage 1 find any signal here? A plain word search over the URL, the title and, unless `urlAndTitleOnly`, the
 * headings, og:title and the canonical link, cheapest first, so that an ordinary page never builds stage 1's
 * inputs nor compiles its patterns. The URL is read from the document (`document.URL`): `location` would make the
 * page build its Location object in the script's world.
 */
export function mayHaveSignal(doc: Document, urlAndTitleOnly = false): boolean {
  if (pathHasPolicyWord(doc.URL) || namesPolicy(doc.title)) return true;
  if (urlAndTitleOnly) return false;
  // In XML documents XPath names need namespaces: let stage 1 decide there.
  if (doc.contentType !== 'text/html' || typeof doc.evaluate !== 'function') return true;
  const found = doc.evaluate(NAMES_AND_CANONICAL, doc, null, XPATH_STRING, null).stringValue;
  return found[0] === '1' || (found.length > 1 && pathHasPolicyWord(found.slice(1)));
}

/**
 * Stage 1 for the page as it is now: the report to send, or null when the page has no privacy signal at all (with
 * `urlAndTitleOnly`: none in its URL or title).
 */
export function pageReport(doc: Document, urlAndTitleOnly = false): PageDetectedMessage | null {
  if (!mayHaveSignal(doc, urlAndTitleOnly)) return null;
  const url = doc.URL;
  const detection = detectCandidate(readPageMeta(doc, { href: url }), { sensitivity: REPORT_SENSITIVITY });
  return detection.candidate ? { type: 'page-detected', url, detection } : null;
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
  const doc = win.document;
  let reported = '';
  let checkedUrl = '';
  const check = (urlAndTitleOnly = false): void => {
    checkedUrl = doc.URL;
    const report = pageReport(doc, urlAndTitleOnly);
    // Report a page once per score: again only if loading more content changed its signals, or the app came back.
    const key = report ? `${pageKey(report.url)} ${report.detection.score}` : '';
    if (key === reported) return;
    reported = key;
    // Rejected when the extension was updated or removed since this page loaded: nothing to tell anymore.
    if (report) send(report).catch(() => undefined);
  };
  // A page still loading: its URL and title now (a policy says so there first), its headings once loaded, so that
  // an ordinary page is searched once.
  const loading = doc.readyState !== 'complete';
  check(loading);
  if (loading) win.addEventListener('load', () => check(), { once: true });
  // Same-document navigations only (pushState, replaceState, back/forward within an app): a new document runs
  // this script again.
  const navigation = win.navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', () => win.setTimeout(() => check(), SPA_SETTLE_MS));
    return;
  }
  // Firefox before 147 has no Navigation API, and a content script cannot wrap the page's history.pushState. An app
  // changes its URL when a link or button of it is clicked, or on back/forward (popstate): look again then, once
  // the app has settled, if the URL changed. Nothing runs until then; the popup also checks when it opens.
  const recheckIfMoved = () => win.setTimeout(() => doc.URL !== checkedUrl && check(), SPA_SETTLE_MS);
  win.addEventListener('popstate', recheckIfMoved);
  win.addEventListener('click', recheckIfMoved, { capture: true, passive: true });
}
