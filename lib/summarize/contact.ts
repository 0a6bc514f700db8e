import type { ContactFinding, ExtractedPolicy } from '../types';
// STUB: owned by the summary helper.
export function findContact(p: ExtractedPolicy): ContactFinding { void p; return { emails: [], phones: [], postal: [], urls: [], evidence: [] }; }
