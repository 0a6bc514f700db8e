import { describe, expect, it } from 'vitest';
import { collapseText, countCollapsedWords, countWords } from '../../lib/extract/words';

const byRegex = (t: string): number => (t.match(/\S+/g) ?? []).length;

describe('countWords', () => {
  it('counts what /\\S+/g matches, for every kind of whitespace', () => {
    const samples = [
      '', ' ', 'one', ' two  words ', 'tab\tnew\nline\r\nfeed\fvt\v',
      'nbsp\u00a0thin\u2009ideo\u3000bom\ufeffls\u2028ps\u2029nnbsp\u202fmm\u205fogham\u1680',
      'zero\u200bwidth', 'emoji 😀 here', 'ünïcödé wörds — and – dashes', '\u0085next\u0085line',
    ];
    for (const s of samples) expect(countWords(s), JSON.stringify(s)).toBe(byRegex(s));
  });

  it('agrees with the regex on every UTF-16 code unit between two letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)}b`;
      if (countWords(t) !== byRegex(t)) expect(countWords(t), `U+${c.toString(16)}`).toBe(byRegex(t));
    }
  });
});

describe('collapseText', () => {
  const byRegex = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]+/g, ' ').replace(/\s+/g, ' ').trim();

  it('turns runs of whitespace, control characters and U+FFFD into one space, trimmed, as the two regexes did', () => {
    const samples = [
      '', ' ', '  a  ', 'one two', 'one  two', ' one\ttwo\n', 'line\r\n  wrapped\n\n text', 'a\u00a0\u00a0b', 'bin\u0001\u0002ary\ufffd\ufffdtext',
      '\u000b\u000cx\u001f', 'x\u0085y', 'trailing \u3000', '\ufeffbom', 'already collapsed text.',
      // Text that only needs trimming, and text that looks so once trimmed but is not.
      '\n   only trimmed text \n ', '\u00a0a b\u2009', ' a  b ', '\u0001 a b', 'a b \ufffd', 'a\u00a0b', '\ta\u0008b\n',
    ];
    for (const s of samples) expect(collapseText(s), JSON.stringify(s)).toBe(byRegex(s));
  });

  it('agrees with the regexes on every UTF-16 code unit, alone and between words', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `a${ch}b`, `a ${ch}${ch} b`]) if (collapseText(t) !== byRegex(t)) expect(collapseText(t), `U+${c.toString(16)}`).toBe(byRegex(t));
    }
  });
});

describe('countCollapsedWords', () => {
  it('counts the words of collapsed text as countWords does, for every UTF-16 code unit alone and between words', () => {
    for (const s of ['', ' ', 'one', ' two  words ', 'tab\tnew\nline', 'bin\u0001ary\ufffd text']) expect(countCollapsedWords(collapseText(s)), JSON.stringify(s)).toBe(countWords(collapseText(s)));
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `a${ch}b`, `a ${ch}${ch} b`]) {
        const collapsed = collapseText(t);
        if (countCollapsedWords(collapsed) !== countWords(collapsed)) expect(countCollapsedWords(collapsed), `U+${c.toString(16)}`).toBe(countWords(collapsed));
      }
    }
  });
});
