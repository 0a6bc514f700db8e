/**
 * Step 5: sentences. Every block is split on its own, so list items and headings without a final period are
 * sentences by themselves. A period ends a sentence unless it closes an abbreviation ("e.g.", "U.S.", "No. 5"),
 * a clause number ("1.", "(a)") or an initial; decimals, emails and URLs have no space after the period.
 */

/** Never end a sentence ("e.g. Google", "Dr. Smith", "Art. 6"). */
const NEVER_END = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'cf', 'viz', 'vs', 'v', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'mt', 'ft',
  'approx', 'dept', 'fig', 'figs', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'pp', 'p', 'vol', 'ch', 'cl',
  'esp', 'incl', 'min', 'max', 'est', 'ca', 'al', 'z.b', 'd.h', 'bzw', 'ggf', 'usw', 'vgl', 'nr', 'abs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tel', 'ph', 'ext', 'attn',
  // Street words of addresses abroad: Polish "ul.", Indonesian "Jl." / "Jend." / "Kav.", Spanish "Av." / "Avda.", Turkish "Cad." / "Sok." / "Mah.".
  'ul', 'jl', 'jend', 'kav', 'av', 'avda', 'cad', 'sok', 'mah',
]);
/** End a sentence only when the next word usually starts one ("... Acme Inc. We collect"). */
const MAY_END = new Set(['etc', 'inc', 'ltd', 'llc', 'co', 'corp', 'plc', 'gmbh', 'ag', 'bv', 'sa', 'no', 'u.s', 'u.k', 'e.u', 'u.s.a', 'l.l.c', 'n.a', 'a.m', 'p.m']);
/** The MAY_END words that close a company's name. */
const COMPANY_SUFFIX = new Set(['inc', 'ltd', 'llc', 'corp', 'plc', 'gmbh', 'l.l.c']);
/** A capitalized word (not all capitals) and, after a space, a lower-case word. */
const CAPITALIZED_THEN_LOWER = /^\p{Lu}\p{Ll}+ \p{Ll}/u;
const STARTERS = new Set([
  'we', 'you', 'our', 'your', 'the', 'this', 'these', 'those', 'that', 'if', 'for', 'in', 'to', 'it', 'its', 'they',
  'their', 'please', 'when', 'where', 'any', 'all', 'such', 'a', 'an', 'as', 'by', 'on', 'some', 'each', 'there',
  'however', 'also', 'unless', 'with', 'what', 'how', 'why', 'who', 'us', 'i', 'he', 'she', 'no', 'not', 'information',
  'personal', 'data', 'additionally', 'further', 'furthermore', 'moreover', 'otherwise', 'note',
]);
const CLAUSE_NUMBER = /^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[a-z])\)?)$/i;

/** Candidate ends: a terminator and closing quotes/brackets, then spaces, then something that can start a sentence. */
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}•])/gu;

/** Splits one block's text into sentences. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2] && !periodEnds(text, start, m.index, m.index + m[0].length)) continue;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Does the single period at `dot` end the sentence that began at `start`? `next` is where the next word begins. */
function periodEnds(text: string, start: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > start && !/\s/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).replace(/^["'“‘(\[]+/, '').toLowerCase();
  if (!word) return true;
  // "1." / "(a)." / "iv." alone at the start of the sentence: a clause number, not a sentence.
  if (w === start && CLAUSE_NUMBER.test(word)) return false;
  if (NEVER_END.has(word)) return false;
  // Single initials ("J. Smith", "A. B. Company").
  if (/^\p{L}$/u.test(word)) return false;
  const nextWord = /^["'“‘(\[]?([\p{L}\p{N}]+)/u.exec(text.slice(next, next + 30))?.[1] ?? '';
  if (MAY_END.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    if (word === 'no') return !/^\d/.test(nextWord);
    if (STARTERS.has(nextWord.toLowerCase())) return true;
    // After a company's suffix, a capitalized word then a lower-case one starts a sentence ("Acme Inc. Questions
    // can be sent..."), while names, addresses and titles go on capitalized ("Acme Inc. Privacy Policy", "Acme
    // Inc. One Infinite Loop") and a second suffix continues the name ("Acme Co. Ltd. provides").
    return COMPANY_SUFFIX.has(word) && !MAY_END.has(nextWord.toLowerCase()) && CAPITALIZED_THEN_LOWER.test(text.slice(next, next + 60));
  }
  return true;
}
