/**
 * Site and page helpers with no dependencies, so the content script (declared on every page) can use them
 * without pulling in WXT's storage module.
 */

/** Raw `storage.local` keys of the settings that decide whether a page is read at all (settings.ts owns them). */
export const CONTENT_SETTING_KEYS = { autoDetect: 'autoDetect', disabledSites: 'disabledSites', sensitivity: 'sensitivity' } as const;

/** True when `hostname` is one of the disabled sites or a subdomain of one. */
export function isSiteDisabled(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return sites.some((site) => {
    const s = site.trim().toLowerCase().replace(/^www\./, '');
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}

/** The page a URL shows: the URL without its fragment (a jump to `#section` is the same page). */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** The hostname of a URL, or '' when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
