import type { ExtractedPolicy, SellingFinding } from '../types';
// STUB: owned by the summary helper.
export function sellingVerdict(p: ExtractedPolicy): SellingFinding { void p; return { verdict: 'not-stated', evidence: [] }; }
