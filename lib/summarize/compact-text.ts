/**
 * The policy's texts stored one byte per character where they can be: the same strings, so every result is the same.
 * V8 keeps a string at two bytes per character when it was cut from one that held any character above U+00FF (the DOM
 * text jsdom parses from a page with a single curly quote in it; a text file read whole), and the regexes of stage 2,
 * the classifier and the field rules run about a third slower over those. A browser's DOM mostly gives one-byte
 * strings already; there this is a copy of the text (about 0.1 ms for 10,000 words).
 */
import type { ExtractedPolicy } from '../types';

/** A character outside Latin-1: such a text cannot be stored one byte per character and is kept as it is. */
const NOT_LATIN1 = /[^\u0000-\u00ff]/;

/** The policy with its title, sentence texts and section headings as compact copies (compactStrings); nothing else changes. */
export function compactText(p: ExtractedPolicy): ExtractedPolicy {
  const texts = [p.title, ...p.sentences.map((s) => s.text), ...p.sections.map((s) => s.heading)];
  const compact = compactStrings(texts);
  let k = 1;
  const sentences = p.sentences.map((s) => ({ ...s, text: compact[k++]! }));
  const sections = p.sections.map((s) => ({ ...s, heading: compact[k++]! }));
  return { ...p, title: compact[0]!, sentences, sections };
}

/**
 * Strings equal to `texts`, the Latin-1 ones stored one byte per character: they are joined, passed through UTF-8
 * once (a decoder builds one-byte strings when it can; Latin-1 text has no surrogates, so the round trip gives the same
 * characters) and cut back into pieces of the same lengths. The others are returned as they are.
 */
export function compactStrings(texts: readonly string[]): string[] {
  const out = texts.slice();
  const latin1: number[] = [];
  for (let i = 0; i < texts.length; i++) if (texts[i]!.length > 0 && !NOT_LATIN1.test(texts[i]!)) latin1.push(i);
  if (!latin1.length) return out;
  const joined = new TextDecoder().decode(new TextEncoder().encode(latin1.map((i) => texts[i]!).join('\n')));
  let at = 0;
  for (const i of latin1) {
    const n = texts[i]!.length;
    out[i] = joined.slice(at, at + n);
    at += n + 1;
  }
  return out;
}
