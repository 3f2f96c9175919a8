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

/**
 * The part of a (multi)polygon inside a box (Sutherland–Hodgman, one side of the box at a time): enough for drawing
 * a fill, where a piece cut in two may stay joined by a seam along the box's edge. Rings left with fewer than three
 * points are dropped, and a polygon whose outer ring is gone with them.
 */
export function clipToBox(
  polygons: readonly (readonly (readonly Position[])[])[],
  [west, south, east, north]: Bounds,
): Position[][][] {
  type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };
  const atX =
    (x: number) =>
    (a: Position, b: Position): Position => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: Position, b: Position): Position => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  const edges: Edge[] = [
    { inside: (p) => p[0] >= west, cross: atX(west) },
    { inside: (p) => p[0] <= east, cross: atX(east) },
    { inside: (p) => p[1] >= south, cross: atY(south) },
    { inside: (p) => p[1] <= north, cross: atY(north) },
  ];
  const clipRing = (ring: readonly Position[]): Position[] => {
    // Open ring (without the repeated first point) through every side of the box.
    let points: Position[] = ring.slice(0, -1);
    for (const { inside, cross } of edges) {
      const next: Position[] = [];
      points.forEach((point, i) => {
        const previous = points[(i + points.length - 1) % points.length]!;
        if (inside(point)) {
          if (!inside(previous)) next.push(cross(previous, point));
          next.push(point);
        } else if (inside(previous)) next.push(cross(previous, point));
      });
      points = next;
    }
    return points.length >= 3 ? [...points, points[0]!] : [];
  };
  return polygons.flatMap((polygon) => {
    const [outer, ...holes] = polygon.map(clipRing);
    if (!outer || outer.length === 0) return [];
    return [[outer, ...holes.filter((hole) => hole.length > 0)]];
  });
}

/** Douglas–Peucker: the points of a line that keep it within `tolerance` (in its own units); first and last stay. */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  // The stretches still to look at, as index pairs (no copies of the points: this runs on every outline while the
  // app starts); a point is kept where it lies farther than `tolerance` from the line between its stretch's ends.
  const kept = new Uint8Array(points.length);
  kept[0] = 1;
  kept[points.length - 1] = 1;
  const stretches: [first: number, last: number][] = [[0, points.length - 1]];
  for (let stretch = stretches.pop(); stretch; stretch = stretches.pop()) {
    const [first, last] = stretch;
    const [a, b] = [points[first]!, points[last]!];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const length = Math.hypot(dx, dy);
    let [farthest, index] = [-1, first];
    for (let i = first + 1; i < last; i++) {
      const [x, y] = points[i]!;
      const distance =
        length === 0 ? Math.hypot(x - a[0], y - a[1]) : Math.abs(dy * (x - a[0]) - dx * (y - a[1])) / length;
      if (distance > farthest) [farthest, index] = [distance, i];
    }
    if (farthest <= tolerance) continue;
    kept[index] = 1;
    stretches.push([first, index], [index, last]);
  }
  return points.filter((_, i) => kept[i] === 1);
}
