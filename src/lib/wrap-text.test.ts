import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

describe('wrapText by characters (axis labels)', () => {
  it('wraps a long ministry name at spaces', () => {
    expect(wrapText('Binnenlandse Zaken en Koninkrijksrelaties', 20)).toEqual([
      'Binnenlandse Zaken',
      'en',
      'Koninkrijksrelaties',
    ]);
    expect(wrapText('Algemene Zaken', 20)).toEqual(['Algemene Zaken']);
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrapText('Koninkrijksrelaties', 10)).toEqual(['Koninkrijksrelaties']);
    expect(wrapText('', 10)).toEqual([]);
  });
});

describe('wrapText by a measured width (the map picture)', () => {
  const width = (s: string) => s.length * 10;

  it('breaks at spaces so that no line is wider than the limit', () => {
    expect(wrapText('Provinciegrenzen: Natural Earth (publiek domein)', 200, width)).toEqual([
      'Provinciegrenzen:',
      'Natural Earth',
      '(publiek domein)',
    ]);
  });

  it('keeps a word longer than the limit on a line of its own', () => {
    expect(wrapText('a verylongwordindeed b', 50, width)).toEqual(['a', 'verylongwordindeed', 'b']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('  ', 100, width)).toEqual([]);
  });
});
