// Generates a teams file with many synthetic teams (seeded, so always the same), to see how the map copes with 10,000.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pointInGeometry } from '../src/domain/geometry';

type Geometry = Parameters<typeof pointInGeometry>[1];

interface AreaFeature {
  properties: { code?: string };
  geometry: Geometry;
}

export interface AreaCollection {
  features: readonly AreaFeature[];
}

/** The parts of public/data/2021/teams.json the generator keeps or reads; the rest of a team is generated. */
export interface TeamsTemplate {
  source: string;
  year: number;
  published: unknown;
  kinds: readonly unknown[];
  notes: readonly string[];
  teams: readonly { kind: string }[];
}

export interface SyntheticTeam {
  id: string;
  kind: string;
  printedAs: string;
  partner: string | null;
  locations: [{ place: string; province: string; coordinates: [number, number] }];
}

export type SyntheticTeamsFile = Omit<TeamsTemplate, 'teams'> & { teams: SyntheticTeam[] };

export interface SyntheticTeamsInput {
  template: TeamsTemplate;
  provinces: AreaCollection;
  water: AreaCollection;
  count: number;
  seed: number;
}

export const SYNTHETIC_TEAM_COUNT = 10_000;
export const SYNTHETIC_SEED = 2021;
/** Teams of this kind work with Staatsbosbeheer, as in the real file. */
const PARTNER_BY_KIND: Record<string, string> = { natuurbeheer: 'Staatsbosbeheer' };

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough to scatter points. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many of `count` teams get each kind, in the template's proportions (largest remainder, so they add up). */
export function kindCounts(templateKinds: readonly string[], count: number): Map<string, number> {
  const tally = new Map<string, number>();
  for (const kind of templateKinds) tally.set(kind, (tally.get(kind) ?? 0) + 1);
  const shares = [...tally].map(([kind, n]) => ({ kind, exact: (n / templateKinds.length) * count }));
  const counts = new Map(shares.map(({ kind, exact }) => [kind, Math.floor(exact)]));
  let missing = count - [...counts.values()].reduce((sum, n) => sum + n, 0);
  for (const { kind } of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (missing-- <= 0) break;
    counts.set(kind, counts.get(kind)! + 1);
  }
  return counts;
}

function boundsOf(geometry: Geometry): [number, number, number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        bounds[0] = Math.min(bounds[0], x);
        bounds[1] = Math.min(bounds[1], y);
        bounds[2] = Math.max(bounds[2], x);
        bounds[3] = Math.max(bounds[3], y);
      }
    }
  }
  return bounds;
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/** A point inside the feature and on no water, by rejection sampling in its bounding box (tested after rounding). */
function pointIn(feature: AreaFeature, water: AreaCollection, random: () => number): [number, number] {
  const [west, south, east, north] = boundsOf(feature.geometry);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const point: [number, number] = [
      round5(west + random() * (east - west)),
      round5(south + random() * (north - south)),
    ];
    if (
      pointInGeometry(point, feature.geometry) &&
      !water.features.some((lake) => pointInGeometry(point, lake.geometry))
    ) {
      return point;
    }
  }
  throw new Error(`geen punt gevonden in ${feature.properties.code ?? 'een gebied'}`);
}

export function syntheticTeams({ template, provinces, water, count, seed }: SyntheticTeamsInput): SyntheticTeamsFile {
  const random = seededRandom(seed);
  const kinds = [
    ...kindCounts(
      template.teams.map((team) => team.kind),
      count,
    ),
  ].flatMap(([kind, n]) => Array.from({ length: n }, () => kind));
  // Fisher–Yates, so the kinds are mixed over the ids and places.
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  const width = String(count).length;
  const teams = kinds.map((kind, index): SyntheticTeam => {
    const province = provinces.features[Math.floor(random() * provinces.features.length)]!;
    const place = `Testplaats ${index + 1}`;
    return {
      id: `synthetiek-${String(index + 1).padStart(Math.max(5, width), '0')}`,
      kind,
      printedAs: place,
      partner: PARTNER_BY_KIND[kind] ?? null,
      locations: [{ place, province: province.properties.code ?? '', coordinates: pointIn(province, water, random) }],
    };
  });
  const { source, year, published, kinds: kindInfo, notes } = template;
  return { source, year, published, kinds: kindInfo, notes, teams };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The synthetic file made from the real teams, provinces and water files in `publicFolder` (the repo's public/). */
export function syntheticTeamsFromPublicFiles(
  publicFolder: string,
  count = SYNTHETIC_TEAM_COUNT,
  seed = SYNTHETIC_SEED,
): SyntheticTeamsFile {
  return syntheticTeams({
    template: readJson<TeamsTemplate>(join(publicFolder, 'data/2021/teams.json')),
    provinces: readJson<AreaCollection>(join(publicFolder, 'geo/provinces.geojson')),
    water: readJson<AreaCollection>(join(publicFolder, 'geo/water.geojson')),
    count,
    seed,
  });
}
