// The reach and nearest-team views worked out for the map and the table, from the land and the teams' locations.
// Runs in coverage-worker.ts (off the main thread: the land's lakes alone take a few hundred milliseconds), or here
// where a browser has no module workers; either way loaded only when one of the views is chosen.
import { landAreas, reachCoverage, type CoverageSite, type LandArea, type ReachCoverage } from '../../domain/coverage';
import type { MapShading } from '../../domain/map-shading';
import { nearestTeamCells, type NearestCell } from '../../domain/nearest-team-cells';
import { reachOutline } from '../../domain/reach-outline';
import type { AreaGeometry } from '../../domain/web-mercator';
import type { Position } from '../../domain/geometry';

export { landAreas };
export type { CoverageSite, LandArea };

export type GeometryReport =
  { type: 'reach'; reach: ReachCoverage } | { type: 'nearest'; cells: NearestCell[]; landKm2: number };

export interface GeometryResult {
  report: GeometryReport;
  shading: MapShading;
}

/** What to work out: the reach within `km` of the sites, or (km null) the sites' nearest-team cells. */
export interface GeometryRequest {
  sites: readonly CoverageSite[];
  km: number | null;
}

// GeoJSON's positions are number[]; the map's are [lon, lat]: the same coordinates.
const asArea = (geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon) => geometry as unknown as AreaGeometry;
const asLines = (lines: GeoJSON.Position[][]) => lines as unknown as Position[][];

export function geometryResult(land: readonly LandArea[], { sites, km }: GeometryRequest): GeometryResult {
  if (km !== null) {
    const reach = reachCoverage(land, sites, km);
    return {
      report: { type: 'reach', reach },
      shading: {
        type: 'areas',
        outlined: false,
        areas: [{ geometry: asArea(reach.area), shade: 'reach' }],
        edges: asLines(reachOutline(land, sites, km).coordinates),
      },
    };
  }
  const cells = nearestTeamCells(land, sites);
  return {
    report: { type: 'nearest', cells, landKm2: cells.reduce((sum, cell) => sum + cell.landKm2, 0) },
    shading: {
      type: 'areas',
      outlined: true,
      areas: cells.map((cell) => ({
        geometry: asArea(cell.geometry),
        shade: `cell-${cell.colour}` as const,
        siteIds: cell.siteIds,
      })),
      edges: [],
    },
  };
}
