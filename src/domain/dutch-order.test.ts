import { describe, expect, it } from 'vitest';
import { compareDutch } from './dutch-order';

describe('compareDutch', () => {
  it('orders as Dutch does: case and accents second, letters first', () => {
    const names = ['Zuid-Holland', 'éénhoorn', 'Utrecht', 'appel', 'Eindhoven', 'IJsselmonde', 'Ede'];
    expect([...names].sort(compareDutch)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(compareDutch('a', 'a')).toBe(0);
  });
});
