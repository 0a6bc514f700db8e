/**
 * Reading the CLI's inputs: files or stdin, refused with a one-line reason when they cannot be a page or a text
 * (missing, directory, empty, binary, too large), decoded to a string, and sorted into HTML or plain text.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Inputs above this are refused unless `--max-mb` raises it: real policy pages are far smaller, and jsdom plus
 * Readability need about 100 MB of memory and 5 s per MB of page text. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A user error about one input: printed as one line naming the input, never with a stack trace. */
export class InputError extends Error {}

export type InputFormat = 'html' | 'txt' | 'md';

export interface PolicyInput {
  /** The name the user gave ('-' for stdin). */
  file: string;
  /**
   * The URL the analyzer sees: `--url` when given, else the address a saved page declares for itself (see `declaredUrl`),
   * else the file's file:// URL.
   */
  url: string;
  /** Where `url` came from. */
  urlFrom: UrlSource;
  format: InputFormat;
  /** The encoding the bytes were decoded with. */
  encoding: string;
  text: string;
  /** Things the user should know about how the input was read (e.g. bytes that were not valid UTF-8). */
  warnings: string[];
}

/** Reads one input: a path, or '-' for stdin. Throws `InputError` with a short reason when it cannot be used. */
export async function readInput(file: string, options: { maxBytes?: number; url?: string } = {}): Promise<PolicyInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = file === '-' ? await readStream(process.stdin, maxBytes, 'on stdin') : await readFileBytes(file, maxBytes);
  if (bytes.length === 0) throw new InputError('empty file');
  const binary = binaryKind(bytes);
  if (binary) throw new InputError(`not a text or HTML file (${binary})`);
  const ext = file === '-' ? '' : extname(file).toLowerCase();
  const format = formatFromExtension(ext) ?? (looksLikeHtml(bytes) ? 'html' : 'txt');
  const { text, encoding, warnings } = decode(bytes, format);
  if (text.trim() === '') throw new InputError('no text in the file (only whitespace)');
  const declared = options.url === undefined && format === 'html' ? declaredUrl(text) : null;
  const [url, urlFrom]: [string, UrlSource] =
    options.url !== undefined ? [options.url, '--url'] : declared ? [declared.url, declared.from] : [file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(file)).href, 'file'];
  return { file, url, urlFrom, format, encoding, text, warnings };
}

export type UrlSource = '--url' | 'saved from' | 'canonical' | 'og:url' | 'file';

/** How far into a page its declared address is looked for: it sits in the <head>, or in a comment before it. */
const DECLARED_URL_WITHIN = 256 * 1024;

/**
 * The address a saved page declares for itself, so that a saved page reads as it did in the browser (whose own
 * links, written URLs and contact pages are the site's, and whose relative links resolve to it): the "saved from
 * url" comment browsers write when saving a page, else the page's canonical link, else its Open Graph og:url. Only
 * absolute http(s) addresses count; null when there is none.
 */
export function declaredUrl(html: string): { url: string; from: Exclude<UrlSource, '--url' | 'file'> } | null {
  const head = html.slice(0, DECLARED_URL_WITHIN);
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head);
  const savedUrl = saved && absoluteHttp(saved[1]!);
  if (savedUrl) return { url: savedUrl, from: 'saved from' };
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  for (const [tag] of head.matchAll(/<(?:link|meta)\b[^>]*>/gi)) {
    if (!canonical && /^<link/i.test(tag) && /(?:^|\s)canonical(?:\s|$)/i.test(attribute(tag, 'rel'))) canonical = absoluteHttp(attribute(tag, 'href'));
    else if (!ogUrl && /^<meta/i.test(tag) && attribute(tag, 'property').toLowerCase() === 'og:url') ogUrl = absoluteHttp(attribute(tag, 'content'));
    if (canonical) break;
  }
  return canonical ? { url: canonical, from: 'canonical' } : ogUrl ? { url: ogUrl, from: 'og:url' } : null;
}

/** One attribute's value in a start tag's source, quoted or not, with the only entity hrefs commonly hold decoded. */
function attribute(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim().replace(/&amp;/gi, '&');
}

/** `value` as an absolute http(s) URL, or null. */
function absoluteHttp(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

async function readFileBytes(file: string, maxBytes: number): Promise<Buffer> {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new InputError(systemReason(error));
  }
  if (stat.isDirectory()) throw new InputError('is a directory');
  // Pipes and devices (`<(curl …)`, /dev/stdin) have no size up front: read them up to the limit.
  if (!stat.isFile()) return readStream(createReadStream(file), maxBytes, 'from this stream');
  if (stat.size > maxBytes) throw new InputError(`${megabytes(stat.size)} is over the ${megabytes(maxBytes)} limit (raise it with --max-mb)`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError(systemReason(error));
  }
}

async function readStream(stream: NodeJS.ReadableStream & { destroy(): void }, maxBytes: number, where: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        stream.destroy();
        throw new InputError(`more than the ${megabytes(maxBytes)} limit ${where} (raise it with --max-mb)`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(systemReason(error));
  }
  return Buffer.concat(chunks);
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message ?? String(error);
}

/** Sizes as people read them: MB (of 1,048,576 bytes) with one decimal, KB below 1 MB (`--max-mb 0.01` is 10 KB). */
function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

function formatFromExtension(ext: string): InputFormat | null {
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt' || ext === '.text') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return null;
}

const SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Names the kind of binary data, or null for text. UTF-16 text (with a BOM) is text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, signature] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return name;
  }
  if (utf16Bom(bytes)) return null;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return 'contains NUL bytes';
  return null;
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** HTML when the first non-blank thing is markup, or the start of the text holds common HTML tags. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (/^\uFEFF?\s*<(!doctype\s+html|html|head|body|!--|\?xml)/i.test(head.replace(/^\xEF\xBB\xBF/, ''))) return true;
  return /<(html|body|div|p|h[1-6]|ul|table|meta|title)[\s>]/i.test(head);
}

/**
 * Decodes the bytes: a BOM wins, then valid UTF-8 with non-ASCII bytes, then (for HTML) a charset declared in
 * the first 8 KB, then UTF-8.
 * Bytes that are not valid in that encoding become U+FFFD and produce a warning, so the caller can still
 * analyze the text but must tell the user the input was damaged.
 */
export function decode(bytes: Uint8Array, format: InputFormat): { text: string; encoding: string; warnings: string[] } {
  const bom = utf16Bom(bytes) ?? (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : null);
  const declared = bom ?? (format === 'html' ? declaredCharset(bytes) : null);
  let encoding = 'utf-8';
  const warnings: string[] = [];
  if (declared) {
    try {
      // The WHATWG name: 'latin1', 'iso-8859-1', 'ascii' and 'cp1252' all mean windows-1252.
      encoding = new TextDecoder(declared).encoding;
    } catch {
      warnings.push(`unknown charset '${declared}', read as UTF-8`);
    }
  }
  // A page re-saved as UTF-8 often keeps its old declaration; multi-byte UTF-8 that decodes cleanly is no accident.
  if (!bom && encoding !== 'utf-8' && isUtf8(bytes) && bytes.some((b) => b >= 0x80)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings };
  }
  // Node's TextDecoder reads windows-1252 as ISO-8859-1 (0x92 becomes U+0092, not ’), so that one is decoded here.
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding, warnings };
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, warnings };
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    warnings.push(`invalid ${encoding.toUpperCase()}: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`);
    return { text, encoding, warnings };
  }
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!meta) return null;
  const label = meta[1].toLowerCase();
  // A page served as UTF-16 cannot declare it in ASCII; browsers treat such a declaration as UTF-8.
  return label.startsWith('utf-16') ? 'utf-8' : label;
}

// WHATWG windows-1252 for 0x80..0x9F; the five undefined bytes keep their C1 code points, as browsers do.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    codes[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}
