/**
 * The sites of the OPP-115 policies, so that experiments training on other policy text can leave them out
 * (matching over-matches on purpose: a shared part of five or more letters counts).
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../classifier-data';
import { DATA } from '../data-dir';

/** Lowercase letters and digits only: "www.TheAtlantic.com" -> "theatlanticcom". */
const key = (s: string) => s.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[^a-z0-9]/g, '');

/** OPP-115 sites, as the main label of the domain ("theatlantic.com" -> "theatlantic"). */
const oppSites = parseCsv(readFileSync(`${DATA}/derived/opp115_policy_field_hints.csv`, 'utf8')).slice(1)
  .filter((r) => r.length > 2).map((r) => key(r[2].replace(/\.[a-z]+$/, '').replace(/\.(co|com|org|net)$/, '')));

/** The OPP-115 site a service name, site label or title matches, if any. */
export function matchesOppSite(name: string): string | undefined {
  const k = key(name);
  if (k.length < 3) return undefined;
  return oppSites.find((s) => s.length >= 3 && (s === k || (s.length >= 5 && k.includes(s)) || (k.length >= 5 && s.includes(k))));
}

/** The main label of a URL's host: "https://www.lead411.com/privacy-policy/" -> "lead411". */
export function siteLabel(url: string): string {
  return url.replace(/^https?:\/\//, '').split('/')[0]!.replace(/^www\./, '').replace(/\.[a-z]+$/, '').split('.').pop() ?? '';
}
