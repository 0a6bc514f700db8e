/**
 * Plain text and Markdown input (no DOM, no Readability): blocks from lines. Markdown: `#` headings, `-`/`*`/`1.`
 * list items, blank-line paragraphs. Text: blank-line paragraphs, bullets and numbers as list items, short
 * unpunctuated lines as headings; hard-wrapped lines are joined.
 */
import { CELL_SEPARATOR, type Block } from '../types';

const BULLET = /^\s*(?:[-*+•·▪◦–]|\d{1,3}[.)]|\(?[a-z]\)|\([ivx]{1,5}\))\s+(.*)$/i;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const MD_BULLET = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;

/** Strips inline Markdown: links keep their text, emphasis and code marks go. */
function plainMarkdown(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_m, t: string, href: string) => (/^mailto:/i.test(href) && !t.includes('@') ? `${t} (${href.slice(7)})` : t))
    .replace(/<(https?:[^>]+|[^>\s]+@[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 80) return false;
  const words = t.split(/\s+/).length;
  if (words > 10 || /[.,;:!?"”)]$/.test(t) && !/^\d+(\.\d+)*\.?\s/.test(t)) return false;
  if (/[.,;:!?]$/.test(t)) return false;
  return /\p{Lu}/u.test(t[0] ?? '') || /^\d+(\.\d+)*\.?\s+\p{Lu}/u.test(t);
}

/** Most words capitalized ("Information We Collect"), not a wrapped sentence ("We collect your name and"). */
function titleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w) && w.length > 3);
  return words.length > 0 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length / words.length >= 0.6;
}

export function blocksFromMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let inFence = false;
  let fence: string[] = [];
  const flush = (): void => {
    const t = collapse(plainMarkdown(para.join(' ')));
    if (t) blocks.push({ kind: 'paragraph', level: 0, text: t, selector: null });
    para = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      if (inFence) {
        const t = collapse(fence.join(' '));
        if (t) blocks.push({ kind: 'pre', level: 0, text: t, selector: null });
        fence = [];
      } else flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      fence.push(line);
      continue;
    }
    const h = MD_HEADING.exec(line);
    if (h) {
      flush();
      const t = collapse(plainMarkdown(h[2]!));
      if (t) blocks.push({ kind: 'heading', level: h[1]!.length, text: t, selector: null });
      continue;
    }
    if (/^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) {
      flush();
      continue;
    }
    // Setext headings: "Title\n=====".
    if (/^\s*(=+|-+)\s*$/.test(line) && para.length === 1) {
      const t = collapse(plainMarkdown(para[0]!));
      para = [];
      if (t) blocks.push({ kind: 'heading', level: line.includes('=') ? 1 : 2, text: t, selector: null });
      continue;
    }
    const li = MD_BULLET.exec(line);
    if (li) {
      flush();
      const t = collapse(plainMarkdown(li[2]!));
      if (t) blocks.push({ kind: 'list-item', level: 1 + Math.floor(li[1]!.replace(/\t/g, '  ').length / 2), text: t, selector: null });
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const last = blocks[blocks.length - 1];
    // A lazy continuation line of a list item.
    if (!para.length && last?.kind === 'list-item' && /^\s+\S/.test(line)) {
      last.text = collapse(`${last.text} ${plainMarkdown(line)}`);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      const cells = line.trim().slice(1, -1).split('|').map((c) => collapse(plainMarkdown(c))).filter(Boolean);
      if (cells.length) blocks.push({ kind: 'table-row', level: 0, text: cells.join(CELL_SEPARATOR), selector: null });
      continue;
    }
    para.push(line.replace(/^\s*>\s?/, ''));
  }
  flush();
  return blocks;
}

export function blocksFromPlainText(text: string): Block[] {
  const blocks: Block[] = [];
  let para = '';
  const flush = (): void => {
    const t = collapse(para);
    if (t) blocks.push({ kind: 'paragraph', level: 0, text: t, selector: null });
    para = '';
  };
  const lines = text.split(/\r?\n|\r/);
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!t) {
      flush();
      return;
    }
    const li = BULLET.exec(line);
    if (li && !looksLikeHeading(t)) {
      flush();
      blocks.push({ kind: 'list-item', level: 1, text: collapse(li[1]!), selector: null });
      return;
    }
    const prevBlank = i === 0 || !lines[i - 1]!.trim();
    const nextBlank = i === lines.length - 1 || !lines[i + 1]!.trim();
    const nextLine = lines[i + 1]?.trim() ?? '';
    // A short unpunctuated line on its own (or followed by its paragraph) is a heading.
    if (!para && looksLikeHeading(t) && (nextBlank || (prevBlank && titleCase(t) && nextLine.length > t.length))) {
      flush();
      blocks.push({ kind: 'heading', level: /^[\p{Lu}\d\W]+$/u.test(t) ? 1 : 2, text: collapse(t), selector: null });
      return;
    }
    const last = blocks[blocks.length - 1];
    if (!para && last?.kind === 'list-item' && /^\s{2,}\S/.test(line)) {
      last.text = collapse(`${last.text} ${t}`);
      return;
    }
    para += (para ? ' ' : '') + t;
    // Text with one paragraph per line: a line that ends a sentence ends the paragraph when the next line starts a new one.
    if (/[.!?:]["”)]?$/.test(t) && /^[\p{Lu}\d"“(]/u.test(nextLine)) flush();
  });
  flush();
  return blocks;
}
