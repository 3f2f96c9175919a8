import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap-words';

describe('wrapWords', () => {
  it('wraps a long ministry name at spaces', () => {
    expect(wrapWords('Binnenlandse Zaken en Koninkrijksrelaties', 20)).toEqual([
      'Binnenlandse Zaken',
      'en',
      'Koninkrijksrelaties',
    ]);
    expect(wrapWords('Algemene Zaken', 20)).toEqual(['Algemene Zaken']);
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrapWords('Koninkrijksrelaties', 10)).toEqual(['Koninkrijksrelaties']);
    expect(wrapWords('', 10)).toEqual([]);
  });
});
