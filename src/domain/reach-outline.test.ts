import { describe, expect, it } from 'vitest';
import type { LandArea } from './coverage';
import { distanceKm } from './distance';
import type { Position } from './geometry';
import { reachOutline } from './reach-outline';

/** A box of land, about 70 × 55 km round 52° N. */
const BOX: LandArea = {
  code: 'NL-UT',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [5, 52],
        [6, 52],
        [6, 52.5],
        [5, 52.5],
        [5, 52],
      ],
    ],
  },
};

const points = (outline: GeoJSON.MultiLineString) => outline.coordinates.flat() as unknown as Position[];

describe('reachOutline', () => {
  it('is the whole circle round a site far from the coast', () => {
    const centre: Position = [5.5, 52.25];
    const outline = reachOutline([BOX], [{ id: 'a', coordinates: centre }], 10);
    expect(outline.coordinates).toHaveLength(1);
    const line = outline.coordinates[0]!;
    expect(line[0]).toEqual(line.at(-1));
    for (const point of points(outline)) expect(distanceKm(centre, point)).toBeCloseTo(10, 2);
  });

  it('leaves out the arcs inside another circle, and meets the other circle where they cross', () => {
    const a: Position = [5.4, 52.25];
    const b: Position = [5.6, 52.25];
    const km = 10;
    const outline = reachOutline(
      [BOX],
      [
        { id: 'a', coordinates: a },
        { id: 'b', coordinates: b },
      ],
      km,
    );
    expect(outline.coordinates).toHaveLength(2);
    for (const point of points(outline)) {
      expect(Math.min(distanceKm(a, point), distanceKm(b, point))).toBeGreaterThan(km - 0.01);
    }
    // Each arc ends where the circles cross: there, both centres are km away.
    for (const line of outline.coordinates) {
      for (const end of [line[0]!, line.at(-1)!] as unknown as Position[]) {
        expect(distanceKm(a, end)).toBeCloseTo(km, 1);
        expect(distanceKm(b, end)).toBeCloseTo(km, 1);
      }
    }
  });

  it('stops at the coast', () => {
    const centre: Position = [5.05, 52.25];
    const outline = reachOutline([BOX], [{ id: 'a', coordinates: centre }], 10);
    expect(outline.coordinates).toHaveLength(1);
    for (const point of points(outline)) expect(point[0]).toBeGreaterThanOrEqual(5 - 1e-5);
    const line = outline.coordinates[0]!;
    // Both ends lie on the coast (the box's west edge), to within a metre or so.
    expect(line[0]![0]).toBeCloseTo(5, 4);
    expect(line.at(-1)![0]).toBeCloseTo(5, 4);
  });

  it('has no edge without reach or without sites', () => {
    expect(reachOutline([BOX], [{ id: 'a', coordinates: [5.5, 52.25] }], 0).coordinates).toEqual([]);
    expect(reachOutline([BOX], [], 25).coordinates).toEqual([]);
  });
});
