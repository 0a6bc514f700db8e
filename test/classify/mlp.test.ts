import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CATEGORIES } from '../../lib/types';
import { classifySegments } from '../../lib/classify';
import { hashFeatures, weightFeatures, type FeatureConfig } from '../../lib/classify/features';
import { encodeBase64, loadModel, scoreParts, scoreSegment, type ModelFile } from '../../lib/classify/model';
import { blendMlp, loadMlp, mlpScore, type MlpFile } from '../../lib/classify/mlp';
import { loadSplit } from '../../scripts/classifier-data';

const cfg: FeatureConfig = { bits: 10, wordNgrams: 2, charMin: 0, charMax: 0 };
const K = CATEGORIES.length;

/** An MLP with one hidden unit whose input weight for bucket b is (b % 251) - 125, times 1/127. */
function probe(): MlpFile {
  const q = new Int8Array(1 << cfg.bits).map((_, b) => (b % 251) - 125);
  return {
    features: cfg, hidden: 1, weight: 0.5, weights: encodeBase64(new Uint8Array(q.buffer)), scale: [1 / 127],
    b1: [100], w2: new Array(K).fill(0.01), b2: new Array(K).fill(0),
  };
}

describe('the MLP part', () => {
  it('hashes words and word bigrams into the same buckets, with the same weights, as hashFeatures + weightFeatures', () => {
    const m = loadMlp(probe());
    for (const text of [
      'We may share your personal information with third parties for advertising.',
      "You can't opt out; we'll keep logs for 30 days. Contact privacy@example.com or see https://example.com/privacy.",
      'Data Retention',
      ...loadSplit('train').slice(0, 300).map((s) => s.text),
    ]) {
      const h = hashFeatures(text, cfg), v = weightFeatures(h);
      let hidden = 100;
      for (let i = 0; i < v.length; i++) hidden += ((h.buckets[i] % 251) - 125) / 127 * v[i];
      const out = new Float32Array(K);
      mlpScore(m, text, out);
      expect(out[0]).toBeCloseTo(1 / (1 + Math.exp(-0.01 * hidden)), 5);
    }
  });

  it('scores the same from the word hashes the linear model computed, sentence by sentence, as from the text', () => {
    const file = JSON.parse(readFileSync(new URL('../../lib/classify/model.json', import.meta.url), 'utf8')) as ModelFile & { mlp: MlpFile };
    const m = loadModel(file), e = loadMlp(file.mlp);
    for (const text of [
      "Data Retention. We keep logs for 30 days: then we delete them. You can't opt out! Contact privacy@example.com or see https://example.com/privacy.",
      ...loadSplit('train').slice(0, 200).map((s) => s.text),
    ]) {
      const fromHashes = scoreParts(m, text);
      blendMlp(e, text, fromHashes, true);
      const fromText = scoreParts(m, text);
      blendMlp(e, text, fromText, false);
      expect(Array.from(fromHashes.whole)).toEqual(Array.from(fromText.whole));
      expect(Array.from(fromHashes.best)).toEqual(Array.from(fromText.best));
    }
  });

  it('is part of the shipped model and changes its scores', () => {
    const file = JSON.parse(readFileSync(new URL('../../lib/classify/model.json', import.meta.url), 'utf8')) as ModelFile & { mlp?: MlpFile };
    expect(file.mlp).toBeDefined();
    expect(file.mlp!.weight).toBeGreaterThan(0);
    const text = 'We keep your account information for as long as your account is active and delete it within 30 days after you close it.';
    const linearOnly = scoreSegment(loadModel(file), text);
    const [shipped] = classifySegments([text]);
    const diff = CATEGORIES.reduce((s, c, k) => s + Math.abs(shipped.scores[c] - linearOnly[k]), 0);
    expect(diff).toBeGreaterThan(1e-3);
  });
});
