import { describe, expect, it } from 'vitest';
import { clipToConvex, convexHalfPlanes, planeArea, polygonInConvex } from './convex-clip';
import type { PlanePoint } from './spherical-area';

const square = (west: number, south: number, east: number, north: number): PlanePoint[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
];
const area = (polygon: PlanePoint[][]) => polygon.reduce((sum, ring) => sum + planeArea(ring), 0);

describe('polygonInConvex', () => {
  // A U: the box 0–3 × 0–3 without the slot 1–2 × 1–3 (counter-clockwise).
  const u: PlanePoint[] = [
    [0, 0],
    [3, 0],
    [3, 3],
    [2, 3],
    [2, 1],
    [1, 1],
    [1, 3],
    [0, 3],
  ];

  it('cuts both arms of a U into two polygons, where Sutherland–Hodgman leaves one ring with a seam', () => {
    const pieces = polygonInConvex([u], square(-1, 2, 4, 4));
    expect(pieces).toHaveLength(2);
    expect(pieces.map(area).sort()).toEqual([1, 1]);
    for (const [outer] of pieces) expect(planeArea(outer!)).toBeGreaterThan(0);
    const seamed = clipToConvex(u, convexHalfPlanes(square(-1, 2, 4, 4)));
    expect(planeArea(seamed)).toBeCloseTo(2, 12);
  });

  it('keeps the part of the U below the slot as one polygon, with its area', () => {
    const pieces = polygonInConvex([u], square(-1, -1, 4, 1.5));
    expect(pieces).toHaveLength(1);
    expect(area(pieces[0]!)).toBeCloseTo(3 + 2 * 0.5, 12);
  });

  it('gives the clip ring itself when it lies inside the polygon, and keeps a hole inside it', () => {
    const hole: PlanePoint[] = [
      [4, 4],
      [4, 6],
      [6, 6],
      [6, 4],
    ];
    const pieces = polygonInConvex([square(0, 0, 10, 10), hole], square(3, 3, 7, 7));
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toHaveLength(2);
    expect(area(pieces[0]!)).toBeCloseTo(16 - 4, 12);
  });

  it('opens a hole that the clip ring cuts into its outline', () => {
    const hole: PlanePoint[] = [
      [4, 4],
      [4, 6],
      [6, 6],
      [6, 4],
    ];
    const pieces = polygonInConvex([square(0, 0, 10, 10), hole], square(5, 3, 8, 7));
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toHaveLength(1);
    expect(area(pieces[0]!)).toBeCloseTo(12 - 2, 12);
  });

  it('gives nothing for a clip ring outside the polygon or inside its hole', () => {
    expect(polygonInConvex([square(0, 0, 1, 1)], square(2, 2, 3, 3))).toEqual([]);
    const hole: PlanePoint[] = [
      [2, 2],
      [2, 8],
      [8, 8],
      [8, 2],
    ];
    expect(polygonInConvex([square(0, 0, 10, 10), hole], square(4, 4, 5, 5))).toEqual([]);
  });

  it('keeps a polygon that lies inside the clip ring whole', () => {
    const pieces = polygonInConvex([u], square(-1, -1, 4, 4));
    expect(pieces).toEqual([[u]]);
  });
});
