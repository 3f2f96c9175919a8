import { describe, expect, it } from 'vitest';
import { realReport } from '../../tests/fixtures/public-files';
import { sourceName } from './source-names';

describe('sourceName', () => {
  it('keeps the printed Dutch name in Dutch', () => {
    expect(sourceName('Financiën', 'nl')).toBe('Financiën');
  });

  it('gives the official English name', () => {
    expect(sourceName('Binnenlandse Zaken en Koninkrijksrelaties', 'en')).toBe('Interior and Kingdom Relations');
  });

  it('gives the client table footnote in English', () => {
    expect(sourceName('banen bij RSO meegerekend', 'en')).toBe('jobs at the RSO included');
  });

  it('falls back to the printed name when it has no translation', () => {
    expect(sourceName('Nieuwe opdrachtgever', 'en')).toBe('Nieuwe opdrachtgever');
  });

  it('has an English text for every client, work type and footnote in the report file', () => {
    const report = realReport();
    const names = [
      ...report.jobsPerClient.rows.map((r) => r.client),
      ...report.jobsPerWorkType.rows.map((r) => r.workType),
      report.jobsPerClient.footnote,
    ];
    expect(names.filter((name) => sourceName(name, 'en') === name)).toEqual([]);
  });
});
