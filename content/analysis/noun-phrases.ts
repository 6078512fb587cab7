/**
 * Finding the edges of a noun phrase to the left or right of a position, with appositions
 * ("Priya Raman, an analyst at Northgate Securities") and without relative clauses. Pure.
 */
import { G, NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS } from './lexicon';
import type { Token } from './tokens';
import { isAdverb, isComma, isDeterminer, isInsideName, isMonth, isNominal, isQuantifier, isRelative, isSourceHead, isTimeWord, isVerbLike, isWord, POSSESSIVE_MARK } from './word-classes';

export interface Range {
  start: number;
  end: number; // inclusive token index
}

const WITH_AFTER = new Set(['familiar', 'person', 'people', 'source', 'sources', 'official', 'officials', 'knowledge']);
/** "a person briefed on the matter", "people familiar with the talks", "a source close to the family". */
const INFORMED = new Map([['briefed', 'on'], ['familiar', 'with'], ['close', 'to'], ['knowledgeable', 'about'], ['involved', 'in']]);
const INFORMED_HEADS = new Set(['person', 'people', 'source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'someone', 'insider', 'insiders', 'aide', 'aides']);
const STATEMENT_WORDS = new Set(['statement', 'interview', 'post', 'briefing', 'conference', 'speech', 'tweet', 'message', 'video', 'address', 'letter', 'report']);
const DESCRIPTIVE_PARTICIPLES = new Set(['controlled', 'run', 'led', 'backed', 'known', 'based', 'owned', 'founded', 'operated', 'funded', 'supported', 'allied', 'affiliated']);
const CURRENCY = new Set(['$', '€', '£', '¥']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const PHRASE_INNER = new Set(['in', 'at', 'for', 'from', 'on', 'by']);
const isNumberWord = (t: Token | undefined) => isWord(t) && (NUMBER_UNITS.has(t.lower) || NUMBER_TENS.has(t.lower));

const isOpenParen = (t: Token | undefined) => t !== undefined && t.text === '(';
const isCloseParen = (t: Token | undefined) => t !== undefined && t.text === ')';

/** "Marlow Herald/Harbour Gazette": a slash without spaces between two capitalised words joins one name. */
function isSlashBetweenNames(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const left = tokens[k - 1];
  const right = tokens[k + 1];
  return t !== undefined && t.text === '/' && !t.spaceBefore && isWord(left) && left.cap && isWord(right) && right.cap && !right.spaceBefore && right.sent === t.sent;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

function coordinable(left: Token | undefined, right: Token | undefined): boolean {
  if (!isWord(left) || !isWord(right)) return false;
  if (left.cap && right.cap) return true;
  // "he and Ortiz", "They and their supporters", "Reyes and his rivals", "the harbour board and its allies"
  if ((left.cap || SUBJECT_PRONOUNS.has(left.lower)) && (right.cap || (isDeterminer(right) && right.lower !== 'that'))) return true;
  return isSourceHead(left.lower) && (isSourceHead(right.lower) || isNominal(right));
}

/** "Pilots and ferry unions", "the harbour board and council leaders": a name or source joined to a phrase with a source head. */
function sourcesJoined(left: Token | undefined, right: Token | undefined, head: Token | undefined): boolean {
  if (!isWord(left) || !isWord(head) || !isSourceHead(head.lower) || !isNominal(right) || isTimeWord(left)) return false;
  return (left.cap && isNominal(left)) || isSourceHead(left.lower);
}

/**
 * The most tokens a noun phrase or a source runs (the longest source on PolNeAR has 39 words): npStartBefore walks back and
 * npEndFrom forward no further, and findSource and looseDashes drop a longer source. A bound against hostile text.
 */
export const MAX_PHRASE_TOKENS = 150;

/**
 * The start of the noun phrase that ends at token `end` (inclusive), scanning left no further
 * than `limit`. Returns -1 when `end` cannot end a noun phrase.
 */
export function npStartBefore(tokens: readonly Token[], end: number, limit: number): number {
  let k = end;
  const last = tokens[k];
  if (last === undefined) return -1;
  if (isCloseParen(last)) {
    let p = k - 1;
    while (p >= limit && p > k - 10 && !isOpenParen(tokens[p])) p -= 1;
    if (p < limit || !isOpenParen(tokens[p])) return -1;
    k = p;
    if (!isNominal(tokens[k - 1])) return -1;
    k -= 1;
  } else if (POSSESSIVE_MARK.has(last.text)) {
    return -1;
  } else if (isWord(last) && OBJECT_PRONOUNS.has(last.lower) && isWord(tokens[k - 1]) && G.prepositions.has(tokens[k - 1]!.lower)) {
    // "a person close to him": the pronoun ends a longer phrase, never a source by itself.
    if (k - 1 < limit) return -1;
  } else if (!isNominal(last) && !(isQuantifier(last) && last.lower !== 'more' && last.lower !== 'less')) {
    return -1;
  }
  let start = k;
  while (start - 1 >= limit) {
    // A phrase of more than MAX_PHRASE_TOKENS tokens is none: in "sources say sources say…" ("say" can be a noun) each
    // cue walked back to the start of the sentence, time growing with the square of its length (50,000 characters: 15 s).
    if (end - start >= MAX_PHRASE_TOKENS) return -1;
    const prev = tokens[start - 1]!;
    const cur = tokens[start]!;
    // `that` after `of` is a determiner ("One of the writers of that memo, Tom Reyes, said"), elsewhere it may open a clause.
    if ((isDeterminer(prev) && (prev.lower !== 'that' || (tokens[start - 2]?.lower === 'of' && start - 2 >= limit))) || (isQuantifier(prev) && prev.lower !== 'more' && prev.lower !== 'less') || (isNumberWord(prev) && !isNumberWord(cur))) {
      start -= 1;
      // "One of the freed soldiers", "Residents in the area", "A spokesman for the governor"
      const before = tokens[start - 1];
      const head = tokens[start - 2];
      if (before !== undefined && start - 2 >= limit && isWord(before) && !before.cap) {
        if (before.lower === 'of' && (isNominal(head) || isNumberWord(head) || isQuantifier(head))) {
          start -= 2;
          continue;
        }
        // "Mr. Lind and other skippers", "Ms. Rao and her colleagues": a name joined to the phrase.
        if (before.lower === 'and' && isWord(head) && ((head.cap && isNominal(head)) || SUBJECT_PRONOUNS.has(head.lower)) && !isTimeWord(head)) {
          start -= 2;
          continue;
        }
        // "the harbour board and council leaders", "many skippers and some councillors": a source joined to the phrase.
        if (before.lower === 'and' && isWord(head) && isSourceHead(head.lower) && isSourceHead(tokens[end]!.lower) && !isTimeWord(head)) {
          start -= 2;
          continue;
        }
        // "Harbour officials and even some skippers argue": `even` after `and` stays inside a joined subject.
        const joinedHead = tokens[start - 3];
        if (before.lower === 'even' && isWord(head) && head.lower === 'and' && start - 3 >= limit && isWord(joinedHead) && (isSourceHead(joinedHead.lower) || (joinedHead.cap && isNominal(joinedHead)))) {
          start -= 3;
          continue;
        }
        if (isWord(head) && INFORMED.get(head.lower) === before.lower && INFORMED_HEADS.has(tokens[start - 3]?.lower ?? '') && start - 3 >= limit) {
          start -= 3;
          continue;
        }
        if (PHRASE_INNER.has(before.lower) && isWord(head) && (isSourceHead(head.lower) || (head.cap && isNominal(head))) && !isTimeWord(head)) {
          if (before.lower === 'on' && !(head.lower === 'officials' || head.lower === 'sources')) break;
          start -= 2;
          continue;
        }
      }
      // "The sign on the door read", "Some pilots at the meeting said": the whole subject that opens its clause.
      if (before !== undefined && start - 2 >= limit && start - 2 - limit < 12 && isWord(before) && !before.cap && PLACE_PREPOSITIONS.has(before.lower) && isNominal(head) && !isTimeWord(head) && !isTimeWord(tokens[end])) {
        const whole = npStartBefore(tokens, start - 2, limit);
        if (whole !== -1 && (whole === limit || isComma(tokens[whole - 1])) && (isDeterminer(tokens[whole]) || isQuantifier(tokens[whole]) || tokens[whole]!.cap)) return whole;
      }
      // "Many other polls", "Two other emails", "a few lawmakers": quantifiers in a row.
      if (isQuantifier(tokens[start]) && tokens[start]!.lower !== 'more' && start - 1 >= limit && (isQuantifier(tokens[start - 1]) || isNumberWord(tokens[start - 1]) || isDeterminer(tokens[start - 1])) && tokens[start - 1]!.lower !== 'that' && !tokens[start]!.cap) continue;
      // "Reyes's most loyal backers": a capitalised possessive before a superlative `most` leads the phrase.
      if (tokens[start]!.lower === 'most' && start - 1 >= limit && isWord(tokens[start - 1]) && tokens[start - 1]!.cap && /[’']s$/u.test(tokens[start - 1]!.text)) {
        start -= 1;
        continue;
      }
      break;
    }
    if (prev.type === 'num' || (isWord(prev) && NUMBER_SCALES.has(prev.lower) && tokens[start - 2]?.type === 'num')) {
      const numIdx = prev.type === 'num' ? start - 1 : start - 2;
      // "$3.6 billion analysts": the money is not part of the phrase.
      if (CURRENCY.has(tokens[numIdx - 1]?.text ?? '') || numIdx < limit) break;
      start = numIdx;
      continue;
    }
    if (POSSESSIVE_MARK.has(prev.text) && !prev.spaceBefore && tokens[start - 2]?.lower.endsWith('s')) {
      start -= 1;
      continue;
    }
    if (isCloseParen(prev)) {
      let p = start - 2;
      while (p >= limit && p > start - 10 && !isOpenParen(tokens[p])) p -= 1;
      if (p >= limit && isOpenParen(tokens[p]) && isNominal(tokens[p - 1])) {
        start = p;
        continue;
      }
      break;
    }
    if (isWord(prev) && G.npPrepositions.has(prev.lower) && !prev.cap) {
      const before = tokens[start - 2];
      // "One of them, Harbour Mutual, has threatened", "two of Ortiz's aides": a count before `of` leads the phrase.
      if (prev.lower === 'of' && start - 2 >= limit && (isNumberWord(before) || isQuantifier(before)) && !isDeterminer(cur)) {
        start -= 2;
        continue;
      }
      if (start - 2 < limit || !isNominal(before) || isTimeWord(before)) break;
      if (prev.lower === 'with' && !WITH_AFTER.has(before!.lower)) break;
      // "The board's website, run by Jo Lind, said": a participle before `by` opens a phrase of its own.
      if (prev.lower === 'by' && DESCRIPTIVE_PARTICIPLES.has(before!.lower)) break;
      if (prev.lower === 'on' && !(before!.lower === 'officials' || before!.lower === 'sources')) break;
      if (prev.lower === 'close') break;
      if (STATEMENT_WORDS.has(cur.lower) || (isDeterminer(cur) && STATEMENT_WORDS.has(tokens[start + 1]?.lower ?? ''))) break;
      start -= 2;
      continue;
    }
    if (isWord(prev) && prev.lower === 'to' && tokens[start - 2]?.lower === 'close' && isNominal(tokens[start - 3]) && start - 3 >= limit) {
      start -= 3;
      continue;
    }
    if (isSlashBetweenNames(tokens, start - 1) && start - 2 >= limit) {
      start -= 2;
      continue;
    }
    if (isWord(prev) && (prev.lower === 'and' || prev.text === '&') && start - 2 >= limit && (coordinable(tokens[start - 2], cur) || sourcesJoined(tokens[start - 2], cur, tokens[end]))) {
      start -= 2;
      continue;
    }
    // "a leading expert", "a creative writing professor": a participle between the determiner (and an adjective) and the noun.
    if (isVerbLike(prev) && (prev.lower.endsWith('ed') || prev.lower.endsWith('ing')) && start - 2 >= limit && (isDeterminer(tokens[start - 2]) || degreeAfterDeterminer(tokens, start - 2, limit) || (isWord(tokens[start - 2]) && !tokens[start - 2]!.cap && isNominal(tokens[start - 2]) && isDeterminer(tokens[start - 3]) && start - 3 >= limit))) {
      start -= 1;
      continue;
    }
    // "A highly regarded pollster", "a widely read newsletter", "the only ones": an adverb in -ly or `only` right
    // after the determiner belongs to the phrase.
    if (degreeAfterDeterminer(tokens, start - 1, limit) && isWord(cur) && !cur.cap) {
      start -= 1;
      continue;
    }
    // "An early tweet", "Early tallies of…", "An earlier report", "The nearly 40-second clip"
    if (isWord(prev) && PRENOMINAL.has(prev.lower) && (PRENOMINAL_ANY.has(prev.lower) || cur.type === 'num' || isNumberWord(cur))) {
      start -= 1;
      continue;
    }
    // "Last year’s police statistics", "Monday night’s results"
    if (isWord(prev) && /[’']s$/u.test(prev.text) && isTimeWord({ ...prev, lower: prev.lower.slice(0, -2) }) && !isTimeWord(cur)) {
      start -= 1;
      while (start - 1 >= limit && (isTimeWord(tokens[start - 1]) || (isWord(tokens[start - 1]) && ['last', 'this', 'next'].includes(tokens[start - 1]!.lower)))) start -= 1;
      continue;
    }
    // "came to watch Ana Ortiz speak", "glad to hear Tom Reyes, who…": a verb of perception after `to` before a name is no
    // part of the name's phrase.
    if (isWord(prev) && PERCEPTION_VERBS.has(prev.text) && cur.cap && tokens[start - 2]?.lower === 'to') break;
    // "a HARBOUR TODAY survey": a word in capitals after another capitalised word is part of a name, even a time word.
    const capsName = isWord(prev) && prev.text.length > 2 && prev.text === prev.text.toUpperCase() && /\p{Lu}{3}/u.test(prev.text) && start - 2 >= limit && isWord(tokens[start - 2]) && tokens[start - 2]!.cap;
    if (isNominal(prev) || capsName || (isInsideName(tokens, start - 1) && start - 2 >= limit)) {
      start -= 1;
      continue;
    }
    // "The October harbour survey found", "an August ferry poll showed": a month between `a`/`an`/`the` and a lower-case noun
    // says when, inside the phrase (a time word ends the phrase elsewhere: "said Tuesday").
    // "Outside engineers warn", "several outside auditors reported": `outside` right before a plural head is an adjective.
    if (isWord(prev) && prev.lower === 'outside' && start === end && isWord(cur) && !cur.cap && cur.lower.endsWith('s')) {
      start -= 1;
      continue;
    }
    // "neither union would confirm", "Neither crew complained": `neither` before a lower-case head leads the phrase.
    if (isWord(prev) && prev.lower === 'neither' && start === end && isWord(cur) && !cur.cap) {
      start -= 1;
      continue;
    }
    // "That skipper insisted", "That memo warned": a capitalised `That` opening the phrase before a singular
    // lower-case head is a determiner (`That pilots say…` opens a clause and stays out).
    if (isWord(prev) && prev.text === 'That' && start - 1 === limit && start === end && isWord(cur) && !cur.cap && !cur.lower.endsWith('s')) {
      start -= 1;
      continue;
    }
    if (isMonth(prev) && !prev.text.endsWith('.') && isWord(cur) && !cur.cap && start - 2 >= limit && ['a', 'an', 'the'].includes(tokens[start - 2]!.lower)) {
      start -= 1;
      continue;
    }
    // "Will Barrow, a lecturer, said", "Chairman Will Reyes said": a capitalised modal before a capitalised
    // word, opening the phrase or after another capitalised word, is a first name.
    if (isWord(prev) && prev.cap && (prev.lower === 'will' || prev.lower === 'may') && cur.cap && isWord(cur) && (start - 1 === limit || (isWord(tokens[start - 2]) && tokens[start - 2]!.cap))) {
      start -= 1;
      continue;
    }
    break;
  }
  // "One in five", "about 4 in 10": a share written as a ratio.
  if (start - 2 >= limit && (isNumberWord(tokens[start]) || tokens[start]!.type === 'num') && tokens[start - 1]!.lower === 'in' && (isNumberWord(tokens[start - 2]) || tokens[start - 2]!.type === 'num')) start -= 2;
  // "three out of 10", "two out of three": the same share with "out of".
  else if (start - 3 >= limit && (isNumberWord(tokens[start]) || tokens[start]!.type === 'num') && tokens[start - 1]!.lower === 'of' && tokens[start - 2]!.lower === 'out' && (isNumberWord(tokens[start - 3]) || tokens[start - 3]!.type === 'num')) start -= 3;
  // "The two voters", "the 10,000 people"
  if (start - 1 >= limit && (isNumberWord(tokens[start]) || tokens[start]!.type === 'num') && isDeterminer(tokens[start - 1]) && tokens[start - 1]!.lower !== 'that') start -= 1;
  return hedgeLeft(tokens, start, limit);
}

const PERCEPTION_VERBS = new Set(['watch', 'hear']);
const PRENOMINAL = new Set(['early', 'earlier', 'nearly', 'initial', 'latest']);
const PRENOMINAL_ANY = new Set(['early', 'earlier', 'initial', 'latest']);
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'above', 'below', 'near', 'outside', 'inside', 'behind', 'beside', 'within', 'across', 'to', 'from', 'for', 'of', 'under', 'over']);
const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'majorities', 'minority', 'plurality', 'handful', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions']);
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'just']);
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
const NOT_BEFORE = new Set(['everyone', 'everybody', 'all', 'every', 'many', 'one', 'a', 'enough', 'most']);

/**
 * The words that say how many or how much of the phrase, to its left (the guidelines keep
 * determiners and quantifiers in the source): "more than half of the pilots", "about 4 in 10",
 * "at least half of skippers", "Only a quarter of residents", "Not everyone", "all the attendees",
 * "Both the Harbour Gazette and…".
 */
function hedgeLeft(tokens: readonly Token[], start: number, limit: number): number {
  let s = start;
  const first = tokens[s]!;
  const counted = first.type === 'num' || isNumberWord(first) || FRACTIONS.has(first.lower) || first.lower === 'a' || (isQuantifier(first) && first.lower !== 'other' && first.lower !== 'others');
  const word = (k: number) => (k >= limit && isWord(tokens[k]) ? tokens[k]!.lower : '');
  if (counted) {
    if (word(s - 1) === 'than' && COMPARATIVES.has(word(s - 2))) s -= 2;
    else if (word(s - 1) === 'least' && word(s - 2) === 'at') s -= 2;
    else if (first.lower === 'least' && word(s - 1) === 'at') s -= 1;
    else if (APPROXIMATORS.has(word(s - 1))) s -= 1;
  }
  if ((word(s - 1) === 'all' || word(s - 1) === 'both') && (isDeterminer(tokens[s]) || tokens[s]!.type === 'num' || isNumberWord(tokens[s]) || (tokens[s]!.cap && s === start))) s -= 1;
  if (word(s - 1) === 'only' || (word(s - 1) === 'not' && NOT_BEFORE.has(tokens[s]!.lower))) s -= 1;
  return s;
}

/** Is the range a noun phrase by itself (for appositions)? */
export function isNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from) return false;
  if (to === from && tokens[to]!.type === 'num') return true;
  return npStartBefore(tokens, to, from) === from;
}

export interface ForwardOptions {
  /** Take ", apposition" after the phrase when it ends the sentence or is followed by a relative pronoun. */
  appositions: boolean;
  /** Let an apposition run on through a participle to the end of its clause ("a farmer sheltering with…"). */
  participleTail: boolean;
  /** Only take an apposition that ends the sentence ("according to X, a spokesman."). */
  appositionEndsSentence?: boolean;
}

function npEndFrom(tokens: readonly Token[], start: number, limit: number): number {
  let k = start;
  const first = tokens[k];
  if (first === undefined || k > limit) return -1;
  if (isDeterminer(first) || isQuantifier(first) || (isNumberWord(first) && isNominal(tokens[k + 1]))) {
    k += 1;
    if (k > limit) return -1;
  }
  // "early results of the harbour survey", "initial figures"
  if (k === start && isWord(first) && PRENOMINAL_ANY.has(first.lower) && isNominal(tokens[k + 1]) && k + 1 <= limit) k += 1;
  let end = -1;
  while (k <= limit) {
    // At most MAX_PHRASE_TOKENS tokens, as npStartBefore: "In a poll In a poll…" ran each phrase to the sentence's end.
    if (k - start >= MAX_PHRASE_TOKENS) return -1;
    const t = tokens[k]!;
    // "said Will Barrow", "said May Lind": a capitalised modal before a capitalised word opens a name.
    const modalName = end === -1 && k === start && isWord(t) && t.cap && (t.lower === 'will' || t.lower === 'may') && isWord(tokens[k + 1]) && tokens[k + 1]!.cap && isNominal(tokens[k + 1]) && k + 1 <= limit;
    if (isNominal(t) || modalName || (end === -1 && (t.type === 'num' || isQuantifier(t))) || (end !== -1 && isInsideName(tokens, k))) {
      end = k;
      k += 1;
      continue;
    }
    // "according to one of the ferry captains", "said two of the pilots": a count with "of" leads the phrase.
    if (end === -1 && k === start && isWord(t) && (isNumberWord(t) || isQuantifier(t)) && tokens[k + 1]?.lower === 'of' && k + 2 <= limit) {
      end = k;
      k += 1;
      continue;
    }
    // "according to a yearly harbour poll", "the recently released report": an adverb in -ly before the
    // first word of the phrase, or before a participle and its noun, stays in it.
    if (end === -1 && isWord(t) && !t.cap && t.lower.endsWith('ly') && k + 1 <= limit && (isNominal(tokens[k + 1]) || (isVerbLike(tokens[k + 1]) && tokens[k + 1]!.lower.endsWith('ed') && isNominal(tokens[k + 2])))) {
      k += 1;
      continue;
    }
    if (isVerbLike(t) && (t.lower.endsWith('ed') || t.lower.endsWith('ing')) && end === -1 && isNominal(tokens[k + 1])) {
      k += 1;
      continue;
    }
    if (end !== -1 && k + 1 <= limit && isSlashBetweenNames(tokens, k)) {
      k += 1;
      continue;
    }
    if (end !== -1 && POSSESSIVE_MARK.has(t.text) && !t.spaceBefore && tokens[end]!.lower.endsWith('s')) {
      end = k;
      k += 1;
      continue;
    }
    if (end !== -1 && isOpenParen(t)) {
      let p = k + 1;
      while (p <= limit && p < k + 10 && !isCloseParen(tokens[p])) p += 1;
      if (p <= limit && isCloseParen(tokens[p])) {
        end = p;
        k = p + 1;
        continue;
      }
      break;
    }
    if (end !== -1 && isWord(t) && G.npPrepositions.has(t.lower)) {
      const next = tokens[k + 1];
      const afterDet = isDeterminer(next) ? tokens[k + 2] : next;
      if (!isNominal(afterDet) || isTimeWord(afterDet) || STATEMENT_WORDS.has(afterDet?.lower ?? '')) break;
      if (afterDet?.type === 'num') break;
      if (t.lower === 'with' && !WITH_AFTER.has(tokens[end]!.lower)) break;
      if (t.lower === 'on' || t.lower === 'close') break;
      k += isDeterminer(next) ? 2 : 1;
      continue;
    }
    if (end !== -1 && isWord(t) && INFORMED.get(t.lower) === tokens[k + 1]?.lower && INFORMED_HEADS.has(tokens[end]!.lower)) {
      k += isDeterminer(tokens[k + 2]) ? 3 : 2;
      continue;
    }
    if (end !== -1 && isWord(t) && (t.lower === 'and' || t.text === '&') && coordinable(tokens[end], isDeterminer(tokens[k + 1]) ? tokens[k + 2] : tokens[k + 1])) {
      k += 1;
      continue;
    }
    break;
  }
  return end;
}

/** The noun phrase starting at token `start`, no further than `limit` (inclusive). */
/** Words that open a second part naming the people around the first ("and other officials", "and his aides"). */
const FOLLOWERS_LEAD = new Set(['other', 'his', 'her', 'their', 'its', 'some']);

export function npForward(tokens: readonly Token[], start: number, limit: number, options: ForwardOptions): Range | null {
  let end = npEndFrom(tokens, start, limit);
  if (end === -1) return null;
  // "said Ortiz and others", "opposed by the mayor and other officials", "said Reyes and his aides": a
  // second part that only adds the people around the first is one source with it.
  const and = tokens[end + 1];
  const joined = tokens[end + 2];
  if (isWord(and) && and.lower === 'and' && end + 2 <= limit && isWord(joined) && (joined.lower === 'others' || (FOLLOWERS_LEAD.has(joined.lower) && isNominal(tokens[end + 3])))) {
    const second = joined.lower === 'others' ? end + 2 : npEndFrom(tokens, end + 2, limit);
    if (second !== -1) end = second;
  }
  let finalEnd = end;
  if (options.appositions && isComma(tokens[end + 1])) {
    const appStart = end + 2;
    const appEnd = npEndFrom(tokens, appStart, limit);
    if (appEnd !== -1 && (isDeterminer(tokens[appStart]) || isNominal(tokens[appStart]))) {
      const after = tokens[appEnd + 1];
      const endsClause = after === undefined || appEnd + 1 > limit || after.sent !== tokens[appStart]!.sent || ['.', ';', '!', '?', ')'].includes(after.text) || after.type === 'quote';
      const clauseAfter = isComma(after) && (!isNominal(tokens[appEnd + 2]) || /ing$/u.test(tokens[appEnd + 2]?.lower ?? ''));
      if (endsClause || (!options.appositionEndsSentence && (isRelative(after) || clauseAfter))) {
        finalEnd = appEnd;
      } else if (options.participleTail && isVerbLike(after) && after.lower.endsWith('ing')) {
        let p = appEnd + 1;
        while (p + 1 <= limit && tokens[p + 1]!.sent === after.sent && ![',', '.', ';', '!', '?'].includes(tokens[p + 1]!.text) && tokens[p + 1]!.type !== 'quote') p += 1;
        finalEnd = p;
      }
    }
  }
  return { start, end: finalEnd };
}

/** Skip leftwards over adverbs and time phrases ("on Tuesday", "last week", "earlier this week"). */
export function skipAdverbialsLeft(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  for (let guard = 0; guard < 8 && k >= limit; guard += 1) {
    const t = tokens[k]!;
    if (isAdverb(t) && !t.cap) {
      k -= 1;
      continue;
    }
    // "who in 2014 said", "Ortiz in 2014 wrote": a year after "in".
    if (t.type === 'num' && /^(?:1[89]|20)\d\d$/u.test(t.text) && k - 1 > limit && tokens[k - 1]!.lower === 'in') {
      k -= 2;
      continue;
    }
    if (isTimeWord(t) || (t.type === 'num' && isTimeWord(tokens[k - 1]))) {
      k -= 1;
      while (k >= limit && isWord(tokens[k]) && (G.timeLead.has(tokens[k]!.lower) || isTimeWord(tokens[k]))) k -= 1;
      continue;
    }
    // ", however," / ", in a statement,"
    if (isComma(t) && k - 2 >= limit && isAdverb(tokens[k - 1]) && isComma(tokens[k - 2])) {
      k -= 3;
      continue;
    }
    break;
  }
  return k;
}

/** Is a comma-delimited segment a descriptive participle ("controlled by Hamas", "known as AFAD")? */
export function isDescriptiveParticiple(tokens: readonly Token[], from: number): boolean {
  const t = tokens[from];
  return isWord(t) && DESCRIPTIVE_PARTICIPLES.has(t.lower) && isWord(tokens[from + 1]) && ['by', 'as', 'in'].includes(tokens[from + 1]!.lower);
}

/** "highly" in "a highly regarded pollster", "only" in "the only ones": an adverb in -ly or `only` at k, right after a determiner. */
function degreeAfterDeterminer(tokens: readonly Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  return k - 1 >= limit && isWord(t) && !t.cap && (t.lower === 'only' || (t.lower.endsWith('ly') && t.lower.length > 4)) && isDeterminer(tokens[k - 1]) && tokens[k - 1]!.lower !== 'that';
}
