import type { DetectionResult, PageMeta } from '../types';
// STUB: owned by the detection/extraction helper.
export function detectCandidate(meta: PageMeta, options: { sensitivity?: number } = {}): DetectionResult {
  void meta; void options;
  return { candidate: true, isPolicy: false, score: 0, stage: 1, signals: [] };
}
