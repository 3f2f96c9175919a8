// Areas and circles on the sphere of the app's distance (src/domain/distance.ts), for the coverage figures. Exactness:
// an area is the shoelace area in a Lambert azimuthal equal-area projection centred on the polygon, which is exactly
// equal-area on the sphere; only the edges are taken as straight in that projection instead of straight in lon/lat,
// which for edges of a few km changes an area by far less than 0.01 %. A circle is a ring of CIRCLE_SEGMENTS points
// at the exact great-circle distance (destination formula), inscribed, so its area is 0.04 % below the true circle's.
import { EARTH_RADIUS_KM } from './distance';
import type { Position } from './geometry';

const RADIANS = Math.PI / 180;

/**
 * Points on a circle ring: an inscribed regular polygon of n sides has sin(2π/n) / (2π/n) of the circle's area, for
 * n = 128 that is 1 − 0.040 %. Fewer points would make the union and clipping faster; 0.1 % needs n ≥ 82.
 */
export const CIRCLE_SEGMENTS = 128;

/** The point `km` from `from` along the great circle leaving it at `bearingDegrees` (clockwise from north). */
export function destination([lon, lat]: Position, km: number, bearingDegrees: number): Position {
  const angle = km / EARTH_RADIUS_KM;
  const bearing = bearingDegrees * RADIANS;
  const φ1 = lat * RADIANS;
  const λ1 = lon * RADIANS;
  const sinφ2 = Math.sin(φ1) * Math.cos(angle) + Math.cos(φ1) * Math.sin(angle) * Math.cos(bearing);
  const φ2 = Math.asin(Math.max(-1, Math.min(1, sinφ2)));
  const λ2 =
    λ1 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(φ1), Math.cos(angle) - Math.sin(φ1) * Math.sin(φ2));
  return [λ2 / RADIANS, φ2 / RADIANS];
}

/** The closed, counter-clockwise ring of points `km` (great circle) around `centre`. */
export function circleRing(centre: Position, km: number, segments = CIRCLE_SEGMENTS): [number, number][] {
  const ring: [number, number][] = [];
  // Bearings run clockwise on the ground; walking them backwards gives the counter-clockwise ring RFC 7946 asks for.
  for (let i = 0; i < segments; i++) {
    const [lon, lat] = destination(centre, km, 360 - (360 * i) / segments);
    ring.push([lon, lat]);
  }
  ring.push([...ring[0]!]);
  return ring;
}

/** The area of a spherical cap (a true circle on the sphere), to compare rings with. */
export function capAreaKm2(km: number): number {
  return 2 * Math.PI * EARTH_RADIUS_KM ** 2 * (1 - Math.cos(km / EARTH_RADIUS_KM));
}

type Polygon = readonly (readonly Position[])[];

/** The area in km² of polygons (outer ring, then holes; any winding, holes are subtracted). */
export function multiPolygonAreaKm2(polygons: readonly Polygon[]): number {
  let total = 0;
  for (const polygon of polygons) total += polygonAreaKm2(polygon);
  return total;
}

export function polygonAreaKm2(polygon: Polygon): number {
  const [outer, ...holes] = polygon;
  if (!outer || outer.length < 4) return 0;
  const centre = ringCentre(outer);
  let area = Math.abs(projectedRingArea(outer, centre));
  for (const hole of holes) area -= Math.abs(projectedRingArea(hole, centre));
  return Math.max(0, area);
}

function ringCentre(ring: readonly Position[]): Position {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  return [(west + east) / 2, (south + north) / 2];
}

/** Signed shoelace area (counter-clockwise positive) of a ring in the equal-area projection centred at `centre`. */
function projectedRingArea(ring: readonly Position[], [lon0, lat0]: Position): number {
  const sinφ0 = Math.sin(lat0 * RADIANS);
  const cosφ0 = Math.cos(lat0 * RADIANS);
  const project = ([lon, lat]: Position): [number, number] => {
    const φ = lat * RADIANS;
    const dλ = (lon - lon0) * RADIANS;
    const cosφ = Math.cos(φ);
    const k = Math.sqrt(2 / (1 + sinφ0 * Math.sin(φ) + cosφ0 * cosφ * Math.cos(dλ)));
    return [
      EARTH_RADIUS_KM * k * cosφ * Math.sin(dλ),
      EARTH_RADIUS_KM * k * (cosφ0 * Math.sin(φ) - sinφ0 * cosφ * Math.cos(dλ)),
    ];
  };
  let sum = 0;
  let previous = project(ring[ring.length - 1]!);
  for (const point of ring) {
    const current = project(point);
    sum += previous[0] * current[1] - current[0] * previous[1];
    previous = current;
  }
  return sum / 2;
}

/** A point of a gnomonic (tangent-plane) projection: great circles, and so the bisectors between sites, are lines. */
export type PlanePoint = [number, number];
type Vector = [number, number, number];

export interface Gnomonic {
  forward(position: Position): PlanePoint;
  inverse(point: PlanePoint): [number, number];
  /**
   * The plane's half-plane of the points nearer (great circle) to `a` than to `b`, as coefficients [k, kx, ky] of
   * k + kx·x + ky·y ≥ 0. Exact: with P = C + xE + yN on the tangent plane, P·A ≥ P·B is nearer-to-A on the sphere.
   */
  nearerHalfPlane(a: Position, b: Position): [number, number, number];
}

/** The gnomonic projection of the unit sphere onto the plane touching it at `centre` (x east, y north). */
export function gnomonicAt([lon0, lat0]: Position): Gnomonic {
  const λ0 = lon0 * RADIANS;
  const φ0 = lat0 * RADIANS;
  const c: Vector = [Math.cos(φ0) * Math.cos(λ0), Math.cos(φ0) * Math.sin(λ0), Math.sin(φ0)];
  const e: Vector = [-Math.sin(λ0), Math.cos(λ0), 0];
  const n: Vector = [-Math.sin(φ0) * Math.cos(λ0), -Math.sin(φ0) * Math.sin(λ0), Math.cos(φ0)];
  const dot = (u: Vector, v: Vector) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  return {
    forward(position) {
      const v = unitVector(position);
      const depth = dot(v, c);
      return [dot(v, e) / depth, dot(v, n) / depth];
    },
    inverse([x, y]) {
      const v: Vector = [c[0] + x * e[0] + y * n[0], c[1] + x * e[1] + y * n[1], c[2] + x * e[2] + y * n[2]];
      return [Math.atan2(v[1], v[0]) / RADIANS, Math.atan2(v[2], Math.hypot(v[0], v[1])) / RADIANS];
    },
    nearerHalfPlane(a, b) {
      const [va, vb] = [unitVector(a), unitVector(b)];
      const d: Vector = [va[0] - vb[0], va[1] - vb[1], va[2] - vb[2]];
      return [dot(c, d), dot(e, d), dot(n, d)];
    },
  };
}

function unitVector([lon, lat]: Position): Vector {
  const λ = lon * RADIANS;
  const φ = lat * RADIANS;
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}
