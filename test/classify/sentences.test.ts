import { describe, expect, it } from 'vitest';
import { SENTENCE_END, splitSentences } from '../../lib/classify/model';

// splitSentences replaces text.split(SENTENCE_END) in scoreParts: it must cut exactly where the regex does.
const CASES: [string, string[]][] = [
  ['We collect your email. We share it with partners.', ['We collect your email.', 'We share it with partners.']],
  ['Contact us: Privacy Office, 1 Main St.', ['Contact us:', 'Privacy Office, 1 Main St.']],
  ['Rights; 2 more follow. "Quoted" start. (Paren) start. [Bracket] start.', ['Rights;', '2 more follow.', '"Quoted" start.', '(Paren) start.', '[Bracket] start.']],
  ['e.g. the cookies we use. i.e. lower case does not start a sentence.', ['e.g. the cookies we use. i.e. lower case does not start a sentence.']],
  ['Ends here.\u00a0Next one.\u2028Another.\n\n  Last!', ['Ends here.', 'Next one.', 'Another.', 'Last!']],
  ['No space.After it, no cut. Quote then lower: "a" is not a start.', ['No space.After it, no cut.', 'Quote then lower: "a" is not a start.']],
  ['Two quotes. "\'A\' is not a start", so no cut.', ['Two quotes. "\'A\' is not a start", so no cut.']],
  ['Trailing space. ', ['Trailing space. ']],
  ['', ['']],
  ['.', ['.']],
  ['. A', ['.', 'A']],
];

describe('splitSentences', () => {
  it.each(CASES)('cuts %j where the regex does', (text, expected) => {
    expect(text.split(SENTENCE_END)).toEqual(expected);
    expect(splitSentences(text)).toEqual(expected);
  });

  it('treats every UTF-16 code unit as the regex does, after the punctuation and before the capital', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`a.${ch}A`, `a.${ch}"A`, `a. ${ch}A`, `a${ch} A`, `a.${ch}`]) {
        const got = splitSentences(text);
        const want = text.split(SENTENCE_END);
        if (got.length !== want.length || got.some((s, i) => s !== want[i])) expect({ code: c, text, got }).toEqual({ code: c, text, got: want });
      }
    }
  });

  it('agrees with the regex on random strings of punctuation, spaces, quotes and letters', () => {
    const alphabet = ['.', '!', '?', ';', ':', ',', ' ', '\n', '\t', '\u00a0', '\u2003', '\u2028', '\ufeff', '"', "'", '(', '[', 'A', 'Z', '0', '9', 'a', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const len = Math.floor(next() * 24);
      for (let j = 0; j < len; j++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(splitSentences(text), JSON.stringify(text)).toEqual(text.split(SENTENCE_END));
    }
  });
});
