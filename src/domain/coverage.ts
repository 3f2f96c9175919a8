// The reach view ("Bereik"): the land within a straight-line (great-circle) distance of a team, per province and for
// the whole country. How exact: each circle is a ring of 128 points at the exact great-circle distance (inscribed, so
// 0.04 % smaller than the true circle and never beyond it). The union of the circles is never built: a point is within
// reach iff it is within reach of its nearest site, so the reach is the disjoint set of pieces "circle ∩ own nearest-
// site cell" (exact spherical cells, spherical-voronoi.ts), and each piece is convex, so cutting the land with it is an
// exact convex clip (convex-clip.ts) in a gnomonic plane. Areas are on the app's sphere in an equal-area
// projection (spherical-area.ts). Output rounded to 5 decimals (≈ 1 m). Only the lakes are cut out with polyclip-ts.
import { difference } from 'polyclip-ts';
import type { ProvinceFeature } from '../data/provinces-file';
import type { WaterFile } from '../data/water-file';
import type { Bounds, Position } from './geometry';
import type { ProvinceCode } from './provinces';
import {
  clipToConvex,
  convexHalfPlanes,
  planeArea,
  planeBounds,
  planeBoundsOverlap,
  polygonInConvex,
  type PlaneBounds,
} from './convex-clip';
import {
  circleRing,
  gnomonicAt,
  multiPolygonAreaKm2,
  polygonAreaKm2,
  type Gnomonic,
  type PlanePoint,
} from './spherical-area';
import { densify, planeVoronoi } from './spherical-voronoi';

/** A team location (one per map symbol; sites at the same coordinates count as one site). */
export interface CoverageSite {
  id: string;
  coordinates: Position;
}

/** A province's land: the province with the IJsselmeer and Markermeer taken out. */
export interface LandArea {
  code: ProvinceCode;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

export type WaterFeature = WaterFile['features'][number];

export interface ProvinceReach {
  code: ProvinceCode;
  landKm2: number;
  reachedKm2: number;
  /** reachedKm2 / landKm2, 0..1. */
  share: number;
}

export interface ReachCoverage {
  km: number;
  /** The land within km (great-circle) of any site, clipped to the land: what the map shades. lon/lat. */
  area: GeoJSON.MultiPolygon;
  /** One per land area, in the same order. */
  provinces: ProvinceReach[];
  landKm2: number;
  reachedKm2: number;
  share: number;
  /** Provinces with no land within reach (share === 0). */
  unreached: ProvinceCode[];
}

type MultiPoly = [number, number][][][];

/**
 * Each province minus the lakes of the water file (its `land` features are other countries and are ignored). The one
 * place that runs polyclip-ts: a few hundred milliseconds, so call it once per loaded file pair.
 */
export function landAreas(provinces: readonly ProvinceFeature[], water: readonly WaterFeature[]): LandArea[] {
  const lakes = water.filter((feature) => feature.properties.kind === 'lake').map((lake) => toGeom(lake.geometry));
  return provinces.map((province) => {
    const geometry = toGeom(province.geometry);
    const bounds = multiBounds(geometry);
    const touching = lakes.filter((lake) => boundsOverlap(multiBounds(lake), bounds));
    const land = touching.length === 0 ? wound(geometry) : difference(geometry, ...touching);
    return { code: province.properties.code, geometry: { type: 'MultiPolygon', coordinates: tidy(land) } };
  });
}

/** Land projected once for all reach and cell computations on it. */
export interface PlaneLand {
  plane: Gnomonic;
  /** A box around all land in the plane, with a margin. */
  box: PlaneBounds;
  /** Per land area: its polygons as open plane rings (outer first), with the outer ring's bounds. */
  areas: { polygons: { rings: PlanePoint[][]; bounds: PlaneBounds }[] }[];
}

const planeLands = new WeakMap<readonly LandArea[], PlaneLand>();

export function planeLand(land: readonly LandArea[]): PlaneLand {
  const cached = planeLands.get(land);
  if (cached) return cached;
  const [west, south, east, north] = landBounds(land);
  const plane = gnomonicAt(Number.isFinite(west) ? [(west + east) / 2, (south + north) / 2] : [5.3, 52.2]);
  const areas = land.map((area) => ({
    polygons: toGeom(area.geometry).map((polygon) => {
      const rings = polygon.map((ring) => ring.slice(0, -1).map((position) => plane.forward(position)));
      return { rings, bounds: planeBounds(rings[0] ?? []) };
    }),
  }));
  const all = areas.flatMap((area) => area.polygons.map((polygon) => polygon.bounds));
  const joined = all.reduce(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [-0.01, -0.01, 0.01, 0.01],
  );
  const margin = 0.01; // 64 km
  const prepared: PlaneLand = {
    plane,
    box: [joined[0] - margin, joined[1] - margin, joined[2] + margin, joined[3] + margin],
    areas,
  };
  planeLands.set(land, prepared);
  return prepared;
}

/** The part of a land area inside a convex plane ring, as lon/lat polygons, and its area. */
export function landInConvex(
  prepared: PlaneLand,
  areaIndex: number,
  convex: readonly PlanePoint[],
  /** Split longer edges of the result (plane units), so that edges along the convex ring stay true after unprojecting. */
  step = Infinity,
): { polygons: [number, number][][][]; km2: number } {
  const bounds = planeBounds(convex);
  const polygons: [number, number][][][] = [];
  let km2 = 0;
  for (const polygon of prepared.areas[areaIndex]?.polygons ?? []) {
    if (!planeBoundsOverlap(polygon.bounds, bounds)) continue;
    for (const rings of polygonInConvex(polygon.rings, convex)) {
      const piece = rings.map((ring) => closedLonLat(prepared.plane, densify(ring, step)));
      const pieceKm2 = polygonAreaKm2(piece);
      if (pieceKm2 <= 0) continue;
      polygons.push(piece);
      km2 += pieceKm2;
    }
  }
  return { polygons, km2 };
}

function closedLonLat(plane: Gnomonic, ring: readonly PlanePoint[]): [number, number][] {
  if (ring.length < 3) return [];
  const lonLat = ring.map((point) => plane.inverse(point));
  return [...lonLat, [...lonLat[0]!]];
}

export function reachCoverage(land: readonly LandArea[], sites: readonly CoverageSite[], km: number): ReachCoverage {
  const prepared = planeLand(land);
  const landKm2s = land.map((area) => geometryAreaKm2(area.geometry));
  // The reach of a site is its circle within its own nearest-site cell: those pieces do not overlap, so their areas
  // add up to the area of the union of the circles without a polygon union.
  const positions = km > 0 ? uniquePositions(sites) : [];
  const radius = Math.min(km, MAX_REACH_KM);
  const { cells } = planeVoronoi(positions, prepared.plane, prepared.box);
  const reaches = positions.map((position, i) =>
    clipToConvex(
      circleRing(position, radius)
        .slice(0, -1)
        .map((point) => prepared.plane.forward(point)),
      convexHalfPlanes(cells[i]!),
    ),
  );
  const polygons: [number, number][][][] = [];
  const provinces = land.map((area, areaIndex): ProvinceReach => {
    let reachedKm2 = 0;
    for (const reach of reaches) {
      if (reach.length < 3) continue;
      const inside = landInConvex(prepared, areaIndex, reach);
      reachedKm2 += inside.km2;
      polygons.push(...inside.polygons);
    }
    const landKm2 = landKm2s[areaIndex]!;
    reachedKm2 = Math.min(landKm2, reachedKm2);
    return { code: area.code, landKm2, reachedKm2, share: landKm2 > 0 ? reachedKm2 / landKm2 : 0 };
  });
  const landKm2 = sum(provinces.map((p) => p.landKm2));
  const reachedKm2 = sum(provinces.map((p) => p.reachedKm2));
  return {
    km,
    area: { type: 'MultiPolygon', coordinates: tidy(polygons) },
    provinces,
    landKm2,
    reachedKm2,
    share: landKm2 > 0 ? reachedKm2 / landKm2 : 0,
    unreached: provinces.filter((p) => p.reachedKm2 === 0).map((p) => p.code),
  };
}

/** Beyond a quarter of the Earth's circumference the tangent plane cannot hold a circle; the app asks for ≤ 100 km. */
const MAX_REACH_KM = 5000;

/** Outer rings counter-clockwise, holes clockwise. */
function wound(polygons: MultiPoly): MultiPoly {
  return polygons.map((polygon) =>
    polygon.map((ring, i) => (planeArea(ring) > 0 === (i === 0) ? ring : [...ring].reverse())),
  );
}

/** Distinct coordinates, first occurrence first. */
export function uniquePositions(sites: readonly CoverageSite[]): Position[] {
  const seen = new Map<string, Position>();
  for (const { coordinates } of sites) {
    const key = `${coordinates[0]},${coordinates[1]}`;
    if (!seen.has(key)) seen.set(key, coordinates);
  }
  return [...seen.values()];
}

export function geometryAreaKm2(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
  return multiPolygonAreaKm2(toGeom(geometry) as MultiPoly);
}

/** A GeoJSON area as polyclip's input: a list of polygons. */
export function toGeom(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): MultiPoly {
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as MultiPoly;
}

/**
 * polyclip's output as light, valid GeoJSON: coordinates rounded to 5 decimals (≈ 1 m), repeated points that rounding
 * makes dropped, rings that collapse dropped (and a polygon with its outer ring). polyclip already closes rings and
 * winds outer rings counter-clockwise and holes clockwise, as RFC 7946 asks.
 */
export function tidy(polygons: MultiPoly): GeoJSON.Position[][][] {
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  const tidyRing = (ring: [number, number][]): GeoJSON.Position[] => {
    const points: GeoJSON.Position[] = [];
    for (const [x, y] of ring) {
      const point = [round(x), round(y)];
      const last = points.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
    }
    return points.length >= 4 ? points : [];
  };
  return polygons.flatMap((polygon) => {
    const [outer, ...holes] = polygon.map(tidyRing);
    if (!outer || outer.length === 0) return [];
    return [[outer, ...holes.filter((hole) => hole.length > 0)]];
  });
}

export function landBounds(land: readonly LandArea[]): Bounds {
  return land.map((area) => geometryBounds(area.geometry)).reduce(joinBounds, emptyBounds());
}

function geometryBounds(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): Bounds {
  return multiBounds(toGeom(geometry));
}

function multiBounds(polygons: MultiPoly): Bounds {
  const bounds = emptyBounds();
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      bounds[0] = Math.min(bounds[0], x);
      bounds[1] = Math.min(bounds[1], y);
      bounds[2] = Math.max(bounds[2], x);
      bounds[3] = Math.max(bounds[3], y);
    }
  }
  return bounds;
}

function emptyBounds(): Bounds {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

function joinBounds(a: Bounds, b: Bounds): Bounds {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function boundsOverlap(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
