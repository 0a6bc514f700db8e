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

/** A person-readable message for an injection failure (the browser refused to run the analyzer in the tab). */
export function injectionFailureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/gallery|web ?store/i.test(text)) return 'Browsers do not let extensions read the extension store.';
  if (/cannot access|permission|missing host/i.test(text)) return 'Fineprint has no access to this page.';
  if (/error page|showing error/i.test(text)) return 'The page did not load, so there is nothing to read.';
  return 'Fineprint could not read this page.';
}
