/** Builds an ExtractedPolicy from paragraphs of text, through the real text extractor. */
import { extractFromText } from '../../lib/extract';
import type { ExtractedPolicy } from '../../lib/types';

export function policyOf(...paragraphs: string[]): ExtractedPolicy {
  return extractFromText(paragraphs.join('\n\n'), { title: '', url: '', format: 'md' });
}
