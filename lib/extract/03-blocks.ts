/**
 * Step 3: blocks in document order (headings with their level, paragraphs, list items with their depth,
 * table rows, preformatted text), each with the selector of its element in the original document.
 * One walk over the tree, text nodes read once.
 */
import { CELL_SEPARATOR, type Block, type BlockKind, type BlockLink } from '../types';
import { collapseText } from './words';

const HEADINGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
/** Elements that start and end a block of their own. */
const BLOCKY = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'ADDRESS', 'BLOCKQUOTE', 'DD', 'DT', 'DL', 'UL', 'OL', 'MENU',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'FIGURE', 'FIGCAPTION', 'CAPTION', 'CENTER', 'FIELDSET', 'HR', 'LEGEND', 'DETAILS', 'SUMMARY',
  'FOOTER', 'NAV', 'ASIDE', 'FORM', 'BODY', 'TR', 'TD', 'TH',
]);
/** Never readable text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK']);
/** Page chrome, skipped only when reading the whole body (Readability already removed it otherwise). */
const CHROME = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG']);
const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'search', 'complementary', 'dialog']);
const BOLD = new Set(['B', 'STRONG', 'U']);

// Control characters and U+FFFD come from binary or mis-decoded input: never text. Runs of them and of
// whitespace become one space (one scan of the text; the two regex replacements it stands for cost a match per word).
const collapse = collapseText;
const READABLE = /[\p{L}\p{N}]/u;
const NON_BLANK = /\S/;

/**
 * The href of an `<a>` element when it is a `mailto:` or http(s) link: absolute hrefs as written, relative ones
 * resolved against the document's base URL with `URL` (jsdom's `a.href` costs ~30 µs a link; most are absolute
 * anyway, and Readability makes its article's absolute). In-page anchors, `javascript:`, `tel:` and other schemes: ''.
 */
export function hrefOf(a: Element, base: () => string): string {
  const raw = (a.getAttribute('href') ?? '').trim();
  if (!raw || raw.startsWith('#')) return '';
  if (/^(?:https?:\/\/|mailto:)/i.test(raw)) return raw;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return '';
  try {
    const href = new URL(raw, base()).href;
    return /^https?:\/\//i.test(href) ? href : '';
  } catch {
    return '';
  }
}

/**
 * Only the `hidden` attribute hides text here: collapsed accordions (`display: none` until clicked) hold whole
 * sections of many policies, and a saved page cannot tell them from truly invisible text.
 */
const hidden = (el: Element): boolean => el.hasAttribute('hidden');

/** A paragraph whose only content is one bold element, short and unpunctuated: a heading in disguise. */
function boldHeading(el: Element): boolean {
  let bold: Element | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return false;
    } else if (n.nodeType === 1) {
      if (bold || !BOLD.has((n as Element).tagName.toUpperCase())) return false;
      bold = n as Element;
    }
  }
  if (!bold) return false;
  const text = collapse(bold.textContent ?? '');
  return text.length > 1 && text.length <= 90 && !/[.,;]$/.test(text) && /[A-Za-z\u00C0-\u024F]/.test(text);
}

/** A table row used for page layout (cells holding paragraphs, lists or long text), read as a container. */
function layoutRow(tr: Element): boolean {
  for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
    for (let c = cell.firstElementChild; c; c = c.nextElementSibling) {
      const t = c.tagName.toUpperCase();
      if (BLOCKY.has(t) || HEADINGS[t] || t === 'BR' || t === 'LI') return true;
    }
    if ((cell.textContent ?? '').length > 300) return true;
  }
  return false;
}

export function readBlocks(root: Element, mode: 'readability' | 'body', selectors: WeakMap<Node, string>): Block[] {
  const blocks: Block[] = [];
  let baseUrl: string | undefined;
  const base = (): string => (baseUrl ??= root.ownerDocument?.baseURI ?? '');
  // The links of an element read whole (a heading, a table row, preformatted text).
  const linksIn = (el: Element): BlockLink[] | undefined => {
    let out: BlockLink[] | undefined;
    for (const a of Array.from(el.getElementsByTagName('a'))) {
      const href = hrefOf(a, base);
      if (href) (out ??= []).push({ text: collapse(a.textContent ?? ''), href });
    }
    return out;
  };
  let buf = '';
  let bufSelector: string | null = null;
  let bufKind: BlockKind = 'paragraph';
  let bufLevel = 0;
  let bufLinks: BlockLink[] | undefined;
  let flushes = 0;

  // The selector of an element's first text node: the original block element that held it.
  const selectorOf = (el: Element): string | null => {
    for (let n: Node | null = el.firstChild; n; ) {
      const s = n.nodeType === 3 ? selectors.get(n) : undefined;
      if (s) return s;
      if (n.firstChild && n.nodeType === 1) n = n.firstChild;
      else {
        while (n && !n.nextSibling && n !== el) n = n.parentNode;
        n = n && n !== el ? n.nextSibling : null;
      }
    }
    return null;
  };
  const push = (kind: BlockKind, level: number, raw: string, selector: string | null, links?: BlockLink[]): void => {
    const text = collapse(raw);
    if (READABLE.test(text)) blocks.push(links ? { kind, level, text, selector, links } : { kind, level, text, selector });
  };
  const flush = (): void => {
    if (buf) push(bufKind, bufLevel, buf, bufSelector, bufLinks);
    buf = '';
    bufLinks = undefined;
    flushes++;
  };

  // `kind`/`level`: what loose text inside the current block element becomes.
  const walk = (el: Element, kind: BlockKind, level: number, listDepth: number): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = n.nodeValue ?? '';
        if (!buf && !NON_BLANK.test(t)) continue;
        if (!buf) {
          bufSelector = selectors.get(n) ?? null;
          bufKind = kind;
          bufLevel = level;
        }
        buf += t;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const child = n as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      // Most elements have no attributes: one call answers for both `hidden` and `role`.
      const attributes = child.hasAttributes();
      if (attributes && hidden(child)) continue;
      if (mode === 'body' && (CHROME.has(tag) || (attributes && CHROME_ROLES.has(child.getAttribute('role') ?? '')))) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      const hLevel = HEADINGS[tag];
      if (hLevel) {
        flush();
        push('heading', hLevel, child.textContent ?? '', selectorOf(child), linksIn(child));
        continue;
      }
      if (tag === 'LI' || tag === 'DT' || tag === 'DD') {
        flush();
        walk(child, 'list-item', listDepth + 1, listDepth + 1);
        flush();
        continue;
      }
      if (tag === 'TR' && !layoutRow(child)) {
        flush();
        const cells: string[] = [];
        for (let c = child.firstElementChild; c; c = c.nextElementSibling) {
          const t = collapse(c.textContent ?? '');
          if (t) cells.push(t);
        }
        push('table-row', 0, cells.join(CELL_SEPARATOR), selectorOf(child), linksIn(child));
        continue;
      }
      if (tag === 'PRE') {
        flush();
        push('pre', 0, child.textContent ?? '', selectorOf(child), linksIn(child));
        continue;
      }
      if (BLOCKY.has(tag)) {
        flush();
        if ((tag === 'P' || tag === 'DIV') && kind !== 'list-item' && boldHeading(child)) {
          push('heading', 6, child.textContent ?? '', selectorOf(child), linksIn(child));
          continue;
        }
        walk(child, kind, kind === 'list-item' ? level : 0, listDepth);
        flush();
        continue;
      }
      const start = buf.length;
      const flushed = flushes;
      walk(child, kind, level, listDepth); // inline element: its text joins the current block
      // A link joins the block its text ended in (one with a <br> inside goes with its last line); its text is what
      // the walk just added (all of it when a <br> inside restarted the block).
      if (tag === 'A' && attributes && buf) {
        const href = hrefOf(child, base);
        if (href) (bufLinks ??= []).push({ text: collapse(flushes === flushed ? buf.slice(start) : buf), href });
      }
    }
  };
  walk(root, 'paragraph', 0, 0);
  flush();
  return blocks;
}
