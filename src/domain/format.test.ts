import { describe, expect, it } from 'vitest';
import { formatNumber, formatSignedNumber } from './format';

describe('formatNumber', () => {
  it('writes Dutch notation with the decimals the source prints', () => {
    expect(formatNumber(579.66, 2, 'nl')).toBe('579,66');
    expect(formatNumber(176.6, 2, 'nl')).toBe('176,60');
    expect(formatNumber(0.5, 2, 'nl')).toBe('0,50');
    expect(formatNumber(8.6, 1, 'nl')).toBe('8,6');
    expect(formatNumber(2663, 0, 'nl')).toBe('2.663');
  });

  it('writes English notation for the English interface', () => {
    expect(formatNumber(579.66, 2, 'en')).toBe('579.66');
    expect(formatNumber(2663, 0, 'en')).toBe('2,663');
  });

  it('signs changes', () => {
    expect(formatSignedNumber(74, 0, 'nl')).toBe('+74');
    expect(formatSignedNumber(-0.17, 2, 'nl')).toBe('−0,17');
    expect(formatSignedNumber(0, 0, 'nl')).toBe('0');
  });
});
