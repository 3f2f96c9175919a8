// Nearest-site cells on the sphere, built in a gnomonic plane where every great-circle bisector is a straight line:
// each cell is a box cut by the half-planes "nearer to this site than to that one", so it is exact (up to floating
// point) for the app's great-circle distance, with no projection error at the cell borders.
import { clipToHalfPlane, type PlaneBounds } from './convex-clip';
import type { Position } from './geometry';
import type { Gnomonic, PlanePoint } from './spherical-area';

export interface PlaneVoronoi {
  /** Per position: its cell as a convex, counter-clockwise open ring in the plane (empty if outside the box). */
  cells: PlanePoint[][];
  /** Per position: the positions whose cells share an edge with its cell. */
  neighbours: number[][];
}

/** Positions must be distinct. */
export function planeVoronoi(positions: readonly Position[], plane: Gnomonic, box: PlaneBounds): PlaneVoronoi {
  const [west, south, east, north] = box;
  const boxRing: PlanePoint[] = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
  ];
  const cells = positions.map((position, i) => {
    let ring = boxRing;
    for (let j = 0; j < positions.length && ring.length > 0; j++) {
      if (j !== i) ring = clipToHalfPlane(ring, plane.nearerHalfPlane(position, positions[j]!));
    }
    return ring;
  });
  const neighbours = positions.map((position, i) =>
    positions.flatMap((other, j) =>
      j !== i && sharesEdge(cells[i]!, plane.nearerHalfPlane(position, other)) ? [j] : [],
    ),
  );
  return { cells, neighbours };
}

/** Whether two distinct corners of the cell lie on the half-plane's border line (so that bisector is an edge). */
function sharesEdge(cell: readonly PlanePoint[], [k, kx, ky]: readonly [number, number, number]): boolean {
  const length = Math.hypot(kx, ky);
  if (length === 0) return false;
  // 1e-9 of the unit sphere is 6 mm; an edge shorter than 10 m is a corner where four cells nearly meet.
  const onLine = cell.filter(([x, y]) => Math.abs(k + kx * x + ky * y) / length < 1e-9);
  for (let a = 0; a < onLine.length; a++) {
    for (let b = a + 1; b < onLine.length; b++) {
      if (Math.hypot(onLine[a]![0] - onLine[b]![0], onLine[a]![1] - onLine[b]![1]) > 1.5e-6) return true;
    }
  }
  return false;
}

/** The ring with every edge split into pieces of at most `step` (plane units), so it stays a line after unprojecting. */
export function densify(ring: readonly PlanePoint[], step: number): PlanePoint[] {
  if (!Number.isFinite(step)) return [...ring];
  return ring.flatMap((p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    const pieces = Math.max(1, Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]) / step));
    return Array.from({ length: pieces }, (_, s): PlanePoint => [
      p[0] + ((q[0] - p[0]) * s) / pieces,
      p[1] + ((q[1] - p[1]) * s) / pieces,
    ]);
  });
}
