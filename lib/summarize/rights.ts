import type { ExtractedPolicy, RightFinding } from '../types';
// STUB: owned by the summary helper.
export function findRights(p: ExtractedPolicy): RightFinding[] { void p; return []; }
