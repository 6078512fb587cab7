/**
 * The direction of a change a figure measures: "rose 0.3%", "fell by 190 points", "a 5% rise",
 * "up 19 cents" (`direction: 'up' | 'down'`); "to $58.24" is a level and has none. Pure; read by
 * `numbers.ts` and `number-ranges.ts`.
 */
import { CURRENCY_SYMBOLS, DIRECTION_DOWN, DIRECTION_DOWN_AFTER, DIRECTION_DOWN_OF, DIRECTION_UP, DIRECTION_UP_AFTER, DIRECTION_UP_OF } from './lexicon';
import type { Token } from './tokens';
import { isDeterminer, isNominal, isWord } from './word-classes';

const CHANGE_VERBS = new Set(['changed', 'moved', 'went', 'shifted', 'revised', 'upgraded', 'downgraded', 'swung', 'turned']);

export const isChangeWord = (t: Token | undefined): boolean => isWord(t) && (DIRECTION_UP.has(t.lower) || DIRECTION_DOWN.has(t.lower) || CHANGE_VERBS.has(t.lower));

/** A word of change in the clause before "from" (at most five words back): "grew this year from 146 to 212". */
export function changeBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 5; k -= 1) {
    const t = tokens[k]!;
    if (t.sent !== tokens[from]!.sent || t.text === ',' || t.text === ';') return false;
    if (isChangeWord(t)) return true;
  }
  return false;
}

/** Nouns that measure a change ("a rise of 190 points"), not things that rise ("the rise of two parties"). */
export const MEASURE_NOUNS = new Set(['point', 'points', 'degree', 'degrees', 'cent', 'cents', 'pence', 'notches', 'places', 'seats', 'votes']);

const RAISED = new Set(['raised', 'raise', 'raises', 'raising']);
/** Verbs whose particle "up" says nothing about a change: "make up", "picked up", "signed up". */
const UP_PARTICLE_VERBS = new Set(['make', 'makes', 'made', 'making', 'pick', 'picks', 'picked', 'picking', 'end', 'ends', 'ended', 'ending', 'take', 'takes', 'took', 'taking', 'sign', 'signs', 'signed', 'signing', 'show', 'shows', 'showed', 'showing', 'set', 'sets', 'setting', 'line', 'lined', 'lines', 'sum', 'summed', 'add', 'adds', 'added', 'adding', 'round', 'rounds', 'rounded', 'rounding', 'turn', 'turns', 'turned', 'turning']);
/** The units a currency sign gives: "USD", "EUR". */
export const CURRENCY_CODES = new Set(CURRENCY_SYMBOLS.values());

/**
 * "rose 0.3%", "fell by 190 points", "up 19 cents": the figure is a change. "to $58.24" is a level.
 * `measure`: the figure measures an amount (a share, a sum, points) rather than counting things,
 * so that "the rise of 24-hour ferries" or "the rise of two parties" is no change. `money`: a sum of money.
 */
export function directionBefore(tokens: readonly Token[], start: number, measure: boolean, money = false): 'up' | 'down' | undefined {
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
export function directionAfter(tokens: readonly Token[], end: number, measured: boolean): 'up' | 'down' | undefined {
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
