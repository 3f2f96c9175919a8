import { describe, expect, it } from 'vitest';
import { wrapText } from './map-image';

describe('wrapText', () => {
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
