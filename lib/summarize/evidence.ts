/**
 * Evidence: the sentences, quoted verbatim, that decided a field. Shared by every field rule.
 */
import type { Evidence, ExtractedPolicy, Sentence } from '../types';

/** The sentence as evidence, with the heading of its section. */
export function toEvidence(p: ExtractedPolicy, s: Sentence): Evidence {
  return { text: s.text, sentence: s.id, section: p.sections[s.section]?.heading ?? '', locator: s.locator };
}

/** The heading path of a sentence's section, joined, for scope tests ("California", "Cookies"...). */
export function headingsOf(p: ExtractedPolicy, s: Sentence): string {
  const sec = p.sections[s.section];
  if (!sec) return '';
  return sec.headingPath.length ? sec.headingPath.join(' / ') : sec.heading;
}

/**
 * Adds evidence once per sentence, and once per text (a page that repeats a sentence, as a table header or in a
 * second section, would show the same quote twice), keeping at most `max` (the card shows a few quotes, not all).
 */
export function pushEvidence(list: Evidence[], e: Evidence, max = 5): void {
  if (list.length < max && !list.some((x) => x.sentence === e.sentence || x.text === e.text)) list.push(e);
}
