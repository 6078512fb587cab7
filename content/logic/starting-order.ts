/**
 * The order an order exercise starts in. Authors list items in the right order, so the start is a
 * seeded shuffle (seeded by set, exercise and profile: the same student sees the same start each
 * time, another student another one), never the right order and never its exact reverse, and
 * preferably with no two neighbours of the answer side by side in the answer's order. Pure.
 */
import { shuffleWhere } from '../assignments/seeded-shuffle';
import { revealsOrder } from '../assignments/strip-keys';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether an order is the answer or, for three or more items, the answer reversed. */
export function isAnswerOrReverse(order: readonly string[], correct: readonly string[]): boolean {
  return same(order, correct) || (order.length > 2 && same([...order].reverse(), correct));
}

/** The seed for one student's start at one exercise. */
export function startingOrderSeed(setId: string, exerciseId: string, profileId: string | null): string {
  return `${setId}/${exerciseId}/${profileId ?? 'no-profile'}`;
}

/**
 * A start for `ids` whose answer is `correct`. With two items the only other order is the reverse,
 * which is then used.
 */
export function startingOrder(ids: readonly string[], correct: readonly string[], seed: string): string[] {
  if (ids.length < 2) return [...ids];
  if (ids.length === 2) return same(ids, correct) ? [ids[1]!, ids[0]!] : [...ids];
  return shuffleWhere(ids, seed, (order) => !revealsOrder(order, correct, true), (order) => !isAnswerOrReverse(order, correct));
}
