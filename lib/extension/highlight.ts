/**
 * Find an evidence sentence in the live page and highlight it, without changing the DOM: the CSS Custom
 * Highlight API paints a Range; where it is missing, the window selection does. Dependency-free: it runs in
 * the content script.
 */
import type { SentenceLocator } from '../types';
import type { HighlightResult } from './messages';

export const HIGHLIGHT_NAME = 'fineprint-evidence';
/** Inserted by the extension as a user stylesheet (scripting.insertCSS), never as a <style> in the page. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:#ffd84d;color:#000}`;

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// Whitespace, soft hyphens and zero-width characters differ between the analyzer's text and the DOM: ignore them.
const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

/** One character of the comparison text: lower-cased, typographic quotes and dashes made plain. */
function fold(c: string): string {
  if (c === '\u2018' || c === '\u2019') return "'";
  if (c === '\u201c' || c === '\u201d') return '"';
  if (c === '\u2013' || c === '\u2014') return '-';
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

function squeeze(text: string): string {
  let out = '';
  for (const c of text) if (!IGNORED.test(c)) out += fold(c);
  return out;
}

/** The range of `quote` inside `root`, comparing text with whitespace ignored; null when absent. */
function findIn(doc: Document, root: Node, quote: string): Range | null {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (SKIPPED_PARENTS.has(node.parentNode?.nodeName ?? '')) continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (IGNORED.test(c)) continue;
      text += fold(c);
      nodes.push(node);
      offsets.push(i);
    }
  }
  const at = text.indexOf(quote);
  if (at === -1) return null;
  const end = at + quote.length - 1;
  const range = doc.createRange();
  range.setStart(nodes[at], offsets[at]);
  range.setEnd(nodes[end], offsets[end] + 1);
  return range;
}

/**
 * The live-page range of a sentence: inside the locator's element first, then anywhere in the body; when the
 * whole sentence is not found (the page changed), its first 60 characters.
 */
export function findSentence(doc: Document, locator: SentenceLocator): Range | null {
  const quote = squeeze(locator.quote);
  if (!quote || !doc.body) return null;
  let scope: Element | null = null;
  if (locator.selector) {
    try {
      scope = doc.querySelector(locator.selector);
    } catch {
      scope = null; // not a valid selector in this browser
    }
  }
  const candidates = quote.length > 60 ? [quote, quote.slice(0, 60)] : [quote];
  for (const q of candidates) {
    const range = (scope && findIn(doc, scope, q)) || findIn(doc, doc.body, q);
    if (range) return range;
  }
  return null;
}

/** Scroll to the sentence and highlight it. The only change Fineprint ever makes to a page, on request. */
export function highlightSentence(doc: Document, locator: SentenceLocator): HighlightResult {
  const range = findSentence(doc, locator);
  if (!range) return { found: false };
  const element = range.startContainer.parentElement;
  element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  try {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (win && win.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function') {
      win.CSS.highlights.set(HIGHLIGHT_NAME, new win.Highlight(range));
      return { found: true };
    }
  } catch {
    // Fall through to the selection (e.g. a browser without the Highlight API).
  }
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return { found: true };
}
