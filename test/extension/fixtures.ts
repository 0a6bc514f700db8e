/** Small, hand-made summaries and detections for the background tests (the analyzer's own tests use real pages). */
import type { DetectionResult, PolicySummary, PolicyWarning, WarningId, WarningLevel } from '../../lib/types';

export const CANDIDATE: DetectionResult = { candidate: true, isPolicy: true, score: 0.9, stage: 1, signals: [] };
export const NOT_CANDIDATE: DetectionResult = { candidate: false, isPolicy: false, score: 0.1, stage: 1, signals: [] };

export function warning(id: WarningId, level: WarningLevel): PolicyWarning {
  return { id, level, text: id, evidence: [] };
}

export function summary(warnings: PolicyWarning[], isPolicy = true): PolicySummary {
  return {
    schema: 1,
    isPolicy,
    policyScore: isPolicy ? 0.9 : 0.1,
    detection: { ...CANDIDATE, stage: 2, isPolicy },
    title: 'Privacy Policy',
    url: 'https://shop.example/privacy',
    lang: 'en',
    words: 1200,
    method: 'readability',
    rights: [],
    retention: { verdict: 'not-stated', periods: [], evidence: [] },
    selling: { verdict: 'not-stated', evidence: [] },
    contact: { emails: [], phones: [], postal: [], urls: [], evidence: [] },
    warnings,
    topics: null,
    notes: [],
  };
}
