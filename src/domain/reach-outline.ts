// The edge of the reach view's shading: where the land within reach of a team ends. The shaded area comes in
// pieces (each team's circle within its own nearest-team cell, coverage.ts), so its own outline would also draw the
// borders between the pieces; this edge is only the circles' arcs that lie on land and inside no other circle.
// How exact: the arcs are the circles' 128-point rings (coverage.ts); where an arc enters another circle or leaves
// the land, the crossing is found by halving the step 12 times (to about 1/4000 of a segment, < 1 m at 50 km).
import { uniquePositions, type CoverageSite, type LandArea } from './coverage';
import { distanceKm } from './distance';
import type { Position } from './geometry';
import { CIRCLE_SEGMENTS, destination } from './spherical-area';

type Ring = readonly GeoJSON.Position[];

/** Whether `point` lies in the polygon (even-odd rule over its rings: holes count out). */
function inPolygon([x, y]: Position, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

interface PreparedLand {
  polygons: { rings: readonly Ring[]; box: [number, number, number, number] }[];
}

function prepare(land: readonly LandArea[]): PreparedLand {
  const polygons = land.flatMap((area) =>
    (area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates).map((rings) => {
      const outer = rings[0] ?? [];
      const xs = outer.map((p) => p[0]!);
      const ys = outer.map((p) => p[1]!);
      return {
        rings,
        box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [number, number, number, number],
      };
    }),
  );
  return { polygons };
}

function onLand(land: PreparedLand, point: Position): boolean {
  const [x, y] = point;
  return land.polygons.some(
    ({ rings, box }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && inPolygon(point, rings),
  );
}

/** The arcs of the circles of radius `km` round the sites that form the edge of the land within reach. */
export function reachOutline(
  land: readonly LandArea[],
  sites: readonly CoverageSite[],
  km: number,
): GeoJSON.MultiLineString {
  if (km <= 0) return { type: 'MultiLineString', coordinates: [] };
  const prepared = prepare(land);
  const centres = uniquePositions(sites);
  const lines: Position[][] = [];
  centres.forEach((centre, index) => {
    const others = centres.filter((_, i) => i !== index && distanceKm(centres[i]!, centre) < 2 * km);
    const pointAt = (bearing: number) => destination(centre, km, bearing);
    const onEdge = (bearing: number) => {
      const point = pointAt(bearing);
      return others.every((other) => distanceKm(other, point) >= km) && onLand(prepared, point);
    };
    /** Between a bearing on the edge and one off it: the last bearing still on it. */
    const crossing = (on: number, off: number) => {
      for (let i = 0; i < 12; i++) {
        const middle = (on + off) / 2;
        if (onEdge(middle)) on = middle;
        else off = middle;
      }
      return on;
    };
    const step = 360 / CIRCLE_SEGMENTS;
    const bearings = Array.from({ length: CIRCLE_SEGMENTS }, (_, i) => i * step);
    const kept = bearings.map(onEdge);
    if (kept.every(Boolean)) {
      lines.push([...bearings, 360].map(pointAt));
      return;
    }
    // Walk round once from a bearing off the edge, so that every run of the edge is whole.
    const start = kept.indexOf(false);
    let run: Position[] | null = null;
    for (let k = 1; k <= CIRCLE_SEGMENTS; k++) {
      const i = (start + k) % CIRCLE_SEGMENTS;
      const bearing = start * step + k * step;
      const previous = bearing - step;
      if (kept[i] && !run) run = [pointAt(crossing(bearing, previous))];
      if (kept[i] && run) run.push(pointAt(bearing));
      if (!kept[i] && run) {
        run.push(pointAt(crossing(previous, bearing)));
        lines.push(run);
        run = null;
      }
    }
    if (run) lines.push(run);
  });
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return {
    type: 'MultiLineString',
    coordinates: lines.filter((line) => line.length >= 2).map((line) => line.map(([x, y]) => [round(x), round(y)])),
  };
}
