import type { ExtractedPolicy, PolicySummary, PolicyWarning } from '../types';
// STUB: owned by the summary helper.
export function deriveWarnings(s: Omit<PolicySummary, 'warnings'>, p: ExtractedPolicy): PolicyWarning[] { void s; void p; return []; }
