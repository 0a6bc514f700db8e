/**
 * Step 1: a prepared clone of the page. The live document is never touched: we clone it, tag every block
 * element with its CSS selector in the original (before anything mutates the clone), decode Cloudflare's
 * email obfuscation and drop elements that never hold readable text.
 */

/** Elements whose selector a block reports: the ones that can own a block's text. */
const TAGGED = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR', 'PRE', 'BLOCKQUOTE', 'DD', 'DT', 'DIV',
  'SECTION', 'ARTICLE', 'MAIN', 'ADDRESS', 'FIGCAPTION', 'TABLE', 'UL', 'OL', 'DL', 'HEADER', 'FOOTER', 'BODY', 'CAPTION',
]);
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const SIMPLE_ID = /^[A-Za-z][\w-]*$/;

/** Decodes Cloudflare's `data-cfemail` hex: the first byte is the XOR key of the others. */
export function decodeCfEmail(hex: string): string {
  if (!/^(?:[0-9a-fA-F]{2}){2,}$/.test(hex)) return '';
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return /^[^\s@]+@[^\s@]+$/.test(out) ? out : '';
}

export interface PreparedClone {
  doc: Document;
  /**
   * For each non-blank text node of the clone: the selector, in the original document, of its nearest block
   * element. Text nodes survive Readability (it moves them, while it replaces elements), and setting an
   * attribute per element costs jsdom ten times more than this map.
   */
  selectors: WeakMap<Node, string>;
}

/**
 * Walks the clone once: records selectors (nth-child paths, anchored at simple ids), collects elements to drop
 * and obfuscated emails, then applies the changes after the walk.
 */
export function prepareClone(doc: Document): PreparedClone | null {
  let clone: Document;
  let root: Element;
  const source = doc.documentElement;
  if (!source) return null;
  try {
    // A shallow clone of the document keeps its URL and type; its tree is imported detached and attached only
    // after the walk below prunes it, so a DOM that runs attach steps (jsdom parses every <style>) never pays
    // for elements that are dropped anyway. Imported nodes belong to the clone, never to the live page.
    clone = doc.cloneNode(false) as Document;
    // Asked once while the copy is still empty: jsdom caches a document's base URL after a search of the whole tree for
    // <base href> (~1.5 ms on a 10k-word page, then paid by our body walk or Readability's link fixing), and drops the
    // cache whenever a <base> is attached, so the copy without one never searches and one with it still finds it.
    // In a browser this is a native getter; the answer is the same either way.
    void clone.baseURI;
    root = clone.importNode(source, true);
  } catch {
    return null;
  }
  const selectors = new WeakMap<Node, string>();
  const drop: Element[] = [];
  const emails: [Element, string][] = [];
  const emailLinks: [Element, string][] = [];
  const walk = (el: Element, path: string, blockPath: string): void => {
    let index = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (/\S/.test(child.nodeValue ?? '')) selectors.set(child, blockPath);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      index++;
      const tag = element.tagName.toUpperCase();
      if (DROPPED.has(tag)) {
        drop.push(element);
        continue;
      }
      // One call lists the attributes' qualified names, which getAttribute matches our lower-case names against, so an
      // attribute is read only where it is present (in jsdom each getAttribute is a DOM call that lower-cases its name).
      const names = element.hasAttributes() ? element.getAttributeNames() : null;
      const id = names?.includes('id') ? element.getAttribute('id') : null;
      const childPath = id && SIMPLE_ID.test(id) ? `#${id}` : `${path} > ${tag.toLowerCase()}:nth-child(${index})`;
      const ownPath = TAGGED.has(tag) ? childPath : blockPath;
      if (names) {
        if (names.includes('data-cfemail')) emails.push([element, ownPath]);
        else if (tag === 'A' && names.includes('href') && (element.getAttribute('href') ?? '').includes('/cdn-cgi/l/email-protection#')) emailLinks.push([element, ownPath]);
      }
      walk(element, childPath, ownPath);
    }
  };
  walk(root, 'html', 'html');
  for (const el of drop) el.remove();
  // The top level in its original order: doctype, comments, the pruned <html>.
  for (let n = doc.firstChild; n; n = n.nextSibling) clone.appendChild(n === source ? root : clone.importNode(n, false));
  for (const [el, owner] of emails) {
    const email = decodeCfEmail(el.getAttribute('data-cfemail') ?? '');
    if (!email) continue;
    const text = clone.createTextNode(email);
    selectors.set(text, owner);
    el.replaceWith(text);
  }
  for (const [a, owner] of emailLinks) {
    const email = decodeCfEmail((a.getAttribute('href') ?? '').split('#')[1] ?? '');
    if (!email) continue;
    a.setAttribute('href', `mailto:${email}`);
    // The link's text is often "[email protected]": show the address itself.
    const shown = a.textContent ?? '';
    if (!shown.trim() || /email.protected/i.test(shown)) {
      a.textContent = email;
      if (a.firstChild) selectors.set(a.firstChild, owner);
    }
  }
  return { doc: clone, selectors };
}
