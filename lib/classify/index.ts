import type { Category, ExtractedPolicy, TopicCoverage } from '../types';
// STUB: owned by the classifier helper (issue 4).
export interface Classification { labels: Category[]; scores: Record<Category, number> }
export function classifySegments(texts: string[]): Classification[] { return texts.map(() => ({ labels: [], scores: {} as Record<Category, number> })); }
export function topicCoverage(p: ExtractedPolicy): TopicCoverage | null { void p; return null; }
