import { watchPage } from '@/lib/extension/page-watch';

// Stage-1 detection on every http(s) page; the heavy analyzer is injected only when needed (analyzer.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Don't announce ourselves to the page with window.postMessage (WXT's default, to be removed upstream).
  noScriptStartedPostMessage: true,
  main: (ctx) => watchPage(ctx),
});
