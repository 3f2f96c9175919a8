import { describe, expect, it } from 'vitest';
import { realReport } from '../../tests/fixtures/public-files';
import { dutchNumber, sourceTable, sourceTextPresent } from '../../tests/fixtures/source-text';

const report = realReport();

// The data file must say what the report says, row for row, including the printed total that does not add up.
describe.skipIf(!sourceTextPresent())('jaaroverzicht-2021.json against the source text', () => {
  it('has the jobs per client exactly as printed, and the printed total', () => {
    const table = sourceTable('Opdrachtgever\tBanen');
    const total = table.pop();
    expect(total).toEqual(['Totaal', '579,66*']);
    expect(report.jobsPerClient.rows.map((r) => [r.client, r.jobs])).toEqual(
      table.map(([c, v]) => [c, dutchNumber(v)]),
    );
    expect(report.jobsPerClient.publishedTotal).toBe(dutchNumber(total![1]));
  });

  it('has the jobs per work type exactly as printed', () => {
    const table = sourceTable('Werksoorten\tBanen');
    expect(report.jobsPerWorkType.rows.map((r) => [r.workType, r.jobs])).toEqual(
      table.map(([w, v]) => [w, dutchNumber(v)]),
    );
  });

  it('keeps the published decimals: two for clients (0,50), none for work types', () => {
    expect(report.jobsPerClient.decimals).toBe(2);
    expect(report.jobsPerWorkType.decimals).toBe(0);
  });
});
