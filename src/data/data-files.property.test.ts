// Property-based tests of the data boundary: whatever a file holds, parsing ends in data or in a DataFileError that
// names the record and the field; good records always pass; one bad record never costs the others.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATA_FILES, readPublicText } from '../../tests/fixtures/public-files';
import { PROVINCE_CODES } from '../domain/provinces';
import { TEAM_KINDS } from '../domain/team-kinds';
import { DataFileError, parseDataFile } from './load-data-file';
import { parseProvincesFile } from './provinces-file';
import { parseReportFile } from './report-file';
import { COUNTRY_BOUNDS } from '../domain/netherlands';
import { isExactTeam, parseTeamsFile, quickTeam, teamSchema, type Team } from './teams-file';

const envelope = JSON.parse(readPublicText(DATA_FILES.teams)) as Record<string, unknown>;
const realReport = JSON.parse(readPublicText(DATA_FILES.report)) as Record<string, unknown>;

const parsers: [name: string, parse: (raw: unknown) => unknown][] = [
  ['teams', parseTeamsFile],
  ['provinces', parseProvincesFile],
  ['report', parseReportFile],
];

/** Parses, and returns the DataFileError if it throws one; any other exception fails the property. */
function outcome<T>(text: string, parse: (raw: unknown) => T): T | DataFileError {
  try {
    return parseDataFile('bestand.json', text, parse);
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
}

const coordinate = fc.tuple(
  fc.double({ min: COUNTRY_BOUNDS[0], max: COUNTRY_BOUNDS[2], noNaN: true }),
  fc.double({ min: COUNTRY_BOUNDS[1], max: COUNTRY_BOUNDS[3], noNaN: true }),
);
const text = fc.string({ minLength: 1, maxLength: 30 });
const team: fc.Arbitrary<Team> = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  kind: fc.constantFrom(...TEAM_KINDS),
  printedAs: text,
  partner: fc.option(text, { nil: null }),
  locations: fc.array(
    fc.record({ place: text, province: fc.constantFrom(...PROVINCE_CODES), coordinates: coordinate }),
    {
      minLength: 1,
      maxLength: 2,
    },
  ),
});
const teams = fc.uniqueArray(team, { minLength: 1, maxLength: 30, selector: (t) => t.id });
const teamsText = (list: unknown[]) => JSON.stringify({ ...envelope, teams: list });

/** Ways to spoil one record, each with the field whose name the message must give. */
const spoilers: [field: string, spoil: (record: Record<string, unknown>) => void][] = [
  ['kind', (r) => delete r.kind],
  ['kind', (r) => (r.kind = 'bosbouw')],
  ['printedAs', (r) => (r.printedAs = 42)],
  ['printedAs', (r) => (r.printedAs = '')],
  ['locations', (r) => (r.locations = [])],
  ['locations[0].province', (r) => ((r.locations as Record<string, unknown>[])[0]!.province = 'NL-XX')],
  ['locations[0].coordinates', (r) => ((r.locations as Record<string, unknown>[])[0]!.coordinates = [51.5, 5.5])],
  ['locations[0].coordinates[0]', (r) => ((r.locations as { coordinates: unknown[] }[])[0]!.coordinates[0] = '5,1234')],
];

/** Changes the team schema accepts but gives back changed (it leaves unknown keys out), or refuses in other ways. */
const reshapers: ((record: Record<string, unknown>) => void)[] = [
  (r) => (r.note = 'extra'),
  (r) => ((r.locations as Record<string, unknown>[])[0]!.gemeente = 'Baarn'),
  (r) => (r.locations as { coordinates: unknown[] }[])[0]!.coordinates.push(0),
  (r) => ((r.locations as { coordinates: unknown[] }[])[0]!.coordinates = [Number.NaN, 52]),
  (r) => ((r.locations as Record<string, unknown>[])[0]!.place = 'Baarn\u202E'),
  (r) => (r.partner = ''),
  (r) => (r.partner = undefined),
  (r) => (r.id = 'Baarn'),
  (r) => (r.locations = 'Baarn'),
  (r) => ((r.locations as unknown[])[0] = null),
];
const spoilt = fc
  .tuple(team, fc.constantFrom(...spoilers.map(([, spoil]) => spoil), ...reshapers))
  .map(([record, spoil]) => {
    const copy = structuredClone(record) as unknown as Record<string, unknown>;
    spoil(copy);
    return copy;
  });

describe('the data files, for any content', () => {
  it.each(parsers)('%s: any text ends in data or in a DataFileError, never in another exception', (_name, parse) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (input) => {
          const result = outcome(input, parse);
          if (result instanceof DataFileError) {
            expect(result.file).toBe('bestand.json');
            expect(result.details.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('teams: every well-formed team is accepted as it is, without problems', () => {
    fc.assert(
      fc.property(teams, (list) => {
        const file = outcome(teamsText(list), parseTeamsFile);
        expect(file).not.toBeInstanceOf(DataFileError);
        if (file instanceof DataFileError) return;
        expect(file.teams).toEqual(list);
        expect(file.problems).toEqual({ messages: [], rejected: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('teams: one spoilt record is left out with a message naming it and its field; the others stay', () => {
    fc.assert(
      fc.property(
        teams.filter((l) => l.length >= 2),
        fc.nat(),
        fc.constantFrom(...spoilers),
        (list, pick, [field, spoil]) => {
          const index = pick % list.length;
          const records = structuredClone(list) as unknown as Record<string, unknown>[];
          spoil(records[index]!);
          const file = outcome(teamsText(records), parseTeamsFile);
          if (file instanceof DataFileError) throw file;
          expect(file.teams).toEqual(list.filter((_, i) => i !== index));
          expect(file.problems.rejected).toBe(1);
          expect(file.problems.messages[0]).toMatch(
            new RegExp(`^teams\\[${index}\\] \\(id "${list[index]!.id}"\\)\\.${field.replace(/[[\].]/g, '\\$&')}: `),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('teams: a record whose id is already taken is left out, whichever it is', () => {
    fc.assert(
      fc.property(
        teams.filter((l) => l.length >= 2),
        fc.nat(),
        (list, pick) => {
          const index = 1 + (pick % (list.length - 1));
          const records = list.map((t, i) => (i === index ? { ...t, id: list[0]!.id } : t));
          const file = outcome(teamsText(records), parseTeamsFile);
          if (file instanceof DataFileError) throw file;
          expect(file.teams.map((t) => t.id)).toEqual(list.filter((_, i) => i !== index).map((t) => t.id));
          expect(file.problems.messages).toEqual([
            `teams[${index}] (id "${list[0]!.id}"): dubbele id "${list[0]!.id}", al gebruikt door teams[0] (id "${list[0]!.id}")`,
          ]);
        },
      ),
    );
  });

  it('teams: the quick check gives what the schema gives, the same records and the same messages', () => {
    const where = (issues: readonly { path: PropertyKey[]; message: string }[] = []) =>
      issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    fc.assert(
      fc.property(fc.oneof(team, spoilt, fc.jsonValue()), (record) => {
        const full = teamSchema().safeParse(record);
        const quick = quickTeam().safeParse(record);
        expect(quick.success).toBe(full.success);
        expect(quick.data).toEqual(full.data);
        expect(where(quick.error?.issues)).toEqual(where(full.error?.issues));
        if (isExactTeam(record)) expect(full.data).toEqual(record);
      }),
      { numRuns: 500 },
    );
  });

  it('teams: the quick check takes a well-formed team as it is', () => {
    fc.assert(
      fc.property(team, (record) => {
        expect(isExactTeam(record)).toBe(true);
      }),
    );
  });

  it('report: a table spoilt anywhere costs only that table', () => {
    const sections = ['headlines', 'jobsPerClient', 'jobsPerWorkType'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...sections), fc.jsonValue(), (section, junk) => {
        const file = outcome(JSON.stringify({ ...realReport, [section]: junk }), parseReportFile);
        if (file instanceof DataFileError) throw file;
        for (const other of sections) {
          if (other !== section) expect(file[other].ok).toBe(true);
        }
        if (!file[section].ok) expect(file[section].problems.every((p) => p.startsWith(section))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a number written the Dutch way is explained with the number to write instead', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 }), (whole, cents) => {
        const dutch = `${whole.toLocaleString('nl-NL')},${String(cents).padStart(2, '0')}`;
        const report = structuredClone(realReport) as { jobsPerClient: { publishedTotal: unknown } };
        report.jobsPerClient.publishedTotal = dutch;
        const file = outcome(JSON.stringify(report), parseReportFile);
        if (file instanceof DataFileError || file.jobsPerClient.ok)
          throw new Error('expected the client table to fail');
        expect(file.jobsPerClient.problems).toEqual([
          `jobsPerClient.publishedTotal: getal als tekst geschreven (${JSON.stringify(dutch)}): schrijf ${whole}.${String(cents).padStart(2, '0')}, zonder aanhalingstekens en met een punt als decimaalteken`,
        ]);
      }),
    );
  });
});
