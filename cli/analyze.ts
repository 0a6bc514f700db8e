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
  const parse = (source: string) => new JSDOM(source, { url, virtualConsole: new VirtualConsole() });
  let dom;
  const notes: string[] = [];
  try {
    dom = parse(html);
  } catch {
    // jsdom 29 throws while parsing some style sheets (a malformed calc() in a <style>); the analyzer never reads CSS.
    dom = parse(withoutStyleSheets(html));
    notes.push('The page was read without its <style> blocks, which jsdom could not parse.');
  }
  try {
    const summary = analyzeDocument(dom.window.document, { url });
    return notes.length ? { ...summary, notes: [...summary.notes, ...notes] } : summary;
  } finally {
    dom.window.close();
  }
}

/** Empties every <style> element: text inside them is never policy text. */
export function withoutStyleSheets(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}
