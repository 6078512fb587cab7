/**
 * Quantities: figures with their hedges ("at least 66", "some 1.5 million", "85%", "dozens",
 * "seven-day"), leaving out dates, years, times and identifiers. Pure.
 */
import type { Hedge } from '../schema/article-set';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DIRECTION_DOWN, DIRECTION_DOWN_AFTER, DIRECTION_DOWN_OF, DIRECTION_UP, DIRECTION_UP_AFTER, DIRECTION_UP_OF, FRACTION_WORDS, G, HEDGES, NEGATIVE_WORDS, IDENTIFIER_WORDS, MULTIPLES, NUMBER_SCALES, ORDINAL_COMPOUNDS, NUMBER_TENS, NUMBER_UNITS, ORDINALS, PERCENT_WORDS, SCALE_ABBREVIATIONS, TIME_POINT_NOUNS, TIME_SUFFIXES, TIME_UNITS, VAGUE_QUANTITIES } from './lexicon';
import { COMPARISON_CHARS, hedgeAfter, symbolHedgeBefore } from './number-hedges';
import type { Token } from './tokens';
import type { NumberSpan } from './types';
import { isDeterminer, isMonth, isNominal, isTimeWord, isVerbLike, isWord, matchWords } from './word-classes';

/** A figure as found in the tokens: the number span's details, with token (not character) positions. */
export interface FoundNumber extends Pick<NumberSpan, 'value' | 'hedge' | 'unit' | 'counted' | 'event' | 'range' | 'direction'> {
  start: number; // token
  end: number; // token, inclusive
}

interface Core {
  start: number;
  end: number;
  value: number | null;
  vague: boolean;
  unit?: string;
  range?: [number, number];
  /** Ordinals, fractions and compounds ("seven-day") take no hedge-less counted noun. */
  shape: 'cardinal' | 'ordinal' | 'fraction' | 'compound' | 'vague' | 'ratio';
}

const EVENT_WORDS: Record<string, string> = {
  killed: 'killed', dead: 'killed', deaths: 'killed', death: 'killed', died: 'killed', fatalities: 'killed', toll: 'killed', lives: 'killed', bodies: 'killed', killing: 'killed',
  injured: 'injured', wounded: 'injured', injuries: 'injured', hurt: 'injured', injuring: 'injured',
  hostages: 'hostages', captives: 'hostages', abducted: 'hostages', kidnapped: 'hostages', captivity: 'hostages',
  prisoners: 'detained', detainees: 'detained', arrested: 'detained', detained: 'detained', held: 'detained',
  displaced: 'displaced', sheltering: 'displaced', homeless: 'displaced', fled: 'displaced', fleeing: 'displaced', evacuated: 'displaced', refugees: 'displaced', shelter: 'displaced',
  missing: 'missing',
};


const SCALE_LETTERS = new Set(['k', 'K', 'B', 'bn', 'Bn', 'M', 'MM', 'mn', 'tn', 'bln', 'mln', 'tln']);
/** Denominators of fractions written with a slash ("3/4"); others are more often dates or names ("9/11"). */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 1000]);
/** Fractions written as one character. */
const VULGAR_FRACTIONS = new Map<string, number>([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5], ['⅘', 4 / 5],
  ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

/** Written right after the digits: also "1.2b", "2mil", "$2.2T" ("5G" is a network, "3D" a shape). */
const GLUED_SCALE_LETTERS = new Set([...SCALE_LETTERS, 'b', 'm', 'T', 'mil']);

const wordNumber = (w: string): number | undefined => NUMBER_UNITS.get(w) ?? NUMBER_TENS.get(w);

/**
 * Ordinals of one to nine as the last part of a compound ordinal ("twenty-first", "thirty fifths");
 * not "second", which also counts time ("a thirty-second spot").
 */
const UNIT_ORDINALS = new Map<string, number>([['first', 1], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9]]);

/** "fifth" -> 5, "fifths" -> 5 (plural). */
function unitOrdinal(w: string): { value: number; plural: boolean } | undefined {
  const single = UNIT_ORDINALS.get(w);
  if (single !== undefined) return { value: single, plural: false };
  const plural = w.endsWith('s') ? UNIT_ORDINALS.get(w.slice(0, -1)) : undefined;
  return plural === undefined ? undefined : { value: plural, plural: true };
}

/** "twenty-first" -> 21, "thirty-fifths" -> 35 (plural): tens and a unit ordinal in one word. */
function compoundOrdinal(w: string): { value: number; plural: boolean } | undefined {
  const dash = w.indexOf('-');
  const tens = dash > 0 ? NUMBER_TENS.get(w.slice(0, dash)) : undefined;
  const unit = tens === undefined ? undefined : unitOrdinal(w.slice(dash + 1));
  return tens === undefined || unit === undefined ? undefined : { value: tens + unit.value, plural: unit.plural };
}

/** "twenty-seven", "seven", "Twenty" -> value; compounds with a unit ("seven-day") -> compound. */
function parseNumberWord(t: Token): { value: number; compound: boolean } | null {
  const parts = t.lower.split('-');
  const first = wordNumber(parts[0]!);
  if (first === undefined) return null;
  if (parts.length === 1) return { value: first, compound: false };
  // "seven-and-a-half" (years), "four-and-a-half-acre"
  const half = parts[1] === 'and' && parts[2] === 'a' && parts[3] === 'half';
  if (half && parts.length === 4) return { value: first + 0.5, compound: false };
  if (half) return { value: first + 0.5, compound: true };
  const second = wordNumber(parts[1]!);
  if (parts.length === 2 && second !== undefined && first >= 20 && second < 10) return { value: first + second, compound: false };
  // "twenty-first", "thirty-fifths": an ordinal, read elsewhere.
  if (compoundOrdinal(t.lower) !== undefined) return null;
  if (parts.slice(1).some((p) => wordNumber(p) !== undefined || p === 'for' || p === 'to' || p === 'on')) return null;
  // "two-million-person": the scale multiplies.
  const scale = NUMBER_SCALES.get(parts[1]!);
  return { value: scale !== undefined && scale >= 100 && parts.length > 2 ? first * scale : first, compound: true };
}

/** A denominator written as a word ("fifth", "thirds", "hundredths"): singular after one or "a", plural after more. */
function denominatorAt(t: Token | undefined, numerator: number): number | undefined {
  if (!isWord(t)) return undefined;
  const den = FRACTION_WORDS.get(t.lower);
  if (den === undefined) return undefined;
  return t.lower.endsWith('s') === (numerator !== 1) ? den : undefined;
}

/**
 * A denominator from token d, with its last token: a fraction word ("fifth", "thirds"), a compound
 * ordinal ("twenty-fifths", "twenty fifths") or an ordinal past a hundred or a thousand ("one
 * hundred fifth", "one thousand and fifths"). Singular after one, plural after more.
 */
function denominatorFrom(tokens: readonly Token[], d: number, numerator: number, scaled = true): { end: number; value: number } | undefined {
  const t = tokens[d];
  if (!isWord(t)) return undefined;
  const next = (n: number): Token | undefined => (isWord(tokens[n]) && tokens[n]!.sent === t.sent && tokens[n]!.nl === 0 ? tokens[n] : undefined);
  const agrees = (plural: boolean) => plural === (numerator !== 1);
  if (FRACTION_WORDS.has(t.lower)) {
    const value = denominatorAt(t, numerator);
    return value === undefined ? undefined : { end: d, value };
  }
  const compound = compoundOrdinal(t.lower);
  if (compound !== undefined) return agrees(compound.plural) ? { end: d, value: compound.value } : undefined;
  const tens = NUMBER_TENS.get(t.lower);
  const unit = tens === undefined ? undefined : unitOrdinal(next(d + 1)?.lower ?? '');
  if (tens !== undefined && unit !== undefined) return agrees(unit.plural) ? { end: d + 1, value: tens + unit.value } : undefined;
  const count = NUMBER_UNITS.get(t.lower);
  const scale = scaled && count !== undefined && count > 0 ? NUMBER_SCALES.get(next(d + 1)?.lower ?? '') : undefined;
  if (scale !== 100 && scale !== 1000) return undefined;
  const e = next(d + 2)?.lower === 'and' ? d + 3 : d + 2;
  const rest = next(e) && !['half', 'halves', 'quarter', 'quarters'].includes(tokens[e]!.lower) ? denominatorFrom(tokens, e, numerator, false) : undefined;
  return rest !== undefined && rest.value < 100 ? { end: rest.end, value: count! * scale + rest.value } : undefined;
}

/**
 * A fraction from token k: "a fifth", "a half", "three quarters", "fifty-four hundredths",
 * "one - fourth". The numerator is one word (or "a"); null when no denominator follows it.
 */
function fractionAt(tokens: readonly Token[], k: number): { end: number; value: number } | null {
  const t = tokens[k];
  if (!isWord(t)) return null;
  const numerator = t.lower === 'a' || t.lower === 'an' ? 1 : parseNumberWord(t);
  if (numerator === null || (typeof numerator !== 'number' && numerator.compound)) return null;
  const n = typeof numerator === 'number' ? numerator : numerator.value;
  let d = k + 1;
  // "one - fourth": a hyphen written with spaces.
  if (tokens[d]?.text === '-' && t.lower !== 'a' && t.lower !== 'an' && tokens[d]!.spaceBefore) d += 1;
  if (tokens[d] === undefined || tokens[d]!.sent !== t.sent || tokens[d]!.nl > 0) return null;
  const den = denominatorFrom(tokens, d, n);
  if (den === undefined) return null;
  if (tokens[d]!.lower === 'quarters' && !quartersShare(tokens, k, d, n)) return null;
  return { end: den.end, value: n / den.value };
}

const QUARTER_COUNT_BEFORE = new Set(['past', 'last', 'next', 'first', 'previous', 'recent', 'for', 'in', 'over', 'the', 'those', 'these', 'consecutive', 'straight', 'successive']);

/**
 * "three quarters" (of the vote) is a share; "two quarters of growth", "the last three quarters",
 * "three quarters in a row" count periods of three months. Only three quarters make a share that
 * is not said otherwise (two quarters are a half). k: the numerator, d: "quarters".
 */
function quartersShare(tokens: readonly Token[], k: number, d: number, numerator: number): boolean {
  if (tokens[k - 1]?.lower === 'and') return true;
  if (numerator !== 3 || QUARTER_COUNT_BEFORE.has(tokens[k - 1]?.lower ?? '')) return false;
  const after = tokens[d + 1];
  if (after?.lower === 'of') return tokens[d + 2] === undefined || !['growth', 'decline', 'declines', 'contraction', 'losses', 'gains', 'profit', 'profits', 'expansion', 'recession'].includes(tokens[d + 2]!.lower);
  return !isWord(after) || after.sent !== tokens[d]!.sent || !(QUARTER_COUNT_BEFORE.has(after.lower) || after.lower === 'ago' || isNominal(after));
}

/** A fraction after "and" that adds to a whole: less than one ("and three quarters", not "and thirty fifths"). */
function partAt(tokens: readonly Token[], k: number): { end: number; value: number } | null {
  const f = tokens[k - 1]?.lower === 'and' ? fractionAt(tokens, k) : null;
  return f !== null && f.value < 1 ? f : null;
}

/**
 * A number written out over several words from token k: "two hundred and six", "twenty-one
 * trillion three hundred", "two hundred point zero three", "three quarters". Null when token k
 * does not start one. Scales multiply what comes before them, as in speech.
 */
function spelledNumber(tokens: readonly Token[], k: number): { end: number; value: number } | null {
  let total = 0;
  let current = 0;
  let end = -1;
  let last: 'unit' | 'tens' | 'hundred' | 'scale' | null = null;
  /** The last scale word read ("million" in "three million"): "and a half" after it is half of one. */
  let lastScale = 1;
  let j = k;
  /** Digits standing for a unit before a scale word or after "and" ("4 thousand 3 hundred and 21"). */
  const digitsAt = (n: number): number | undefined => {
    const d = tokens[n];
    if (d?.type !== 'num' || !/^\d{1,3}$/u.test(d.text)) return undefined;
    const after = tokens[n + 1];
    const scaleNext = isWord(after) && (NUMBER_SCALES.get(after.lower) ?? 0) >= 100 && after.nl === 0;
    return scaleNext || (tokens[n - 1]?.lower === 'and' && Number(d.text) > 0 && Number(d.text) < 100) ? Number(d.text) : undefined;
  };
  while (j < tokens.length) {
    const t = tokens[j]!;
    // "fifty - two": tens and a unit joined by a hyphen written with spaces.
    const unitNext = isWord(tokens[j + 1]) ? NUMBER_UNITS.get(tokens[j + 1]!.lower) : undefined;
    if (t.text === '-' && last === 'tens' && t.spaceBefore && unitNext !== undefined && unitNext > 0 && unitNext < 10 && tokens[j + 1]!.sent === t.sent) {
      j += 1;
      continue;
    }
    // "three million, two hundred and forty": a comma after a scale, before hundreds that continue it.
    const after = tokens[j + 1];
    if (t.text === ',' && last === 'scale' && lastScale >= 1000 && isWord(after) && after.sent === t.sent && after.nl === 0 && (NUMBER_UNITS.get(after.lower) ?? 0) > 0 && tokens[j + 2]?.lower === 'hundred') {
      j += 1;
      continue;
    }
    if ((!isWord(t) && t.text !== '&' && digitsAt(j) === undefined) || (j > k && (t.nl > 0 || t.sent !== tokens[k]!.sent))) break;
    // "two hundred & forty": an ampersand for "and".
    const w = t.text === '&' ? 'and' : t.lower;
    // "a hundred and two", "a million": "a" is one before a scale.
    if (j === k && (w === 'a' || w === 'an') && isWord(tokens[j + 1]) && (NUMBER_SCALES.get(tokens[j + 1]!.lower) ?? 0) >= 100) {
      current = 1;
      last = 'unit';
      j += 1;
      continue;
    }
    // "and" joins a smaller part, not a new number ("3 hundred and 2 hundred").
    const joined = (isWord(tokens[j + 1]) && parseNumberWord(tokens[j + 1]!)?.compound === false) || digitsAt(j + 1) !== undefined;
    // "one hundred thirty fifths", "one hundred one thousand fifths": the words before the ordinal
    // name the denominator (100/35, 100/1005); not after "and" ("one hundred and thirty fifths").
    if (j > k && (last === 'hundred' || last === 'scale') && tokens[j - 1]!.lower !== 'and' && (NUMBER_TENS.has(w) || NUMBER_UNITS.has(w)) && denominatorFrom(tokens, j, total + current) !== undefined) break;
    // Not "87 million and 85 million": a part as large as the scale before it is a second number.
    const sameScale = last === 'scale' && (NUMBER_SCALES.get(tokens[j + 2]?.lower ?? '') ?? 0) >= lastScale;
    if (w === 'and' && (last === 'hundred' || last === 'scale') && joined && !sameScale && !(last === 'hundred' && tokens[j + 2]?.lower === 'hundred') && partAt(tokens, j + 1) === null) {
      j += 1;
      continue;
    }
    if (w === 'hundred' && last !== 'hundred' && last !== null) {
      current = (current || 1) * 100;
      last = 'hundred';
      end = j;
      j += 1;
      continue;
    }
    const scale = NUMBER_SCALES.get(w);
    if (scale !== undefined && scale >= 1000 && last === 'scale' && current === 0 && scale > lastScale) {
      // "three lakh crore", "one million billion": a scale of the scale.
      total *= scale;
      lastScale = scale;
      end = j;
      j += 1;
      continue;
    }
    if (scale !== undefined && scale >= 1000 && last !== null) {
      total += (current || 1) * scale;
      current = 0;
      last = 'scale';
      lastScale = scale;
      end = j;
      j += 1;
      continue;
    }
    const digits = digitsAt(j);
    const p = digits !== undefined ? { value: digits, compound: false } : parseNumberWord(t);
    if (p === null || p.compound) break;
    const kind = p.value >= 20 && p.value % 10 === 0 && !w.includes('-') && digits === undefined ? 'tens' : 'unit';
    if (last === 'unit' || (last === 'tens' && kind === 'tens')) break;
    current += p.value;
    last = kind;
    end = j;
    j += 1;
  }
  if (end === -1) return null;
  let value = total + current;
  // "two hundred point zero three"
  // "two hundred point seventy-one", "nine point nought four"
  const decimalAt = (q: number): number | undefined => {
    const p = isWord(tokens[q]) ? parseNumberWord(tokens[q]!) : null;
    return p === null || p.compound ? undefined : p.value;
  };
  if (tokens[end + 1]?.lower === 'point' && decimalAt(end + 2) !== undefined) {
    let digits = '';
    let q = end + 2;
    while (decimalAt(q) !== undefined && (decimalAt(q)! < 10 || digits === '')) {
      digits += String(decimalAt(q));
      q += 1;
    }
    value = Number(`${value}.${digits}`);
    end = q - 1;
  }
  // "one and a half", "three and one fourth"; after a scale, a part of it ("three million and a
  // half", "two million and three fifths"), or of the smaller scale that follows ("one billion and
  // a half million").
  const part = partAt(tokens, end + 2);
  if (part !== null) {
    const after = tokens[part.end + 1];
    const scale = isWord(after) && after.nl === 0 ? NUMBER_SCALES.get(after.lower) : undefined;
    end = part.end;
    if (last === 'scale' && scale !== undefined && scale >= 1000 && scale < lastScale) {
      value += part.value * scale;
      end += 1;
    } else if (last === 'scale') {
      value += part.value * lastScale;
    } else {
      value += part.value;
      // "five and a half million": the scale after the fraction multiplies it all.
      if (scale !== undefined && scale >= 1000) {
        value *= scale;
        end += 1;
      }
    }
  }
  // "two thirds", "one eighth", "one - fourth": a fraction when the denominator follows directly;
  // "two thirds of a million".
  let whole = part === null && end === k ? fractionAt(tokens, k) : null;
  // "one hundred and thirty-two fifths": a longer numerator before a plural denominator.
  const den = part === null && whole === null && end > k && tokens[end + 1]?.sent === tokens[k]!.sent ? denominatorFrom(tokens, end + 1, value) : undefined;
  if (den !== undefined && (den.value < 100 || den.end > end + 1) && (tokens[end + 1]!.lower !== 'quarters' || quartersShare(tokens, k, end + 1, value))) whole = { end: den.end, value: value / den.value };
  // "a hundred trillionths": hundredths and smaller after a scale.
  const small = part === null && (last === 'hundred' || last === 'scale') ? denominatorAt(tokens[end + 1], 2) : undefined;
  if (small !== undefined && small >= 100 && tokens[end + 1]!.sent === tokens[k]!.sent) {
    value /= small;
    end += 1;
  }
  if (whole !== null) {
    value = whole.value;
    end = whole.end;
    const scale = tokens[end + 1]?.lower === 'of' && tokens[end + 2]?.lower === 'a' && isWord(tokens[end + 3]) ? NUMBER_SCALES.get(tokens[end + 3]!.lower) : undefined;
    if (scale !== undefined && scale >= 1000) {
      value *= scale;
      end += 3;
    }
  }
  return { end, value };
}

const EXPONENTS: ReadonlyArray<[RegExp, boolean]> = [
  [/^e([+\-−]?\d{1,3})$/u, true],
  [/^[x×]10\^?([+\-−]?\d{1,3})$/u, true],
  [/^\^([+\-−]?\d{1,3})$/u, false],
];

/**
 * An exponent written right after the digits of token k, without spaces: "e10", "e+14", "x10^6",
 * "×10−5", "^23". `ten`: a power of ten to multiply by; else the power to raise to. At most five tokens.
 */
function exponentAfter(tokens: readonly Token[], k: number): { end: number; exponent: number; ten: boolean } | null {
  let written = '';
  for (let j = k + 1; j <= k + 5 && j < tokens.length && !tokens[j]!.spaceBefore; j += 1) {
    written += tokens[j]!.text;
    for (const [re, ten] of EXPONENTS) {
      const m = re.exec(written);
      if (m && (tokens[j + 1] === undefined || tokens[j + 1]!.spaceBefore || !/^[\d^]/u.test(tokens[j + 1]!.text))) return { end: j, exponent: Number(m[1]!.replace('−', '-')), ten };
    }
  }
  return null;
}

/** Digits that can name a clock time: "11", "2.30", "9:45", "0900" (not "2.1" nor "2.123"). */
const isClockTime = (text: string): boolean => /^(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?$|^[0-2]\d[0-5]\d$/u.test(text);

/** "3/4", "1/2": a fraction with a usual denominator, smaller than one ("9/11", "24/7" are not). */
function slashFraction(t: Token, share = false): number | undefined {
  const m = t.type === 'num' ? /^(\d{1,2})\/(\d{1,3})$/u.exec(t.text) : null;
  return m && Number(m[1]) < Number(m[2]) && (share || FRACTION_DENOMINATORS.has(Number(m[2]))) ? Number(m[1]) / Number(m[2]) : undefined;
}

/**
 * The value of digits as written: "1,234.5"; also with a decimal comma, as much of Europe writes
 * them: "1.234,5", "1.234.567", "5,00", "1,3" (a comma before one or two digits cannot group thousands).
 */
function digitsValue(text: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(text) && (text.includes(',') || text.split('.').length > 2)) return Number(text.replace(/\./gu, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/u.test(text)) return Number(text.replace(',', '.'));
  return Number(text.replace(/,/gu, ''));
}

function scaleAfter(tokens: readonly Token[], k: number): { end: number; factor: number } {
  let end = k;
  let factor = 1;
  for (let n = 0; n < 2; n += 1) {
    const next = tokens[end + 1];
    const scale = isWord(next) ? NUMBER_SCALES.get(next.lower) : undefined;
    if (scale === undefined || next!.nl > 0) break;
    factor *= scale;
    end += 1;
  }
  return { end, factor };
}

function percentAfter(tokens: readonly Token[], k: number): number {
  for (const words of PERCENT_WORDS) if (matchWords(tokens, k + 1, words)) return k + words.length;
  return k;
}

function isDateNumber(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (isMonth(prev) || isMonth(next)) return true;
  if (isWord(next) && next.lower === 'of' && isMonth(tokens[k + 2])) return true;
  // "July 8 and 9", "March 3 to 5": a second day after a date.
  const day = (t: Token | undefined) => t?.type === 'num' && /^\d{1,2}$/u.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
  if (day(tokens[k]) && prev !== undefined && ['and', 'to', 'through', 'or', '-', '–'].includes(prev.lower) && day(tokens[k - 2]) && isMonth(tokens[k - 3])) return true;
  return false;
}

function vagueAt(tokens: readonly Token[], k: number): number {
  for (const words of VAGUE_QUANTITIES) {
    if (!matchWords(tokens, k, words)) continue;
    const end = k + words.length - 1;
    if (words.length === 1 && words[0] === 'scores' && tokens[end + 1]?.lower !== 'of') continue;
    if (words[0] === 'a' && words[1] === 'few' && words.length === 2 && !isNominal(tokens[end + 1])) continue;
    if (words.length === 1 && words[0] === 'several' && !isNominal(tokens[end + 1]) && tokens[end + 1]?.lower !== 'of') continue;
    return end;
  }
  return -1;
}

const SHARE_OF_WHOLES = new Set([3, 4, 5, 10]);

/**
 * "1 in 4", "one out of three", "1 over 3", "nine of 10": a share, read from the whole number x that ends at token
 * end. Not "8 in 5" (more than the whole), "in 2019", nor "over 3 years" (a duration).
 */
function ratioAt(tokens: readonly Token[], start: number, x: number, end: number): Core | null {
  let j = end + 1;
  const w = tokens[j]?.lower;
  if (w === 'in' || w === 'over' || w === 'of') j += 1;
  else if (w === 'out' && tokens[j + 1]?.lower === 'of') j += 2;
  else return null;
  if (tokens[j] === undefined || tokens[j]!.sent !== tokens[end]!.sent) return null;
  const y = bareAt(tokens, j, false);
  if (y === null || y.start !== j || y.shape !== 'cardinal' || y.unit !== undefined || y.range !== undefined || y.value === null || y.value <= 0 || x > y.value || !Number.isInteger(y.value)) return null;
  if (w === 'over' && (isNominal(tokens[y.end + 1]) || tokens[y.end + 1]?.lower === 'of')) return null;
  // "nine of 10 voters", "three of four": a share only of three, four, five or ten, as polls put it
  // ("12 of 40 hostages" counts twelve).
  if (w === 'of' && (x < 2 || x >= y.value || !SHARE_OF_WHOLES.has(y.value))) return null;
  return { start, end: y.end, value: x / y.value, vague: false, shape: 'ratio' };
}

/** A bare figure starting at token k, or null; with a share after it ("1 in 4") when there is one. */
function coreAt(tokens: readonly Token[], k: number): Core | null {
  const core = bareAt(tokens, k);
  if (core === null || core.shape !== 'cardinal' || core.unit !== undefined || core.range !== undefined || core.value === null) return core;
  return ratioAt(tokens, core.start, core.value, core.end) ?? core;
}

/** An ordinal's value: "tenth", "first", "twenty-first", "15th"; undefined for anything else. */
function ordinalValue(t: Token | undefined): number | undefined {
  if (t === undefined) return undefined;
  const digits = t.type === 'num' ? /^(\d+)(?:st|nd|rd|th)$/u.exec(t.lower) : null;
  if (digits) return Number(digits[1]);
  if (!isWord(t)) return undefined;
  const compound = compoundOrdinal(t.lower);
  return t.lower === 'first' ? 1 : (ORDINALS.get(t.lower) ?? (compound?.plural === false ? compound.value : undefined));
}

/** The rank at token k ends its phrase: no noun ("the tenth floor"), no "of" ("the 3rd of May") after it. */
const rankEnds = (tokens: readonly Token[], k: number): boolean => {
  const next = tokens[k + 1];
  return !(isWord(next) && next.sent === tokens[k]!.sent && (isNominal(next) || next.lower === 'of'));
};

/**
 * A rank as the bound of a range, with its "the": "higher than the tenth", "between the tenth and
 * the fifteenth" (the second read by `rangeAfter`); not "the tenth floor", "between the 3rd and
 * the 5th of May".
 */
function rankAt(tokens: readonly Token[], k: number): Core | null {
  const value = ordinalValue(tokens[k]);
  const before = tokens[k - 2]?.lower;
  if (value === undefined || tokens[k - 1]?.lower !== 'the' || (before !== 'between' && before !== 'than') || !rankEnds(tokens, k)) return null;
  if (before === 'between') {
    const second = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    if (tokens[k + 1]?.lower !== 'and' || ordinalValue(tokens[second]) === undefined || !rankEnds(tokens, second)) return null;
  }
  // "higher than the tenth", not "better than the first".
  if (before === 'than' && !HEDGES.some((h) => h.words[h.words.length - 1] === 'than' && k - 1 - h.words.length >= 0 && matchWords(tokens, k - 1 - h.words.length, h.words))) return null;
  return { start: k - 1, end: k, value, vague: false, shape: 'ordinal' };
}

/** Words after a figure that keep it a figure even after a name: a range, a list, a share, a scale. */
const FIGURE_GOES_ON = new Set(['to', 'and', 'or', 'of', 'per', 'percent', 'pc', 'by', 'than', 'out']);

/**
 * "English 101\"", "Voyager 2 in 1979", "Windows 10 is": whole digits right after a capitalised word
 * inside a sentence, with no noun they count and nothing that makes them a figure after them (a
 * comma, a range, a percent sign, a scale); not in a headline written in capitals.
 */
function namesSomething(tokens: readonly Token[], k: number): boolean {
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
function inName(tokens: readonly Token[], k: number): boolean {
  const link = tokens[k - 1];
  const name = tokens[k - 2];
  if (!isWord(link) || (link.lower !== 'of' && link.lower !== 'for') || !isWord(name) || !/^\p{Lu}\p{Ll}/u.test(name.text) || tokens[k - 3]?.sent !== tokens[k]!.sent) return false;
  const next = tokens[k + 1];
  if (isWord(next) && next.sent === tokens[k]!.sent && (isPluralNoun(next) || (FIGURE_GOES_ON.has(next.lower) && next.lower !== 'and') || NUMBER_SCALES.has(next.lower) || PERCENT_WORDS.some((p) => p[0] === next.lower))) return false;
  return link.lower === 'of' || (isWord(next) && next.cap) || next === undefined || next.sent !== tokens[k]!.sent || next.text === '.';
}

const STREET_WORDS = new Set(['avenue', 'ave', 'ave.', 'street', 'st.', 'road', 'rd.', 'boulevard', 'blvd.', 'drive', 'lane', 'parkway']);

/** "1600 Pennsylvania Avenue", "12 Main St.": digits before one or two capitalised words and a street word are an address. */
function streetNumber(tokens: readonly Token[], k: number): boolean {
  for (let n = 1; n <= 2; n += 1) {
    const name = tokens[k + n];
    if (!isWord(name) || !name.cap || name.sent !== tokens[k]!.sent) return false;
    const street = tokens[k + n + 1];
    if (isWord(street) && street.cap && STREET_WORDS.has(street.lower)) return true;
  }
  return false;
}

/** Style sheet lengths pasted with an article: "20px", "width:100%" (a property, a colon and the figure, without spaces). */
function styleLength(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next?.lower === 'px' && !next.spaceBefore) return true;
  return prev?.text === ':' && !prev.spaceBefore && !tokens[k]!.spaceBefore && isWord(tokens[k - 2]) && /^[a-z-]+$/u.test(tokens[k - 2]!.text);
}

/** "richest", "wealthiest", "strongest": after an ordinal, a rank ("the sixth richest man"), not a count. */
const isSuperlative = (t: Token | undefined): boolean => isWord(t) && t.lower.length > 5 && /[^e]est$/u.test(t.lower);

/**
 * "the “Fantastic Four” reboot", "the Ferries for Twenty campaign": a number word written with a
 * capital inside a sentence, after a capitalised word (or "for"/"of" after one), that no
 * capitalised word or plural noun follows, is part of a name; a headline in capitals keeps its counts
 * ("Abedin Needs Two Relationships").
 */
function capitalisedInName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t.cap || !isWord(prev) || prev.sent !== t.sent) return false;
  const named = prev.cap || ((prev.lower === 'for' || prev.lower === 'of') && isWord(tokens[k - 2]) && tokens[k - 2]!.cap && tokens[k - 2]!.sent === t.sent);
  const after = next !== undefined && next.sent === t.sent ? next : undefined;
  return named && !(isWord(after) && (after.cap || isPluralNoun(after)));
}

/** A bare figure starting at token k, or null. */
function bareAt(tokens: readonly Token[], k: number, shares = true): Core | null {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const rank = prev?.lower === 'the' ? rankAt(tokens, k) : null;
  if (rank !== null) return rank;
  if (t.type === 'num') {
    const text = t.lower;
    // "1/40 of the wavelength": before "of", any denominator makes a share.
    const slash = slashFraction(t, next?.lower === 'of');
    if (slash !== undefined && !isDateNumber(tokens, k)) return { start: k, end: k, value: slash, vague: false, shape: 'fraction' };
    // "22,24,26,31": a list of figures written without spaces, not one number.
    if (/^\d+(?:,\d+){2,}$/u.test(text) && !/^\d{1,3}(?:,\d{3})+$/u.test(text)) return null;
    if (text.includes(':') || text.includes('/') || /^\d{4}-\d{1,2}-\d{1,2}$/u.test(text) || /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/u.test(text)) return null;
    if (/^\d{4}s$/u.test(text) || /^\d0s$/u.test(text)) return null;
    // "4:17 a.m.", "1400 hrs" name a time; "3 hrs" counts hours.
    // Only digits that can be a clock time: "2.30 pm", "11 am", "0900 GMT" ("2.123 pm" is 2.123 picometres);
    // "10 local residents" counts residents.
    if (isWord(next) && TIME_SUFFIXES.has(next.lower) && isClockTime(text) && !(next.lower === 'hrs' && /^\d{1,2}(?:\.\d+)?$/u.test(text)) && !(next.lower === 'local' && isNominal(tokens[k + 2]) && tokens[k + 2]!.lower !== 'time')) return null;
    // "401(k)", "501(c)(3)": a section of a code, glued to a letter or figure in brackets.
    if (prev?.text === '(' && !prev.spaceBefore && tokens[k - 2]?.text === ')' && next?.text === ')') return null;
    if (next?.text === '(' && !next.spaceBefore && /^\d+$/u.test(text) && /^(?:\p{L}|\d{1,2})$/u.test(tokens[k + 2]?.text ?? '') && !tokens[k + 2]!.spaceBefore && tokens[k + 3]?.text === ')') return null;
    if (isWord(prev) && IDENTIFIER_WORDS.has(prev.lower) && prev.cap) return null;
    if (namesSomething(tokens, k) || inName(tokens, k) || streetNumber(tokens, k) || styleLength(tokens, k)) return null;
    if (isDateNumber(tokens, k)) return null;
    // "5G", "3D": names, not figures.
    if (isWord(next) && !next.spaceBefore && (next.text === 'G' || next.text === 'D') && /^\d+$/u.test(text)) return null;
    // The exponent of a unit or a power ("km^2", "fb−1"), not a figure.
    if (!t.spaceBefore && (prev?.text === '^' || ((prev?.text === '−' || prev?.text === '-') && isWord(tokens[k - 2]) && !prev.spaceBefore))) return null;
    const ordinal = /^(\d+)(st|nd|rd|th)$/u.exec(text);
    if (ordinal) {
      const after = tokens[k + 1];
      if (!isWord(after) || after.cap || !isNominal(after) || TIME_POINT_NOUNS.has(after.lower) || isTimeWord(after) || isSuperlative(after)) return null;
      return { start: k, end: k, value: Number(ordinal[1]), vague: false, shape: 'ordinal' };
    }
    // "1 234 567", "40 000": digits grouped by single spaces.
    let grouped = k;
    while (/^\d{1,3}$/u.test(tokens[k]!.text) && tokens[grouped + 1]?.type === 'num' && /^\d{3}(?:\.\d+)?$/u.test(tokens[grouped + 1]!.text) && tokens[grouped + 1]!.start - tokens[grouped]!.end === 1 && !tokens[grouped]!.text.includes('.') && !(prev?.type === 'num' && t.start - prev.end === 1 && /^\d{1,3}$/u.test(prev.text))) grouped += 1;
    if (grouped > k) {
      let digits = '';
      for (let n = k; n <= grouped; n += 1) digits += tokens[n]!.text;
      return { start: k, end: grouped, value: Number(digits), vague: false, shape: 'cardinal' };
    }
    const plainYear = /^\d{4}$/u.test(text) && Number(text) >= 1800 && Number(text) <= 2100;
    // "2020-21" is a season or a span of years.
    if (/^(?:19|20)\d\d-\d\d(?:\d\d)?$/u.test(text)) return null;
    // "5-10%", "30%-40%": a range of shares, the sign after the second end a token of its own.
    const shares = /^([\d.]+)%?-([\d.]+)$/u.exec(text);
    if (shares && next?.text === '%' && !next.spaceBefore && Number(shares[2]) > Number(shares[1])) return { start: k, end: k + 1, value: Number(shares[1]), vague: false, range: [Number(shares[1]), Number(shares[2])], unit: 'percent', shape: 'cardinal' };
    const score = /^(\d+)-(\d+)$/u.exec(text);
    // "10-11 a.m.": hours.
    if (score && isWord(next) && TIME_SUFFIXES.has(next.lower) && isClockTime(score[1]!) && isClockTime(score[2]!)) return null;
    // "won by 2-1", "leads 34-27": a larger figure first is a split, not a range (but "-78-0" runs from a negative).
    const negative = (prev?.text === '-' || prev?.text === '−') && !t.spaceBefore;
    if (score && Number(score[2]) <= Number(score[1]) && !negative) return { start: k, end: k, value: Number(score[1]), vague: false, shape: 'cardinal' };
    if (score) return { start: k, end: k, value: Number(score[1]), vague: false, range: [Number(score[1]), Number(score[2])], shape: 'cardinal' };
    // "5k-20k", "10-15"
    const spanned = /^([\d.,]+)(k|m|bn)?-([\d.,]+)(k|m|bn)?$/u.exec(text);
    if (spanned) {
      const low = digitsValue(spanned[1]!) * (SCALE_ABBREVIATIONS.get(spanned[2] ?? spanned[4] ?? '') ?? 1);
      const high = digitsValue(spanned[3]!) * (SCALE_ABBREVIATIONS.get(spanned[4] ?? '') ?? 1);
      if (Number.isFinite(low) && Number.isFinite(high) && high > low) return { start: k, end: k, value: low, vague: false, range: [low, high], shape: 'cardinal' };
    }
    const compound = /^([\d.,]+)-\p{L}/u.exec(text);
    if (compound) return { start: k, end: k, value: digitsValue(compound[1]!), vague: false, shape: 'compound' };
    const pct = /^([\d.,]+)%$/u.exec(text);
    if (pct) return { start: k, end: k, value: digitsValue(pct[1]!), vague: false, unit: 'percent', shape: 'cardinal' };
    const suffixed = /^([\d.,]+)(\p{L}+)$/u.exec(text);
    let value = suffixed ? digitsValue(suffixed[1]!) : digitsValue(text);
    let unit: string | undefined;
    if (suffixed) {
      const scale = SCALE_ABBREVIATIONS.get(suffixed[2]!);
      if (scale !== undefined) value *= scale;
      else unit = suffixed[2];
    }
    let end = k;
    let start = k;
    // "1.5e3", "12.32e+14", "1.3x10^6", "2.48×10−5", "10^6": a power of ten or a power.
    const power = suffixed ? null : exponentAfter(tokens, k);
    if (power !== null) {
      value = power.ten ? Number(`${value}e${power.exponent}`) : value ** power.exponent;
      end = power.end;
    }
    // ".08": a decimal written without its leading zero.
    if (prev?.text === '.' && !t.spaceBefore && (prev.spaceBefore || k === 1) && /^\d+$/u.test(text)) {
      value = Number(`0.${text}`);
      start = k - 1;
    }
    // "2 1/2", "2½": a whole and a fraction.
    const after = tokens[end + 1];
    const part = end === k && /^\d+$/u.test(text) && after !== undefined && after.nl === 0 ? (VULGAR_FRACTIONS.get(after.text) ?? (after.spaceBefore ? slashFraction(after) : undefined)) : undefined;
    if (part !== undefined) {
      value += part;
      end += 1;
    }
    const scale = scaleAfter(tokens, end);
    // "4 thousand 3 hundred and 21", "3 hundred and one": digits with scale words read as words.
    const mixed = start === k && end === k && /^\d{1,3}$/u.test(text) && scale.end > end ? spelledNumber(tokens, k) : null;
    if (mixed !== null && mixed.end >= scale.end) {
      value = mixed.value;
      end = mixed.end;
    } else if (scale.end > end) {
      value *= scale.factor;
      end = scale.end;
      // "3 million and a half", "2 million and three fifths": a part of the scale.
      const part = partAt(tokens, end + 2);
      if (part !== null && tokens[end + 2]!.sent === t.sent) {
        value += (NUMBER_SCALES.get(tokens[end]!.lower) ?? 1) * part.value;
        end = part.end;
      }
    } else if (isWord(next) && next.nl === 0 && (next.spaceBefore ? SCALE_LETTERS.has(next.text) && !isNominal(tokens[k + 2]) : GLUED_SCALE_LETTERS.has(next.text.replace(/\.$/u, '')))) {
      // "8 B", "2.33 k", "10 bln": a scale written as letters after a space; "1.2b", "2mil", "$2.2T" without one
      // (with the full stop the tokenizer keeps on a capital letter: "10M.").
      const letters = next.text.replace(/\.$/u, '');
      value *= letters === 'MM' ? 1e6 : letters === 'T' ? 1e12 : (SCALE_ABBREVIATIONS.get(letters.toLowerCase()) ?? 1);
      end = k + 1;
    }
    const pctEnd = percentAfter(tokens, end);
    if (pctEnd > end) {
      end = pctEnd;
      unit = 'percent';
    }
    if (!Number.isFinite(value)) return null;
    if (plainYear && end === k) return { start: k, end: k, value, vague: false, unit: 'year', shape: 'cardinal' };
    return { start, end, value, vague: false, shape: 'cardinal', ...(unit ? { unit } : {}) };
  }
  const vulgar = VULGAR_FRACTIONS.get(t.text);
  if (vulgar !== undefined) return { start: k, end: k, value: vulgar, vague: false, shape: 'fraction' };
  if (!isWord(t)) return null;
  const w = t.lower;
  // "$US113 trillion", "$A2.5 billion": the country letters sit between the symbol and the digits.
  const lettered = /^(?:US|A|AU|C|CA|NZ|HK|S)(\d[\d,]*(?:\.\d+)?)$/u.exec(t.text);
  if (lettered && prev !== undefined && CURRENCY_SYMBOLS.has(prev.text) && !t.spaceBefore) {
    let value = digitsValue(lettered[1]!);
    const scale = scaleAfter(tokens, k);
    value *= scale.factor;
    return { start: k, end: scale.end, value, vague: false, shape: 'cardinal' };
  }
  // Vague quantities: "dozens", "tens of thousands", "several", "a couple of".
  const vEnd = vagueAt(tokens, k);
  if (vEnd !== -1) return { start: k, end: vEnd, value: null, vague: true, shape: 'vague' };
  // "a million", "a hundred and two", "a dozen", "a third of", "a fifth", "a quarter million".
  if ((w === 'a' || w === 'an') && isWord(next)) {
    const scale = NUMBER_SCALES.get(next.lower);
    if (scale !== undefined && scale >= 100) {
      const spelled = spelledNumber(tokens, k);
      if (spelled !== null) return { start: k, end: spelled.end, value: spelled.value, vague: false, shape: 'cardinal' };
    }
    if (scale !== undefined) {
      const more = scaleAfter(tokens, k + 1);
      return { start: k, end: more.end, value: scale * more.factor, vague: false, shape: 'cardinal' };
    }
    const fraction = fractionAt(tokens, k);
    // "less than a half", "below a half": a share after a comparison ("an hour and a half" is read with its whole).
    const compared = isWord(prev) && (prev.lower === 'than' || HEDGES.some((h) => h.words.length === 1 && h.words[0] === prev.lower));
    if (fraction === null || (next.lower === 'half' && !(compared && !isNominal(tokens[k + 2])))) return null;
    const after = tokens[fraction.end + 1];
    const ofScale = isWord(after) && after.nl === 0 ? NUMBER_SCALES.get(after.lower) : undefined;
    if (ofScale !== undefined && ofScale >= 1000) return { start: k, end: fraction.end + 1, value: fraction.value * ofScale, vague: false, shape: 'cardinal' };
    // Not "a third party", "a fifth term", "a quarter to five".
    if (isNominal(after) || (isWord(after) && (after.lower === 'to' || after.lower === 'past') && after.sent === t.sent)) return null;
    return { start: k, end: fraction.end, value: fraction.value, vague: false, shape: 'fraction' };
  }
  if (w === 'half') {
    if (prev && (ORDINALS.has(prev.lower) || prev.lower === 'first' || prev.lower === 'other' || prev.lower === 'the')) return null;
    const n = tokens[k + 1];
    // "half million" ("half a million" below).
    if (n && isWord(n) && n.nl === 0 && (NUMBER_SCALES.get(n.lower) ?? 0) >= 1000) return { start: k, end: k + 1, value: 0.5 * NUMBER_SCALES.get(n.lower)!, vague: false, shape: 'cardinal' };
    const hedged = isWord(prev) && ['than', 'about', 'around', 'nearly', 'almost', 'roughly', 'over'].includes(prev.lower);
    if (n && isWord(n) && !['of', 'a', 'an', 'the', 'their', 'its', 'his', 'her'].includes(n.lower) && isNominal(n) && !TIME_UNITS.has(n.lower) && !hedged) return null;
    if (n?.lower === 'a' && isWord(tokens[k + 2]) && NUMBER_SCALES.has(tokens[k + 2]!.lower)) return { start: k, end: k + 2, value: 0.5 * (NUMBER_SCALES.get(tokens[k + 2]!.lower) ?? 1), vague: false, shape: 'cardinal' };
    return { start: k, end: k, value: 0.5, vague: false, shape: 'fraction' };
  }
  // "hundred thousand dollars": a hundred, without "a", before a larger scale.
  if (w === 'hundred' && isWord(next) && next.nl === 0 && (NUMBER_SCALES.get(next.lower) ?? 0) >= 1000 && !(isWord(prev) && (wordNumber(prev.lower) !== undefined || prev.lower === 'a'))) {
    const more = scaleAfter(tokens, k);
    return { start: k, end: more.end, value: 100 * more.factor, vague: false, shape: 'cardinal' };
  }
  // "quarter million"
  if (w === 'quarter' && isWord(next) && next.nl === 0 && (NUMBER_SCALES.get(next.lower) ?? 0) >= 1000 && prev?.lower !== 'a') return { start: k, end: k + 1, value: 0.25 * NUMBER_SCALES.get(next.lower)!, vague: false, shape: 'cardinal' };
  const multiple = MULTIPLES.get(w);
  if (multiple !== undefined) return { start: k, end: k, value: multiple, vague: false, shape: 'cardinal' };
  const compoundOrd = compoundOrdinal(w);
  const ordinal = ORDINALS.get(w) ?? (compoundOrd?.plural === false ? compoundOrd.value : undefined);
  if (ordinal !== undefined) {
    if (t.cap && t.sent === next?.sent && next.cap) return null;
    // "a third party", "a second opinion": a thing, not a count.
    if (isWord(next) && ORDINAL_COMPOUNDS.get(w)?.has(next.lower)) return null;
    const compoundNext = next?.type === 'num' && /-\p{L}/u.test(next.text);
    if (!compoundNext && (!isWord(next) || next.cap || !isNominal(next) || TIME_POINT_NOUNS.has(next.lower) || isTimeWord(next) || next.lower === 'of' || isSuperlative(next))) {
      // "third straight defeat" is fine; "the 18th of March", "the second half" are not.
      if (!(isWord(next) && ['straight', 'consecutive', 'successive'].includes(next.lower))) return null;
    }
    if (w === 'second' && (prev?.lower === 'per' || prev?.lower === 'a') && !isNominal(next)) return null;
    return { start: k, end: k, value: ordinal, vague: false, shape: 'ordinal' };
  }
  // "two-thirds", "three-quarters", "one-eighth", "one-half"
  const dash = w.indexOf('-');
  const numerator = dash > 0 ? wordNumber(w.slice(0, dash)) : undefined;
  const den = numerator !== undefined && compoundOrd === undefined ? FRACTION_WORDS.get(w.slice(dash + 1)) : undefined;
  if (numerator !== undefined && den !== undefined && w.endsWith('s') === (numerator !== 1)) {
    // "three-quarters of a million"
    const scale = tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'a' && isWord(tokens[k + 3]) && tokens[k + 3]!.sent === t.sent ? NUMBER_SCALES.get(tokens[k + 3]!.lower) : undefined;
    if (scale !== undefined && scale >= 1000) return { start: k, end: k + 3, value: (numerator / den) * scale, vague: false, shape: 'cardinal' };
    return { start: k, end: k, value: numerator / den, vague: false, shape: 'fraction' };
  }
  // "all for naught", "came to naught": nothing, not zero.
  if (w === 'naught' && (prev?.lower === 'for' || prev?.lower === 'to')) return null;
  const parsed = parseNumberWord(t);
  if (parsed === null || inName(tokens, k) || capitalisedInName(tokens, k)) return null;
  // "Number Two", "World War Two": a name, as digits after these words are.
  if (isWord(prev) && prev.cap && (IDENTIFIER_WORDS.has(prev.lower) || prev.lower === 'war') && prev.sent === t.sent) return null;
  // "Two, disrupt the network. Three, …": a spoken list's marker, opening its sentence before a comma.
  if (t.cap && (prev === undefined || prev.sent !== t.sent) && next?.text === ',' && parsed.value <= 10) return null;
  // "his one-time rival", "a one-sided race", "not a one-off": former, partial, unique; not one of anything.
  if (parsed.compound && (w === 'one-time' || w === 'one-sided' || w === 'one-off')) return null;
  if (parsed.compound) return { start: k, end: k, value: parsed.value, vague: false, shape: 'compound' };
  // "one hundred and six", "one and a half": a longer number, not the word "one".
  const longer = w === 'one' && (next?.lower === 'hundred' || NUMBER_SCALES.has(next?.lower ?? '') || (next?.lower === 'and' && partAt(tokens, k + 2) !== null) || fractionAt(tokens, k) !== null) ? spelledNumber(tokens, k) : null;
  if (w === 'one' && !(longer && longer.end > k) && !(isWord(prev) && NEGATIVE_WORDS.has(prev.lower))) {
    if (next?.lower === 'of' || /^another(?:['’]s)?$/u.test(next?.lower ?? '')) return null;
    // Idioms: "at one point", "on the one hand", "one way or another"
    if (next && ['point', 'hand', 'way', 'thing'].includes(next.lower)) return null;
    // "estimates that one in 30 skippers": a share after "that" or "which" too.
    const share = shares ? ratioAt(tokens, k, 1, k) : null;
    if (share !== null && !(prev && ['no', 'the', 'every', 'any', 'each'].includes(prev.lower))) return share;
    if (prev && ['no', 'the', 'every', 'any', 'each', 'this', 'that', 'which', 'no-one', 'someone', 'other'].includes(prev.lower)) return null;
    // "one month", "One year later" count time ("one day" is as often "some day").
    const time = isWord(next) && TIME_UNITS.has(next.lower) && !/^(?:day|night)s?$/u.test(next.lower);
    if ((!isNominal(next) && !time) || next!.cap) return null;
    // "One is …", "One dresses …" open a sentence as a pronoun.
    if (t.cap && (prev === undefined || prev.sent !== t.sent) && !time) return null;
  }
  const spelled = spelledNumber(tokens, k);
  let value = spelled?.value ?? parsed.value;
  let end = spelled?.end ?? k;
  if (end === k) {
    const scale = scaleAfter(tokens, k);
    if (scale.end > k) {
      value *= scale.factor;
      end = scale.end;
    }
  }
  const pctEnd = percentAfter(tokens, end);
  if (pctEnd > end) return { start: k, end: pctEnd, value, vague: false, unit: 'percent', shape: 'cardinal' };
  if (isDateNumber(tokens, end)) return null;
  return { start: k, end, value, vague: false, shape: 'cardinal' };
}

function hedgeBefore(tokens: readonly Token[], start: number, core: Core): { start: number; hedge: Hedge } | null {
  for (const h of HEDGES) {
    const from = start - h.words.length;
    // Tokens run in sentence order, so a hedge whose first word is in the figure's sentence lies wholly in it.
    if (from < 0 || tokens[from]!.sent !== tokens[start]!.sent || !matchWords(tokens, from, h.words)) continue;
    if (h.hedge === 'some' && core.vague) continue;
    if (h.notBeforeTimeUnit) {
      const after = tokens[core.end + 1];
      // "over two years" is a duration; "over thirty years old" an age.
      if (isWord(after) && TIME_UNITS.has(after.lower) && tokens[core.end + 2]?.lower !== 'old') continue;
    }
    return { start: from, hedge: h.hedge };
  }
  return null;
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'staff', 'police', 'personnel', 'women', 'men', 'troops', 'civilians']);

/** A plural noun in lower case: "troops", "voters", "people". */
const isPluralNoun = (t: Token | undefined): boolean => isWord(t) && !t.cap && isNominal(t) && (/[^s]s$/u.test(t.lower) || IRREGULAR_PLURALS.has(t.lower));

function countedAfter(tokens: readonly Token[], end: number): string | undefined {
  let k = end + 1;
  if (tokens[k]?.lower === 'of') k += 1;
  if (isDeterminer(tokens[k]) && tokens[k]!.lower !== 'a') k += 1;
  // "three months", "Three Months After the Flood": a count of time units.
  const unit = tokens[k];
  if (isWord(unit) && TIME_UNITS.has(unit.lower) && unit.sent === tokens[end]!.sent) return unit.lower;
  let last: Token | undefined;
  let plural: Token | undefined;
  for (let n = 0; n < 4; n += 1) {
    const t = tokens[k + n];
    if (!isWord(t) || !isNominal(t) || t.sent !== tokens[end]!.sent) break;
    if (isVerbLike(t)) break;
    last = t;
    if (/[^s]s$/u.test(t.lower) || IRREGULAR_PLURALS.has(t.lower)) plural = t;
  }
  const pick = plural ?? last;
  return pick?.text;
}

/** The nearest event word in the figure's clause, not past a comma or another figure. */
function eventNear(tokens: readonly Token[], start: number, end: number): string | undefined {
  const sent = tokens[start]!.sent;
  const stops = (t: Token) => t.sent !== sent || t.text === ',' || t.text === ';' || t.type === 'num' || (isWord(t) && wordNumber(t.lower) !== undefined);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let k = end + 1; k < tokens.length && k <= end + 10; k += 1) {
    const t = tokens[k]!;
    if (stops(t)) break;
    const ev = isWord(t) ? EVENT_WORDS[t.lower] : undefined;
    if (ev) {
      best = ev;
      bestDistance = k - end;
      break;
    }
  }
  for (let k = start - 1; k >= 0 && k >= start - 10 && start - k < bestDistance; k -= 1) {
    const t = tokens[k]!;
    if (stops(t)) break;
    const ev = isWord(t) ? EVENT_WORDS[t.lower] : undefined;
    if (ev) return ev;
  }
  return best;
}

/**
 * Tokens inside a web address, an e-mail address or a phone number ("https://…/2020/10", "+1-222-
 * 2222"): identifiers, whose digits are not figures. A run of tokens written without spaces is one
 * piece; one pass.
 */
function identifierPieces(tokens: readonly Token[]): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  for (let k = 1; k <= tokens.length; k += 1) {
    if (k < tokens.length && !tokens[k]!.spaceBefore) continue;
    let link = false;
    for (let n = from; n < k && !link; n += 1) {
      const t = tokens[n]!;
      // "pic.twitter.com/AbC…", "bit.ly/2x": a domain name and a slash, without "https://".
      const domain = t.type === 'word' && /\.(?:com|org|net|gov|edu|co|ly|io)$/u.test(t.lower) && tokens[n + 1]?.text === '/' && n + 1 < k;
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
function marksOrCites(tokens: readonly Token[], k: number): boolean {
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
function titleWithTime(tokens: readonly Token[], start: number, end: number): boolean {
  const unit = tokens[end + 1];
  if (!isWord(unit) || !unit.cap || !TIME_UNITS.has(unit.lower) || unit.sent !== tokens[end]!.sent) return false;
  const lower = (t: Token | undefined) => isWord(t) && !t.cap && t.sent === unit.sent;
  return lower(tokens[end + 2]) || lower(tokens[start - 1]) || (!isWord(tokens[start - 1]) && lower(tokens[start - 2]));
}

/** All quantities in token order. */
export function findNumbers(tokens: readonly Token[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  const identifier = identifierPieces(tokens);
  for (let k = 0; k < tokens.length; k += 1) {
    if (identifier[k] || marksOrCites(tokens, k)) continue;
    const core = coreAt(tokens, k);
    if (core === null || titleWithTime(tokens, core.start, core.end)) continue;
    let start = core.start;
    let end = core.end;
    let range = core.range;
    // Currency symbol right before: "$4.2 billion", "US$2 billion".
    const sym = tokens[start - 1];
    let unit = core.unit;
    if (sym && !tokens[start]!.spaceBefore && CURRENCY_SYMBOLS.has(sym.text)) {
      start -= 1;
      unit = CURRENCY_SYMBOLS.get(sym.text);
      if (tokens[start - 1]?.text === 'US' && !sym.spaceBefore) start -= 1;
    }
    let hedge: Hedge = core.vague ? 'vague' : 'none';
    let value = core.value;
    // "-1", "−9.5", "minus one": negative values (not a dash between two figures, nor a bullet before a word: "-One poll").
    const before = tokens[start - 1];
    const margin = plusOrMinusBefore(tokens, start);
    if (margin !== -1) {
      // "plus or minus 3 points", "+/- 3.5%", "±4": a margin, not a negative value.
      start = margin;
    } else if (value !== null && before !== undefined && (before.text === '-' || before.text === '−') && tokens[start]!.type === 'num' && !tokens[start]!.spaceBefore && (before.spaceBefore || start - 1 === 0 || COMPARISON_CHARS.has(tokens[start - 2]!.text)) && tokens[start - 2]?.type !== 'num') {
      // "-78-0": a range from a negative figure.
      if (range) range = [-range[0], range[1]].sort((x, y) => x - y) as [number, number];
      value = -value;
      start -= 1;
    } else if (value !== null && before !== undefined && (before.text === '-' || before.text === '−') && !tokens[start]!.spaceBefore && !before.spaceBefore && tokens[start - 2] && CURRENCY_SYMBOLS.has(tokens[start - 2]!.text)) {
      // "$-99.99"
      value = -value;
      start -= 2;
      unit = CURRENCY_SYMBOLS.get(tokens[start]!.text);
    } else if (value !== null && !range && isWord(before) && NEGATIVE_WORDS.has(before.lower)) {
      // Not before a range: "a negative 42%-49% rating" is two shares.
      value = -value;
      start -= 1;
    }
    // "between $4.4 billion and $4.6 billion", "10 to 15", "5 kg to 10 kg"
    const spread = value !== null && !core.vague && !range ? rangeAfter(tokens, start, end, value, unit, core.shape === 'ordinal' && tokens[start]!.lower === 'the') : null;
    if (spread) {
      if (spread.between) start -= 1;
      range = spread.range;
      value = spread.range[0];
      // "5 to 10 percent": the unit written once, after the second end.
      if (spread.percent) unit = 'percent';
      end = spread.end;
    }
    // A bare four-digit year-like figure counts only with a plural noun right after it: "2000 troops",
    // not "until at least 2029", "any 2016 presidential candidates", "the Harbour Week 2019 fair".
    // Two such figures make a span of years ("from 2018 to 2020", "between 2015 and 2019"), not a range.
    if (unit === 'year') {
      const counted = countedAfter(tokens, end);
      const before = tokens[start - 1];
      // "fiscal year 2014 levels": a year named as one.
      // "the 2016 and 2020 races": a year joined to another.
      const joinedYear = isWord(before) && (before.lower === 'and' || before.lower === 'or') && /^(?:1[89]|20)\d\d$/u.test(tokens[start - 2]?.text ?? '');
      const attributive = joinedYear || (before !== undefined && (isDeterminer(before) || /[’']s$/u.test(before.text) || (isWord(before) && (G.prepositions.has(before.lower) || before.lower === 'year'))));
      const countsNext = counted !== undefined && tokens[end + 1]?.text === counted && isPluralNoun(tokens[end + 1]);
      if (range ? !countsNext : attributive || !countsNext || /^\p{Lu}/u.test(counted) || TIME_UNITS.has(counted.toLowerCase())) continue;
      unit = undefined;
    }
    const h = hedgeBefore(tokens, start, core) ?? symbolHedgeBefore(tokens, start);
    if (h) {
      start = h.start;
      hedge = h.hedge;
    }
    // "90-plus parties", "twenty-plus years": at least the figure.
    if (hedge === 'none' && core.shape === 'compound' && tokens[core.end]!.lower.endsWith('-plus')) hedge = 'at-least';
    if (!range && !core.vague) {
      const after = hedgeAfter(tokens, end, hedge);
      if (after) {
        hedge = after.hedge;
        end = after.end;
      }
    }
    const counted = unit === 'percent' ? undefined : countedAfter(tokens, end);
    if (unit === undefined && counted && CURRENCY_WORDS.has(counted.toLowerCase())) unit = CURRENCY_WORDS.get(counted.toLowerCase());
    const found: FoundNumber = { start, end, value: core.vague ? null : value, hedge };
    const measured = (unit !== undefined && (unit === 'percent' || CURRENCY_SYMBOLS.has(tokens[start]!.text) || CURRENCY_WORDS.has((counted ?? '').toLowerCase()))) || (core.shape === 'compound' && !TIME_UNITS.has(tokens[core.end]!.lower.replace(/^[\d.,]+-/u, '')));
    const money = unit !== undefined && unit !== 'percent' && (CURRENCY_WORDS.has((counted ?? '').toLowerCase()) || CURRENCY_CODES.has(unit));
    const direction = directionBefore(tokens, start, measured || counted === undefined || MEASURE_NOUNS.has(counted.toLowerCase()), money) ?? directionAfter(tokens, end, measured);
    if (direction) found.direction = direction;
    const finalUnit = unit ?? counted;
    if (finalUnit) found.unit = finalUnit;
    if (counted) found.counted = counted;
    const ev = eventNear(tokens, start, end);
    if (ev) found.event = ev;
    if (range) found.range = range;
    out.push(found);
    k = end;
  }
  return boundsAsRanges(tokens, out);
}

/**
 * The first token of "plus or minus", "+/-" or "±" right before the figure at token `start` (a
 * margin: "plus or minus 4.3 percentage points", "+/-3", "± 2"), or -1.
 */
function plusOrMinusBefore(tokens: readonly Token[], start: number): number {
  const at = (n: number, text: string) => tokens[n] !== undefined && tokens[n]!.lower === text && tokens[n]!.sent === tokens[start]!.sent;
  if (at(start - 1, '±')) return start - 1;
  if (at(start - 1, 'minus') && at(start - 2, 'or') && at(start - 3, 'plus')) return start - 3;
  if ((at(start - 1, '-') || at(start - 1, '−')) && at(start - 2, '/') && at(start - 3, '+') && !tokens[start - 1]!.spaceBefore && !tokens[start - 2]!.spaceBefore) return start - 3;
  return -1;
}

const FLOORS = new Set<Hedge>(['more-than', 'at-least', 'over']);

/**
 * A floor and a ceiling joined by "and", "but" or a comma make one range: "more than 10 and less
 * than 20", "at most 100 and at least 20" ([20, 100]). Not "more than 40 and less than 10".
 */
function boundsAsRanges(tokens: readonly Token[], found: FoundNumber[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (let n = 0; n < found.length; n += 1) {
    const a = found[n]!;
    const b = found[n + 1];
    const gap = b ? b.start - a.end - 1 : 0;
    const joined = b !== undefined && gap >= 1 && gap <= 2 && tokens[a.end]!.sent === tokens[b.start]!.sent && tokens.slice(a.end + 1, b.start).every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'but');
    // "at most 100 and at least 20 apples": the noun written once, after the second.
    if (joined && a.value !== null && b.value !== null && !a.range && !b.range && (a.unit === b.unit || a.unit === undefined)) {
      const low = FLOORS.has(a.hedge) && b.hedge === 'up-to' ? a : a.hedge === 'up-to' && FLOORS.has(b.hedge) ? b : null;
      const high = low === a ? b : a;
      if (low !== null && low.value! < high.value!) {
        const merged: FoundNumber = { ...a, end: b.end, value: low.value, hedge: 'none', range: [low.value!, high.value!] };
        if (merged.unit === undefined && b.unit !== undefined) merged.unit = b.unit;
        if (merged.counted === undefined && b.counted !== undefined) merged.counted = b.counted;
        out.push(merged);
        n += 1;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const CHANGE_VERBS = new Set(['changed', 'moved', 'went', 'shifted', 'revised', 'upgraded', 'downgraded', 'swung', 'turned']);

const isChangeWord = (t: Token | undefined): boolean => isWord(t) && (DIRECTION_UP.has(t.lower) || DIRECTION_DOWN.has(t.lower) || CHANGE_VERBS.has(t.lower));

/** A word of change in the clause before "from" (at most five words back): "grew this year from 146 to 212". */
function changeBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 5; k -= 1) {
    const t = tokens[k]!;
    if (t.sent !== tokens[from]!.sent || t.text === ',' || t.text === ';') return false;
    if (isChangeWord(t)) return true;
  }
  return false;
}

/** Nouns that measure a change ("a rise of 190 points"), not things that rise ("the rise of two parties"). */
const MEASURE_NOUNS = new Set(['point', 'points', 'degree', 'degrees', 'cent', 'cents', 'pence', 'notches', 'places', 'seats', 'votes']);

const RAISED = new Set(['raised', 'raise', 'raises', 'raising']);
/** Verbs whose particle "up" says nothing about a change: "make up", "picked up", "signed up". */
const UP_PARTICLE_VERBS = new Set(['make', 'makes', 'made', 'making', 'pick', 'picks', 'picked', 'picking', 'end', 'ends', 'ended', 'ending', 'take', 'takes', 'took', 'taking', 'sign', 'signs', 'signed', 'signing', 'show', 'shows', 'showed', 'showing', 'set', 'sets', 'setting', 'line', 'lined', 'lines', 'sum', 'summed', 'add', 'adds', 'added', 'adding', 'round', 'rounds', 'rounded', 'rounding', 'turn', 'turns', 'turned', 'turning']);
/** The units a currency sign gives: "USD", "EUR". */
const CURRENCY_CODES = new Set(CURRENCY_SYMBOLS.values());

/**
 * "rose 0.3%", "fell by 190 points", "up 19 cents": the figure is a change. "to $58.24" is a level.
 * `measure`: the figure measures an amount (a share, a sum, points) rather than counting things,
 * so that "the rise of 24-hour ferries" or "the rise of two parties" is no change. `money`: a sum of money.
 */
function directionBefore(tokens: readonly Token[], start: number, measure: boolean, money = false): 'up' | 'down' | undefined {
  let k = start - 1;
  if (isWord(tokens[k]) && tokens[k]!.lower === 'by') k -= 1;
  const t = tokens[k];
  if (!isWord(t) || t.sent !== tokens[start]!.sent) return undefined;
  // "raised $2.3 million" is money collected, not a change ("raised the fee by $2" is one).
  if (RAISED.has(t.lower) && k === start - 1 && money) return undefined;
  // "make up at least half", "pick up 45 delegates": "up" as a verb's particle.
  if (t.lower === 'up' && isWord(tokens[k - 1]) && UP_PARTICLE_VERBS.has(tokens[k - 1]!.lower)) return undefined;
  if (DIRECTION_UP.has(t.lower)) return 'up';
  if (DIRECTION_DOWN.has(t.lower)) return 'down';
  // "a rise of 3%", "a drop of 190 points"
  const noun = t.lower === 'of' && k === start - 1 ? tokens[k - 1] : undefined;
  // "the rise of two parties" names things that rise; "a rise of 3%", "the drop of 190 points" a change.
  const counts = !measure && isDeterminer(tokens[k - 2]) && tokens[k - 2]!.lower !== 'a' && tokens[k - 2]!.lower !== 'an';
  if (isWord(noun) && noun.sent === t.sent && !counts) {
    if (DIRECTION_UP_OF.has(noun.lower)) return 'up';
    if (DIRECTION_DOWN_OF.has(noun.lower)) return 'down';
  }
  return undefined;
}

/**
 * "a 5% rise", "a 10-point drop", "$2 higher", "190 points lower": a word of change right after the
 * figure (or after one unit word before "higher"/"lower"). `measured`: the figure is a share, a sum
 * of money or hyphenated ("10-point"), so that "two rises" stays a count.
 */
function directionAfter(tokens: readonly Token[], end: number, measured: boolean): 'up' | 'down' | undefined {
  const read = (t: Token | undefined, comparative: boolean): 'up' | 'down' | undefined => {
    if (!isWord(t) || t.sent !== tokens[end]!.sent) return undefined;
    if (comparative && t.lower !== 'higher' && t.lower !== 'lower') return undefined;
    if (DIRECTION_UP_AFTER.has(t.lower)) return 'up';
    if (DIRECTION_DOWN_AFTER.has(t.lower)) return 'down';
    return undefined;
  };
  const next = tokens[end + 1];
  const unitThen = isNominal(next) && !next!.cap ? read(tokens[end + 2], true) : undefined;
  return (measured ? read(next, false) : read(next, true)) ?? unitThen;
}

/** The figure's unit repeated after the second end of a range ("5 kg to 10 kg", "$350 per kg to $680 per kg"): how many tokens it has, 1 or 2; 0 when none. */
function unitLength(tokens: readonly Token[], end: number): number {
  for (let n = 1; n <= 2; n += 1) {
    const t = tokens[end + n];
    if (t === undefined || t.type === 'num' || t.sent !== tokens[end]!.sent || RANGE_JOINS.has(t.lower) || t.text === ',' || t.lower === 'and') return 0;
    const next = tokens[end + n + 1];
    if (next !== undefined && RANGE_JOINS.has(next.lower)) return n;
  }
  return 0;
}

const RANGE_JOINS = new Set(['to', 'through', '-', '–', '~']);

/**
 * A range from the figure at tokens start..end (value, unit) to a second figure after it:
 * "between 10 and 15", "2000 - 2500", "$5 - $10", "10 to 15", "20 through 100", "8- to 16-meter",
 * "5 kg to 10 kg", "from -18 °C to -34 °C" ([-34, -18]). Not a change: "fell 3.2% to $182.50",
 * "grew this year from 146 to 212". The second figure must be larger, except two negatives.
 */
function rangeAfter(tokens: readonly Token[], start: number, end: number, value: number, unit: string | undefined, rank = false): { range: [number, number]; end: number; between: boolean; percent: boolean } | null {
  const between = tokens[start - 1]?.lower === 'between';
  let gap = unitLength(tokens, end);
  if (gap === 0 && between) {
    // "between 44 mg and 50 mg"
    for (let n = 1; n <= 2 && gap === 0; n += 1) if (tokens[end + n + 1]?.lower === 'and' && tokens[end + n]?.type !== 'num' && tokens[end + n]!.sent === tokens[end]!.sent && !RANGE_JOINS.has(tokens[end + n]!.lower) && tokens[end + n]!.lower !== 'and') gap = n;
  }
  let c = end + 1 + gap;
  let join = tokens[c];
  // "8- to 16-meter": the first figure keeps its hyphen.
  if (join?.text === '-' && !join.spaceBefore && tokens[c + 1]?.lower === 'to') join = tokens[(c += 1)];
  if (join === undefined || join.sent !== tokens[end]!.sent) return null;
  const symbol = CURRENCY_SYMBOLS.has(tokens[start]!.text);
  let second: { end: number; value: number | null; percent: boolean } | null = null;
  if (between) {
    if (join.lower !== 'and' && join.lower !== 'to' && join.text !== '-' && join.text !== '–') return null;
  } else if (join.text === '-' || join.text === '–' || join.text === '~') {
    // "2000 - 2500", "$5 - $10" (a hyphen with no space before it joins words, not figures)
    if (join.text === '-' && !join.spaceBefore && tokens[c - 1]?.type === 'num') return null;
    const next = tokens[c + 1];
    if (next?.type !== 'num' && !(next !== undefined && CURRENCY_SYMBOLS.has(next.text) && symbol)) return null;
  } else if (join.lower === 'to' || join.lower === 'through') {
    // "fell 3.2% to $182.50": a change and the level reached; "dropped by 1 to 1.5 degrees" and
    // "killed 20 to 30" are ranges.
    if (tokens[start - 1]?.lower === 'from' ? changeBefore(tokens, start - 1) : isChangeWord(tokens[start - 1])) return null;
  } else return null;
  second = findRangeEnd(tokens, c + 1, rank);
  if (second === null || second.value === null) return null;
  if (!between && ((unit === 'percent' && !second.percent) || CURRENCY_SYMBOLS.has(tokens[c + 1]?.text ?? '') !== (unit !== undefined && unit !== 'percent' && symbol))) return null;
  const last = second.end;
  if (gap > 0) {
    for (let n = 1; n <= gap; n += 1) if (tokens[second.end + n]?.lower !== tokens[end + n]!.lower) return null;
  }
  // "rose by 0.5% to 3.2%": with the unit on both ends after "by", a change and the level reached.
  if (!between && tokens[start - 1]?.lower === 'by' && isChangeWord(tokens[start - 2]) && ((unit === 'percent' && second.percent) || (symbol && CURRENCY_SYMBOLS.has(tokens[c + 1]?.text ?? '')))) return null;
  const high = second.value;
  const percent = second.percent;
  if (between || high > value) return { range: [value, high], end: last, between, percent };
  if (high < value && value < 0 && high < 0) return { range: [high, value], end: last, between, percent };
  return null;
}

function findRangeEnd(tokens: readonly Token[], k: number, rank = false): { end: number; value: number | null; percent: boolean } | null {
  if (rank) {
    // "between the tenth and (the) fifteenth"
    const at = tokens[k]?.lower === 'the' ? k + 1 : k;
    const value = ordinalValue(tokens[at]);
    return value === undefined || !rankEnds(tokens, at) ? null : { end: at, value, percent: false };
  }
  let s = k;
  if (tokens[s] && CURRENCY_SYMBOLS.has(tokens[s]!.text)) s += 1;
  // "-34": a negative end, the sign written against the digits.
  const negative = (tokens[s]?.text === '-' || tokens[s]?.text === '−') && tokens[s + 1]?.type === 'num' && !tokens[s + 1]!.spaceBefore;
  if (negative) s += 1;
  const t = tokens[s];
  if (t === undefined) return null;
  const core = coreAt(tokens, s);
  if (core === null || core.shape === 'ordinal' || core.vague) return null;
  return { end: core.end, value: negative && core.value !== null ? -core.value : core.value, percent: core.unit === 'percent' };
}

