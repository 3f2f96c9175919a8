import { describe, expect, it } from 'vitest';
import { figureChange, figureChanges } from './figure-change';

describe('figureChange', () => {
  it('is the difference with the earlier figure, rounded to the printed decimals', () => {
    expect(figureChange({ value: 450, decimals: 0 }, { value: 425, decimals: 0 })).toEqual({
      difference: 25,
      decimals: 0,
      previous: 425,
    });
    expect(
      figureChange({ value: 8.8, decimals: 1, unit: 'grade' }, { value: 8.6, decimals: 1, unit: 'grade' }),
    ).toEqual({ difference: 0.2, decimals: 1, previous: 8.6 });
  });

  it('prints with the more precise of the two figures, and gives a fall as a negative number', () => {
    expect(figureChange({ value: 5.5, decimals: 1 }, { value: 6, decimals: 0 })).toEqual({
      difference: -0.5,
      decimals: 1,
      previous: 6,
    });
  });

  it('gives no change without an earlier figure or between figures of different kinds', () => {
    expect(figureChange({ value: 1, decimals: 0 }, null)).toBeNull();
    expect(figureChange({ value: 1, decimals: 0 }, undefined)).toBeNull();
    expect(
      figureChange({ value: 6, decimals: 0, unit: 'percent' }, { value: 6, decimals: 0, unit: 'count' }),
    ).toBeNull();
    expect(figureChange({ value: Number.NaN, decimals: 0 }, { value: 1, decimals: 0 })).toBeNull();
  });

  it('gives no change as 0, never −0', () => {
    expect(Object.is(figureChange({ value: 0.1, decimals: 1 }, { value: 0.1, decimals: 1 })?.difference, 0)).toBe(true);
  });
});

describe('figureChanges', () => {
  it('pairs figures by id, with null for a figure the earlier year lacks', () => {
    const changes = figureChanges(
      [
        { id: 'a', value: 10, decimals: 0 },
        { id: 'b', value: 3, decimals: 0 },
      ],
      [{ id: 'a', value: 7, decimals: 0 }],
    );
    expect(changes.get('a')?.difference).toBe(3);
    expect(changes.get('b')).toBeNull();
    expect(figureChanges([{ id: 'a', value: 1, decimals: 0 }], null).get('a')).toBeNull();
  });
});
