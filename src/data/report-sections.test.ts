// The report's parts beyond the job tables against the source text: every quoted sentence is the report's own, and
// every figure is in the sentence it is quoted with, in the report's notation.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { realReportFile, readPublicText, DATA_FILES } from '../../tests/fixtures/public-files';
import { SOURCE_PATH, sourceTextPresent } from '../../tests/fixtures/source-text';
import { formatNumber } from '../domain/format';
import { parseReportFile, type ReportFile } from './report-file';
import type { MeasureGroup } from './report-sections';

const file = realReportFile();
function usable<K extends keyof ReportFile>(key: K) {
  const section = file[key] as { ok: true; value: unknown } | { ok: false; problems: string[] } | null;
  if (!section) throw new Error(`the real report has no ${String(key)}`);
  if (!section.ok) throw new Error(`${String(key)}: ${section.problems.join('; ')}`);
  return section.value as Extract<NonNullable<ReportFile[K]>, { ok: true }>['value'];
}
const nl = (value: number, decimals: number) => formatNumber(value, decimals, 'nl');

describe.skipIf(!sourceTextPresent())('the report’s other parts against the source text', () => {
  const source = readFileSync(SOURCE_PATH, 'utf8').replace(/\s+/g, ' ');
  /** A quote is the source's own words; "[…]" leaves out what lies between its parts. */
  const expectQuoted = (quote: string) => {
    for (const part of quote.split(' […] ')) expect(source, part).toContain(part);
  };
  const groups: [string, MeasureGroup][] = [
    ['survey.overall', usable('survey').overall],
    ['survey.response', usable('survey').response!],
    ['survey.engagement', usable('survey').engagement!],
    ['survey.otherParts', usable('survey').otherParts!],
    ['absence', usable('absence')],
  ];

  it.each(groups)('%s: every figure in its sentence, as printed', (_, group) => {
    for (const row of group.rows) {
      const unit = row.unit ?? group.unit;
      const printed = `${row.bound === 'atLeast' ? 'ruim ' : ''}${nl(row.value, row.decimals ?? group.decimals)}${unit === 'percent' ? '%' : ''}`;
      const quote = row.quote ?? group.quote;
      if (quote) {
        expectQuoted(quote);
        expect(quote.replace(/\s+/g, ' '), row.label.nl).toContain(printed);
      } else {
        // A table's row: its label and figure, as the table prints them.
        expect(readFileSync(SOURCE_PATH, 'utf8')).toContain(`${row.label.nl}\t${printed}`);
      }
    }
    if (group.caveat) expectQuoted(group.caveat);
  });

  it('has the table "Uitkomsten van andere onderdelen" under its printed title, all its rows', () => {
    const otherParts = usable('survey').otherParts!;
    const text = readFileSync(SOURCE_PATH, 'utf8');
    const table = text
      .slice(text.indexOf(`${otherParts.title}\n`))
      .split('\n\n')[1]!
      .split('\n');
    expect(otherParts.rows).toHaveLength(table.length);
  });

  it('quotes the people, teams, development and context figures with their sentences', () => {
    const people = usable('people');
    const status = usable('teamStatus');
    const development = usable('development');
    const context = usable('context');
    const figures: [number, string, string][] = [
      [people.onward!.value, people.onward!.quote, nl(people.onward!.value, 0)],
      [people.left!.value, people.left!.quote, nl(people.left!.value, 0)],
      [status.structural, status.quote, nl(status.structural, 0)],
      [status.teams, status.quote, nl(status.teams, 0)],
      [development.bbl!.value, development.bbl!.quote, nl(development.bbl!.value, 0)],
      [context.targetGroupJobs.value, context.targetGroupJobs.quote, nl(context.targetGroupJobs.value, 0)],
    ];
    for (const [, quote, printed] of figures) {
      expectQuoted(quote);
      expect(quote).toContain(printed);
    }
    // The report writes these two in words.
    expectQuoted(development.internships!.quote);
    expect(development.internships!.quote).toMatch(/vijf maatschappelijke stages; vier van de vijf/);
    expect([development.internships!.value, development.internships!.working]).toEqual([5, 4]);
    expectQuoted(development.trainings!.quote);
    for (const reason of people.left!.reasons) expect(people.left!.quote).toContain(reason.nl);
  });

  it('has a review of the year whose every event is quoted, in month order as the report tells it', () => {
    const events = usable('timeline');
    for (const event of events) expectQuoted(event.quote);
    expect(events.map((e) => e.month)).toEqual([...events.map((e) => e.month)].sort((a, b) => a - b));
    expect(events.find((e) => e.province)?.province).toBe('NL-LI');
  });
});

describe('the report’s optional parts', () => {
  const raw = JSON.parse(readPublicText(DATA_FILES.report)) as Record<string, unknown>;

  it('are all in the real file and usable', () => {
    for (const key of ['survey', 'absence', 'people', 'teamStatus', 'development', 'context', 'timeline'] as const) {
      expect(file[key]?.ok, key).toBe(true);
    }
  });

  it('are null where a year’s report has none, leaving the rest', () => {
    const without = { ...raw };
    delete without.survey;
    delete without.timeline;
    const parsed = parseReportFile(without);
    expect(parsed.survey).toBeNull();
    expect(parsed.timeline).toBeNull();
    expect(parsed.absence?.ok).toBe(true);
    expect(parsed.headlines.ok).toBe(true);
  });

  it('name what is wrong in a broken part, and keep the others', () => {
    const broken = structuredClone(raw) as typeof raw & { survey: { overall: { rows: { value: unknown }[] } } };
    broken.survey.overall.rows[0]!.value = '8,6';
    (broken.timeline as { province?: string }[])[2]!.province = 'NL-XX';
    const parsed = parseReportFile(broken);
    expect(parsed.survey).toMatchObject({ ok: false });
    expect(parsed.survey?.ok === false && parsed.survey.problems.join(' ')).toContain('survey.overall.rows[0].value');
    expect(parsed.timeline).toMatchObject({ ok: false });
    expect(parsed.absence?.ok).toBe(true);
    expect(parsed.jobsPerClient.ok).toBe(true);
  });
});
