// Cutting polygons in a plane with convex rings, exact up to floating point: Sutherland–Hodgman for convex by convex
// (a circle by its nearest-site cell), and polygonInConvex for the land (concave, with holes), which gives proper
// polygons where Sutherland–Hodgman would join the pieces of a concave ring by zero-width seams.
import type { PlanePoint } from './spherical-area';

/** k + kx·x + ky·y ≥ 0. */
export type HalfPlane = readonly [k: number, kx: number, ky: number];

/** An open ring (no repeated first point) cut to a half-plane. */
export function clipToHalfPlane(ring: readonly PlanePoint[], [k, kx, ky]: HalfPlane): PlanePoint[] {
  const out: PlanePoint[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const current = ring[i]!;
    const previous = ring[(i + n - 1) % n]!;
    const vc = k + kx * current[0] + ky * current[1];
    const vp = k + kx * previous[0] + ky * previous[1];
    if (vc >= 0) {
      if (vp < 0) out.push(crossing(previous, current, vp, vc));
      out.push(current);
    } else if (vp >= 0) out.push(crossing(previous, current, vp, vc));
  }
  return out.length >= 3 ? out : [];
}

function crossing(a: PlanePoint, b: PlanePoint, va: number, vb: number): PlanePoint {
  const t = va / (va - vb);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** The half-planes whose intersection is a convex open ring wound counter-clockwise. */
export function convexHalfPlanes(convex: readonly PlanePoint[]): HalfPlane[] {
  return convex.map((p, i) => {
    const q = convex[(i + 1) % convex.length]!;
    // Left of p→q: (q − p) × (x − p) ≥ 0.
    const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
    return [dy * p[0] - dx * p[1], -dy, dx] as const;
  });
}

export function clipToConvex(ring: readonly PlanePoint[], halfPlanes: readonly HalfPlane[]): PlanePoint[] {
  let points: PlanePoint[] = [...ring];
  for (const halfPlane of halfPlanes) {
    points = clipToHalfPlane(points, halfPlane);
    if (points.length === 0) break;
  }
  return points;
}

/** Signed shoelace area of an open ring (counter-clockwise positive). */
export function planeArea(ring: readonly PlanePoint[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
}

export type PlaneBounds = [number, number, number, number];

export function planeBounds(ring: readonly PlanePoint[]): PlaneBounds {
  const b: PlaneBounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

export function planeBoundsOverlap(a: PlaneBounds, b: PlaneBounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * A polygon (outer ring counter-clockwise, holes clockwise; open rings) cut by a convex counter-clockwise ring, as
 * proper polygons without seams (Weiler–Atherton, simple because the clip ring is convex): the subject's pieces
 * inside the clip ring are chained, and each exit joins the next entry by going counter-clockwise along the clip ring.
 */
export function polygonInConvex(
  polygon: readonly (readonly PlanePoint[])[],
  convex: readonly PlanePoint[],
): PlanePoint[][][] {
  const halfPlanes = convexHalfPlanes(convex);
  const clipBounds = planeBounds(convex);
  const chains: Chain[] = [];
  const whole: { ring: readonly PlanePoint[]; hole: boolean }[] = [];
  polygon.forEach((ring, ringIndex) => {
    if (ring.length < 3 || !planeBoundsOverlap(planeBounds(ring), clipBounds)) return;
    const start = ring.findIndex((point) => halfPlanes.some((h) => value(h, point) < 0));
    if (start === -1) {
      whole.push({ ring, hole: ringIndex > 0 });
      return;
    }
    let open: Chain | null = null;
    for (let s = 0; s < ring.length; s++) {
      const p = ring[(start + s) % ring.length]!;
      const q = ring[(start + s + 1) % ring.length]!;
      const span = insideSpan(p, q, halfPlanes, clipBounds);
      if (!span) continue;
      const at = (t: number): PlanePoint => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
      if (!open || span.t0 > 0) {
        open = { points: [at(span.t0)], entry: boundaryPosition(convex, span.edge0, at(span.t0)), exit: 0 };
      }
      if (span.t1 < 1) {
        open.points.push(at(span.t1));
        open.exit = boundaryPosition(convex, span.edge1, at(span.t1));
        chains.push(open);
        open = null;
      } else open.points.push(q);
    }
  });
  const outers: PlanePoint[][] = linkChains(chains, convex);
  const holes: PlanePoint[][] = [];
  for (const { ring, hole } of whole) (hole ? holes : outers).push([...ring]);
  if (outers.length === 0) {
    // No edge of the subject crosses the clip ring: the clip ring is inside the subject or outside it.
    const probe = convex[0]!;
    const inside = polygon.reduce((odd, ring) => (ringContains(ring, probe) ? !odd : odd), false);
    if (!inside && !holes.some((hole) => ringContains(hole, probe))) return [];
    if (inside) outers.push([...convex]);
  }
  return outers.map((outer) => [outer, ...holes.filter((hole) => ringContains(outer, hole[0]!))]);
}

interface Chain {
  points: PlanePoint[];
  /** Position along the clip ring: edge index + fraction along that edge. */
  entry: number;
  exit: number;
}

function value([k, kx, ky]: HalfPlane, [x, y]: PlanePoint): number {
  return k + kx * x + ky * y;
}

/** Cyrus–Beck: the part [t0, t1] of p→q inside the convex ring, with the edges it enters and leaves by (−1: none). */
function insideSpan(
  p: PlanePoint,
  q: PlanePoint,
  halfPlanes: readonly HalfPlane[],
  [west, south, east, north]: PlaneBounds,
): { t0: number; t1: number; edge0: number; edge1: number } | null {
  if (Math.max(p[0], q[0]) < west || Math.min(p[0], q[0]) > east) return null;
  if (Math.max(p[1], q[1]) < south || Math.min(p[1], q[1]) > north) return null;
  let [t0, t1, edge0, edge1] = [0, 1, -1, -1];
  for (let i = 0; i < halfPlanes.length; i++) {
    const h = halfPlanes[i]!;
    const vp = value(h, p);
    const vq = value(h, q);
    if (vp < 0 && vq < 0) return null;
    if (vp >= 0 && vq >= 0) continue;
    const t = vp / (vp - vq);
    if (vp < 0) {
      if (t > t0) [t0, edge0] = [t, i];
    } else if (t < t1) [t1, edge1] = [t, i];
    if (t0 >= t1) return null;
  }
  return t1 - t0 > 1e-12 ? { t0, t1, edge0, edge1 } : null;
}

function boundaryPosition(convex: readonly PlanePoint[], edge: number, point: PlanePoint): number {
  if (edge < 0) return 0;
  const a = convex[edge]!;
  const b = convex[(edge + 1) % convex.length]!;
  const length2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2;
  const t = length2 === 0 ? 0 : ((point[0] - a[0]) * (b[0] - a[0]) + (point[1] - a[1]) * (b[1] - a[1])) / length2;
  return edge + Math.min(Math.max(t, 0), 1 - 1e-12);
}

/** Rings from the chains: after each exit, along the clip ring (counter-clockwise) to the nearest next entry. */
function linkChains(chains: readonly Chain[], convex: readonly PlanePoint[]): PlanePoint[][] {
  const n = convex.length;
  const used = chains.map(() => false);
  const rings: PlanePoint[][] = [];
  for (let first = 0; first < chains.length; first++) {
    if (used[first]) continue;
    const ring: PlanePoint[] = [];
    let current = first;
    for (let guard = 0; guard <= chains.length; guard++) {
      used[current] = true;
      const chain = chains[current]!;
      ring.push(...chain.points);
      let next = -1;
      let best = Infinity;
      chains.forEach((other, j) => {
        if (used[j] && j !== first) return;
        const ahead = (((other.entry - chain.exit) % n) + n) % n;
        if (ahead < best) [best, next] = [ahead, j];
      });
      // The clip ring's corners passed on the way from this exit to the next entry.
      const from = Math.floor(chain.exit);
      const steps = Math.floor(chain.exit + best) - from;
      for (let c = 1; c <= steps; c++) ring.push(convex[(from + c) % n]!);
      if (next === first || next === -1) break;
      current = next;
    }
    if (ring.length >= 3) rings.push(ring);
  }
  return rings;
}

/** Even-odd ray test of a point in an open ring. */
function ringContains(ring: readonly PlanePoint[], [x, y]: PlanePoint): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) odd = !odd;
  }
  return odd;
}
