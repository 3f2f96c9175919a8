import { describe, expect, it } from 'vitest';
import { realProvincesFile, realTeamsFile, realWaterFile } from '../../tests/fixtures/public-files';
import { PROVINCE_CODES } from './provinces';
import { clipToBox, geometryBounds, pointInGeometry, pointsBounds, simplifyLine, type Position } from './geometry';

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
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ] as [number, number][],
  ],
};

describe('pointInGeometry', () => {
  it('finds points inside, outside, and in a hole', () => {
    expect(pointInGeometry([1, 1], square)).toBe(true);
    expect(pointInGeometry([11, 1], square)).toBe(false);
    expect(pointInGeometry([5, 5], square)).toBe(false);
  });

  it('handles multipolygons', () => {
    const islands = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [square.coordinates[0]!],
        [
          [
            [20, 20],
            [21, 20],
            [21, 21],
            [20, 20],
          ] as [number, number][],
        ],
      ],
    };
    expect(pointInGeometry([20.9, 20.5], islands)).toBe(true);
    expect(pointInGeometry([15, 15], islands)).toBe(false);
  });
});

describe('bounds', () => {
  it('spans all rings and points', () => {
    expect(geometryBounds(square)).toEqual([0, 0, 10, 10]);
    expect(
      pointsBounds([
        [6.56, 52.99],
        [6.09, 52.51],
      ]),
    ).toEqual([6.09, 52.51, 6.56, 52.99]);
  });
});

describe('the real province file and team data', () => {
  const provinces = realProvincesFile();
  const teams = realTeamsFile().teams;

  it('has the 12 provinces, each once', () => {
    expect(provinces.features.map((f) => f.properties.code).sort()).toEqual([...PROVINCE_CODES]);
  });

  it.each(teams.flatMap((team) => team.locations.map((l) => [team.id, l.place, l.province, l.coordinates] as const)))(
    'team %s in %s lies inside %s',
    (_id, _place, province, coordinates) => {
      const containing = provinces.features.filter((f) => pointInGeometry(coordinates, f.geometry));
      expect(containing.map((f) => f.properties.code)).toEqual([province]);
    },
  );

  it('puts no team in the IJsselmeer or Markermeer, and the lakes where they are', () => {
    const [lakes] = realWaterFile().features;
    if (!lakes) throw new Error('water file has no feature');
    const wet = teams.flatMap((t) => t.locations).filter((l) => pointInGeometry(l.coordinates, lakes.geometry));
    expect(wet).toEqual([]);
    expect(pointInGeometry([5.3, 52.8], lakes.geometry)).toBe(true); // IJsselmeer, off Medemblik–Stavoren
    expect(pointInGeometry([5.2, 52.5], lakes.geometry)).toBe(true); // Markermeer
    expect(pointInGeometry([5.6, 52.5], lakes.geometry)).toBe(false); // Flevoland, near Lelystad–Dronten
  });
});

describe('clipToBox', () => {
  const square = [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
  ] as const;

  it('cuts a polygon at the box’s sides, closed again', () => {
    const [polygon] = clipToBox([square], [1, -1, 5, 2]);
    expect(polygon).toEqual([
      [
        [1, 2],
        [1, 0],
        [4, 0],
        [4, 2],
        [1, 2],
      ],
    ]);
  });

  it('keeps a polygon inside the box as it is, and drops one outside it', () => {
    expect(clipToBox([square], [-1, -1, 5, 5])).toEqual([square]);
    expect(clipToBox([square], [10, 10, 12, 12])).toEqual([]);
  });
});

describe('simplifyLine', () => {
  it('leaves out the points within the tolerance of the line, and keeps the ends and the others', () => {
    const line = [
      [0, 0],
      [1, 0.01],
      [2, -0.01],
      [3, 1],
      [4, 0],
    ] as const;
    expect(simplifyLine(line, 0.1)).toEqual([
      [0, 0],
      [2, -0.01],
      [3, 1],
      [4, 0],
    ]);
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  /** Douglas–Peucker as it is defined: split at the farthest point and simplify both halves. */
  const byDefinition = (points: readonly Position[], tolerance: number): Position[] => {
    if (points.length <= 2) return [...points];
    const [a, b] = [points[0]!, points.at(-1)!];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const distances = points.map(([x, y]) =>
      length === 0
        ? Math.hypot(x - a[0], y - a[1])
        : Math.abs((b[1] - a[1]) * (x - a[0]) - (b[0] - a[0]) * (y - a[1])) / length,
    );
    const inner = distances.slice(1, -1);
    const farthest = Math.max(...inner);
    if (farthest <= tolerance) return [a, b];
    const index = inner.indexOf(farthest) + 1;
    return [
      ...byDefinition(points.slice(0, index + 1), tolerance).slice(0, -1),
      ...byDefinition(points.slice(index), tolerance),
    ];
  };

  it('keeps the points the definition keeps, on every ring of the map files, at three tolerances', () => {
    const rings = [...realProvincesFile().features, ...realWaterFile().features].flatMap((feature) =>
      feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat(),
    );
    expect(rings.length).toBeGreaterThan(10);
    for (const tolerance of [0.0005, 0.005, 0.05])
      for (const ring of rings) expect(simplifyLine(ring, tolerance)).toEqual(byDefinition(ring, tolerance));
  });
});
