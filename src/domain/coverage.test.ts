import { describe, expect, it } from 'vitest';
import { intersection, union } from 'polyclip-ts';
import { realProvincesFile, realTeamsFile, realWaterFile } from '../../tests/fixtures/public-files';
import { planeArea } from './convex-clip';
import { geometryAreaKm2, landAreas, reachCoverage, toGeom, type CoverageSite, type LandArea } from './coverage';
import { EARTH_RADIUS_KM } from './distance';
import { pointInGeometry } from './geometry';
import type { ProvinceGeometry } from '../data/provinces-file';
import { capAreaKm2, circleRing, destination, multiPolygonAreaKm2 } from './spherical-area';

const RADIANS = Math.PI / 180;

/** A lon/lat box as a land area; its exact area on the sphere is R² · Δλ · (sin φn − sin φs). */
function boxLand(code: LandArea['code'], [west, south, east, north]: [number, number, number, number]): LandArea {
  return {
    code,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
}
const boxKm2 = ([west, south, east, north]: [number, number, number, number]) =>
  EARTH_RADIUS_KM ** 2 * (east - west) * RADIANS * (Math.sin(north * RADIANS) - Math.sin(south * RADIANS));

const site = (id: string, coordinates: readonly [number, number]): CoverageSite => ({ id, coordinates });

describe('areas on the sphere', () => {
  it.each([10, 25, 50])('gives a %i km circle ring π r² within 0.2 % (and 0.04 % under the true cap)', (km) => {
    const area = multiPolygonAreaKm2([[circleRing([5.3, 52.2], km)]]);
    expect(Math.abs(area / (Math.PI * km * km) - 1)).toBeLessThan(0.002);
    // An inscribed 128-gon has sin(2π/128)/(2π/128) = 0.99960 of the circle's area.
    expect(area / capAreaKm2(km)).toBeCloseTo(Math.sin((2 * Math.PI) / 128) / ((2 * Math.PI) / 128), 5);
  });

  it('gives a 0.2° lon/lat box the area of its spherical zone piece within 0.01 %', () => {
    const box: [number, number, number, number] = [5, 52, 5.2, 52.2];
    const area = geometryAreaKm2(boxLand('NL-UT', box).geometry);
    expect(Math.abs(area / boxKm2(box) - 1)).toBeLessThan(1e-4);
  });

  it('puts circle points at the exact great-circle distance, wound counter-clockwise', () => {
    const ring = circleRing([6, 53], 25);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(planeArea(ring)).toBeGreaterThan(0);
    const [lon, lat] = destination([6, 53], 25, 90);
    expect(lat).toBeLessThan(53); // a great circle heading east bends south of the parallel
    expect(lon).toBeGreaterThan(6.3);
  });
});

describe('reachCoverage on a hand-computed case', () => {
  // Land: the box 5–6° E, 52–53° N (≈ 68.6 × 111.2 km, R² Δλ (sin 53° − sin 52°) ≈ 7,573 km²), plus a second province
  // far to the east that nothing reaches. Sites, km = 10:
  // - A at (5.5, 52.5) and B exactly 10 km east of A (destination formula): two circles of r = 10 whose centres are
  //   d = r apart. Lens = 2r² acos(d/2r) − (d/2)√(4r² − d²) = 200 · π/3 − 5 · √300 = 209.440 − 86.603 = 122.837 km²,
  //   union = 2πr² − lens = 628.319 − 122.837 = 505.481 km², all inside the box.
  // - C on the west edge (5, 52.3): the edge is a meridian, a great circle through C, so exactly half of C's circle,
  //   π r² / 2 = 157.080 km², lies in the box; C is > 30 km from A, no overlap.
  // Reached = 505.481 + 157.080 = 662.561 km² (the flat-disc formulas; on the sphere a 10 km circle is 4e-7 smaller).
  const box: [number, number, number, number] = [5, 52, 6, 53];
  const land = [boxLand('NL-GE', box), boxLand('NL-GR', [8, 52, 8.5, 52.5])];
  const a = [5.5, 52.5] as const;
  const sites = [site('a', a), site('b', destination(a, 10, 90)), site('c', [5, 52.3])];
  const handReached = 505.481 + 157.08;
  const coverage = reachCoverage(land, sites, 10);

  it('finds the reached area and share by hand within 0.1 % (the 128-gon is 0.04 % small)', () => {
    const [gelderland, groningen] = coverage.provinces;
    expect(gelderland?.code).toBe('NL-GE');
    expect(Math.abs(gelderland!.reachedKm2 / handReached - 1)).toBeLessThan(0.001);
    expect(gelderland!.reachedKm2).toBeLessThan(handReached);
    expect(gelderland!.landKm2 / boxKm2(box)).toBeCloseTo(1, 4);
    expect(gelderland!.share).toBeCloseTo(handReached / boxKm2(box), 4);
    expect(groningen).toMatchObject({ code: 'NL-GR', reachedKm2: 0, share: 0 });
  });

  it('sums the country and names the province without reach', () => {
    expect(coverage.landKm2).toBeCloseTo(coverage.provinces[0]!.landKm2 + coverage.provinces[1]!.landKm2, 6);
    expect(coverage.reachedKm2).toBeCloseTo(coverage.provinces[0]!.reachedKm2, 6);
    expect(coverage.share).toBeCloseTo(coverage.reachedKm2 / coverage.landKm2, 9);
    expect(coverage.unreached).toEqual(['NL-GR']);
    expect(coverage.km).toBe(10);
  });

  it('shades an area whose size is the reached area, inside the land, not outside the circles', () => {
    expect(geometryAreaKm2(coverage.area) / coverage.reachedKm2).toBeCloseTo(1, 4);
    const inside = (point: readonly [number, number]) => inArea(point, coverage.area);
    expect(inside(a)).toBe(true);
    expect(inside(destination(a, 9.9, 200))).toBe(true);
    expect(inside(destination(a, 10.1, 200))).toBe(false);
    expect(inside(destination([5, 52.3], 5, 90))).toBe(true);
    expect(inside(destination([5, 52.3], 5, 270))).toBe(false); // west of the box: no land
  });

  it('writes closed, counter-clockwise rings rounded to 5 decimals', () => {
    for (const polygon of coverage.area.coordinates) {
      const [outer] = polygon;
      expect(outer?.[0]).toEqual(outer?.at(-1));
      expect(new Set(outer!.slice(1).map((p) => p.join(','))).size).toBe(outer!.length - 1);
      expect(planeArea(outer as [number, number][])).toBeGreaterThan(0);
      for (const [x, y] of outer!) {
        expect(Math.round(x! * 1e5) / 1e5).toBe(x);
        expect(Math.round(y! * 1e5) / 1e5).toBe(y);
      }
    }
  });

  it('counts sites at the same place once', () => {
    const doubled = reachCoverage(land, [...sites, site('a2', a), site('c2', [5, 52.3])], 10);
    expect(doubled.reachedKm2).toBeCloseTo(coverage.reachedKm2, 6);
  });

  it('reaches nothing with no sites or a distance of 0 or less', () => {
    for (const empty of [reachCoverage(land, [], 10), reachCoverage(land, sites, 0), reachCoverage(land, sites, -5)]) {
      expect(empty.area.coordinates).toEqual([]);
      expect(empty.reachedKm2).toBe(0);
      expect(empty.share).toBe(0);
      expect(empty.unreached).toEqual(['NL-GE', 'NL-GR']);
      expect(empty.landKm2).toBeCloseTo(coverage.landKm2, 6);
    }
  });
});

describe('the real land and teams', () => {
  const provinces = realProvincesFile().features;
  const lakes = realWaterFile().features.filter((feature) => feature.properties.kind === 'lake');
  const land = landAreas(provinces, realWaterFile().features);
  const sites = realTeamsFile().teams.flatMap((team) =>
    team.locations.map((location, i) => site(`${team.id}#${i}`, location.coordinates)),
  );

  it('takes the lakes out of the provinces and nothing else', () => {
    expect(land.map((area) => area.code)).toEqual(provinces.map((p) => p.properties.code));
    const lakeKm2 = lakes.reduce((total, lake) => total + geometryAreaKm2(lake.geometry), 0);
    const provinceKm2 = provinces.reduce((total, p) => total + geometryAreaKm2(p.geometry), 0);
    const landKm2 = land.reduce((total, area) => total + geometryAreaKm2(area.geometry), 0);
    expect(landKm2).toBeLessThan(provinceKm2);
    // The provinces cover the lakes entirely or nearly (Natural Earth's lake edge runs along the province shores).
    expect(provinceKm2 - landKm2).toBeLessThanOrEqual(lakeKm2 * 1.001);
    expect(provinceKm2 - landKm2).toBeGreaterThan(lakeKm2 * 0.9);
    const inLand = (point: readonly [number, number]) =>
      land.filter((area) => inArea(point, area.geometry)).map((area) => area.code);
    expect(inLand([5.3, 52.8])).toEqual([]); // IJsselmeer
    expect(inLand([5.2, 52.5])).toEqual([]); // Markermeer
    expect(inLand([5.6, 52.5])).toEqual(['NL-FL']);
  });

  it('puts every team location in its own province on the land', () => {
    for (const team of realTeamsFile().teams) {
      for (const location of team.locations) {
        const containing = land.filter((area) => inArea(location.coordinates, area.geometry));
        expect(containing.map((area) => area.code)).toEqual([location.province]);
      }
    }
  });

  it('agrees with a polyclip-ts union of the circles, per province, within 0.01 %', () => {
    const some = sites.slice(0, 6);
    const km = 25;
    const circles = some.map((s) => [circleRing(s.coordinates, km)]);
    const reach = union(circles[0]!, ...circles.slice(1));
    const coverage = reachCoverage(land, some, km);
    land.forEach((area, i) => {
      const expected = multiPolygonAreaKm2(intersection(toGeom(area.geometry), reach));
      expect(Math.abs(coverage.provinces[i]!.reachedKm2 - expected)).toBeLessThan(Math.max(1e-6, expected * 1e-4));
    });
  });

  it('reaches more land with a longer distance, all of it from one site 400 km out', () => {
    const coverages = [10, 25, 50].map((km) => reachCoverage(land, sites, km));
    for (const ring of coverages.flatMap((c) => c.area.coordinates.flat())) {
      expect(new Set(ring.slice(1).map((p) => p.join(','))).size).toBe(ring.length - 1);
    }
    const shares = coverages.map((c) => c.share);
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares[1]).toBeGreaterThan(shares[0]!);
    expect(shares[2]).toBeGreaterThan(shares[1]!);
    expect(shares[2]).toBeLessThanOrEqual(1);
    const all = reachCoverage(land, [site('x', [5.3, 52.2])], 400);
    expect(all.share).toBeCloseTo(1, 6);
    expect(all.unreached).toEqual([]);
  });

  it('names exactly the provinces whose land has no team of the kind within reach', () => {
    const kind = realTeamsFile().teams[0]!.kind;
    const ofKind = realTeamsFile().teams.filter((team) => team.kind === kind);
    const kindSites = ofKind.flatMap((team) => team.locations.map((l, i) => site(`${team.id}#${i}`, l.coordinates)));
    const km = 10;
    const coverage = reachCoverage(land, kindSites, km);
    const withTeam = new Set(ofKind.flatMap((team) => team.locations.map((l) => l.province)));
    // A province with a team of the kind on its land is reached; the check of the others is geometric.
    for (const code of coverage.unreached) expect(withTeam.has(code)).toBe(false);
    for (const province of coverage.provinces) {
      expect(province.share === 0).toBe(coverage.unreached.includes(province.code));
      expect(province.share).toBeGreaterThanOrEqual(0);
      expect(province.share).toBeLessThanOrEqual(1);
    }
  });
});

/** The app's point-in-polygon test, on any GeoJSON area (its lon/lat pairs are what the province type spells out). */
function inArea(point: readonly [number, number], geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): boolean {
  return pointInGeometry(point, geometry as ProvinceGeometry);
}
