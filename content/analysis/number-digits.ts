/**
 * Figures written in digits: scale letters ("8 B", "1.2b"), fractions with a slash or in one
 * character ("3/4", "½"), exponents ("1.5e3", "x10^6"), clock times and decimal commas. Pure;
 * read by `numbers.ts`.
 */
import type { Token } from './tokens';

export const SCALE_LETTERS = new Set(['k', 'K', 'B', 'bn', 'Bn', 'M', 'MM', 'mn', 'tn', 'bln', 'mln', 'tln']);
/** Denominators of fractions written with a slash ("3/4"); others are more often dates or names ("9/11"). */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 1000]);
/** Fractions written as one character. */
export const VULGAR_FRACTIONS = new Map<string, number>([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5], ['⅘', 4 / 5],
  ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

/** Written right after the digits: also "1.2b", "2mil", "$2.2T" ("5G" is a network, "3D" a shape). */
export const GLUED_SCALE_LETTERS = new Set([...SCALE_LETTERS, 'b', 'm', 'T', 'mil']);

const EXPONENTS: ReadonlyArray<[RegExp, boolean]> = [
  [/^e([+\-−]?\d{1,3})$/u, true],
  [/^[x×]10\^?([+\-−]?\d{1,3})$/u, true],
  [/^\^([+\-−]?\d{1,3})$/u, false],
];

/**
 * An exponent written right after the digits of token k, without spaces: "e10", "e+14", "x10^6",
 * "×10−5", "^23". `ten`: a power of ten to multiply by; else the power to raise to. At most five tokens.
 */
export function exponentAfter(tokens: readonly Token[], k: number): { end: number; exponent: number; ten: boolean } | null {
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
export const isClockTime = (text: string): boolean => /^(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?$|^[0-2]\d[0-5]\d$/u.test(text);

/** "3/4", "1/2": a fraction with a usual denominator, smaller than one ("9/11", "24/7" are not). */
export function slashFraction(t: Token, share = false): number | undefined {
  const m = t.type === 'num' ? /^(\d{1,2})\/(\d{1,3})$/u.exec(t.text) : null;
  return m && Number(m[1]) < Number(m[2]) && (share || FRACTION_DENOMINATORS.has(Number(m[2]))) ? Number(m[1]) / Number(m[2]) : undefined;
}

/**
 * The value of digits as written: "1,234.5"; also with a decimal comma, as much of Europe writes
 * them: "1.234,5", "1.234.567", "5,00", "1,3" (a comma before one or two digits cannot group thousands).
 */
export function digitsValue(text: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(text) && (text.includes(',') || text.split('.').length > 2)) return Number(text.replace(/\./gu, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/u.test(text)) return Number(text.replace(',', '.'));
  return Number(text.replace(/,/gu, ''));
}
