import { describe, expect, it } from 'vitest';
import { countWords } from '../../lib/extract/words';

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
