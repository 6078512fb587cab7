/**
 * Reordering a list by hand (Move up / Move down buttons, drag and drop): one rule for every list the
 * renderer lets a person reorder. Never mutates; an item that is not in the list is never added.
 */

/**
 * The list with `item` taken out and put back at position `to` of the result (clamped to the list),
 * or the same list when the item is absent or would not move, so a caller can skip an update.
 */
export function moveItem<T>(list: T[], item: T, to: number): T[] {
  const from = list.indexOf(item);
  const at = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || at === from) return list;
  const next = list.filter((_, i) => i !== from);
  next.splice(at, 0, item);
  return next;
}
