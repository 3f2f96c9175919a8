// Clipping rings in a plane against half-planes and convex polygons (Sutherland–Hodgman): exact up to floating point.
// A concave ring cut by a convex one can come out as one ring whose pieces stay joined by zero-width seams along the
// convex ring's edge; its signed area is still exactly the area of the intersection, and a fill draws it the same.
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
