import { describe, expect, it } from 'vitest';
import { realTeamsFile, realWaterFile, realProvincesFile } from '../../tests/fixtures/public-files';
import { planeArea } from './convex-clip';
import { geometryAreaKm2, landAreas, planeLand, type CoverageSite } from './coverage';
import { distanceKm } from './distance';
import { geometryBounds, pointInGeometry, type Bounds, type Position } from './geometry';
import type { ProvinceGeometry } from '../data/provinces-file';
import { CELL_COLOUR_COUNT, nearestSite, nearestTeamCells, smallestLastColours } from './nearest-team-cells';
import { planeVoronoi } from './spherical-voronoi';

const site = (id: string, coordinates: Position): CoverageSite => ({ id, coordinates });

const land = landAreas(realProvincesFile().features, realWaterFile().features);
const landKm2 = land.reduce((total, area) => total + geometryAreaKm2(area.geometry), 0);
const sites = realTeamsFile().teams.flatMap((team) =>
  team.locations.map((location, i) => site(`${team.id}#${i}`, location.coordinates)),
);

describe('nearestSite', () => {
  it('takes the site nearest by great circle, the first on a tie, and null without sites', () => {
    const a = site('a', [5, 52]);
    const b = site('b', [6, 52]);
    const same = site('same-as-b', [6, 52]);
    expect(nearestSite([a, b, same], [5.9, 52.3])).toBe(b);
    expect(nearestSite([same, b], [5.9, 52.3])).toBe(same);
    expect(nearestSite([a, b], [5.2, 51])).toBe(a);
    expect(nearestSite([], [5, 52])).toBeNull();
  });

  it('follows the great circle where a flat lon/lat distance would not', () => {
    // 1° of longitude at 52° N is 68.5 km, 1° of latitude 111.2 km: flat degrees would pick north.
    const east = site('east', [5.9, 52]);
    const north = site('north', [5, 52.7]);
    expect(nearestSite([north, east], [5, 52])).toBe(east);
  });
});

describe('nearestTeamCells on the real land and teams', () => {
  const cells = nearestTeamCells(land, sites);

  it('gives one cell per distinct location, listing every site there', () => {
    const distinct = new Set(sites.map((s) => s.coordinates.join(',')));
    expect(cells).toHaveLength(distinct.size);
    expect(cells.flatMap((cell) => cell.siteIds).sort()).toEqual(sites.map((s) => s.id).sort());
    for (const cell of cells) {
      for (const id of cell.siteIds) expect(sites.find((s) => s.id === id)?.coordinates).toEqual(cell.coordinates);
    }
  });

  it('splits the land without gaps or overlaps (the cell areas add up to the land)', () => {
    const total = cells.reduce((sum, cell) => sum + cell.landKm2, 0);
    expect(total / landKm2).toBeCloseTo(1, 4);
    for (const cell of cells) expect(geometryAreaKm2(cell.geometry) / cell.landKm2).toBeCloseTo(1, 4);
  });

  // The cells are exact on the sphere; what remains is rounding to 5 decimals (≤ 0.6 m) and the 5 km pieces of a
  // border drawn straight in lon/lat (≤ 0.75 m). So away from 5 m of a border, the cell must be the nearest site's.
  it('puts every land point of a 0.04° grid farther than 5 m from a border in its nearest site’s cell', () => {
    const step = 0.04;
    const [west, south, east, north] = land
      .map((area) => geometryBounds(area.geometry as ProvinceGeometry))
      .reduce(joinBounds);
    const cellBounds = cells.map((cell) => geometryBounds(cell.geometry as ProvinceGeometry));
    let checked = 0;
    let nearBorder = 0;
    for (let lon = west; lon <= east; lon += step) {
      for (let lat = south; lat <= north; lat += step) {
        const point: Position = [lon, lat];
        if (!land.some((area) => inArea(point, area.geometry))) continue;
        const [first, second] = sites
          .map((s) => distanceKm(s.coordinates, point))
          .filter((km, i, all) => all.indexOf(km) === i)
          .sort((x, y) => x - y);
        // A point δ km from the border between two sites is at most 2δ nearer to one of them.
        if (second !== undefined && second - first! < 0.01) {
          nearBorder++;
          continue;
        }
        const containing = cells.filter((cell, i) => inBounds(point, cellBounds[i]!) && inArea(point, cell.geometry));
        expect(containing).toHaveLength(1);
        expect(containing[0]!.siteIds).toContain(nearestSite(sites, point)!.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(nearBorder).toBeLessThan(checked / 100);
  });

  it('never gives neighbouring cells the same colour, and stays within the colour count', () => {
    const prepared = planeLand(land);
    const { neighbours } = planeVoronoi(
      cells.map((cell) => cell.coordinates),
      prepared.plane,
      prepared.box,
    );
    expect(neighbours.flat().length).toBeGreaterThan(cells.length);
    neighbours.forEach((list, i) => {
      for (const j of list) {
        expect(neighbours[j]).toContain(i);
        expect(cells[j]!.colour).not.toBe(cells[i]!.colour);
      }
    });
    for (const cell of cells) {
      expect(cell.colour).toBeGreaterThanOrEqual(0);
      expect(cell.colour).toBeLessThan(CELL_COLOUR_COUNT);
    }
  });

  it('writes closed rings that do not touch themselves, outer rings counter-clockwise', () => {
    for (const cell of cells) {
      for (const polygon of cell.geometry.coordinates) {
        expect(planeArea(polygon[0] as [number, number][])).toBeGreaterThan(0);
        for (const ring of polygon) {
          expect(ring[0]).toEqual(ring.at(-1));
          // A seam (a ring that runs out and back along a border) would repeat a point.
          expect(new Set(ring.slice(1).map((p) => p.join(','))).size).toBe(ring.length - 1);
        }
      }
    }
  });
});

describe('nearestTeamCells, degenerate cases', () => {
  it('has no cells without sites', () => {
    expect(nearestTeamCells(land, [])).toEqual([]);
  });

  it('gives one site all the land, and sites at one place one cell', () => {
    const [only] = nearestTeamCells(land, [site('x', [5.12, 52.09])]);
    expect(only?.landKm2).toBeCloseTo(landKm2, 0);
    const together = nearestTeamCells(land, [site('x', [5.12, 52.09]), site('y', [5.12, 52.09])]);
    expect(together).toHaveLength(1);
    expect(together[0]).toMatchObject({ siteIds: ['x', 'y'], coordinates: [5.12, 52.09], colour: 0 });
  });

  it('cuts two sites’ land along their great-circle bisector', () => {
    const west = site('w', [5, 52.2]);
    const east = site('e', [6, 52.2]);
    const cells = nearestTeamCells(land, [west, east]);
    expect(cells[0]!.colour).not.toBe(cells[1]!.colour);
    const total = cells.reduce((sum, cell) => sum + cell.landKm2, 0);
    expect(total / landKm2).toBeCloseTo(1, 4);
    // On the bisector (the meridian 5.5° E, by symmetry) a hair west is the west cell's, a hair east the east's.
    expect(inArea([5.4999, 52.2], cells[0]!.geometry)).toBe(true);
    expect(inArea([5.5001, 52.2], cells[1]!.geometry)).toBe(true);
    expect(inArea([5.5001, 52.2], cells[0]!.geometry)).toBe(false);
  });
});

describe('smallestLastColours', () => {
  it('colours an odd wheel (which needs 4) with 4, no two neighbours alike', () => {
    // Hub 0 joined to a 5-cycle 1..5.
    const neighbours = [
      [1, 2, 3, 4, 5],
      [0, 2, 5],
      [0, 1, 3],
      [0, 2, 4],
      [0, 3, 5],
      [0, 4, 1],
    ];
    const colours = smallestLastColours(neighbours);
    neighbours.forEach((list, v) => list.forEach((w) => expect(colours[w]).not.toBe(colours[v])));
    expect(new Set(colours).size).toBe(4);
  });

  it('gives three collinear sites two colours (the ends do not touch)', () => {
    const cells = nearestTeamCells(land, [site('a', [4.5, 52]), site('b', [5.5, 52]), site('c', [6.5, 52])]);
    expect(cells.map((cell) => cell.colour)).toEqual([cells[0]!.colour, cells[1]!.colour, cells[0]!.colour]);
    expect(cells[0]!.colour).not.toBe(cells[1]!.colour);
  });
});

function joinBounds(a: Bounds, b: Bounds): Bounds {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function inBounds([x, y]: Position, [west, south, east, north]: Bounds): boolean {
  return x >= west && x <= east && y >= south && y <= north;
}

/** The app's point-in-polygon test, on any GeoJSON area (its lon/lat pairs are what the province type spells out). */
function inArea(point: readonly [number, number], geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): boolean {
  return pointInGeometry(point, geometry as ProvinceGeometry);
}
