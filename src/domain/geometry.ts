// Plane geometry on longitude/latitude: point in polygon and bounding boxes, enough for provinces and teams.
import type { ProvinceGeometry } from '../data/provinces-file';

export type Position = readonly [number, number];
export type Bounds = [west: number, south: number, east: number, north: number];

/** Even-odd ray casting over all rings, so holes (lakes cut out of a province) count as outside. */
export function pointInGeometry(point: Position, geometry: ProvinceGeometry): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      if (crossingsOdd(point, ring)) inside = !inside;
    }
  }
  return inside;
}

function crossingsOdd([x, y]: Position, ring: readonly Position[]): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) odd = !odd;
  }
  return odd;
}

export function geometryBounds(geometry: ProvinceGeometry): Bounds {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) for (const ring of polygon) for (const [x, y] of ring) extendBounds(bounds, x, y);
  return bounds;
}

export function pointsBounds(points: readonly Position[]): Bounds {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) extendBounds(bounds, x, y);
  return bounds;
}

function extendBounds(bounds: Bounds, x: number, y: number): void {
  bounds[0] = Math.min(bounds[0], x);
  bounds[1] = Math.min(bounds[1], y);
  bounds[2] = Math.max(bounds[2], x);
  bounds[3] = Math.max(bounds[3], y);
}
