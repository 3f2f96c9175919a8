import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanceKm } from './distance';
import type { Position } from './geometry';
import { COUNTRY_BOUNDS } from './netherlands';
import {
  bearing,
  CONE_HALF_ANGLE,
  compassPoint,
  nearestInDirection,
  readingOrder,
  relativePosition,
  type Direction,
} from './spatial-focus';

const place = (name: string, lon: number, lat: number) => ({ name, coordinates: [lon, lat] as Position });
// A cross around a centre, with a nearer place just off the north-east diagonal.
const centre = place('centre', 5, 52);
const north = place('north', 5, 52.5);
const east = place('east', 5.8, 52);
const south = place('south', 5, 51.6);
const west = place('west', 4.4, 52);
const nearNorthEast = place('near, north of the diagonal', 5.05, 52.05);
const all = [centre, north, east, south, west, nearNorthEast];

describe('nearestInDirection', () => {
  it('moves to the nearest place within the cone of the arrow', () => {
    expect(nearestInDirection(all, centre.coordinates, 'north')?.name).toBe(nearNorthEast.name);
    expect(nearestInDirection(all, centre.coordinates, 'south')?.name).toBe('south');
    expect(nearestInDirection(all, centre.coordinates, 'west')?.name).toBe('west');
    // The near place lies north of the diagonal (east-west is shorter in kilometres at 52°N): not an eastward move.
    expect(nearestInDirection(all, centre.coordinates, 'east')?.name).toBe('east');
  });

  it('says there is nothing further in a direction (the last place that way)', () => {
    expect(nearestInDirection(all, north.coordinates, 'north')).toBeNull();
    expect(nearestInDirection(all, west.coordinates, 'west')).toBeNull();
    expect(nearestInDirection([centre], centre.coordinates, 'east')).toBeNull();
  });

  it('never moves to a place at the same point', () => {
    const twin = place('twin', 5, 52);
    expect(nearestInDirection([centre, twin], centre.coordinates, 'north')).toBeNull();
  });

  const inCountry = fc.tuple(
    fc.double({ min: COUNTRY_BOUNDS[0], max: COUNTRY_BOUNDS[2], noNaN: true }),
    fc.double({ min: COUNTRY_BOUNDS[1], max: COUNTRY_BOUNDS[3], noNaN: true }),
  );

  it('reaches every other place by some arrow, never one farther than it', () => {
    fc.assert(
      fc.property(inCountry, inCountry, (from, to) => {
        fc.pre(distanceKm(from, to) > 0.1);
        const heading = bearing(from, to);
        const direction = (['north', 'east', 'south', 'west'] as Direction[]).find((candidate) => {
          const angle = { north: 0, east: 90, south: 180, west: 270 }[candidate];
          const difference = Math.abs(((heading - angle + 540) % 360) - 180);
          return difference <= CONE_HALF_ANGLE;
        })!;
        const found = nearestInDirection([{ coordinates: to }], from, direction);
        expect(found?.coordinates).toEqual(to);
      }),
    );
  });
});

describe('readingOrder', () => {
  it('reads north to south, and west to east along one latitude', () => {
    const sameRowEast = place('same row, east', 6, 52.001);
    const order = readingOrder([south, sameRowEast, centre, north, west]).map((p) => p.name);
    expect(order).toEqual(['north', 'west', 'centre', 'same row, east', 'south']);
  });
});

describe('compassPoint and relativePosition', () => {
  it('names the eight points of the compass', () => {
    expect([0, 44, 46, 90, 135, 180, 225, 270, 315, 359].map(compassPoint)).toEqual([
      'n',
      'ne',
      'ne',
      'e',
      'se',
      's',
      'sw',
      'w',
      'nw',
      'n',
    ]);
  });

  it('gives the distance and the direction from one place to another', () => {
    const { km, towards } = relativePosition(centre.coordinates, north.coordinates);
    expect(towards).toBe('n');
    expect(km).toBeCloseTo(distanceKm(centre.coordinates, north.coordinates), 6);
    expect(relativePosition(north.coordinates, south.coordinates).towards).toBe('s');
    expect(relativePosition(west.coordinates, east.coordinates).towards).toBe('e');
  });
});
