import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  estimateTextWidth,
  labelPoint,
  labelSides,
  placeLabels,
  placeLabelsGreedy,
  provinceLabels,
  type Box,
  type LabelCandidate,
} from './map-labels';
import type { PlaceGroup } from './team-places';
import type { Position } from './geometry';
import { realProvincesFile } from '../../tests/fixtures/public-files';
import type { ProvinceCode } from './provinces';

function group(place: string, province: ProvinceCode, teams: number, kind: PlaceGroup['kind'] = 'pandgebonden') {
  return {
    key: `${place.toLowerCase()}-${kind}`,
    place,
    province,
    coordinates: [5, 52] as [number, number],
    kind,
    teamIds: Array.from({ length: teams }, (_, i) => `${place}-${kind}-${i}`),
    slot: 0,
    slots: 1,
  } satisfies PlaceGroup;
}

describe('placeLabels', () => {
  it('puts each province’s largest place first, then the rest by number of teams', () => {
    const labels = placeLabels([
      group('Den Haag', 'NL-ZH', 9),
      group('Den Haag', 'NL-ZH', 4, 'administratief'),
      group('Leiden', 'NL-ZH', 3),
      group('Maastricht', 'NL-LI', 1),
      group('Vijlen', 'NL-LI', 2),
      group('Assen', 'NL-DR', 1),
    ]);
    expect(labels.map((l) => l.name)).toEqual(['Den Haag', 'Vijlen', 'Assen', 'Leiden', 'Maastricht']);
    expect(labels.map((l) => l.rank)).toEqual([0, 1, 2, 3, 4]);
    expect(labels[0]).toMatchObject({ key: 'den-haag', teams: 13, symbols: 2, leading: true });
    expect(labels.filter((l) => l.leading).map((l) => l.province)).toEqual(['NL-ZH', 'NL-LI', 'NL-DR']);
  });

  it('breaks ties by name, so the order is the same on every run', () => {
    const a = placeLabels([group('Zwolle', 'NL-OV', 1), group('Almelo', 'NL-OV', 1), group('Deventer', 'NL-OV', 1)]);
    expect(a.map((l) => l.name)).toEqual(['Almelo', 'Deventer', 'Zwolle']);
  });
});

describe('placeLabelsGreedy', () => {
  const frame: Box = [0, 0, 400, 300];
  const at = (key: string, x: number, y: number): LabelCandidate => ({
    key,
    text: key,
    x,
    y,
    halfWidth: 10,
    halfHeight: 10,
  });

  it('puts a name right of its symbol, clear of the symbol', () => {
    const [label] = placeLabelsGreedy([at('Baarn', 100, 100)], { fontSize: 12, gap: 2, obstacles: [], frame });
    expect(label).toMatchObject({ side: 'right', x: 112, y: 100 });
    expect(boxesOverlap(label!.box, [90, 90, 110, 110])).toBe(false);
  });

  it('moves a name to the left where the right would stick out of the picture', () => {
    const [label] = placeLabelsGreedy([at('Vaals', 390, 100)], { fontSize: 12, gap: 2, obstacles: [], frame });
    expect(label?.side).toBe('left');
    expect(label!.box[2]).toBeLessThanOrEqual(380);
  });

  it('leaves out a later name that would overlap an earlier one, and never covers an obstacle', () => {
    const symbols: Box[] = [
      [90, 90, 110, 110],
      [92, 92, 112, 112],
    ];
    const placed = placeLabelsGreedy([at('Rotterdam', 100, 100), at('Schiedam', 102, 102)], {
      fontSize: 12,
      gap: 2,
      obstacles: symbols,
      // Too tight for a name above, below or left of Schiedam.
      frame: [80, 80, 200, 120],
    });
    expect(placed.map((l) => l.key)).toEqual(['Rotterdam']);
    for (const label of placed) for (const symbol of symbols) expect(boxesOverlap(label.box, symbol)).toBe(false);
  });

  it('tries other sides and a little farther out for a persistent name (a province’s first)', () => {
    // The symbol, and something right beside it.
    const obstacles: Box[] = [[60, 80, 130, 120]];
    const options = { fontSize: 12, gap: 2, obstacles, frame: [0, 0, 400, 300] as Box };
    const near = { ...at('Almere', 100, 100), sides: ['right'] as const };
    expect(placeLabelsGreedy([near], options)).toEqual([]);
    const [label] = placeLabelsGreedy([{ ...near, persistent: true }], options);
    expect(label).toBeDefined();
    expect(boxesOverlap(label!.box, obstacles[0]!)).toBe(false);
  });

  it('places no two names on top of each other, however crowded', () => {
    const crowd = Array.from({ length: 200 }, (_, i) => at(`Plaats ${i}`, (i * 37) % 400, (i * 53) % 300));
    const placed = placeLabelsGreedy(crowd, { fontSize: 12, gap: 2, obstacles: [], frame });
    expect(placed.length).toBeGreaterThan(5);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.key} / ${b.key}`).toBe(false);
  });

  it('estimates wide letters wider than narrow ones, and bold wider than regular', () => {
    expect(estimateTextWidth('MWM', 12)).toBeGreaterThan(estimateTextWidth('ili', 12));
    expect(estimateTextWidth('Baarn', 12, true)).toBeGreaterThan(estimateTextWidth('Baarn', 12));
  });
});

describe('labelSides', () => {
  it('points names into the country: left of the symbol first in the east, right first in the west', () => {
    expect(labelSides([6.9, 53.2])[0]).toBe('left');
    expect(labelSides([4.3, 52.1])[0]).toBe('right');
  });

  it('points a name off the edge of the country only where no other side has room', () => {
    expect(labelSides([7.05, 52.6]).at(-1)).toBe('right');
    expect(labelSides([3.9, 51.7]).at(-1)).toBe('left');
    expect(labelSides([7.05, 52.6]).slice(0, -1)).not.toContain('right');
    expect(labelSides([3.9, 51.7]).slice(0, -1)).not.toContain('left');
  });
});

describe('labelPoint', () => {
  it('finds the middle of a square, away from its edges', () => {
    const square = [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ] as [number, number][],
    ];
    const [x, y] = labelPoint([square]);
    expect(x).toBeCloseTo(1, 1);
    expect(y).toBeCloseTo(1, 1);
  });

  it('stays inside an L shape, where the centre of its box lies outside', () => {
    const l = [
      [
        [0, 0],
        [4, 0],
        [4, 1],
        [1, 1],
        [1, 4],
        [0, 4],
        [0, 0],
      ] as [number, number][],
    ];
    const [x, y] = labelPoint([l]);
    expect(x < 1 || y < 1).toBe(true);
    expect(x > 0 && y > 0 && x < 4 && y < 4).toBe(true);
  });

  it('takes the largest of several polygons', () => {
    const small = [
      [
        [10, 10],
        [10.1, 10],
        [10.1, 10.1],
        [10, 10.1],
        [10, 10],
      ] as [number, number][],
    ];
    const big = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ] as [number, number][],
    ];
    const [x] = labelPoint([small, big]);
    expect(x).toBeLessThan(1);
  });
});

describe('the province file’s label points', () => {
  const file = realProvincesFile();

  it('are where labelPoint puts them: scripts/build-provinces.ts wrote them from the same outlines', () => {
    for (const { properties, geometry } of file.features) {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      expect(properties.label, properties.code).toEqual(labelPoint(polygons));
    }
  });

  it('are used as given, and found where a file lacks them', () => {
    const given = file.features.map((f) => ({ ...f, properties: { ...f.properties, label: [5, 52] as Position } }));
    expect(provinceLabels(given).every((label) => label.coordinates.join() === '5,52')).toBe(true);
    const without = file.features.map((f) => ({
      ...f,
      properties: { code: f.properties.code, name: f.properties.name },
    }));
    expect(provinceLabels(without).map((label) => label.coordinates)).toEqual(
      file.features.map((f) => f.properties.label),
    );
  });
});
