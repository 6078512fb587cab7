/**
 * What kind of source a phrase names (SourceType), from its head noun, names and titles. Pure.
 */
import type { SourceType } from '../schema/article-set';
import { DOCUMENT_HEADS, G, INSTITUTION_HEADS, NEWS_AGENCIES, NEWS_HEADS, OFFICIAL_HEADS, PERSON_TITLES, PRONOUNS_GROUP, PRONOUNS_INSTITUTION, PRONOUNS_PERSON, VAGUE_HEADS } from './lexicon';
import type { Token } from './tokens';
import { isDeterminer, isWord, POSSESSIVE_MARK } from './word-classes';

/** Surnames of people named in full in the text ("Benjamin Netanyahu" -> "netanyahu"). */
export function personSurnames(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 1; i < tokens.length; i += 1) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (!isWord(a) || !isWord(b) || !a.cap || !b.cap) continue;
    if (/^\p{Lu}{2,}$/u.test(b.text) || INSTITUTION_HEADS.has(b.lower) || NEWS_HEADS.has(b.lower) || G.timeWords.has(b.lower)) continue;
    const titled = PERSON_TITLES.has(a.lower) || PERSON_TITLES.has(a.lower.replace(/\.$/u, ''));
    const firstName = !G.determiners.has(a.lower) && !G.conjunctions.has(a.lower) && !G.prepositions.has(a.lower) && !INSTITUTION_HEADS.has(a.lower) && a.sent === b.sent && !/[’']s$/u.test(a.text);
    if (titled || firstName) names.add(b.lower.replace(/[’']s$/u, ''));
  }
  return names;
}

/** The news agencies' names grouped by their first word, as written: only those a token can start are tried at it. */
const AGENCIES_BY_FIRST = new Map<string, string[][]>();
for (const name of NEWS_AGENCIES) {
  const group = AGENCIES_BY_FIRST.get(name[0]!);
  if (group) group.push(name);
  else AGENCIES_BY_FIRST.set(name[0]!, [name]);
}
const NO_AGENCIES: readonly string[][] = [];

function agencyAt(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i += 1) {
    for (const name of AGENCIES_BY_FIRST.get(tokens[i]!.text) ?? NO_AGENCIES) {
      if (tokens[i]!.text !== name[0]) continue;
      if (i + name.length - 1 > to) continue;
      let ok = true;
      for (let k = 1; k < name.length; k += 1) if (tokens[i + k]!.text.replace(/[’']s$/u, '') !== name[k]) ok = false;
      const after = tokens[i + name.length - 1]!;
      if (ok && !/[’']s$/u.test(after.text)) return true;
    }
  }
  return false;
}

function looksLikeName(tokens: readonly Token[], from: number, to: number, surnames: ReadonlySet<string>): boolean {
  let run = 0;
  for (let i = from; i <= to; i += 1) {
    const t = tokens[i]!;
    if (!isWord(t)) {
      run = 0;
      continue;
    }
    const bare = t.lower.replace(/[’']s$/u, '');
    if (t.cap && !/^\p{Lu}{2,}$/u.test(t.text) && !INSTITUTION_HEADS.has(bare) && !NEWS_HEADS.has(bare) && !G.determiners.has(bare) && !PERSON_TITLES.has(bare) && !G.timeWords.has(bare)) {
      run += 1;
      const prev = tokens[i - 1];
      if (prev && i > from && (PERSON_TITLES.has(prev.lower) || PERSON_TITLES.has(prev.lower.replace(/\.$/u, '')))) return true;
      if (surnames.has(bare)) return true;
      if (run >= 2 && !INSTITUTION_HEADS.has(tokens[to]!.lower)) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

/** The head word of a phrase: the last word before a preposition, comma or bracket, after any possessor. */
function headOf(tokens: readonly Token[], from: number, to: number): { head: Token | undefined; from: number; to: number } {
  let start = from;
  for (let i = from; i <= to; i += 1) {
    const t = tokens[i]!;
    if (/[’']s$/u.test(t.text) || (POSSESSIVE_MARK.has(t.text) && i > from)) start = i + 1;
    if (t.text === ',' || t.text === '(') break;
  }
  let head: Token | undefined;
  let end = to;
  for (let i = start; i <= to; i += 1) {
    const t = tokens[i]!;
    const participle = isWord(t) && !t.cap && i > start && /(ing|ed)$/u.test(t.lower) && !G.nounsInIng.has(t.lower) && !G.adjectivesInEd.has(t.lower) && head !== undefined;
    if (t.text === ',' || t.text === '(' || participle || (isWord(t) && G.npPrepositions.has(t.lower) && !t.cap && i > start)) {
      end = i - 1;
      break;
    }
    if (isWord(t) && !isDeterminer(t)) head = t;
  }
  return { head, from: start, to: end };
}

/** The lower-case head word of a phrase ("Reports from the ground" -> "reports"). */
export function headWord(tokens: readonly Token[], from: number, to: number): string {
  return headOf(tokens, from, to).head?.lower.replace(/[’']s$/u, '') ?? '';
}

/** Classify a source phrase spanning tokens [from, to]. */
export function classifySource(tokens: readonly Token[], from: number, to: number, surnames: ReadonlySet<string>): SourceType {
  if (from === to) {
    // "he's said": the pronoun without its contracted auxiliary.
    const w = tokens[from]!.lower.replace(/['’](?:s|ve|d|ll|re|m)$/u, '');
    if (PRONOUNS_PERSON.has(w)) return 'named-person';
    if (PRONOUNS_INSTITUTION.has(w)) return 'named-institution';
    if (PRONOUNS_GROUP.has(w)) return 'vague';
  }
  const { head, from: hFrom, to: hTo } = headOf(tokens, from, to);
  const h = head?.lower.replace(/[’']s$/u, '') ?? '';
  if (h === 'reports' || h === 'report') return head?.cap && hFrom === hTo ? 'vague' : agencyAt(tokens, hFrom, hTo) ? 'news-agency' : 'vague';
  // "a Marlow Herald poll", "the Ortiz campaign's statement": a document, whoever's name comes first.
  if (head !== undefined && !head.cap && DOCUMENT_HEADS.has(h)) return 'document';
  if (looksLikeName(tokens, hFrom, hTo, surnames)) return 'named-person';
  if (agencyAt(tokens, hFrom, hTo) || NEWS_HEADS.has(h)) return 'news-agency';
  // An apposition may carry the name: "His lawyer, Michael Brandt".
  if (to > hTo && tokens[hTo + 1]?.text === ',' && looksLikeName(tokens, hTo + 1, to, surnames)) return 'named-person';
  if (DOCUMENT_HEADS.has(h)) return 'document';
  if (OFFICIAL_HEADS.has(h)) return 'anonymous-official';
  if (INSTITUTION_HEADS.has(h)) return 'named-institution';
  // "Many of you", "Some of the pilots": a share of a group, capitalised only as it opens the sentence.
  if (G.quantifiers.has(h)) return 'vague';
  if (head?.cap) return surnames.has(h) ? 'named-person' : 'named-institution';
  if (VAGUE_HEADS.has(h)) return 'vague';
  if (to > hTo && agencyAt(tokens, hTo + 1, to)) return 'news-agency';
  return 'vague';
}
