/**
 * Word counts: the number of matches of /\S+/g, counted over character codes without a regex match object per
 * word (a 10,000-word policy is counted three times: the body, Readability's article, the classifier's chunks).
 */

/** Whether a UTF-16 code unit matches /\s/ (WhiteSpace and LineTerminator of ECMAScript). */
function isSpace(c: number): boolean {
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
