/**
 * Step 6: the language. A cheap stopword vote over the first words of the text; `<html lang>` is trusted
 * unless the text clearly says otherwise. Too little text gives 'und'.
 */
const STOPWORDS: Record<string, string> = {
  en: 'the and of to is are we you your our that for with this by from or be not may will which have',
  de: 'der die das und ist sind wir sie ihre nicht mit von zu den dem des auf für ein eine oder werden wird',
  fr: 'le la les et est sont nous vous votre vos des du une pour dans avec sur par ne pas qui ou ces',
  es: 'el la los las y es son nosotros usted su sus del una para con por que se al como o lo este',
  it: 'il lo la gli le e è sono noi voi vostri della delle dei per con che non una di un sul nel',
  nl: 'de het een en is zijn wij u uw onze van voor met dat niet op te deze die worden wordt',
  pt: 'o a os as e é são nós você seu sua seus do da dos das para com que não um uma por em',
  sv: 'och att det som är vi du din dina för med av på inte den ett till eller om',
  pl: 'i w na z do że się nie jest są my ty twoje dla oraz przez lub jak od',
  // Latin, mostly for "lorem ipsum" filler, which would otherwise pass for French.
  la: 'et in est non ut sed ad cum quis dolor amet sit enim nisi aut quod qui quae',
};
/** Scripts that name their language well enough without stopwords (Cyrillic is a guess: ru). */
const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af]/gu, 'ko'],
  [/[\u4e00-\u9fff]/gu, 'zh'],
  [/[\u0400-\u04ff]/gu, 'ru'],
  [/[\u0600-\u06ff]/gu, 'ar'],
  [/[\u0590-\u05ff]/gu, 'he'],
  [/[\u0370-\u03ff]/gu, 'el'],
  [/[\u0e00-\u0e7f]/gu, 'th'],
  [/[\u0900-\u097f]/gu, 'hi'],
];
const SAMPLE_CHARS = 4000;
const MIN_SCRIPT_CHARS = 20;
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words.split(' ')) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** How many words are read: enough for a clear vote, cheap on huge pages. */
const SAMPLE_WORDS = 1500;
const MIN_HITS = 8;

export interface LangGuess {
  lang: string;
  /** The winner's share of stopword hits among the top two. */
  confidence: number;
}

/** The next SAMPLE_CHARS or so of the text, whole texts at a time. */
function nextSample(texts: Iterator<string>): string {
  let sample = '';
  for (let r = texts.next(); !r.done; r = texts.next()) {
    sample += `${r.value}\n`;
    if (sample.length > SAMPLE_CHARS) break;
  }
  return sample;
}

/** A vote this clear is taken as the text's language (see also OVERRIDE_CONFIDENCE, for overriding a declared one). */
const CLEAR_VOTE = 0.8;

export function guessLang(texts: Iterable<string>): LangGuess {
  const rest = texts[Symbol.iterator]();
  const sample = nextSample(rest);
  const bySpaces = guessByStopwords([sample]);
  if (bySpaces.lang !== 'und' && bySpaces.confidence >= CLEAR_VOTE) return bySpaces;
  // Kana before Han: Japanese text mixes both.
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  for (const [re, lang] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (n >= MIN_SCRIPT_CHARS && n >= letters * (lang === 'ja' ? 0.1 : 0.3)) return { lang, confidence: Math.min(1, n / letters + 0.3) };
  }
  // A menu of language names first ("English - United States (en_us) ... Deutsch (de) ... Nederlands (nl) ...", a Moodle
  // site's picker) drowns the vote in codes that are also stopwords ("de", "en"): the text after it decides, if it is clear.
  const after = guessByStopwords([nextSample(rest)]);
  if (after.lang !== 'und' && after.confidence >= CLEAR_VOTE) return after;
  return bySpaces;
}

function guessByStopwords(texts: Iterable<string>): LangGuess {
  const votes = new Map<string, number>();
  let seen = 0;
  let hits = 0;
  outer: for (const text of texts) {
    const re = /[\p{L}]+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (++seen > SAMPLE_WORDS) break outer;
      const langs = LOOKUP.get(m[0].toLowerCase());
      if (!langs) continue;
      hits++;
      for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1 / langs.length);
    }
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || hits < MIN_HITS) return { lang: 'und', confidence: 0 };
  return { lang: first[0], confidence: first[1] / (first[1] + (second?.[1] ?? 0)) };
}

/** Primary subtag of a declared language ('en-US' → 'en'), '' when absent or unusable. */
export function primaryTag(declared: string | null | undefined): string {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)/.exec(declared ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

/** A text vote this clear overrides the page's declared language. */
const OVERRIDE_CONFIDENCE = 0.8;

export function decideLang(declared: string, guess: LangGuess): { lang: string; contradicts: boolean } {
  if (!declared) return { lang: guess.lang, contradicts: false };
  const clear = guess.lang !== 'und' && guess.confidence >= OVERRIDE_CONFIDENCE;
  if (clear && guess.lang !== declared && STOPWORDS[declared] !== undefined) return { lang: guess.lang, contradicts: true };
  if (clear && guess.lang !== declared && STOPWORDS[declared] === undefined && guess.confidence >= 0.9) return { lang: guess.lang, contradicts: true };
  return { lang: declared, contradicts: false };
}
