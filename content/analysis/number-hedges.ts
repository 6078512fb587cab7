/**
 * Hedges written around a figure other than as words before it (those are `lexicons/hedges.json`,
 * read in `numbers.ts`): comparison symbols before it (">30", "<= 100", "≥ 5"), and words after it
 * ("500 or more", "18 or under", "voters 45 and older", "more than 5000 or equal to it"). Pure.
 */
import type { Hedge } from '../schema/article-set';
import { NUMBER_TENS, NUMBER_UNITS } from './lexicon';
import type { Token } from './tokens';

const NUMBER_WORDS = new Set([...NUMBER_UNITS.keys(), ...NUMBER_TENS.keys()]);

/** Characters that compare: one or two of them before a figure make its hedge. */
export const COMPARISON_CHARS = new Set(['<', '>', '=', '≤', '≥', '~', '≈']);

/** What the symbols say, read left to right ("< =" is "<="); "<>", "=>" and "=" say nothing about a bound. */
const SYMBOL_HEDGES = new Map<string, Hedge>([
  ['>', 'more-than'], ['>=', 'at-least'], ['≥', 'at-least'],
  ['<', 'up-to'], ['<=', 'up-to'], ['≤', 'up-to'],
  ['~', 'approximately'], ['≈', 'approximately'],
]);

/**
 * A hedge written as comparison symbols right before the figure that starts at token `start`, in
 * its sentence: "x>10", ">= 30", "< = 100", "≤5", "~40". Not after another figure ("10~15" is a
 * range, read elsewhere).
 */
export function symbolHedgeBefore(tokens: readonly Token[], start: number): { start: number; hedge: Hedge } | null {
  let from = start;
  let written = '';
  while (from > 0 && start - from < 2) {
    const t = tokens[from - 1]!;
    if (!COMPARISON_CHARS.has(t.text) || t.sent !== tokens[start]!.sent) break;
    written = t.text + written;
    from -= 1;
  }
  if (from === start || tokens[from - 1]?.type === 'num') return null;
  const hedge = SYMBOL_HEDGES.get(written);
  // A tilde with a space after it is more often a bullet ("~ Two former players …").
  if (hedge === 'approximately' && tokens[start]!.spaceBefore) return null;
  return hedge === undefined ? null : { start: from, hedge };
}

/** A figure (or its currency sign or sign) in the same sentence right after token k. */
function figureFollows(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k + 1];
  return t !== undefined && t.sent === tokens[k]!.sent && (t.type === 'num' || /^[$€£¥₹\-−]$/u.test(t.text) || NUMBER_WORDS.has(t.lower));
}

const HEDGES_AFTER = new Map<string, Hedge>([
  ['or more', 'at-least'], ['or greater', 'at-least'], ['or above', 'at-least'], ['or over', 'at-least'], ['and more', 'at-least'], ['and above', 'at-least'], ['and over', 'at-least'], ['or higher', 'at-least'], ['or older', 'at-least'], ['and older', 'at-least'], ['and up', 'at-least'],
  ['or less', 'up-to'], ['or fewer', 'up-to'], ['or below', 'up-to'], ['or under', 'up-to'], ['or lower', 'up-to'], ['and under', 'up-to'], ['and below', 'up-to'], ['or younger', 'up-to'], ['and younger', 'up-to'],
]);

/**
 * A hedge written after the figure that ends at token `end`, given the hedge before it: "500 or
 * more", "18 or under", "30 at most", "20+", "about 500 or more" (which says more than "about"); "more than 5000 or equal
 * to" is at least 5000. Not "5000 or less than 6000" (a second figure with its own hedge).
 * Returns the new hedge and last token, or null.
 */
export function hedgeAfter(tokens: readonly Token[], end: number, hedge: Hedge): { end: number; hedge: Hedge } | null {
  const a = tokens[end + 1];
  const b = tokens[end + 2];
  // "20+ people": a plus sign against the digits, not a sum ("1+1") or "+/-".
  if (a?.text === '+' && !a.spaceBefore && tokens[end]!.type === 'num' && (b === undefined || b.spaceBefore || b.sent !== a.sent) && (hedge === 'none' || hedge === 'some' || hedge === 'around')) return { end: end + 1, hedge: 'at-least' };
  if (a === undefined || b === undefined || a.sent !== tokens[end]!.sent || b.sent !== a.sent) return null;
  if (a.lower === 'or' && b.lower === 'equal' && (hedge === 'more-than' || hedge === 'up-to')) {
    let last = end + 2;
    if (tokens[last + 1]?.lower === 'to' && tokens[last + 1]!.sent === a.sent) last += 1;
    if (figureFollows(tokens, last)) return null;
    return { end: last, hedge: hedge === 'more-than' ? 'at-least' : 'up-to' };
  }
  if (hedge !== 'none' && hedge !== 'around' && hedge !== 'approximately' && hedge !== 'some') return null;
  // "30 at most", "20 at least"
  if (a.lower === 'at' && (b.lower === 'most' || b.lower === 'least') && !figureFollows(tokens, end + 2)) return { end: end + 2, hedge: b.lower === 'most' ? 'up-to' : 'at-least' };
  const after = HEDGES_AFTER.get(`${a.lower} ${b.lower}`);
  // "the three and up to 15 percent": "up to" hedges the next figure.
  if (after === undefined || (b.lower === 'up' && tokens[end + 3]?.lower === 'to')) return null;
  // "200 or greater than 190" compares with another figure; "200 or greater than." ends with it.
  const than = tokens[end + 3]?.lower === 'than' && tokens[end + 3]!.sent === a.sent;
  if (than && figureFollows(tokens, end + 3)) return null;
  return { end: end + (than ? 3 : 2), hedge: after };
}
