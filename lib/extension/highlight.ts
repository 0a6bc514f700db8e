/**
 * Find an evidence sentence in the live page and highlight it, without changing the DOM: the CSS Custom
 * Highlight API paints a Range; where it is missing, the window selection does. The popup injects
 * `highlightInPage` on demand with scripting.executeScript({ func, args }), so no page carries it, nor a listener
 * for it, until a person clicks a quote.
 */
import type { SentenceLocator } from '../types';
import type { HighlightResult } from './messages';

export const HIGHLIGHT_NAME = 'fineprint-evidence';
/** Inserted by the extension as a user stylesheet (scripting.insertCSS), never as a <style> in the page. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:#ffd84d;color:#000}`;

/**
 * Scroll to the sentence and highlight it (under the Custom Highlight `name`): the only change Fineprint ever
 * makes to a page, on request. It looks inside the locator's element first, then anywhere in the body; when the
 * whole sentence is not found (the page changed), its first 60 characters. Text is compared with whitespace,
 * case, soft hyphens, zero-width characters and typographic quotes/dashes ignored.
 *
 * Self-contained on purpose: executeScript serializes this function's source, so it must not use anything
 * declared outside its body (pass `name`; `doc` defaults to the page's document).
 */
export function highlightInPage(locator: SentenceLocator, name: string, doc: Document = document): HighlightResult {
  const skippedParents = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const ignored = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;
  const fold = (c: string): string => {
    if (c === '\u2018' || c === '\u2019') return "'";
    if (c === '\u201c' || c === '\u201d') return '"';
    if (c === '\u2013' || c === '\u2014') return '-';
    const lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
  };
  const findIn = (root: Node, quote: string): Range | null => {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let text = '';
    const nodes: Text[] = [];
    const offsets: number[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (skippedParents.has(node.parentNode?.nodeName ?? '')) continue;
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        if (ignored.test(c)) continue;
        text += fold(c);
        nodes.push(node);
        offsets.push(i);
      }
    }
    const at = text.indexOf(quote);
    if (at === -1) return null;
    const end = at + quote.length - 1;
    const range = doc.createRange();
    range.setStart(nodes[at]!, offsets[at]!);
    range.setEnd(nodes[end]!, offsets[end]! + 1);
    return range;
  };

  let quote = '';
  for (const c of locator.quote) if (!ignored.test(c)) quote += fold(c);
  if (!quote || !doc.body) return { found: false };
  let scope: Element | null = null;
  if (locator.selector) {
    try {
      scope = doc.querySelector(locator.selector);
    } catch {
      scope = null; // not a valid selector in this browser
    }
  }
  let range: Range | null = null;
  for (const q of quote.length > 60 ? [quote, quote.slice(0, 60)] : [quote]) {
    range = (scope && findIn(scope, q)) || findIn(doc.body, q);
    if (range) break;
  }
  if (!range) return { found: false };

  range.startContainer.parentElement?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  try {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (win && win.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function') {
      win.CSS.highlights.set(name, new win.Highlight(range));
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
