import type { DetectionResult, ExtractedPolicy } from '../types';
// STUB: owned by the detection/extraction helper.
export function scorePolicyText(p: ExtractedPolicy, stage1: DetectionResult, options: { sensitivity?: number } = {}): DetectionResult {
  void p; void options;
  return { ...stage1, stage: 2 };
}
