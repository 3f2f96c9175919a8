import { describe, expect, it } from 'vitest';
import { breakUrl } from './handout-image';

describe('breakUrl', () => {
  it('breaks a link after its last separator that fits, or anywhere if it has none', () => {
    const width = (s: string) => s.length;
    expect(breakUrl('https://example.org/kaart/?zoek=valkenburg_katwijk&taal=en', 42, width)).toEqual([
      'https://example.org/kaart/?',
      'zoek=valkenburg_katwijk&taal=en',
    ]);
    expect(breakUrl('abcdefgh', 3, width)).toEqual(['abc', 'def', 'gh']);
    expect(breakUrl('https://a.nl/', 80, width)).toEqual(['https://a.nl/']);
  });
});
