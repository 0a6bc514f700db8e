/** Reading a site typed by a person for the per-site disable list. Pure. */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type HostInput = { ok: true; host: string } | { ok: false; error: string };

/**
 * The hostname in what a person typed: a bare host ("example.com"), a URL ("https://www.example.com/privacy")
 * or an IP address. "www." is dropped, since a listed site covers its subdomains anyway.
 */
export function parseHostInput(input: string): HostInput {
  const raw = input.trim().toLowerCase();
  if (!raw) return { ok: false, error: 'Type a site, for example example.com.' };
  if (/\s/.test(raw)) return { ok: false, error: 'A site name has no spaces.' };
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'Only web sites (http or https) can be listed.' };
    host = url.hostname;
  } catch {
    return { ok: false, error: 'That does not look like a site name.' };
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  const labels = host.split('.');
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
  if (!isIp && (host.length > 253 || !labels.every((l) => LABEL.test(l)) || (labels.length < 2 && host !== 'localhost'))) {
    return { ok: false, error: 'That does not look like a site name (for example example.com).' };
  }
  return { ok: true, host };
}
