/**
 * Ranges of two figures: "between 10 and 15", "2000 - 2500", "$5 - $10", "5 kg to 10 kg", "from
 * -18 °C to -34 °C"; not a change and the level it reaches ("fell 3.2% to $182.50"). Pure; read
 * by `numbers.ts`, which passes its own reader of a figure.
 */
import { CURRENCY_SYMBOLS } from './lexicon';
import { changeBefore, isChangeWord } from './number-changes';
import { ordinalValue, rankEnds } from './number-words';
import type { Token } from './tokens';

/** A figure read from token k (numbers.ts's reader): where it ends, its value, whether vague, its unit and shape. */
export type FigureAt = (tokens: readonly Token[], k: number) => { end: number; value: number | null; vague: boolean; unit?: string; shape: string } | null;

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
export function rangeAfter(tokens: readonly Token[], figureAt: FigureAt, start: number, end: number, value: number, unit: string | undefined, rank = false): { range: [number, number]; end: number; between: boolean; percent: boolean } | null {
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
  second = findRangeEnd(tokens, figureAt, c + 1, rank);
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

function findRangeEnd(tokens: readonly Token[], figureAt: FigureAt, k: number, rank = false): { end: number; value: number | null; percent: boolean } | null {
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
  const core = figureAt(tokens, s);
  if (core === null || core.shape === 'ordinal' || core.vague) return null;
  return { end: core.end, value: negative && core.value !== null ? -core.value : core.value, percent: core.unit === 'percent' };
}
