/** Moving an item in a list the person reorders (order exercises, the key editor, an assignment's exercises, Compare's columns). */
import { describe, expect, it } from 'vitest';
import { moveItem } from '../../renderer/src/shared/move-item';

describe('moveItem', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('moves an item one place up or down (the Move up / Move down buttons)', () => {
    expect(moveItem(list, 'c', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 'b', 2)).toEqual(['a', 'c', 'b', 'd']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts a dragged item at the place it was dropped on, either way', () => {
    expect(moveItem(list, 'a', 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveItem(list, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(list, 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('keeps the ends: moving the first up or the last down changes nothing and returns the same list', () => {
    expect(moveItem(list, 'a', -1)).toBe(list);
    expect(moveItem(list, 'd', 4)).toBe(list);
    expect(moveItem(list, 'b', 1)).toBe(list);
    expect(moveItem(list, 'a', -5)).toBe(list);
  });

  it('clamps a far target to the ends', () => {
    expect(moveItem(list, 'b', 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(list, 'c', -99)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('never adds an item that is not in the list (text dragged in from elsewhere)', () => {
    expect(moveItem(list, 'outside text', 1)).toBe(list);
    expect(moveItem([], 'x', 0)).toEqual([]);
  });
});
