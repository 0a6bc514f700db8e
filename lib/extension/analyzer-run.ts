/**
 * The heavy part, injected by the background only when needed: Readability and the full analysis of the page
 * it runs in, posted back as 'analysis-result' (or 'analysis-error').
 */
import { browser } from 'wxt/browser';
import { analyzeDocument } from '../index';
import type { AnalysisErrorMessage, AnalysisResultMessage } from './messages';
import { sensitivity } from './settings';

export async function analyzeThisPage(doc: Document = document, url: string = location.href): Promise<void> {
  let message: AnalysisResultMessage | AnalysisErrorMessage;
  try {
    if (!/html|xml/i.test(doc.contentType || 'text/html') || !doc.body) {
      message = { type: 'analysis-error', url, unsupported: true, error: 'This is not a web page Fineprint can read (a PDF, an image or a file).' };
    } else {
      const summary = analyzeDocument(doc, { url, sensitivity: await sensitivity.getValue() });
      message = { type: 'analysis-result', url, summary };
    }
  } catch (error) {
    console.error('Fineprint: analysis failed', error);
    message = { type: 'analysis-error', url, error: 'Fineprint could not analyze this page.' };
  }
  await browser.runtime.sendMessage(message);
}
