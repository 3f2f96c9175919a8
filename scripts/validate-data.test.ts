import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatVerdicts, validateData } from './validate-data';
import { realTownsFile } from '../tests/fixtures/public-files';
import { FICTITIOUS_YEAR, publicWithFictitiousYear } from '../tests/fixtures/fictitious-year';

const PUBLIC = resolve(import.meta.dirname, '../public');
let folder: string;

function copyOfPublic(): string {
  folder = mkdtempSync(join(tmpdir(), 'validate-data-'));
  cpSync(PUBLIC, folder, { recursive: true });
  return folder;
}

function edit(path: string, change: (json: Record<string, unknown> & { teams: Record<string, unknown>[] }) => void) {
  const file = join(folder, path);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, JSON.stringify(json));
}

afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

describe('validate-data', () => {
  it('finds nothing wrong in the published files', () => {
    const verdicts = validateData(PUBLIC);
    expect(verdicts.map((v) => [v.file, v.summary, v.problems])).toEqual([
      ['data/jaren.json', 'jaar 2021', []],
      ['data/2021/teams.json', '44 teams', []],
      ['data/2021/jaaroverzicht.json', 'jaaroverzicht 2021', []],
      ['geo/provinces.geojson', '12 provincies', []],
      ['geo/water.geojson', '1 meer, 4 buurlanden', []],
      ['data/places.json', '1579 plaatsen', []],
      ['data/towns.json', `${realTownsFile().towns.length} plaatsnamen voor de kaart`, []],
    ]);
  });

  it('checks every year the index lists: a new year needs only its two files and a line in data/jaren.json', () => {
    folder = publicWithFictitiousYear();
    const verdicts = validateData(folder);
    expect(verdicts.slice(0, 5).map((v) => [v.file, v.summary, v.problems])).toEqual([
      ['data/jaren.json', `jaren 2021, ${FICTITIOUS_YEAR}`, []],
      ['data/2021/teams.json', '44 teams', []],
      ['data/2021/jaaroverzicht.json', 'jaaroverzicht 2021', []],
      [`data/${FICTITIOUS_YEAR}/teams.json`, '45 teams', []],
      [`data/${FICTITIOUS_YEAR}/jaaroverzicht.json`, `jaaroverzicht ${FICTITIOUS_YEAR}`, []],
    ]);
    expect(verdicts.every((v) => v.problems.length === 0)).toBe(true);
  });

  it('names a year the index lists without its files, a file of another year, and a broken index', () => {
    copyOfPublic();
    writeFileSync(join(folder, 'data/jaren.json'), JSON.stringify({ years: [2021, 2022] }));
    cpSync(join(folder, 'data/2021/jaaroverzicht.json'), join(folder, 'data/2022/jaaroverzicht.json'), {
      recursive: true,
    });
    const text = formatVerdicts(validateData(folder));
    expect(text).toContain('✔ data/jaren.json: jaren 2021, 2022');
    expect(text).toContain('✘ data/2022/teams.json\n    het bestand ontbreekt');
    expect(text).toContain(
      '✘ data/2022/jaaroverzicht.json: jaaroverzicht 2021\n    year: het bestand noemt 2021, maar staat in de map van 2022',
    );
    writeFileSync(join(folder, 'data/jaren.json'), JSON.stringify({ years: [2021, 2021] }));
    expect(formatVerdicts(validateData(folder))).toContain(
      '✘ data/jaren.json\n    years: een jaar staat er twee keer in',
    );
    writeFileSync(join(folder, 'data/jaren.json'), JSON.stringify({ years: ['2021'] }));
    expect(formatVerdicts(validateData(folder))).toMatch(/✘ data\/jaren\.json\n {4}years\[0\]: /);
  });

  it('names the file, the record and the field, as the app does, and checks teams against the provinces', () => {
    copyOfPublic();
    edit('data/2021/teams.json', (f) => {
      (f.teams[2]!.locations as { province: string }[])[0]!.province = 'NL-GE';
      f.teams[3]!.printedAs = '';
    });
    edit('data/2021/jaaroverzicht.json', (f) => {
      (f.jobsPerClient as { publishedTotal: unknown }).publishedTotal = '579,66';
    });
    unlinkSync(join(folder, 'geo/water.geojson'));
    const text = formatVerdicts(validateData(folder));
    expect(text).toContain('✘ data/2021/teams.json: 43 teams');
    expect(text).toMatch(/teams\[3\] \(id "[a-z-]+"\)\.printedAs: de tekst is leeg/);
    expect(text).toContain(
      'teams (id "natuur-baarn").locations[0].province: Baarn ligt volgens de coördinaten in NL-UT (Utrecht), maar het record noemt NL-GE (Gelderland).',
    );
    expect(text).toContain('jobsPerClient.publishedTotal: getal als tekst geschreven ("579,66"): schrijf 579.66');
    expect(text).toContain('✘ geo/water.geojson\n    het bestand ontbreekt');
    expect(text).toContain('✔ data/places.json: 1579 plaatsen');
  });

  it('exits with 1 when something is wrong, and 0 when all is well', () => {
    const run = (dir: string) => {
      try {
        execFileSync('npx', ['tsx', 'scripts/validate-data.ts', dir], {
          cwd: resolve(import.meta.dirname, '..'),
          stdio: 'pipe',
        });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(run(PUBLIC)).toBe(0);
    copyOfPublic();
    writeFileSync(join(folder, 'geo/provinces.geojson'), '{"type": "FeatureCollection", "features": [');
    expect(run(folder)).toBe(1);
  }, 30_000);
});
