// Moving through the places on the map by keyboard (issue 16): the nearest place in an arrow key's direction, an
// order to read them in (north to south), and where one place lies from another ("12 km naar het noordoosten").
// Pure: the map components keep which place has the focus and say what these return.
import { distanceKm } from './distance';
import type { Position } from './geometry';

/** An arrow key's direction on the map (north up). */
export type Direction = 'north' | 'east' | 'south' | 'west';

/** The eight points of the compass, for "naar het noordoosten". */
export type CompassPoint = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';

export interface Located {
  coordinates: Position;
}

/**
 * A place lies in a direction when the line to it is within this many degrees of it: the four cones of 90° cover
 * the whole compass, so every other place can be reached by some arrow (a place exactly on a diagonal, by two).
 */
export const CONE_HALF_ANGLE = 45;

const DIRECTION_ANGLE: Record<Direction, number> = { north: 0, east: 90, south: 180, west: 270 };
/** Kilometres per degree of latitude, near enough for directions within the country. */
const KM_PER_DEGREE = 111.2;

/** The offset from `from` to `to` in kilometres east and north (an equirectangular plane at `from`'s latitude). */
function offsetKm(from: Position, to: Position): { east: number; north: number } {
  const cos = Math.cos((from[1] * Math.PI) / 180);
  return { east: (to[0] - from[0]) * cos * KM_PER_DEGREE, north: (to[1] - from[1]) * KM_PER_DEGREE };
}

/** The compass bearing from `from` to `to`, in degrees clockwise from north (0 ≤ b < 360). */
export function bearing(from: Position, to: Position): number {
  const { east, north } = offsetKm(from, to);
  const degrees = (Math.atan2(east, north) * 180) / Math.PI;
  return (degrees + 360) % 360;
}

/** The angle between two bearings, 0 to 180. */
function angleBetween(a: number, b: number): number {
  const difference = Math.abs(a - b) % 360;
  return difference > 180 ? 360 - difference : difference;
}

/**
 * The nearest of `places` in `direction` from `from` (within CONE_HALF_ANGLE, nearest by distance; at equal distance
 * the one closer to the direction), or null when none lies that way: the last place in that direction. Places at
 * `from`'s own point are not a move.
 */
export function nearestInDirection<T extends Located>(
  places: readonly T[],
  from: Position,
  direction: Direction,
): T | null {
  let best: { place: T; distance: number; angle: number } | null = null;
  for (const place of places) {
    const distance = distanceKm(from, place.coordinates);
    if (distance < 0.01) continue;
    const angle = angleBetween(bearing(from, place.coordinates), DIRECTION_ANGLE[direction]);
    if (angle > CONE_HALF_ANGLE) continue;
    if (!best || distance < best.distance || (distance === best.distance && angle < best.angle)) {
      best = { place, distance, angle };
    }
  }
  return best?.place ?? null;
}

/**
 * The places in reading order: north to south, and west to east where they lie at the same latitude (within 1 km),
 * as the eye reads a map. The order Home, End, Page Up and Page Down walk, and the "3 van 30" of an announcement.
 */
export function readingOrder<T extends Located>(places: readonly T[]): T[] {
  const sameRow = 1 / KM_PER_DEGREE;
  return [...places].sort((a, b) => {
    const [lonA, latA] = a.coordinates;
    const [lonB, latB] = b.coordinates;
    if (Math.abs(latA - latB) > sameRow) return latB - latA;
    return lonA - lonB;
  });
}

/** The compass point of a bearing, each covering 45° around its own direction. */
export function compassPoint(degrees: number): CompassPoint {
  const points: CompassPoint[] = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'];
  return points[Math.round((((degrees % 360) + 360) % 360) / 45) % 8]!;
}

/** Where `to` lies from `from`: the distance in kilometres and the compass point. */
export function relativePosition(from: Position, to: Position): { km: number; towards: CompassPoint } {
  return { km: distanceKm(from, to), towards: compassPoint(bearing(from, to)) };
}
