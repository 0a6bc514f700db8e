import type { ExtractedPolicy, RetentionFinding } from '../types';
// STUB: owned by the summary helper.
export function retentionVerdict(p: ExtractedPolicy): RetentionFinding { void p; return { verdict: 'not-stated', periods: [], evidence: [] }; }
