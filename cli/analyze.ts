/** Runs the analyzer on one input read by `inputs.ts`: HTML through jsdom and the extension's extraction, text as is. */
import { analyzeDocument, analyzeText, type PolicySummary } from '../lib/index';
import type { PolicyInput } from './inputs';

/** One line of `fineprint summarize`: the schema-1 `PolicySummary`, plus `file` and how the input was read. */
export type SummaryRecord = { file: string } & PolicySummary & {
  input: { format: PolicyInput['format']; encoding: string; warnings: string[]; urlFrom: PolicyInput['urlFrom'] };
};

export async function summarizeInput(input: PolicyInput): Promise<SummaryRecord> {
  const summary = input.format === 'html' ? await analyzeHtml(input.text, input.url) : analyzeText(input.text, { title: '', url: input.url, format: input.format });
  return { file: input.file, ...summary, input: { format: input.format, encoding: input.encoding, warnings: input.warnings, urlFrom: input.urlFrom } };
}

async function analyzeHtml(html: string, url: string): Promise<PolicySummary> {
  // Loaded on first use: importing jsdom takes longer than everything else the CLI does for a small page.
  const { dom, notes } = parseHtml(await import('jsdom'), html, url);
  try {
    const summary = analyzeDocument(dom.window.document, { url });
    return notes.length ? { ...summary, notes: [...summary.notes, ...notes] } : summary;
  } finally {
    dom.window.close();
  }
}

type Jsdom = typeof import('jsdom');

/**
 * A page as a jsdom document, the way the CLI reads it (the evaluation scripts use the same, so that their figures
 * are the CLI's). Scripts never run and nothing is fetched (jsdom's defaults); a silent console keeps CSS parse
 * errors off stderr. jsdom 29 throws while parsing some style sheets (a malformed calc() in a <style> or a style
 * attribute); the analyzer never reads CSS, so the page is then read again without them, and `notes` says so.
 */
export function parseHtml(jsdom: Jsdom, html: string, url: string): { dom: InstanceType<Jsdom['JSDOM']>; notes: string[] } {
  const parse = (source: string) => new jsdom.JSDOM(source, { url, virtualConsole: new jsdom.VirtualConsole() });
  try {
    return { dom: parse(html), notes: [] };
  } catch {
    // fall through: without style sheets
  }
  const notes = ['The page was read without its <style> blocks, which jsdom could not parse.'];
  try {
    return { dom: parse(withoutStyleSheets(html)), notes };
  } catch {
    return { dom: parse(withoutStyleSheets(html, true)), notes };
  }
}

/**
 * Empties every <style> element (and, with `attributes`, drops style attributes): text inside them is never policy
 * text. Comments and <script> elements are skipped whole, as the HTML parser reads them: a "<style>" inside a
 * script's string is not a style sheet, and emptying from there to the next "</style>" would swallow the page.
 */
export function withoutStyleSheets(html: string, attributes = false): string {
  const out = html.replace(/<!--[\s\S]*?-->|<script\b[^>]*>[\s\S]*?<\/script\s*>|(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, (m, open?: string, close?: string) =>
    open ? `${open}${close}` : m,
  );
  return attributes ? out.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*')/gi, '') : out;
}
