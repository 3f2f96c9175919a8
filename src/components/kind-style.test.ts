import { describe, expect, it } from 'vitest';
import { countLabel, SYMBOL } from './kind-style';

describe('the count on a team symbol', () => {
  it('is written in full up to three digits, and in thousands from four on', () => {
    expect([1, 9, 13, 999].map(countLabel)).toEqual(['1', '9', '13', '999']);
    expect(countLabel(1137)).toBe('1k+');
    expect(countLabel(50_000)).toBe('50k+');
  });

  it('gets smaller as it gets longer, so that it stays inside the shape', () => {
    const sizes = [9, 13, 137, 1137, 50_000].map(SYMBOL.countSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // Bold digits are about 0.6 em wide: the widest label must fit the coloured shape (2 × SYMBOL.fill).
    for (const count of [999, 1137, 50_000]) {
      expect(countLabel(count).length * 0.6 * SYMBOL.countSize(count)).toBeLessThanOrEqual(2 * SYMBOL.fill);
    }
  });
});
