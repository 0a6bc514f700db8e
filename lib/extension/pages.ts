/** Pages Fineprint cannot read, and what to tell the person about them. */

const WEB_STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

/** Why a tab's URL cannot be analyzed, in words a person understands; null when it can be tried. */
export function unsupportedReason(url: string | undefined): string | null {
  if (!url) return 'Fineprint cannot read this page (a browser page or a page it has no access to).';
  if (WEB_STORES.some((re) => re.test(url))) return 'Browsers do not let extensions read the extension store.';
  if (!/^https?:\/\//i.test(url)) {
    if (/^file:/i.test(url)) return 'Fineprint only reads web pages (http and https), not files on this computer.';
    return 'Fineprint only reads web pages (http and https), not browser pages.';
  }
  if (/\.pdf([?#]|$)/i.test(url)) return 'Fineprint cannot read PDF documents yet; open the HTML version of the policy.';
  return null;
}

/** What the background says when the browser refused Fineprint a page (the popup may then name the reason). */
export const NO_ACCESS = 'Fineprint has no access to this page.';

/** A person-readable message for an injection failure (the browser refused to run the analyzer in the tab). */
export function injectionFailureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/gallery|web ?store/i.test(text)) return 'Browsers do not let extensions read the extension store.';
  if (/cannot access|permission|missing host/i.test(text)) return NO_ACCESS;
  if (/error page|showing error/i.test(text)) return 'The page did not load, so there is nothing to read.';
  return 'Fineprint could not read this page.';
}

/** The match pattern of a web page's origin for `permissions.contains` (`https://example.com/*`), or null. */
export function originPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * The page is one the person has not let Fineprint read: they turned its access to the site (or to all sites)
 * off, so the browser hides the page from it. Says so, and how to give the access back, in the browser's words.
 * `urlHidden`: the browser hid even the page's address, as it also does for its own pages (about:, settings).
 */
export function siteAccessMessage(browserName: 'firefox' | 'chrome', urlHidden = false): string {
  const why = urlHidden
    ? 'Fineprint cannot read this page: its access to websites is turned off in your browser (or this is a browser page, which no extension can read).'
    : 'Fineprint cannot read this page: its access to this site is turned off in your browser.';
  const how =
    browserName === 'firefox'
      ? 'To let it read this page, click the Extensions button (the puzzle piece) in the toolbar and allow Fineprint on this site, or turn on "Access your data for all websites" in Add-ons and themes → Fineprint → Permissions.'
      : 'To let it read this page, click the Extensions button (the puzzle piece) in the toolbar, then Fineprint\'s menu → "This can read and change site data" → "On all sites" (or "On this site").';
  return `${why} ${how} Then open this popup again.`;
}
