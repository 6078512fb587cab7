/**
 * Digits and number words that are not figures: dates, names ("Windows 10", "the Group of 20"),
 * street numbers, style sheet lengths, list markers and citations, web addresses and phone
 * numbers, titles ("13 Hours"). Pure; read by `numbers.ts`.
 */
import { NUMBER_SCALES, PERCENT_WORDS, TIME_UNITS } from './lexicon';
import { isPluralNoun } from './number-context';
import { SCALE_LETTERS } from './number-digits';
import { wordNumber } from './number-words';
import type { Token } from './tokens';
import { isMonth, isNominal, isWord } from './word-classes';

export function isDateNumber(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (isMonth(prev) || isMonth(next)) return true;
  if (isWord(next) && next.lower === 'of' && isMonth(tokens[k + 2])) return true;
  // "July 8 and 9", "March 3 to 5": a second day after a date.
  const day = (t: Token | undefined) => t?.type === 'num' && /^\d{1,2}$/u.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
  if (day(tokens[k]) && prev !== undefined && ['and', 'to', 'through', 'or', '-', '–'].includes(prev.lower) && day(tokens[k - 2]) && isMonth(tokens[k - 3])) return true;
  return false;
}

/** Words after a figure that keep it a figure even after a name: a range, a list, a share, a scale. */
const FIGURE_GOES_ON = new Set(['to', 'and', 'or', 'of', 'per', 'percent', 'pc', 'by', 'than', 'out']);

/**
 * "English 101\"", "Voyager 2 in 1979", "Windows 10 is": whole digits right after a capitalised word
 * inside a sentence, with no noun they count and nothing that makes them a figure after them (a
 * comma, a range, a percent sign, a scale); not in a headline written in capitals.
 */
export function namesSomething(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!/^\d+$/u.test(t.text) || !isWord(prev) || prev.sent !== t.sent || tokens[k - 2]?.sent !== t.sent || !t.spaceBefore || isMonth(prev)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(prev.text) && !/^\p{L}+\d+$/u.test(prev.text)) return false;
  if (isWord(tokens[k - 2]) && tokens[k - 2]!.cap) return false;
  if (next === undefined || next.sent !== t.sent) return true;
  // "2 in 5" is a share.
  const share = next.lower === 'in' && ((tokens[k + 2]?.type === 'num' && !/^(?:1[89]|20)\d\d$/u.test(tokens[k + 2]!.text)) || wordNumber(tokens[k + 2]?.lower ?? '') !== undefined);
  if (isWord(next)) return !next.cap && !isNominal(next) && !share && !FIGURE_GOES_ON.has(next.lower) && !NUMBER_SCALES.has(next.lower) && !SCALE_LETTERS.has(next.text);
  return ['"', '”', ')'].includes(next.text);
}

/**
 * "the Group of 20 meeting", "the Gang of Eight,", "the Ferries for 24 Movement": a figure after "of"
 * or "for" that ends a capitalised name inside a sentence, with no plural noun, percent or scale
 * after it ("the Bank of 12 nations" counts nations).
 */
export function inName(tokens: readonly Token[], k: number): boolean {
  const link = tokens[k - 1];
  const name = tokens[k - 2];
  if (!isWord(link) || (link.lower !== 'of' && link.lower !== 'for') || !isWord(name) || !/^\p{Lu}\p{Ll}/u.test(name.text) || tokens[k - 3]?.sent !== tokens[k]!.sent) return false;
  const next = tokens[k + 1];
  if (isWord(next) && next.sent === tokens[k]!.sent && (isPluralNoun(next) || (FIGURE_GOES_ON.has(next.lower) && next.lower !== 'and') || NUMBER_SCALES.has(next.lower) || PERCENT_WORDS.some((p) => p[0] === next.lower))) return false;
  return link.lower === 'of' || (isWord(next) && next.cap) || next === undefined || next.sent !== tokens[k]!.sent || next.text === '.';
}

const STREET_WORDS = new Set(['avenue', 'ave', 'ave.', 'street', 'st', 'st.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.', 'drive', 'lane', 'parkway']);

/** "1600 Pennsylvania Avenue", "12 Main St.", "12 Main St" (the abbreviation with or without its full stop): digits before one or two capitalised words and a street word are an address. */
export function streetNumber(tokens: readonly Token[], k: number): boolean {
  for (let n = 1; n <= 2; n += 1) {
    const name = tokens[k + n];
    if (!isWord(name) || !name.cap || name.sent !== tokens[k]!.sent) return false;
    const street = tokens[k + n + 1];
    if (isWord(street) && street.cap && STREET_WORDS.has(street.lower)) return true;
  }
  return false;
}

/** Style sheet lengths pasted with an article: "20px", "width:100%" (a property, a colon and the figure, without spaces). */
export function styleLength(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next?.lower === 'px' && !next.spaceBefore) return true;
  return prev?.text === ':' && !prev.spaceBefore && !tokens[k]!.spaceBefore && isWord(tokens[k - 2]) && /^[a-z-]+$/u.test(tokens[k - 2]!.text);
}

/** "richest", "wealthiest", "strongest": after an ordinal, a rank ("the sixth richest man"), not a count. */
export const isSuperlative = (t: Token | undefined): boolean => isWord(t) && t.lower.length > 5 && /[^e]est$/u.test(t.lower);

/**
 * "the “Fantastic Four” reboot", "the Ferries for Twenty campaign": a number word written with a
 * capital inside a sentence, after a capitalised word (or "for"/"of" after one), that no
 * capitalised word or plural noun follows, is part of a name; a headline in capitals keeps its counts
 * ("Abedin Needs Two Relationships").
 */
export function capitalisedInName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t.cap || !isWord(prev) || prev.sent !== t.sent) return false;
  const named = prev.cap || ((prev.lower === 'for' || prev.lower === 'of') && isWord(tokens[k - 2]) && tokens[k - 2]!.cap && tokens[k - 2]!.sent === t.sent);
  const after = next !== undefined && next.sent === t.sent ? next : undefined;
  return named && !(isWord(after) && (after.cap || isPluralNoun(after)));
}

/**
 * Tokens inside a web address, an e-mail address or a phone number ("https://…/2020/10", "+1-222-
 * 2222"): identifiers, whose digits are not figures. A run of tokens written without spaces is one
 * piece; one pass.
 */
export function identifierPieces(tokens: readonly Token[]): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  for (let k = 1; k <= tokens.length; k += 1) {
    if (k < tokens.length && !tokens[k]!.spaceBefore) continue;
    let link = false;
    for (let n = from; n < k && !link; n += 1) {
      const t = tokens[n]!;
      // "pic.twitter.com/AbC…", "bit.ly/2x": a domain name and a slash, without "https://".
      // The pattern last: only a word before a slash is tried.
      const domain = t.type === 'word' && tokens[n + 1]?.text === '/' && n + 1 < k && /\.(?:com|org|net|gov|edu|co|ly|io)$/u.test(t.lower);
      link = (t.text === ':' && tokens[n + 1]?.text === '/' && tokens[n + 2]?.text === '/' && n + 2 < k) || (t.type === 'word' && t.lower.startsWith('www.')) || (t.text === '@' && n > from && n + 1 < k) || domain;
    }
    // A phone number: "+" and digits in groups ("+1-222-2222", "+44 20 7946 0000").
    let to = k;
    if (!link && tokens[from]!.text === '+' && tokens[from + 1]?.type === 'num' && /^\d+$/u.test(tokens[from + 1]!.text.replace(/[-/]/gu, ''))) {
      while (to < tokens.length && to - k < 4 && tokens[to]!.type === 'num' && /^\d+$/u.test(tokens[to]!.text) && tokens[to]!.nl === 0) to += 1;
      link = /-\d/u.test(tokens[from + 1]!.text) || k - from > 2 || to - k >= 2;
    }
    if (link) inside.fill(true, from, Math.max(k, to));
    from = k;
  }
  return inside;
}

/**
 * Digits that number or cite rather than count: a list item's number opening its line ("1. The
 * party is split.", "5) Can he win?", a line of its own) or inside a sentence ("1) …, 2) …"), a citation in square brackets ("[12]"), a number after
 * "#" ("#2", a rank or a tag), a long id and a markup attribute's value.
 */
export function marksOrCites(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.type !== 'num' || !/^\d+$/u.test(t.text)) return false;
  // Digits past what a number holds exactly, without separators: an id ("tweet-id 123456789012345678901").
  if (t.text.length >= 16 && Number(t.text) > Number.MAX_SAFE_INTEGER) return true;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev?.text === '#' && !t.spaceBefore) return true;
  // "in ’08 and ’12": a year with its century left out.
  if ((prev?.text === '’' || prev?.text === "'" || prev?.text === '‘') && !t.spaceBefore && /^\d\d$/u.test(t.text)) return true;
  // A markup attribute's value: timestamp="1700000000".
  if (prev?.type === 'quote' && !t.spaceBefore && !prev.spaceBefore && tokens[k - 2]?.text === '=') return true;
  if (prev?.text === '[' && next?.text === ']' && !t.spaceBefore && !next.spaceBefore) return true;
  const opensLine = k === 0 || t.nl > 0;
  // A line holding only a short number, after other lines: "12" over the twelfth item of a list.
  if (k > 0 && t.nl > 0 && t.text.length <= 2 && (next === undefined || next.nl > 0)) return true;
  const after = tokens[k + 2];
  if (opensLine && t.text.length <= 2 && (next?.text === '.' || next?.text === ')') && !next.spaceBefore && (after === undefined || after.nl > 0 || (after.spaceBefore && after.type !== 'num'))) return true;
  // "…two reasons: 1) Unlike Ortiz … and 2) Reyes …": a marker inside a sentence, with no "(" before it.
  const opened = [1, 2, 3].some((n) => tokens[k - n]?.text === '(' && tokens[k - n]!.sent === t.sent);
  return t.text.length === 1 && next?.text === ')' && !next.spaceBefore && t.spaceBefore && !opened && after !== undefined && after.spaceBefore && isWord(after);
}

/**
 * "the movie 13 Hours", "13 Hours will open": a figure before a capitalised time unit in running
 * text (a lower-case word just before it or right after the unit) is a title; in a headline
 * written in capitals ("Three Months After the Flood") it counts.
 */
export function titleWithTime(tokens: readonly Token[], start: number, end: number): boolean {
  const unit = tokens[end + 1];
  if (!isWord(unit) || !unit.cap || !TIME_UNITS.has(unit.lower) || unit.sent !== tokens[end]!.sent) return false;
  const lower = (t: Token | undefined) => isWord(t) && !t.cap && t.sent === unit.sent;
  return lower(tokens[end + 2]) || lower(tokens[start - 1]) || (!isWord(tokens[start - 1]) && lower(tokens[start - 2]));
}
