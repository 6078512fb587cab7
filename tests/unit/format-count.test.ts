import { describe, expect, it } from 'vitest';
import { formatCount } from '../../content/logic/format-count';

describe('formatCount', () => {
  it('writes numbers as toLocaleString("en") does', () => {
    const samples = [0, 7, 66, 999, 1000, 27708, 32000, 1500000, 113e12, 0.3, 1.5, 58.24, 19.999, 1234.5678, 0.0004, 2.0005, -1200, -0.5, 100, 1e20, 1e21, 1e16 + 0.5];
    for (const n of samples) expect(formatCount(n), String(n)).toBe(n.toLocaleString('en'));
  });
  it('gives random integers and decimals the same way', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i += 1) {
      const n = Math.round((next() - 0.2) * 10 ** Math.floor(next() * 12) * 100) / (i % 2 ? 100 : 1);
      expect(formatCount(n), String(n)).toBe(n.toLocaleString('en'));
    }
  });
});
