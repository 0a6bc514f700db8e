/**
 * Negation and scope, shared by every field rule: is a matched cue ("sell", "opt out", "delete") denied in its
 * own clause ("we do NOT sell", "you may NOT opt out")? A clause ends at ';', ':', a sentence break, or a
 * contrastive joint ("but", "except", "although"; a parenthetical ", however," is not a joint), so "we will not sell your email address, but we
 * rent our mailing list" leaves "rent" un-negated.
 */

/** Joints that start a new clause: negation before them does not reach past them. */
const CLAUSE_BREAK = /[;:!?]|\.\s|,\s*(?:but|although|though|whereas|except|unless|and(?=\s+(?:we|you|they|it)\b))\b|\s(?:but|although|whereas|except\s+(?:that|as|when|where|if|for|to)|unless|other\s+than|provided\s+that)\s|\s[-–—]\s|\(/gi;

/** Words that deny what follows them in the clause. */
const NEGATOR = /\b(?:not|never|no|neither|nor|cannot|without|none)\b|n['’]t\b/i;

/**
 * Negators that do not deny the act ("whether or not", "if you do not want us to share" still implies sharing; a condition
 * before its comma, "If this is not possible, you can ask us to update your data", does not deny the clause after it;
 * "we may not accommodate a request to change or delete" limits a right the user has).
 */
const FALSE_NEGATION = /\b(?:whether\s+or\s+not|not\s+only|no\s+longer\s+than|not\s+limited\s+to|if\s+you\s+(?:do\s+not|don['’]t)|(?:do\s+not|don['’]t)\s+(?:want|wish|like)|prefer\s+not|no\s+matter|no\s+later\s+than|not\s+(?:be\s+)?(?:able|required)\s+to\s+(?:verify|provide)|not\s+(?:more|less)\s+than|if\s+[^,.;]{0,60}?(?:\bnot|n['’]t)\s+(?:\w+\s+)?(?:satisf\w*|happy|content|resolved?|addressed?|answer|help|respond)|\bif\s+[^,.;]{0,80}?(?:\bnot|n['’]t)\b[^,.;]{0,60},\s*(?=(?:you|we)\s)|(?:may|might|can|could)\s+not\s+(?:be\s+able\s+to\s+)?(?:accommodate|honou?r|fulfil|fulfill|grant|comply\s+with|process)(?=\s+(?:a|your|the|any|such|every|all|certain)\s+requests?\b))\b/gi;

/** Start of the clause containing position `at`. */
export function clauseStart(text: string, at: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < at; m = CLAUSE_BREAK.exec(text)) {
    start = m.index + m[0].length;
  }
  return Math.min(start, at);
}

/** The clause text before position `at` (the cue's own clause), false negations blanked out (the case is kept). */
export function clauseBefore(text: string, at: number): string {
  return clauseFrom(text, clauseStart(text, at), at);
}

/** The clause text from `start` (its start) to `at`, false negations blanked out. */
const clauseFrom = (text: string, start: number, at: number): string => text.slice(start, at).replace(FALSE_NEGATION, ' ');

/**
 * Is the cue at `at` negated? Looks back over its clause, at most `window` words (default 8), for a negator.
 * "we do not sell", "we will never rent", "you may not opt out" → true;
 * "if you do not want us to sell" and "we do not sell ..., but we rent" (for "rent") → false.
 */
export function isNegated(text: string, at: number, window = 8): boolean {
  const start = clauseStart(text, at);
  const before = clauseFrom(text, start, at).split(/\s+/).slice(-window).join(' ');
  if (NEGATOR.test(before)) return true;
  // A parenthesis opens a clause, but one that lists examples belongs to the clause before it: "we do not allow tracking by
  // third-party websites (including analytics services, advertising networks, and social platforms)".
  return start > 0 && text.charCodeAt(start - 1) === 40 && EXAMPLES.test(text.slice(start, at)) && isNegated(text, start - 1, window);
}

/** The start of a parenthetical list of examples. */
const EXAMPLES = /^\s*(?:including|such\s+as|e\.\s?g\.|for\s+example|for\s+instance|like)\b/i;

/**
 * Every match of the global `re` in `text`, the ones `[...text.matchAll(re)]` lists (the field rules never leave a
 * lastIndex set, so both start at 0), without the copy of the regex that matchAll makes on each call: on a sentence
 * that copy costs more than the scan. Collected before the caller reads them, so the caller may use `re` again.
 * `re` must not have the `u` flag (an empty match steps on one code unit, as matchAll's does without it).
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** "(you) change your mind about ...", read from a change verb on: the user's change of mind, not a change of data or of the policy. */
export const CHANGE_OF_MIND = /^chang\w*\s+(?:your|their|his|her|my)\s+minds?\b/i;

/** First match of `re` in `text` that is not negated, or null. `re` must be global. */
export function firstAffirmed(text: string, re: RegExp, window = 8): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!isNegated(text, m.index, window)) return m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return null;
}

/** First match of `re` in `text` that is negated, or null. `re` must be global. */
export function firstNegated(text: string, re: RegExp, window = 8): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (isNegated(text, m.index, window)) return m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return null;
}
