import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CATEGORIES } from '../../lib/types';
import { encodeBase64, loadModel, scoreSegment, type ModelFile } from '../../lib/classify/model';
import { loadSplit, loadTrainSentences, SPLIT_DIR } from '../../scripts/classifier-data';

/** A hand-made model: no weights, so every score is the sigmoid of its bias. */
function tinyModel(bias: number[], atLeastOneLabel?: boolean): ModelFile {
  const bits = 4;
  return {
    format: 'fineprint-segment-classifier',
    version: 1,
    categories: [...CATEGORIES],
    features: { bits, wordNgrams: 2, charMin: 2, charMax: 4 },
    bias,
    sentenceMix: 0.5,
    scale: new Array(CATEGORIES.length).fill(1),
    weights: encodeBase64(new Uint8Array((1 << bits) * CATEGORIES.length)),
    thresholds: new Array(CATEGORIES.length).fill(0.5),
    atLeastOneLabel,
    meta: {},
  };
}

describe('atLeastOneLabel', () => {
  const bias = CATEGORIES.map((_, k) => (k === 4 ? -1 : -3));
  const text = 'Some text that no category reaches. It has two sentences.';

  it('lifts the category closest to its threshold to 0.5 when none reaches it', () => {
    const s = scoreSegment(loadModel(tinyModel(bias, true)), text);
    expect(s[4]).toBe(0.5);
    expect(Array.from(s).filter((x) => x >= 0.5)).toHaveLength(1);
  });

  it('leaves scores alone when the option is off, or when some category already reaches 0.5', () => {
    expect(Math.max(...scoreSegment(loadModel(tinyModel(bias)), text))).toBeLessThan(0.5);
    const high = bias.map((b, k) => (k === 7 ? 2 : b));
    const s = scoreSegment(loadModel(tinyModel(high, true)), text);
    expect(Array.from(s).filter((x) => x >= 0.5)).toHaveLength(1);
    expect(s[7]).toBeGreaterThan(0.5);
    expect(s[4]).toBeLessThan(0.5);
  });
});

describe.runIf(existsSync(`${SPLIT_DIR}/train_dataset.csv.gz`))('training sentences from OPP-115 annotations', () => {
  const train = loadSplit('train');
  const { sentences } = loadTrainSentences(train);
  const heldOut = new Set([...loadSplit('validation'), ...loadSplit('test')].map((s) => s.text));

  it('come only from train segments whose text is not also a validation or test segment', () => {
    expect(sentences.length).toBeGreaterThan(3000);
    for (const s of sentences) {
      expect(train[s.segment].text).toContain(s.text);
      expect(heldOut.has(train[s.segment].text)).toBe(false);
    }
  });

  it('agree with the segment labels: two annotators on a sentence imply the majority label on its segment', () => {
    for (const s of sentences) for (let k = 0; k < CATEGORIES.length; k++) if (s.votes[k] >= 2) expect(train[s.segment].y[k]).toBe(1);
  });
}, 30_000);
