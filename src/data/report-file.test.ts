import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DATA_FILES, readPublicText, realReport } from '../../tests/fixtures/public-files';
import { dutchNumber, SOURCE_PATH, sourceTable, sourceTextPresent } from '../../tests/fixtures/source-text';
import { parseReportFile } from './report-file';

const report = realReport();

// The data file must say what the report says, row for row, including the printed total that does not add up.
describe.skipIf(!sourceTextPresent())('2021/jaaroverzicht.json against the source text', () => {
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

describe.skipIf(!sourceTextPresent())('the report’s contact against the source text', () => {
  it('gives the address, e-mail and website of the "Contact" section', () => {
    const text = readFileSync(SOURCE_PATH, 'utf8');
    const section = text.slice(text.indexOf('\nContact\n'));
    for (const line of report.contact.address) expect(section).toContain(line);
    expect(section).toContain(report.contact.email);
    expect(section).toContain(report.contact.website.replace(/^https:\/\//, ''));
  });
});

describe('the report’s contact', () => {
  const raw = JSON.parse(readPublicText(DATA_FILES.report)) as Record<string, unknown>;
  const withContact = (contact: unknown) => parseReportFile({ ...raw, contact });

  it('is read from the real file', () => {
    expect(report.contact.email).toBe('binnenwerk@rijksoverheid.nl');
    expect(report.contact.website).toBe('https://www.ubrijk.nl/binnenwerk');
  });

  it('refuses a website that is not https and an address that is no e-mail, leaving the figures', () => {
    const good = report.contact;
    for (const bad of [
      { ...good, website: 'javascript:alert(1)' },
      { ...good, website: 'http://www.ubrijk.nl/binnenwerk' },
      { ...good, email: 'binnenwerk at rijksoverheid' },
      { ...good, address: [] },
    ]) {
      const parsed = withContact(bad);
      expect(parsed.contact.ok).toBe(false);
      expect(parsed.headlines.ok).toBe(true);
    }
  });

  it('reports a missing contact as a problem of that part only', () => {
    const withoutContact = { ...raw };
    delete withoutContact.contact;
    const parsed = parseReportFile(withoutContact);
    expect(parsed.contact).toMatchObject({ ok: false });
    expect(parsed.jobsPerClient.ok).toBe(true);
  });
});
