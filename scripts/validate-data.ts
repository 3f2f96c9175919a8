// `npm run validate-data [folder]`: checks the data files an editor is about to publish, with the app's own parsers
// and the same messages the app shows: the index of the years (data/jaren.json), each listed year's teams and report,
// and the files every year shares. Exits with 1 when anything is wrong.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataFileError, parseDataFile, type Parser } from '../src/data/load-data-file.ts';
import { DATA_FILES, yearFiles } from '../src/data/queries.ts';
import { parseTeamsFile } from '../src/data/teams-file.ts';
import { parseProvincesFile } from '../src/data/provinces-file.ts';
import { parseReportFile, type ReportFile } from '../src/data/report-file.ts';
import { parseWaterFile } from '../src/data/water-file.ts';
import { parsePlacesFile } from '../src/data/places-file.ts';
import { parseTownsFile } from '../src/data/towns-file.ts';
import { parseYearsFile } from '../src/data/years-file.ts';
import { locationsOutsideTheirProvince } from '../src/domain/data-checks.ts';
import { provinceMismatchText } from '../src/app/data-problem-texts.ts';
import { MESSAGES } from '../src/i18n/messages.ts';

export interface FileVerdict {
  file: string;
  /** What the file holds, when it could be read ("44 teams"). */
  summary: string | null;
  problems: string[];
}

function check<T>(
  folder: string,
  file: string,
  parse: Parser<T>,
  problemsOf: (value: T) => string[],
  summaryOf: (value: T) => string,
) {
  let value: T;
  try {
    value = parseDataFile(file, readFileSync(resolve(folder, file), 'utf8'), parse);
  } catch (error) {
    if (error instanceof DataFileError)
      return { value: null, verdict: { file, summary: null, problems: [...error.details] } };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { value: null, verdict: { file, summary: null, problems: ['het bestand ontbreekt'] } };
    }
    throw error;
  }
  return { value, verdict: { file, summary: summaryOf(value), problems: problemsOf(value) } };
}

/** The problems of every part of a report: each part that is a section (`ok` or not) stands on its own. */
function reportProblems(report: ReportFile): string[] {
  return Object.values(report).flatMap((part: unknown) =>
    typeof part === 'object' && part !== null && 'ok' in part && part.ok === false && 'problems' in part
      ? (part.problems as string[])
      : [],
  );
}

/** A year's file must say the year of its folder: the app shows the folder's year, the file's text names its own. */
function yearProblem(file: { year: number }, year: number): string[] {
  return file.year === year ? [] : [`year: het bestand noemt ${file.year}, maar staat in de map van ${year}`];
}

/** Every data file in `folder` (the app's public/ folder), checked on its own and against each other. */
export function validateData(folder: string): FileVerdict[] {
  const index = check(
    folder,
    DATA_FILES.years,
    parseYearsFile,
    () => [],
    (f) => `${f.years.length === 1 ? 'jaar' : 'jaren'} ${f.years.join(', ')}`,
  );
  const years = index.value?.years ?? [];
  const provinces = check(
    folder,
    DATA_FILES.provinces,
    parseProvincesFile,
    (f) => f.problems.messages,
    (f) => `${f.features.length} provincies`,
  );
  const water = check(
    folder,
    DATA_FILES.water,
    parseWaterFile,
    () => [],
    (f) => {
      const lakes = f.features.filter((area) => area.properties.kind === 'lake').length;
      const land = f.features.length - lakes;
      return [
        lakes === 1 ? '1 meer' : `${lakes} meren`,
        ...(land > 0 ? [`${land} buurland${land === 1 ? '' : 'en'}`] : []),
      ].join(', ');
    },
  );
  const places = check(
    folder,
    DATA_FILES.places,
    parsePlacesFile,
    () => [],
    (f) => `${f.places.length} plaatsen`,
  );
  const towns = check(
    folder,
    DATA_FILES.towns,
    parseTownsFile,
    () => [],
    (f) => `${f.towns.length} plaatsnamen voor de kaart`,
  );
  const perYear = years.flatMap((year) => {
    const files = yearFiles(year);
    const teams = check(
      folder,
      files.teams,
      parseTeamsFile,
      (f) => [...yearProblem(f, year), ...f.problems.messages],
      (f) => `${f.teams.length} teams`,
    );
    const report = check(
      folder,
      files.report,
      parseReportFile,
      (f) => [...yearProblem(f, year), ...reportProblems(f)],
      (f) => `jaaroverzicht ${f.year}`,
    );
    if (teams.value && provinces.value) {
      const mismatches = locationsOutsideTheirProvince(teams.value.teams, provinces.value.features);
      teams.verdict.problems.push(...mismatches.map((m) => provinceMismatchText(m, MESSAGES.nl)));
    }
    return [teams.verdict, report.verdict];
  });
  return [index.verdict, ...perYear, provinces.verdict, water.verdict, places.verdict, towns.verdict];
}

export function formatVerdicts(verdicts: readonly FileVerdict[]): string {
  return verdicts
    .map(({ file, summary, problems }) => {
      const head = `${problems.length === 0 ? '✔' : '✘'} ${file}${summary ? `: ${summary}` : ''}`;
      return [head, ...problems.map((p) => `    ${p}`)].join('\n');
    })
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = resolve(process.argv[2] ?? 'public');
  const verdicts = validateData(folder);
  console.log(formatVerdicts(verdicts));
  const count = verdicts.reduce((n, v) => n + v.problems.length, 0);
  console.log(
    count === 0
      ? '\nAlle gegevensbestanden zijn in orde.'
      : `\n${count} ${count === 1 ? 'probleem' : 'problemen'} gevonden.`,
  );
  process.exitCode = count === 0 ? 0 : 1;
}
