/**
 * Stage-1 detection: is this page worth a full analysis? URL path, title, headings, canonical and og tags only;
 * microseconds, no dependencies (the content script imports this file on every page).
 */
import type { DetectionResult, DetectionSignal, PageMeta } from '../types';

/** A privacy policy's name, in the languages we see most. */
export const POLICY_NAME =
  /\bprivacy[\s-]*(?:policy|policies|notice|statement|pledge|center|centre|charter)\b|\bdata[\s-]*(?:privacy|protection|use)[\s-]*(?:policy|notice|statement)\b|\bdata[\s-]policy\b|\bprivacy\b|datenschutz|politique de confidentialit|confidentialit[eé]|pol[ií]tica de privacidad|aviso de privacidad|informativa (?:sulla )?privacy|pol[ií]tica de privacidade|privacyverklaring|privacybeleid|integritetspolicy|polityka prywatno/i;
/** Names that mean "privacy" without being a policy's name (a blog, a settings page...). */
const NOT_POLICY_NAME = /\b(?:terms (?:of|and) (?:service|use)|blog|news|settings|how to|guide|help|faq|support|article)\b/i;
/** URL paths of policies: /privacy, /privacy-policy, /legal/privacy, /datenschutz... */
const POLICY_PATH =
  /(?:^|[/_.-])(?:privacy|privacidad|privacidade|datenschutz(?:erklaerung|erklarung)?|dsgvo|confidentialite|privacybeleid|privacyverklaring|data-?policy|data-?protection|privacy-?notice|privacy-?statement|privacy-?policy|privacypolicy|pp|gdpr|ccpa|do-?not-?sell|personal-?information)(?:$|[/_.?#-])/i;
const WEAK_PATH = /privacy|datenschutz|privacidad|personal-?data|cookie/i;
const NOT_POLICY_PATH = /\/(?:blog|news|articles?|stories|story|settings|help|support|faq|forums?|questions?|search|tag|category)\//i;

export interface SensitivityOption {
  /** 0..1, higher finds more policies (and more false positives). Default 0.5, the tuned threshold. */
  sensitivity?: number;
}

/** Stage-1 score at which a page is a candidate, at the default sensitivity. */
export const CANDIDATE_THRESHOLD = 0.3;

export function candidateThreshold(sensitivity = 0.5): number {
  return Math.min(0.9, Math.max(0.05, CANDIDATE_THRESHOLD + (0.5 - sensitivity) * 0.5));
}

function pathOf(url: string): string {
  const m = /^[a-z][\w+.-]*:\/\/[^/?#]*([^#]*)/i.exec(url);
  let path = m ? m[1]! : url;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it encoded
  }
  return path.toLowerCase();
}

export function detectCandidate(meta: PageMeta, options: SensitivityOption = {}): DetectionResult {
  const signals: DetectionSignal[] = [];
  const add = (name: string, weight: number, detail: string): void => {
    signals.push({ name, weight, detail });
  };
  const path = pathOf(meta.url ?? '');
  if (POLICY_PATH.test(path) && !NOT_POLICY_PATH.test(path)) add('url-path', 0.4, `URL path ${path.slice(0, 80)}`);
  else if (WEAK_PATH.test(path)) add('url-path-weak', NOT_POLICY_PATH.test(path) ? 0.05 : 0.2, `URL mentions privacy: ${path.slice(0, 80)}`);
  const title = meta.title ?? '';
  if (POLICY_NAME.test(title)) add('title', NOT_POLICY_NAME.test(title) ? 0.1 : 0.4, `title "${title.slice(0, 80)}"`);
  const heading = (meta.headings ?? []).find((h) => h.length < 120 && POLICY_NAME.test(h));
  if (heading) add('heading', NOT_POLICY_NAME.test(heading) ? 0.1 : 0.3, `heading "${heading.slice(0, 80)}"`);
  const canonical = pathOf(meta.canonical ?? '');
  if (canonical && canonical !== path && POLICY_PATH.test(canonical)) add('canonical', 0.2, `canonical ${canonical.slice(0, 80)}`);
  if (meta.ogTitle && meta.ogTitle !== title && POLICY_NAME.test(meta.ogTitle)) add('og-title', 0.2, `og:title "${meta.ogTitle.slice(0, 80)}"`);
  if (/article/i.test(meta.ogType ?? '')) add('og-article', -0.2, 'og:type is article');
  const score = Math.max(0, Math.min(1, signals.reduce((s, x) => s + x.weight, 0)));
  const candidate = score >= candidateThreshold(options.sensitivity);
  return { candidate, isPolicy: candidate, score, stage: 1, signals };
}
