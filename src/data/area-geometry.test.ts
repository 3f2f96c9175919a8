import { describe, expect, it } from 'vitest';
import { DATA_FILES, readPublicText } from '../../tests/fixtures/public-files';
import { areaGeometry, isAreaGeometry, quickAreaGeometry } from './area-geometry';

const features = (path: string) => (JSON.parse(readPublicText(path)) as { features: { geometry: unknown }[] }).features;
const geometries = [...features(DATA_FILES.provinces), ...features(DATA_FILES.water)].map((f) => f.geometry);

const square = () => [
  [4, 52],
  [5, 52],
  [5, 53],
  [4, 52],
];
const polygon = (ring: unknown = square()): Record<string, unknown> => ({ type: 'Polygon', coordinates: [ring] });

// Each breaks one rule of areaGeometry (or none: the first ones are valid).
const CASES: [name: string, geometry: unknown][] = [
  ['a valid polygon', polygon()],
  ['a valid multipolygon', { type: 'MultiPolygon', coordinates: [[square()], [square(), square()]] }],
  ['a position as text', polygon([[4, '52'], ...square().slice(1)])],
  ['a position with a height', polygon([[4, 52, 0], ...square().slice(1, 3), [4, 52, 0]])],
  ['a position of one number', polygon([[4], ...square().slice(1)])],
  ['NaN', polygon([[Number.NaN, 52], ...square().slice(1)])],
  ['Infinity', polygon([[4, Number.POSITIVE_INFINITY], ...square().slice(1)])],
  [
    'a longitude beyond 180',
    polygon([
      [181, 52],
      [5, 52],
      [5, 53],
      [181, 52],
    ]),
  ],
  [
    'a latitude beyond 90',
    polygon([
      [4, -91],
      [5, 52],
      [5, 53],
      [4, -91],
    ]),
  ],
  [
    'an unclosed ring',
    polygon(
      square()
        .slice(0, 3)
        .concat([[4, 53]]),
    ),
  ],
  [
    'a ring of three points',
    polygon([
      [4, 52],
      [5, 52],
      [4, 52],
    ]),
  ],
  ['no rings', { type: 'Polygon', coordinates: [] }],
  ['a multipolygon without polygons', { type: 'MultiPolygon', coordinates: [] }],
  ['a multipolygon with an empty polygon', { type: 'MultiPolygon', coordinates: [[]] }],
  ['a polygon with multipolygon coordinates', { type: 'Polygon', coordinates: [[square()]] }],
  ['a line', { type: 'LineString', coordinates: square() }],
  ['no type', { coordinates: [square()] }],
  ['coordinates as an object', { type: 'Polygon', coordinates: { 0: square() } }],
  ['a ring of nulls', polygon([null, null, null, null])],
  ['null', null],
  ['text', 'Polygon'],
];

describe('the quick check of an area geometry', () => {
  it.each(CASES)('agrees with the schema on %s', (_name, geometry) => {
    expect(isAreaGeometry(geometry)).toBe(areaGeometry().safeParse(geometry).success);
  });

  it('accepts every geometry of the map files', () => {
    for (const geometry of geometries) expect(isAreaGeometry(geometry)).toBe(true);
  });

  it.each(CASES)('gives the schema’s messages, at the same places, for %s', (_name, geometry) => {
    const full = areaGeometry().safeParse(geometry);
    const quick = quickAreaGeometry().safeParse(geometry);
    expect(quick.success).toBe(full.success);
    const where = (issues: readonly { path: PropertyKey[]; message: string }[] = []) =>
      issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(where(quick.error?.issues)).toEqual(where(full.error?.issues));
  });

  it('takes a valid geometry as it is', () => {
    const geometry = polygon();
    expect(quickAreaGeometry().parse(geometry)).toBe(geometry);
  });

  it('leaves a key out as the schema does, through the schema', () => {
    const geometry = { ...polygon(), bbox: [4, 52, 5, 53] };
    expect(isAreaGeometry(geometry)).toBe(false);
    expect(quickAreaGeometry().parse(geometry)).toEqual(areaGeometry().parse(geometry));
    expect(quickAreaGeometry().parse(geometry)).not.toHaveProperty('bbox');
  });
});
