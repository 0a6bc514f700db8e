/** Runs the analyzer on one input read by `inputs.ts`: HTML through jsdom and the extension's extraction, text as is. */
import { analyzeDocument, analyzeText, type PolicySummary } from '../lib/index';
import type { PolicyInput } from './inputs';

/** One line of `fineprint summarize`: the schema-1 `PolicySummary`, plus `file` and how the input was read. */
export type SummaryRecord = { file: string } & PolicySummary & {
  input: { format: PolicyInput['format']; encoding: string; warnings: string[] };
};

export async function summarizeInput(input: PolicyInput): Promise<SummaryRecord> {
  const summary = input.format === 'html' ? await analyzeHtml(input.text, input.url) : analyzeText(input.text, { title: '', url: input.url, format: input.format });
  return { file: input.file, ...summary, input: { format: input.format, encoding: input.encoding, warnings: input.warnings } };
}

async function analyzeHtml(html: string, url: string): Promise<PolicySummary> {
  // Loaded on first use: importing jsdom takes longer than everything else the CLI does for a small page.
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // Scripts never run and nothing is fetched (jsdom's defaults); a silent console keeps CSS parse errors off stderr.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return analyzeDocument(dom.window.document, { url });
  } finally {
    dom.window.close();
  }
}
