import { describe, expect, it } from 'vitest';
import { compactStrings, compactText } from '../../lib/summarize/compact-text';
import { extractFromText } from '../../lib/extract';

describe('compactStrings', () => {
  it('returns strings equal to its input, in order, whatever they hold', () => {
    const texts = [
      'We keep your data for 30 days.',
      '',
      'Caf\u00e9 \u00a9 2024\u00a0\u2014 don\u2019t',
      'line one\nline two',
      'lone surrogate \ud800 here',
      'emoji \ud83d\ude00',
      '\u00ff\u00fe\u0000\u0001',
      '\ufeffBOM first',
      'x',
      'Ünïcödé in Latin-1: «quoted» ½',
    ];
    const out = compactStrings(texts);
    expect(out).toEqual(texts);
    expect(out).not.toBe(texts);
    expect(compactStrings([])).toEqual([]);
    expect(compactStrings(['\u2019'])).toEqual(['\u2019']);
  });
});

describe('compactText', () => {
  it('changes no text of the policy and leaves the input untouched', () => {
    const p = extractFromText('# Privacy Policy\n\nWe collect your e\u2011mail address. We don\u2019t sell it.\n\n## Your Rights\n\nYou may delete your data at any time.', { title: 'Privacy \u00b7 Policy', url: '', format: 'md' });
    const before = JSON.stringify(p);
    const c = compactText(p);
    expect(JSON.stringify(c)).toBe(before);
    expect(JSON.stringify(p)).toBe(before);
  });
});
