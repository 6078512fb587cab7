/**
 * Quantities: figures with their hedges ("at least 66", "some 1.5 million", "85%", "dozens",
 * "seven-day"), leaving out dates, years, times and identifiers. Pure. This module reads a figure
 * at each token and puts its parts together; the parts live beside it: figures in digits
 * (`number-digits.ts`) and in words (`number-words.ts`), what is not a figure
 * (`number-not-figures.ts`), hedges (`number-hedges.ts`), ranges (`number-ranges.ts`), the
 * direction of a change (`number-changes.ts`) and what a figure counts (`number-context.ts`).
 */
import type { Hedge } from '../schema/article-set';
import { type HedgeEntry, CURRENCY_SYMBOLS, CURRENCY_WORDS, FRACTION_WORDS, G, HEDGES, NEGATIVE_WORDS, IDENTIFIER_WORDS, MULTIPLES, NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS, ORDINAL_COMPOUNDS, ORDINALS, SCALE_ABBREVIATIONS, TIME_POINT_NOUNS, TIME_SUFFIXES, TIME_UNITS, VAGUE_QUANTITIES } from './lexicon';
import { COMPARISON_CHARS, hedgeAfter, symbolHedgeBefore } from './number-hedges';
import { CURRENCY_CODES, MEASURE_NOUNS, directionAfter, directionBefore } from './number-changes';
import { countedAfter, eventNear, isPluralNoun } from './number-context';
import { GLUED_SCALE_LETTERS, SCALE_LETTERS, VULGAR_FRACTIONS, digitsValue, exponentAfter, isClockTime, slashFraction } from './number-digits';
import { capitalisedInName, identifierPieces, inName, isDateNumber, isSuperlative, marksOrCites, namesSomething, streetNumber, styleLength, titleWithTime } from './number-not-figures';
import { rangeAfter } from './number-ranges';
import { compoundOrdinal, fractionAt, ordinalValue, parseNumberWord, partAt, percentAfter, rankEnds, scaleAfter, spelledNumber, vagueAt, wordNumber } from './number-words';
import type { Token } from './tokens';
import type { NumberSpan } from './types';
import { isDeterminer, isNominal, isTimeWord, isWord, matchWords } from './word-classes';

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


/**
 * A rank as the bound of a range, with its "the": "higher than the tenth", "between the tenth and
 * the fifteenth" (the second read by `rangeAfter`); not "the tenth floor", "between the 3rd and
 * the 5th of May".
 */
function rankAt(tokens: readonly Token[], k: number): Core | null {
  const before = tokens[k - 2]?.lower;
  // The words before first: the ordinal is read only after "between the" or "than the", not after every "the".
  if (tokens[k - 1]?.lower !== 'the' || (before !== 'between' && before !== 'than')) return null;
  const value = ordinalValue(tokens[k]);
  if (value === undefined || !rankEnds(tokens, k)) return null;
  if (before === 'between') {
    const second = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    if (tokens[k + 1]?.lower !== 'and' || ordinalValue(tokens[second]) === undefined || !rankEnds(tokens, second)) return null;
  }
  // "higher than the tenth", not "better than the first".
  if (before === 'than' && !HEDGES.some((h) => h.words[h.words.length - 1] === 'than' && k - 1 - h.words.length >= 0 && matchWords(tokens, k - 1 - h.words.length, h.words))) return null;
  return { start: k - 1, end: k, value, vague: false, shape: 'ordinal' };
}


/**
 * The words a figure written in words can start with (`bareAt`'s readings after the digits): a
 * vague quantity's first word, "a"/"an", "half", "hundred", "quarter", multiples, ordinals and
 * number words. Any other word starts none, so it is passed over at once.
 */
const NUMBER_START_WORDS = new Set<string>(['a', 'an', 'half', 'hundred', 'quarter', ...VAGUE_QUANTITIES.map((p) => p[0]!), ...MULTIPLES.keys(), ...ORDINALS.keys(), ...NUMBER_UNITS.keys(), ...NUMBER_TENS.keys()]);

/**
 * A bare figure starting at token k, or null. Digits too many for a number ("9" four hundred times, "…%") are no figure:
 * their value would be Infinity, which no figure is and which reads as null once the analysis is saved as JSON.
 */
function bareAt(tokens: readonly Token[], k: number, shares = true): Core | null {
  const core = bareValueAt(tokens, k, shares);
  if (core && ((core.value !== null && !Number.isFinite(core.value)) || (core.range && !core.range.every((v) => Number.isFinite(v))))) return null;
  return core;
}

/** A bare figure starting at token k, or null, its value as written (see bareAt). */
function bareValueAt(tokens: readonly Token[], k: number, shares = true): Core | null {
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
  // Every vulgar fraction is one character: a longer token is none, without a lookup.
  const vulgar = t.text.length === 1 ? VULGAR_FRACTIONS.get(t.text) : undefined;
  if (vulgar !== undefined) return { start: k, end: k, value: vulgar, vague: false, shape: 'fraction' };
  if (!isWord(t)) return null;
  const w = t.lower;
  // "$US113 trillion", "$A2.5 billion": the country letters sit between the symbol and the digits.
  const last = t.text.charCodeAt(t.text.length - 1);
  const lettered = last >= 48 && last <= 57 ? /^(?:US|A|AU|C|CA|NZ|HK|S)(\d[\d,]*(?:\.\d+)?)$/u.exec(t.text) : null;
  if (lettered && prev !== undefined && CURRENCY_SYMBOLS.has(prev.text) && !t.spaceBefore) {
    let value = digitsValue(lettered[1]!);
    const scale = scaleAfter(tokens, k);
    value *= scale.factor;
    return { start: k, end: scale.end, value, vague: false, shape: 'cardinal' };
  }
  // Every reading below starts from one of these words (or a number word before a dash).
  if (!NUMBER_START_WORDS.has(w) && !(w.includes('-') && NUMBER_START_WORDS.has(w.slice(0, w.indexOf('-'))))) return null;
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

/**
 * The hedges grouped by their last word, each group in HEDGES' order: a hedge ends right before the figure, so only those
 * whose last word stands there can match (a hedge of no words, matching anywhere, would be in every group).
 */
const HEDGES_BY_LAST = (() => {
  const groups = new Map<string, HedgeEntry[]>();
  const anywhere = HEDGES.filter((h) => h.words.length === 0);
  for (const h of HEDGES) {
    if (h.words.length === 0) continue;
    const last = h.words[h.words.length - 1]!;
    if (!groups.has(last)) groups.set(last, HEDGES.filter((e) => e.words.length === 0 || e.words[e.words.length - 1] === last));
  }
  return { groups, anywhere };
})();

function hedgeBefore(tokens: readonly Token[], start: number, core: Core): { start: number; hedge: Hedge } | null {
  const last = tokens[start - 1];
  for (const h of (isWord(last) ? HEDGES_BY_LAST.groups.get(last.lower) : undefined) ?? HEDGES_BY_LAST.anywhere) {
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
    const spread = value !== null && !core.vague && !range ? rangeAfter(tokens, coreAt, start, end, value, unit, core.shape === 'ordinal' && tokens[start]!.lower === 'the') : null;
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

