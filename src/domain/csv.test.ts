import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BYTE_ORDER_MARK, csvNumber, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with the byte-order mark of UTF-8, which Excel needs to read "Financiën"', () => {
    const csv = toCsv([['Financiën', { value: 6, decimals: 2 }]], 'nl');
    expect(csv.startsWith(CSV_BYTE_ORDER_MARK)).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe('Financiën;6,00\r\n');
  });

  it('writes Dutch CSV with semicolons and numbers with a decimal comma, as Dutch Excel reads numbers', () => {
    expect(
      toCsv(
        [
          ['Opdrachtgever', 'Banen'],
          ['Algemene Rekenkamer', { value: 0.5, decimals: 2 }],
          ['Binnenlandse Zaken en Koninkrijksrelaties', { value: 176.6, decimals: 2 }],
        ],
        'nl',
      ),
    ).toBe(
      `${CSV_BYTE_ORDER_MARK}Opdrachtgever;Banen\r\nAlgemene Rekenkamer;0,50\r\nBinnenlandse Zaken en Koninkrijksrelaties;176,60\r\n`,
    );
  });

  it('writes English CSV with commas and a decimal point', () => {
    expect(toCsv([['Total', { value: 579.66, decimals: 2 }]], 'en')).toBe(`${CSV_BYTE_ORDER_MARK}Total,579.66\r\n`);
  });

  it('quotes fields that hold the separator or quotes', () => {
    expect(toCsv([['Onderwijs, Cultuur en Wetenschap', { value: 35.7, decimals: 2 }]], 'en')).toBe(
      `${CSV_BYTE_ORDER_MARK}"Onderwijs, Cultuur en Wetenschap",35.70\r\n`,
    );
    expect(toCsv([['Team "A"; B', '1']], 'nl')).toBe(`${CSV_BYTE_ORDER_MARK}"Team ""A""; B";1\r\n`);
  });

  it('reads back with a BOM-aware CSV parser as the same fields, numbers unquoted', () => {
    const csv = toCsv(
      [
        ['Opdrachtgever', 'Banen', 'Voetnoot'],
        ['Totaal volgens het jaaroverzicht', { value: 579.66, decimals: 2 }, '* banen bij RSO meegerekend'],
      ],
      'nl',
    );
    const records: string[][] = parse(csv, { bom: true, delimiter: ';' });
    expect(records).toEqual([
      ['Opdrachtgever', 'Banen', 'Voetnoot'],
      ['Totaal volgens het jaaroverzicht', '579,66', '* banen bij RSO meegerekend'],
    ]);
    expect(csv).not.toContain('"579,66"');
  });
});

describe('csvNumber', () => {
  it.each([
    [1234.5, 2, 'nl', '1234,50'],
    [1234.5, 2, 'en', '1234.50'],
    [579, 0, 'nl', '579'],
    [-0.17, 2, 'nl', '-0,17'],
  ] as const)('writes %d with %d decimals in %s as %s, without grouping', (value, decimals, language, text) => {
    expect(csvNumber({ value, decimals }, language)).toBe(text);
  });
});
