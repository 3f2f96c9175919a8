// The "nearest team" view: every part of the land coloured by the team location nearest to it (great circle, the
// app's distance), as Voronoi cells clipped to the land. Exactness: the cells are exact spherical nearest-site cells
// (spherical-voronoi.ts: bisectors are straight in a gnomonic plane), their edges densified to 5 km so that drawing
// them as straight lon/lat lines moves a border by < 0.75 m; output rounded to 5 decimals (≈ 1 m).
import { landInConvex, planeLand, tidy, type CoverageSite, type LandArea } from './coverage';
import { distanceKm, EARTH_RADIUS_KM } from './distance';
import type { Position } from './geometry';
import { planeVoronoi } from './spherical-voronoi';

export interface NearestCell {
  /** The ids of the sites at this cell's point (several symbols can share a location). */
  siteIds: string[];
  coordinates: Position;
  /** The land nearer to this site than to any other, clipped to the land. lon/lat. */
  geometry: GeoJSON.MultiPolygon;
  /** 0..CELL_COLOUR_COUNT-1; cells sharing an edge never share a colour. */
  colour: number;
  landKm2: number;
}

/**
 * Greedy colouring in smallest-last order needs at most 6 colours on a planar graph (every planar graph has a vertex
 * of degree ≤ 5), and the neighbours of Voronoi cells form one (the Delaunay triangulation).
 */
export const CELL_COLOUR_COUNT = 6;

/** 5 km on the unit sphere's tangent plane: a 5 km great-circle piece drawn straight in lon/lat is off by < 0.75 m. */
const BORDER_STEP = 5 / EARTH_RADIUS_KM;

export function nearestTeamCells(land: readonly LandArea[], sites: readonly CoverageSite[]): NearestCell[] {
  const groups = new Map<string, { coordinates: Position; siteIds: string[] }>();
  for (const site of sites) {
    const key = `${site.coordinates[0]},${site.coordinates[1]}`;
    const group = groups.get(key);
    if (group) group.siteIds.push(site.id);
    else groups.set(key, { coordinates: site.coordinates, siteIds: [site.id] });
  }
  const points = [...groups.values()];
  if (points.length === 0) return [];
  const prepared = planeLand(land);
  const { cells, neighbours } = planeVoronoi(
    points.map((point) => point.coordinates),
    prepared.plane,
    prepared.box,
  );
  const colours = smallestLastColours(neighbours);
  return points.map((point, i) => {
    const cell = cells[i]!;
    const pieces =
      cell.length < 3 ? [] : land.map((_, areaIndex) => landInConvex(prepared, areaIndex, cell, BORDER_STEP));
    return {
      siteIds: point.siteIds,
      coordinates: point.coordinates,
      geometry: { type: 'MultiPolygon', coordinates: tidy(pieces.flatMap((piece) => piece.polygons)) },
      colour: colours[i]!,
      landKm2: pieces.reduce((total, piece) => total + piece.km2, 0),
    };
  });
}

/** Greedy colours, the vertex that had the fewest neighbours left when it was taken away coloured last. */
export function smallestLastColours(neighbours: readonly (readonly number[])[]): number[] {
  const degree = neighbours.map((list) => list.length);
  const removed = neighbours.map(() => false);
  const order: number[] = [];
  for (let step = 0; step < neighbours.length; step++) {
    let pick = -1;
    for (let v = 0; v < neighbours.length; v++) {
      if (!removed[v] && (pick === -1 || degree[v]! < degree[pick]!)) pick = v;
    }
    removed[pick] = true;
    order.push(pick);
    for (const w of neighbours[pick]!) degree[w]!--;
  }
  const colours = neighbours.map(() => -1);
  for (const v of order.reverse()) {
    const taken = new Set(neighbours[v]!.map((w) => colours[w]));
    let colour = 0;
    while (taken.has(colour)) colour++;
    colours[v] = colour;
  }
  return colours;
}

/** The site nearest to `point` by great-circle distance; on a tie the first; null without sites. */
export function nearestSite(sites: readonly CoverageSite[], point: Position): CoverageSite | null {
  let best: CoverageSite | null = null;
  let bestKm = Infinity;
  for (const site of sites) {
    const km = distanceKm(site.coordinates, point);
    if (km < bestKm) [best, bestKm] = [site, km];
  }
  return best;
}
