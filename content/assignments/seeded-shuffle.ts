/**
 * A shuffle that gives the same order for the same seed, so an assessment file shows its options in
 * an order that does not follow the author's (who often lists the right answer first), yet building
 * the file twice gives the same file. Not for secrets: only to hide the authored order. Pure.
 */

/** FNV-1a over the UTF-16 code units: a 32-bit seed from a string. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, well-mixed 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const next = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * A seeded shuffle that `acceptable` accepts, trying a few seeds; if none is accepted, the first
 * shuffle that `fallback` accepts, and failing that the list rotated by one (which moves every item
 * of a list of distinct items). Lists of fewer than two items are returned as they are.
 */
export function shuffleWhere<T>(
  items: readonly T[],
  seed: string,
  acceptable: (order: readonly T[]) => boolean,
  fallback: (order: readonly T[]) => boolean = acceptable,
): T[] {
  if (items.length < 2) return [...items];
  const tries = Array.from({ length: 24 }, (_, round) => seededShuffle(items, `${seed}#${round}`));
  const found = tries.find(acceptable) ?? tries.find(fallback);
  if (found) return found;
  const out = [...items];
  out.push(out.shift() as T);
  return out;
}
