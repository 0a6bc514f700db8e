import { watchPage } from '@/lib/extension/page-watch';

// Stage-1 detection on every http(s) page; the heavy analyzer is injected only when needed (analyzer.ts).
// Declared as the content script in wxt.config.ts: an unlisted script has no WXT content-script wrapper, whose
// context object touches the extension API on load, the larger part of what a content script costs a page.
export default defineUnlistedScript(() => watchPage());
