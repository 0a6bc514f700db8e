/**
 * Word counts and whitespace collapsing over character codes: the same results as the regexes they replace
 * (/\S+/g matches; /\s+/g replaced by one space), without a regex match per word of a 10,000-word policy.
 */

/** Whether a UTF-16 code unit matches /\s/ (WhiteSpace and LineTerminator of ECMAScript). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The number of whitespace-separated words of `text`: the same as counting the matches of /\S+/g. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII other than the space: the common case, decided without isSpace.
    const space = c > 32 && c < 127 ? false : isSpace(c);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/**
 * The number of words of a `collapseText` result (single spaces between words, none at either end, no other
 * whitespace): its spaces plus one, the same as `countWords` on it, found by indexOf instead of a test per character.
 */
export function countCollapsedWords(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** Control characters and U+FFFD (binary or mis-decoded input): never text, read as spaces by collapseText. */
function isJunk(c: number): boolean {
  return (c <= 0x1f && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd;
}

/** Something collapseText must rewrite: whitespace other than a space, two spaces, a control character or U+FFFD. */
const IRREGULAR = /[^\S ]| {2}|[\u0000-\u0008\u000E-\u001F\uFFFD]/;

/**
 * The text with every run of whitespace, control characters and U+FFFD replaced by one space, trimmed:
 * `s.replace(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]+/g, ' ').replace(/\s+/g, ' ').trim()`. Only runs that
 * are not already a single space are rewritten, so text that is mostly single spaces costs one scan.
 */
export function collapseText(s: string): string {
  // Most text needs no more than trimming: trim() removes exactly the /\s/ characters (isSpace) at both ends, so when
  // what is left has no whitespace but single spaces and nothing junk, it is already the answer.
  const trimmed = s.trim();
  if (!IRREGULAR.test(trimmed)) return trimmed;
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const blank = c === 32 || (c > 32 && c < 127 ? false : isSpace(c) || isJunk(c));
    if (!blank) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length) {
      const d = s.charCodeAt(j);
      if (!(d === 32 || (d > 32 && d < 127 ? false : isSpace(d) || isJunk(d)))) break;
      j++;
    }
    if (j - i !== 1 || c !== 32) {
      out += s.slice(copied, i) + ' ';
      copied = j;
    }
    i = j;
  }
  out = copied === 0 ? s : out + s.slice(copied);
  const start = out.charCodeAt(0) === 32 ? 1 : 0;
  const end = out.length > start && out.charCodeAt(out.length - 1) === 32 ? out.length - 1 : out.length;
  return start === 0 && end === out.length ? out : out.slice(start, end);
}
