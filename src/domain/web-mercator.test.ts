import { describe, expect, it } from 'vitest';
import { realProvincesFile } from '../../tests/fixtures/public-files';
import { areaPath, fitProjection } from './web-mercator';

describe('fitProjection', () => {
  const projection = fitProjection([3.3, 50.72, 7.25, 53.58], 800);

  it('puts the corners of the bounds at the corners of the drawing', () => {
    expect(projection.project([3.3, 53.58])).toEqual([0, 0]);
    const [x, y] = projection.project([7.25, 50.72]);
    expect(x).toBeCloseTo(800, 9);
    expect(y).toBeCloseTo(projection.height, 9);
  });

  it('stretches north–south by 1/cos(latitude), as Web Mercator does (about 1.63 at 52° N)', () => {
    // 3.95° of longitude by 2.86° of latitude: taller than the degrees alone suggest.
    const middle = ((50.72 + 53.58) / 2) * (Math.PI / 180);
    expect(projection.height / projection.width).toBeCloseTo(2.86 / 3.95 / Math.cos(middle), 2);
  });
});

/** Follows a path of relative moves back to absolute points, ring by ring. */
function absoluteRings(path: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let pen: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  for (const [, command, dx, dy] of path.matchAll(/([mlz])(?:(-?[\d.]+)[ ]?(-?[\d.]+))?/g)) {
    if (command === 'z') {
      pen = start;
      continue;
    }
    pen = [pen[0] + Number(dx), pen[1] + Number(dy)];
    if (command === 'm') {
      start = pen;
      rings.push([]);
    }
    rings.at(-1)!.push(pen);
  }
  return rings;
}

describe('areaPath', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ] as [number, number][],
    ],
  };
  const identity = {
    width: 100,
    height: 100,
    project: ([x, y]: readonly [number, number]) => [x, y] as [number, number],
  };

  it('writes a ring as relative moves, closed with z', () => {
    expect(areaPath(square, identity)).toBe('m0 0l10 0l0 10l-10 0z');
  });

  it('starts a second ring relative to the first ring’s start (where z leaves the pen)', () => {
    const twoRings = {
      type: 'MultiPolygon' as const,
      coordinates: [
        square.coordinates,
        [
          [
            [20, 20],
            [30, 20],
            [30, 30],
            [20, 20],
          ] as [number, number][],
        ],
      ],
    };
    expect(areaPath(twoRings, identity)).toBe('m0 0l10 0l0 10l-10 0zm20 20l10 0l0 10z');
  });

  it('leaves out points that rounding makes coincide, and never writes -0', () => {
    const close = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0.01, -0.01],
          [5, 0],
          [5, 5],
          [0, 0],
        ] as [number, number][],
      ],
    };
    expect(areaPath(close, identity, 0.1)).toBe('m0 0l5 0l0 5z');
  });

  it('reproduces every province ring to within the rounding', () => {
    const projection = fitProjection([3.3, 50.72, 7.25, 53.58], 800);
    for (const feature of realProvincesFile().features) {
      const rings = absoluteRings(areaPath(feature.geometry, projection));
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      const first = polygons[0]![0]![0]!;
      const [x, y] = projection.project(first);
      expect(Math.abs(rings[0]![0]![0] - x)).toBeLessThan(0.051);
      expect(Math.abs(rings[0]![0]![1] - y)).toBeLessThan(0.051);
      expect(rings).toHaveLength(polygons.flat().length);
    }
  });
});
