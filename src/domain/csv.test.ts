import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes Dutch CSV with semicolons and decimal commas kept as shown', () => {
    expect(
      toCsv(
        [
          ['Opdrachtgever', 'Banen'],
          ['Algemene Rekenkamer', '0,50'],
        ],
        'nl',
      ),
    ).toBe('Opdrachtgever;Banen\r\nAlgemene Rekenkamer;0,50\r\n');
  });

  it('quotes fields that hold the separator or quotes', () => {
    expect(toCsv([['Onderwijs, Cultuur en Wetenschap', '35.70']], 'en')).toBe(
      '"Onderwijs, Cultuur en Wetenschap",35.70\r\n',
    );
    expect(toCsv([['Team "A"; B', '1']], 'nl')).toBe('"Team ""A""; B";1\r\n');
  });
});
