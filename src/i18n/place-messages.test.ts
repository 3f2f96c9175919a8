import { describe, expect, it } from 'vitest';
import { kindCountsText } from './place-messages';

describe('kindCountsText', () => {
  it('says the noun once where the kinds share the number (Den Haag)', () => {
    const parts = [
      { kind: 'pandgebonden', count: 9 },
      { kind: 'administratief', count: 4 },
    ] as const;
    expect(kindCountsText(parts, 'nl')).toBe('9 pandgebonden en 4 administratieve teams');
    expect(kindCountsText(parts, 'en')).toBe('9 building-related and 4 administrative teams');
  });

  it('uses the singular, and the adjective’s own singular form', () => {
    expect(kindCountsText([{ kind: 'administratief', count: 1 }], 'nl')).toBe('1 administratief team');
    expect(kindCountsText([{ kind: 'pandgebonden', count: 1 }], 'nl')).toBe('1 pandgebonden team');
    expect(
      kindCountsText(
        [
          { kind: 'pandgebonden', count: 1 },
          { kind: 'administratief', count: 1 },
        ],
        'nl',
      ),
    ).toBe('1 pandgebonden en 1 administratief team');
  });

  it('says each noun when the numbers differ', () => {
    const parts = [
      { kind: 'pandgebonden', count: 1 },
      { kind: 'administratief', count: 4 },
    ] as const;
    expect(kindCountsText(parts, 'nl')).toBe('1 pandgebonden team en 4 administratieve teams');
    expect(kindCountsText(parts, 'en')).toBe('1 building-related team and 4 administrative teams');
  });

  it('writes forest teams as the report does, and leaves out kinds without teams', () => {
    const parts = [
      { kind: 'natuurbeheer', count: 2 },
      { kind: 'pandgebonden', count: 0 },
      { kind: 'administratief', count: 3 },
    ] as const;
    expect(kindCountsText(parts, 'nl')).toBe('2 teams bos- en natuurbeheer en 3 administratieve teams');
    expect(kindCountsText([{ kind: 'natuurbeheer', count: 1 }], 'en')).toBe('1 forest and nature management team');
  });

  it('writes large numbers in the language’s notation', () => {
    expect(kindCountsText([{ kind: 'pandgebonden', count: 1200 }], 'nl')).toBe('1.200 pandgebonden teams');
  });
});
