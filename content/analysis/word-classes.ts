/**
 * Coarse word classes from the lexicons, enough to find noun-phrase and clause edges without a
 * part-of-speech tagger. Pure.
 */
import { G, INSTITUTION_HEADS, OFFICIAL_HEADS, VAGUE_HEADS, DOCUMENT_HEADS, NEWS_HEADS } from './lexicon';
import type { Token } from './tokens';

const LY_NOUNS = new Set(['family', 'ally', 'daily', 'rally', 'assembly', 'supply', 'july', 'italy', 'reply', 'anomaly', 'monopoly', 'elderly', 'weekly', 'monthly', 'quarterly', 'italy', 'kelly', 'emily', 'sally', 'holly', 'molly', 'lily', 'billy', 'beverly', 'tully', 'nelly', 'sicily', 'ely', 'dolly', 'folly', 'belly', 'jelly', 'bully', 'gully', 'deadly', 'costly', 'friendly', 'likely', 'unlikely', 'lovely', 'lonely', 'ugly', 'holy', 'silly', 'orderly', 'cowardly', 'timely', 'lively', 'manly', 'scholarly', 'unruly', 'burly', 'curly', 'oily', 'hilly', 'chilly']);
const IRREGULAR_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'thought', 'found', 'finds', 'shown', 'added', 'is', 'are', 'was', 'were', 'spoke', 'went', 'came', 'took', 'gave', 'began', 'stood', 'sat', 'ran', 'held', 'sent', 'brought', 'made', 'knew', 'spent', 'won']);
export const POSSESSIVE_MARK = new Set(["'", '’']);

export const isWord = (t: Token | undefined): t is Token & { type: 'word' } => t !== undefined && t.type === 'word';
export const isComma = (t: Token | undefined) => t !== undefined && t.text === ',';
export const isDeterminer = (t: Token | undefined) => isWord(t) && G.determiners.has(t.lower);
export const isQuantifier = (t: Token | undefined) => isWord(t) && G.quantifiers.has(t.lower);
export const isPronoun = (t: Token | undefined) => isWord(t) && G.pronouns.has(t.lower) && !G.determiners.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text);
export const isRelative = (t: Token | undefined) => isWord(t) && (t.lower === 'who' || t.lower === 'which' || t.lower === 'whom' || t.lower === 'whose');
const POLLS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** Polls and surveys, one or more: sources of what they show ("two new polls showing…", "a survey taken last week found"). */
export const isPoll = (t: Token | undefined) => isWord(t) && POLLS.has(t.lower);
export const isAuxiliary = (t: Token | undefined) => isWord(t) && G.auxiliaries.has(t.lower);
export const isNegation = (t: Token | undefined) => isWord(t) && G.negations.has(t.lower);
/**
 * A lexicon's phrases grouped by their first word, each group in the lexicon's order: only the
 * phrases a token can start are tried at it (`phrasesAt`).
 */
export function byFirstWord<T extends { readonly words: readonly string[] }>(entries: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const first = e.words[0] ?? '';
    const group = groups.get(first);
    if (group) group.push(e);
    else groups.set(first, [e]);
  }
  return groups;
}
const NO_PHRASES: readonly never[] = [];
/** The phrases of `groups` (from `byFirstWord`) whose first word is the token's, in the lexicon's order. */
export const phrasesAt = <T>(groups: ReadonlyMap<string, readonly T[]>, t: Token | undefined): readonly T[] => (isWord(t) ? (groups.get(t.lower) ?? NO_PHRASES) : NO_PHRASES);
/** The words (lower case) stand as words at tokens[at], tokens[at + 1], …: a phrase from a lexicon. */
export function matchWords(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n += 1) {
    const t = tokens[at + n];
    if (!isWord(t) || t.lower !== words[n]) return false;
  }
  return true;
}
/** Days, months (capitalised: "march" and "may" are verbs too), parts of the day, time units. */
export function isTimeWord(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (G.months.has(t.lower)) return t.cap;
  return G.timeWords.has(t.lower) || (t.text.endsWith('.') && G.monthAbbreviations.has(t.lower.slice(0, -1)) && t.cap);
}
export const isMonth = (t: Token | undefined) => isWord(t) && (G.months.has(t.lower) || G.monthAbbreviations.has(t.lower.replace(/\.$/u, ''))) && t.cap;

export function isAdverb(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (G.adverbs.has(t.lower)) return true;
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

/** A lower-case word that is most likely a verb form (a noun phrase cannot run through it). */
export function isVerbLike(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  const w = t.lower;
  if (t.cap && t.i > 0) return false;
  if (G.auxiliaries.has(w) || G.commonVerbs.has(w) || IRREGULAR_VERBS.has(w)) return true;
  if (w.includes('-')) return false;
  if (w.length > 4 && w.endsWith('ed') && !G.adjectivesInEd.has(w)) return true;
  if (w.length > 4 && w.endsWith('ing') && !G.nounsInIng.has(w)) return true;
  return false;
}

/**
 * A word inside a multi-word name: a capitalised function word not at a sentence start
 * ("Doctors Without Borders") or a connector between capitalised words ("Committee to Protect
 * Journalists", "Ursula von der Leyen"). Needs the token array to look at the neighbours.
 */
export function isInsideName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!isWord(t) || !isWord(prev) || prev.sent !== t.sent || !prev.cap) return false;
  let k = i + 1;
  while (isWord(tokens[k]) && !tokens[k]!.cap && G.nameConnectors.has(tokens[k]!.lower) && k < i + 3) k += 1;
  const next = tokens[k];
  if (!isWord(next) || !next.cap || next.sent !== t.sent || isTimeWord(next)) return false;
  // Connectors chain only in names ("von der Leyen"), never into "of the …".
  if (!t.cap && k > i + 1 && !['der', 'den', 'la', 'le', 'del', 'della', 'dos', 'das', 'de', 'al', 'el'].includes(tokens[i + 1]!.lower)) return false;
  if (t.cap) return !G.determiners.has(t.lower) && !G.auxiliaries.has(t.lower) && !G.pronouns.has(t.lower);
  return G.nameConnectors.has(t.lower) && t.lower !== 'and';
}

/** Could this token sit inside a noun phrase (a noun, adjective, name, number, possessive)? */
export function isNominal(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === 'num') return true;
  if (t.type !== 'word') return false;
  const w = t.lower;
  if (G.determiners.has(w) || G.prepositions.has(w) || G.conjunctions.has(w) || G.auxiliaries.has(w) || G.negations.has(w)) return false;
  // "US", "UK", "IT" in capitals are names, not pronouns.
  if ((G.pronouns.has(w) || G.relatives.has(w)) && !/^\p{Lu}{2,}$/u.test(t.text)) return false;
  if (isTimeWord(t)) return false;
  if ((isAdverb(t) && !t.cap) || G.adverbs.has(w)) return false;
  if (isVerbLike(t)) return false;
  return true;
}

/** A common-noun head that names a source ("officials", "ministry", "statement"). */
export function isSourceHead(w: string): boolean {
  return OFFICIAL_HEADS.has(w) || VAGUE_HEADS.has(w) || INSTITUTION_HEADS.has(w) || DOCUMENT_HEADS.has(w) || NEWS_HEADS.has(w);
}
