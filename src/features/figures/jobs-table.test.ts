import { describe, expect, it } from 'vitest';
import { toCsv } from '../../domain/csv';
import { jobsCsvRows, jobsScreenRows, type JobsTable } from './jobs-table';

const clients: JobsTable = {
  labelHeader: 'Opdrachtgever',
  jobsHeader: 'Banen',
  footnoteHeader: 'Voetnoot',
  rows: [
    { label: 'Binnenlandse Zaken en Koninkrijksrelaties', value: 176.6 },
    { label: 'Algemene Rekenkamer', value: 0.5 },
  ],
  totals: [
    { label: 'Totaal, opgeteld uit de rijen', value: 177.1 },
    { label: 'Totaal volgens het jaaroverzicht', value: 579.66, footnote: 'banen bij RSO meegerekend' },
  ],
  decimals: 2,
};

const workTypes: JobsTable = {
  labelHeader: 'Werksoort',
  jobsHeader: 'Banen',
  noteHeader: 'Soort team op de kaart',
  footnoteHeader: 'Voetnoot',
  rows: [
    { label: 'Bos- en natuurbeheer', value: 257, note: 'Bos- en natuurbeheer' },
    { label: 'Extra schoonmaak RSO', value: 69, note: 'geen team op de kaart' },
  ],
  totals: [
    { label: 'Totaal, opgeteld uit de rijen', value: 326 },
    { label: 'Totaal volgens het jaaroverzicht', value: 579 },
  ],
  decimals: 0,
};

describe('a job table', () => {
  it('shows the printed total on screen with its footnote marker, as the report prints it', () => {
    expect(jobsScreenRows(clients, (v) => v.toFixed(2).replace('.', ',')).slice(-2)).toEqual([
      ['Totaal, opgeteld uit de rijen', '177,10'],
      ['Totaal volgens het jaaroverzicht', '579,66*'],
    ]);
  });

  it('writes the footnote to a CSV column of its own, the total as a bare number', () => {
    expect(toCsv(jobsCsvRows(clients), 'nl').slice(1).split('\r\n')).toEqual([
      'Opdrachtgever;Banen;Voetnoot',
      'Binnenlandse Zaken en Koninkrijksrelaties;176,60;',
      'Algemene Rekenkamer;0,50;',
      'Totaal, opgeteld uit de rijen;177,10;',
      'Totaal volgens het jaaroverzicht;579,66;* banen bij RSO meegerekend',
      '',
    ]);
  });

  it('adds no footnote column to a table without a footnote, and keeps its note column', () => {
    expect(toCsv(jobsCsvRows(workTypes), 'en').slice(1).split('\r\n')).toEqual([
      'Werksoort,Banen,Soort team op de kaart',
      'Bos- en natuurbeheer,257,Bos- en natuurbeheer',
      'Extra schoonmaak RSO,69,geen team op de kaart',
      '"Totaal, opgeteld uit de rijen",326,',
      'Totaal volgens het jaaroverzicht,579,',
      '',
    ]);
  });
});
