import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointInGeometry } from '../src/domain/geometry';
import { isExactTeam, parseTeamsFile } from '../src/data/teams-file';
import {
  kindCounts,
  seededRandom,
  syntheticTeams,
  syntheticTeamsFromPublicFiles,
  type AreaCollection,
} from './synthetic-teams';

const provinces = JSON.parse(readFileSync('public/geo/provinces.geojson', 'utf8')) as AreaCollection;
const water = JSON.parse(readFileSync('public/geo/water.geojson', 'utf8')) as AreaCollection;
const real = JSON.parse(readFileSync('public/data/2021/teams.json', 'utf8')) as {
  source: string;
  teams: { kind: string }[];
};
const file = syntheticTeamsFromPublicFiles('public');

describe('the synthetic teams file', () => {
  it('has 10,000 teams that the app accepts, none left out', () => {
    const parsed = parseTeamsFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.teams).toHaveLength(10_000);
    expect(parsed.problems).toEqual({ messages: [], rejected: 0 });
  });

  it('has teams that take the quick check, the path a real file takes, not zod’s', () => {
    expect(file.teams.every(isExactTeam)).toBe(true);
  });

  it('keeps the real file around the teams', () => {
    expect(file.source).toBe(real.source);
    expect(file.teams[0]).toMatchObject({ id: 'synthetiek-00001', printedAs: 'Testplaats 1' });
    expect(file.teams[9_999]?.id).toBe('synthetiek-10000');
  });

  it('has the kinds in the real proportions 25:13:6, with Staatsbosbeheer only for nature management', () => {
    const count = (kind: string) => file.teams.filter((team) => team.kind === kind).length;
    expect([count('natuurbeheer'), count('pandgebonden'), count('administratief')]).toEqual([5682, 2954, 1364]);
    expect(file.teams.every((team) => (team.partner === 'Staatsbosbeheer') === (team.kind === 'natuurbeheer'))).toBe(
      true,
    );
    expect(file.teams.every((team) => team.kind === 'natuurbeheer' || team.partner === null)).toBe(true);
  });

  it('puts every point inside its province, on land, rounded to 5 decimals', () => {
    const byCode = new Map(provinces.features.map((feature) => [feature.properties.code, feature.geometry]));
    const outside = file.teams.filter((team) => {
      const [{ province, coordinates }] = team.locations;
      const geometry = byCode.get(province);
      return (
        !geometry ||
        !pointInGeometry(coordinates, geometry) ||
        water.features.some((lake) => pointInGeometry(coordinates, lake.geometry))
      );
    });
    expect(outside).toEqual([]);
    const decimals = file.teams.flatMap((team) =>
      team.locations[0].coordinates.map((c) => (String(c).split('.')[1] ?? '').length),
    );
    expect(Math.max(...decimals)).toBeLessThanOrEqual(5);
    // All twelve provinces get teams.
    expect(new Set(file.teams.map((team) => team.locations[0].province)).size).toBe(12);
  });

  it('is the same file every time, and another file for another seed', () => {
    const input = { template: { ...file, teams: real.teams }, provinces, water, count: 200 };
    expect(syntheticTeams({ ...input, seed: 7 })).toEqual(syntheticTeams({ ...input, seed: 7 }));
    expect(syntheticTeams({ ...input, seed: 7 }).teams).not.toEqual(syntheticTeams({ ...input, seed: 8 }).teams);
    expect(JSON.stringify(syntheticTeamsFromPublicFiles('public'))).toBe(JSON.stringify(file));
  });
});

describe('kindCounts', () => {
  it('shares out by largest remainder so the counts add up', () => {
    const template = [...Array(25).fill('a'), ...Array(13).fill('b'), ...Array(6).fill('c')] as string[];
    expect(Object.fromEntries(kindCounts(template, 10_000))).toEqual({ a: 5682, b: 2954, c: 1364 });
    expect(Object.fromEntries(kindCounts(template, 44))).toEqual({ a: 25, b: 13, c: 6 });
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
