import { describe, expect, it } from 'vitest';
import type { NearestTeams } from '../../domain/nearest-teams';
import { fitIntoFrame, HANDOUT_MAP_SIZE, handoutBounds, handoutMapModel } from './handout-map-model';

const nearest = (kind: NearestTeams['kind'], place: string, coordinates: [number, number]): NearestTeams => ({
  kind,
  location: { place, coordinates } as NearestTeams['location'],
  distanceKm: 1,
  teams: [],
});

describe('handoutBounds and fitIntoFrame', () => {
  it('leave room round the points and keep every point inside the frame, centred', () => {
    const points: [number, number][] = [
      [5.39, 52.16],
      [5.29, 52.21],
      [6.2, 52.14],
    ];
    const [west, south, east, north] = handoutBounds(points);
    expect(west).toBeLessThan(5.29);
    expect(east).toBeGreaterThan(6.2);
    expect(north - south).toBeGreaterThan(0.1);
    const projection = fitIntoFrame([west, south, east, north], 1100, 780);
    for (const point of points) {
      const [x, y] = projection.project(point);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1100);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(780);
    }
    // Wide bounds fill the width; the rest of the height is shared above and below.
    const [left] = projection.project([west, north]);
    const [right] = projection.project([east, south]);
    expect(left).toBeCloseTo(0, 6);
    expect(right).toBeCloseTo(1100, 6);
  });
});

describe('handoutMapModel', () => {
  const place = { name: 'Amersfoort', coordinates: [5.39, 52.16] as [number, number] };

  it('sets kinds that share a location side by side and names that location once', () => {
    const model = handoutMapModel({
      place,
      nearest: [
        nearest('natuurbeheer', 'Baarn', [5.29, 52.21]),
        nearest('pandgebonden', 'Utrecht', [5.12, 52.09]),
        nearest('administratief', 'Utrecht', [5.12, 52.09]),
      ],
      provinces: [],
      water: [],
    });
    expect(model.symbols.map((s) => s.kind)).toEqual(['natuurbeheer', 'pandgebonden', 'administratief']);
    const [, building, office] = model.symbols;
    expect(building!.y).toBe(office!.y);
    expect(office!.x - building!.x).toBeGreaterThan(30);
    expect(model.labels.map((l) => l.text)).toEqual(['Baarn', 'Utrecht', 'Amersfoort']);
    expect(model.labels.filter((l) => l.strong).map((l) => l.text)).toEqual(['Amersfoort']);
    expect([model.width, model.height]).toEqual([HANDOUT_MAP_SIZE.width, HANDOUT_MAP_SIZE.height]);
  });

  it('lets the place name a team in the place itself', () => {
    const model = handoutMapModel({
      place: { name: 'Baarn', coordinates: [5.29, 52.21] },
      nearest: [nearest('natuurbeheer', 'Baarn', [5.29, 52.21]), nearest('pandgebonden', 'Utrecht', [5.12, 52.09])],
      provinces: [],
      water: [],
    });
    expect(model.labels.map((l) => l.text)).toEqual(['Utrecht', 'Baarn']);
  });

  it('puts a name on the left of its point where it would run off the frame', () => {
    const model = handoutMapModel({
      place,
      nearest: [nearest('natuurbeheer', 'Zutphen aan de lange naam', [6.2, 52.14])],
      provinces: [],
      water: [],
    });
    expect(model.labels.find((l) => l.text === 'Zutphen aan de lange naam')?.anchor).toBe('end');
  });
});
