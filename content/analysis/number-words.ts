/**
 * Numbers written in words: "twenty-seven", "two hundred and six", "three quarters", "a fifth",
 * "one and a half", ordinals ("twenty-first"), scale and percent words after a figure ("3
 * million", "40 per cent") and vague quantities ("dozens", "tens of thousands"). Pure; read by
 * `numbers.ts`.
 */
import { FRACTION_WORDS, NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS, ORDINALS, PERCENT_WORDS, VAGUE_QUANTITIES } from './lexicon';
import type { Token } from './tokens';
import { byFirstWord, isNominal, isWord, matchWords, phrasesAt } from './word-classes';

export const wordNumber = (w: string): number | undefined => NUMBER_UNITS.get(w) ?? NUMBER_TENS.get(w);

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
export function compoundOrdinal(w: string): { value: number; plural: boolean } | undefined {
  const dash = w.indexOf('-');
  const tens = dash > 0 ? NUMBER_TENS.get(w.slice(0, dash)) : undefined;
  const unit = tens === undefined ? undefined : unitOrdinal(w.slice(dash + 1));
  return tens === undefined || unit === undefined ? undefined : { value: tens + unit.value, plural: unit.plural };
}

/** "twenty-seven", "seven", "Twenty" -> value; compounds with a unit ("seven-day") -> compound. */
export function parseNumberWord(t: Token): { value: number; compound: boolean } | null {
  // Most words are no number: look the first part up before splitting the word.
  const dash = t.lower.indexOf('-');
  const first = wordNumber(dash === -1 ? t.lower : t.lower.slice(0, dash));
  if (first === undefined) return null;
  const parts = t.lower.split('-');
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
export function fractionAt(tokens: readonly Token[], k: number): { end: number; value: number } | null {
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
export function partAt(tokens: readonly Token[], k: number): { end: number; value: number } | null {
  const f = tokens[k - 1]?.lower === 'and' ? fractionAt(tokens, k) : null;
  return f !== null && f.value < 1 ? f : null;
}

/**
 * A number written out over several words from token k: "two hundred and six", "twenty-one
 * trillion three hundred", "two hundred point zero three", "three quarters". Null when token k
 * does not start one. Scales multiply what comes before them, as in speech.
 */
export function spelledNumber(tokens: readonly Token[], k: number): { end: number; value: number } | null {
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

export function scaleAfter(tokens: readonly Token[], k: number): { end: number; factor: number } {
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

const PERCENT_BY_FIRST = byFirstWord(PERCENT_WORDS.map((words) => ({ words })));
const VAGUE_BY_FIRST = byFirstWord(VAGUE_QUANTITIES.map((words) => ({ words })));

export function percentAfter(tokens: readonly Token[], k: number): number {
  for (const { words } of phrasesAt(PERCENT_BY_FIRST, tokens[k + 1])) if (matchWords(tokens, k + 1, words)) return k + words.length;
  return k;
}

export function vagueAt(tokens: readonly Token[], k: number): number {
  for (const { words } of phrasesAt(VAGUE_BY_FIRST, tokens[k])) {
    if (!matchWords(tokens, k, words)) continue;
    const end = k + words.length - 1;
    if (words.length === 1 && words[0] === 'scores' && tokens[end + 1]?.lower !== 'of') continue;
    if (words[0] === 'a' && words[1] === 'few' && words.length === 2 && !isNominal(tokens[end + 1])) continue;
    if (words.length === 1 && words[0] === 'several' && !isNominal(tokens[end + 1]) && tokens[end + 1]?.lower !== 'of') continue;
    return end;
  }
  return -1;
}

/** An ordinal's value: "tenth", "first", "twenty-first", "15th"; undefined for anything else. */
export function ordinalValue(t: Token | undefined): number | undefined {
  if (t === undefined) return undefined;
  const digits = t.type === 'num' ? /^(\d+)(?:st|nd|rd|th)$/u.exec(t.lower) : null;
  if (digits) return Number(digits[1]);
  if (!isWord(t)) return undefined;
  const compound = compoundOrdinal(t.lower);
  return t.lower === 'first' ? 1 : (ORDINALS.get(t.lower) ?? (compound?.plural === false ? compound.value : undefined));
}

/** The rank at token k ends its phrase: no noun ("the tenth floor"), no "of" ("the 3rd of May") after it. */
export const rankEnds = (tokens: readonly Token[], k: number): boolean => {
  const next = tokens[k + 1];
  return !(isWord(next) && next.sent === tokens[k]!.sent && (isNominal(next) || next.lower === 'of'));
};
