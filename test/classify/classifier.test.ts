import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CATEGORIES, type Category, type ExtractedPolicy } from '../../lib/types';
import { classifySegments, sectionChunks, topicCoverage } from '../../lib/classify';
import { countWords, fnv1a, hashFeatures, hashWords, tokenize } from '../../lib/classify/features';
import { decodeBase64, encodeBase64, loadModel, scoreParts, scoreText, splitSentences, type ModelFile } from '../../lib/classify/model';
import { loadSplit } from '../../scripts/classifier-data';

const modelPath = new URL('../../lib/classify/model.json', import.meta.url);

describe('the model file', () => {
  it('is within the size budget (<= 2 MB raw, <= 1 MB gzipped)', () => {
    const raw = readFileSync(modelPath);
    expect(raw.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(gzipSync(raw).length).toBeLessThanOrEqual(1024 * 1024);
  });

  it('names the 12 categories exactly as the split CSV files do', () => {
    const file = JSON.parse(readFileSync(modelPath, 'utf8')) as { categories: string[] };
    expect(file.categories).toEqual([...CATEGORIES]);
  });

  it('returns a score for every category and labels only where the score is >= 0.5', () => {
    const [c] = classifySegments(['We collect your email address when you register.']);
    expect(Object.keys(c.scores).sort()).toEqual([...CATEGORIES].sort());
    for (const cat of CATEGORIES) expect(c.labels.includes(cat)).toBe(c.scores[cat] >= 0.5);
  });

  it('gives no labels to empty or symbol-only text', () => {
    for (const c of classifySegments(['', '   ', '***'])) expect(c.labels).toEqual([]);
  });
});

// Real segments from the split's train part (held-in): the model must get these obvious ones right.
const cases: [string, Category][] = [
  ['Currently, our Sites do not respond to "Do Not Track" signals from your browser.', 'Do Not Track'],
  [
    '6. You may also contact us at privacypolicy@enthusiastnetwork.com or any inquiry or request regarding our privacy policy or the handling of your personal information.',
    'Privacy contact information',
  ],
  [
    'We caution that most wireless transmissions are not secured and there is a greater risk of an unknown third party\'s interception of messages or a user\'s Personal Information when using a wireless communications device.',
    'Data Security',
  ],
  [
    'Third Party Cookies In the course of serving advertisements to this site, our third-party advertiser may place or recognize a unique cookie on your browser.',
    'Third Party Sharing/Collection',
  ],
  [
    'If you\'re a registered AOL user, you can access your registration information and any billing or shipping information and edit this information by visiting "My Account."',
    'User Access, Edit and Deletion',
  ],
  ['Request that we no longer collect or maintain such information about your child.', 'International and Specific Audiences'],
  [
    'Third Party and Online Behavioral Advertising Opt-out Please visit this link to opt-out of cookies from over 50+ major third party behavioral advertising providers: http://www.aboutads.info/choices/',
    'User Choice/Control',
  ],
];

describe('predictions on real policy segments', () => {
  const results = classifySegments(cases.map(([t]) => t));
  it.each(cases.map(([t, c], i) => [c, t, i] as const))('labels a %s segment as such: %s', (cat, _t, i) => {
    expect(results[i].labels, `scores: ${JSON.stringify(results[i].scores)}`).toContain(cat);
  });

  it('does not call a data-retention sentence a Do Not Track one', () => {
    const [c] = classifySegments(['We retain your personal information for as long as your account is active and delete it within 90 days after you close it.']);
    expect(c.labels).toContain('Data Retention');
    expect(c.labels).not.toContain('Do Not Track');
  });
});

describe('feature hashing', () => {
  const cfg = { bits: 16, wordNgrams: 2, charMin: 2, charMax: 4 };

  it('is deterministic: FNV-1a values are fixed', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('gives the same buckets and counts for the same text, every time', () => {
    const text = 'We may share your information with our partners. We may share it again.';
    const a = hashFeatures(text, cfg), b = hashFeatures(text, cfg);
    expect(Array.from(a.buckets)).toEqual(Array.from(b.buckets));
    expect(Array.from(a.counts)).toEqual(Array.from(b.counts));
    expect(Math.max(...a.buckets)).toBeLessThan(1 << cfg.bits);
    // "we may share" occurs twice: some bucket is counted at least twice.
    expect(Math.max(...a.counts)).toBeGreaterThanOrEqual(2);
  });

  it('tokenizes into lowercase words, numbers, e-mail and URL placeholders', () => {
    expect(tokenize("We'll keep it 90 days; write to privacy@example.com or see https://example.com/x.")).toEqual([
      "we'll", 'keep', 'it', '0', 'days', 'write', 'to', 'zzemail', 'or', 'see', 'zzurl',
    ]);
  });

  it('counts a range of pre-hashed words exactly as hashing that sentence alone', () => {
    const sentences = ['We collect your e-mail address.', 'We may share it with advertisers for their own marketing.'];
    const words = sentences.flatMap((s) => tokenize(s));
    const f = hashWords(words, cfg);
    const n0 = tokenize(sentences[0]).length;
    const sortPairs = (h: { buckets: Int32Array; counts: Float32Array }) =>
      Array.from(h.buckets, (b, i) => [b, h.counts[i]]).sort((a, b) => a[0] - b[0]);
    expect(sortPairs(countWords(f, n0, words.length, cfg.bits))).toEqual(sortPairs(hashFeatures(sentences[1], cfg)));
    expect(sortPairs(countWords(f, 0, words.length, cfg.bits))).toEqual(sortPairs(hashFeatures(sentences.join(' '), cfg)));
  });

  it('scores a segment and its sentences bit for bit as the plain sum in order of first occurrence (scoreText)', () => {
    const shipped = JSON.parse(readFileSync(modelPath, 'utf8')) as ModelFile;
    // A small model of extreme int8 weights (-128 and 127 included) and of pseudo-random ones.
    const bits = 10;
    const weights = new Int8Array((1 << bits) * CATEGORIES.length).map((_, i) => (i % 7 === 0 ? -128 : i % 7 === 1 ? 127 : ((i * 2654435761) >>> 24) - 128));
    const probe: ModelFile = {
      ...shipped, features: { bits, wordNgrams: 2, charMin: 2, charMax: 4 }, idf: undefined, weights: encodeBase64(new Uint8Array(weights.buffer)),
    };
    const texts = [
      'We keep logs for 30 days. Then we delete them: You can opt out. Contact privacy@example.com or see https://example.com/privacy.',
      'word '.repeat(20000),
      Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`).join(' ') + '. And The End. ' + 'the data '.repeat(500),
      ...loadSplit('train').slice(0, 150).map((s) => s.text),
    ];
    for (const file of [shipped, probe]) {
      const m = loadModel(file);
      for (const text of texts) {
        const parts = scoreParts(m, text);
        const best = Float32Array.from(scoreText(m, text));
        const sentences = splitSentences(text);
        if (sentences.length >= 2) {
          for (const s of sentences) if (s.length >= 20) scoreText(m, s).forEach((p, k) => { if (p > best[k]) best[k] = p; });
        }
        expect(Array.from(parts.whole)).toEqual(Array.from(scoreText(m, text)));
        expect(Array.from(parts.best)).toEqual(Array.from(best));
      }
    }
  });

  it('round-trips base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 128, 7]);
    for (let n = 0; n <= bytes.length; n++) expect(Array.from(decodeBase64(encodeBase64(bytes.subarray(0, n))))).toEqual(Array.from(bytes.subarray(0, n)));
  });
});

/** A tiny ExtractedPolicy built by hand: one section per [heading, sentences]. */
function policy(sections: [string, string[]][], lang = 'en'): ExtractedPolicy {
  const p: ExtractedPolicy = { title: 'Privacy Policy', lang, url: '', method: 'text', blocks: [], sections: [], sentences: [], words: 0 };
  sections.forEach(([heading, sents], index) => {
    const ids: number[] = [];
    for (const [j, text] of [heading, ...sents].entries()) {
      const id = p.sentences.length;
      p.sentences.push({ id, text, section: index, block: id, isHeading: j === 0, isListItem: false, locator: {} as never });
      ids.push(id);
      p.words += text.split(/\s+/).length;
    }
    p.sections.push({ index, heading, headingPath: [heading], level: 2, sentences: ids });
  });
  return p;
}

describe('topicCoverage', () => {
  const small = policy([
    ['Information we collect', ['We collect the name, email address and postal address you give us when you create an account.', 'We use this information to process your orders and to send you our newsletter.']],
    ['Security', ['We use industry-standard SSL encryption to protect your personal information during transmission.']],
    ['Contact us', ['If you have any questions about this privacy policy, please contact us at privacy@example.com.']],
  ]);

  it('lists what a small policy covers and what it never mentions', () => {
    const t = topicCoverage(small)!;
    expect(t).not.toBeNull();
    expect(t.covers).toEqual(expect.arrayContaining(['First Party Collection/Use', 'Data Security', 'Privacy contact information']));
    expect(t.neverMentions).toEqual(expect.arrayContaining(['Do Not Track', 'Data Retention']));
    for (const c of t.covers) expect(t.neverMentions).not.toContain(c);
    expect(t.neverMentions).not.toContain('Practice not covered');
  });

  it('is null for an empty or non-English text', () => {
    expect(topicCoverage(policy([]))).toBeNull();
    expect(topicCoverage(policy([['Datenschutz', ['Wir erheben Ihre Daten.']]], 'de'))).toBeNull();
  });

  it('cuts long sections into paragraph-sized chunks of whole sentences', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} tells you something about how we use cookies on the site.`);
    const chunks = sectionChunks(policy([['Cookies', long]]));
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.split(/\s+/).length).toBeLessThanOrEqual(140);
    expect(chunks.join(' ')).toContain('Sentence number 29');
  });
});
