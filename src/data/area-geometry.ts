// Positions and area geometries (polygon, multipolygon) of the map's files: the provinces and the water. A file of
// outlines has thousands of positions; checking each with zod costs a slow phone's main thread about 150 ms while the
// page starts (zod's code runs cold, once per position). `isAreaGeometry` checks the same rules in one plain loop, and
// `quickAreaGeometry` uses it: only a geometry it refuses goes through zod, which then says exactly what is wrong.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { hasExactKeys, withQuickCheck } from './quick-schema';

const LONGITUDE = [-180, 180] as const;
const LATITUDE = [-90, 90] as const;
const MIN_RING_POINTS = 4;

/** [longitude, latitude] in degrees. */
export const position = lazySchema(() =>
  z.tuple([
    z.number().check(z.gte(LONGITUDE[0]), z.lte(LONGITUDE[1])),
    z.number().check(z.gte(LATITUDE[0]), z.lte(LATITUDE[1])),
  ]),
);

/** Whether a ring ends where it starts (its first and last points are the same). */
function isClosed(points: readonly (readonly unknown[])[]): boolean {
  const first = points[0];
  const last = points[points.length - 1];
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}

/** A polygon or multipolygon whose rings are closed and long enough: the rules, with a message for each. */
export const areaGeometry = lazySchema(() => {
  const ring = z
    .array(position())
    .check(
      z.minLength(MIN_RING_POINTS, 'een ring heeft minstens 4 punten'),
      z.refine(isClosed, 'ring is niet gesloten (eerste en laatste punt verschillen)'),
    );
  const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) });
  const multiPolygon = z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  });
  return z.discriminatedUnion('type', [polygon, multiPolygon]);
});

export type AreaGeometry = z.infer<ReturnType<typeof areaGeometry>>;

const within = (value: unknown, [min, max]: readonly [number, number]) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

function isPosition(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && within(value[0], LONGITUDE) && within(value[1], LATITUDE);
}

function isRing(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < MIN_RING_POINTS) return false;
  for (const point of value) if (!isPosition(point)) return false;
  return isClosed(value as number[][]);
}

const isPolygon = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isRing);

const GEOMETRY_KEYS = ['type', 'coordinates'];

/** Whether `areaGeometry` accepts `value` and gives it back unchanged: the same rules, without zod's messages. */
export function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (!hasExactKeys(value, GEOMETRY_KEYS)) return false;
  const { type, coordinates } = value;
  if (type === 'Polygon') return isPolygon(coordinates);
  if (type === 'MultiPolygon')
    return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isPolygon);
  return false;
}

/** `areaGeometry` with the quick check first. */
export const quickAreaGeometry = lazySchema(() => withQuickCheck(isAreaGeometry, areaGeometry));
