import { describe, expect, it } from 'vitest';
import { sameSelection } from './selection';

describe('sameSelection', () => {
  it('compares by value', () => {
    expect(sameSelection({ type: 'province', code: 'NL-UT' }, { type: 'province', code: 'NL-UT' })).toBe(true);
    expect(sameSelection({ type: 'province', code: 'NL-UT' }, { type: 'province', code: 'NL-GE' })).toBe(false);
    expect(sameSelection({ type: 'country' }, { type: 'team', id: 'x' })).toBe(false);
    expect(sameSelection({ type: 'team', id: 'x' }, { type: 'team', id: 'x' })).toBe(true);
    expect(sameSelection({ type: 'place', key: 'a' }, { type: 'place', key: 'b' })).toBe(false);
  });
});
