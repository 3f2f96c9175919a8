// The map's style: sources and layers described once; later changes go through setData/setFilter/setLayoutProperty.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  LngLatBoundsLike,
  StyleSpecification,
} from 'maplibre-gl';
import type { Bounds } from '../../domain/geometry';
import { COUNTRY_BOUNDS } from '../../domain/netherlands';
import type { PlaceGroup } from '../../domain/team-places';
import { TEAM_KINDS, type TeamKind } from '../../domain/team-kinds';
import { mapColour } from '../../styles/tokens';
import { ICON_SIZE } from './team-icons';

export const SOURCE = { provinces: 'provinces', water: 'water', teams: 'teams', searchPlace: 'search-place' } as const;
export const LAYER = {
  provincesFill: 'provinces-fill',
  provinceSelectedFill: 'province-selected-fill',
  provincesOutline: 'provinces-outline',
  provinceSelectedOutline: 'province-selected-outline',
  water: 'water',
  searchPlace: 'search-place',
} as const;

/**
 * One symbol layer per kind of team: the kind filter only changes the layers' opacity, a paint property, so the
 * map redraws without laying out its symbols again (a filter would, which is slow with many teams).
 */
export const teamLayerId = (kind: TeamKind) => `teams-${kind}`;
export const TEAM_LAYERS = TEAM_KINDS.map(teamLayerId);

/** [west, south, east, north] as maplibre takes a box: its south-west and north-east corners. */
export function lngLatBounds([west, south, east, north]: Bounds): [[number, number], [number, number]] {
  return [
    [west, south],
    [east, north],
  ];
}

/** The Netherlands with a little margin, as maplibre takes it. */
export const NETHERLANDS_BOUNDS: LngLatBoundsLike = lngLatBounds(COUNTRY_BOUNDS);

/** Room around the country so symbols on the border are not cut off. */
export const COUNTRY_PADDING = 28;

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const MATCH_NOTHING: FilterSpecification = ['==', ['get', 'code'], ''];

/** The map's colours: design tokens (src/styles/tokens.ts), shared with the static map and the CSS. */
export const COLOURS = mapColour;

/** The data the map starts with: what has loaded by the time it is created (the rest follows by setData). */
export interface InitialMapData {
  provinces?: GeoJSON.FeatureCollection | undefined;
  water?: GeoJSON.FeatureCollection | undefined;
  teams?: GeoJSON.FeatureCollection | undefined;
}

export function mapStyle(initial: InitialMapData = {}): StyleSpecification {
  // No `glyphs` and no `sprite`: nothing is fetched from another host; icons are drawn locally (team-icons.ts).
  return {
    version: 8,
    // Changes (a kind filter, a selected province) show at once: no cross-fade over several frames.
    transition: { duration: 0, delay: 0 },
    sources: {
      [SOURCE.provinces]: { type: 'geojson', data: initial.provinces ?? EMPTY },
      [SOURCE.water]: { type: 'geojson', data: initial.water ?? EMPTY },
      [SOURCE.teams]: { type: 'geojson', data: initial.teams ?? EMPTY },
      [SOURCE.searchPlace]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': COLOURS.background } },
      { id: LAYER.provincesFill, type: 'fill', source: SOURCE.provinces, paint: { 'fill-color': COLOURS.province } },
      {
        id: LAYER.provinceSelectedFill,
        type: 'fill',
        source: SOURCE.provinces,
        filter: MATCH_NOTHING,
        paint: { 'fill-color': COLOURS.provinceSelected },
      },
      {
        id: LAYER.provincesOutline,
        type: 'line',
        source: SOURCE.provinces,
        paint: {
          'line-color': COLOURS.provinceOutline,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 10, 1.6],
        },
      },
      {
        id: LAYER.provinceSelectedOutline,
        type: 'line',
        source: SOURCE.provinces,
        filter: MATCH_NOTHING,
        paint: { 'line-color': COLOURS.provinceSelectedOutline, 'line-width': 2.5 },
      },
      // Water above the province fills and borders: the provinces' boundaries run through the lakes.
      {
        id: LAYER.water,
        type: 'fill',
        source: SOURCE.water,
        paint: { 'fill-color': COLOURS.water, 'fill-outline-color': COLOURS.waterOutline },
      },
      // Below the team symbols, so a team at the searched place stays visible on top of it.
      {
        id: LAYER.searchPlace,
        type: 'circle',
        source: SOURCE.searchPlace,
        paint: {
          'circle-radius': 7,
          'circle-color': COLOURS.searchPlace,
          'circle-stroke-width': 3,
          'circle-stroke-color': COLOURS.searchPlaceOutline,
        },
      },
      ...TEAM_KINDS.map((kind): LayerSpecification => ({
        id: teamLayerId(kind),
        type: 'symbol',
        source: SOURCE.teams,
        filter: ['==', ['get', 'kind'], kind],
        layout: {
          'icon-image': teamIconExpression([]),
          'icon-offset': TEAM_ICON_OFFSET,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'symbol-sort-key': ['get', 'count'],
        },
        paint: { 'icon-opacity': 1 },
      })),
    ],
  };
}

/** Beyond ± this many pixels the offset below would be clamped; a power of two, so that it comes out exact. */
const MAX_SYMBOL_OFFSET = 256;

/**
 * `[offset, 0]` from the feature's numeric `offset`. Not an array property read with `get`: maplibre keeps
 * a GeoJSON property that is an array as JSON text in its tiles, and where it reads the tiles again (to find the
 * symbol under the pointer) the text is no offset: it warns and falls back to 0,0. A style expression cannot
 * make a pair of a number, but it can interpolate between two pairs, and linearly from [-M, 0] to [M, 0] that is
 * exactly [offset, 0].
 */
const TEAM_ICON_OFFSET: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['get', 'offset'],
  -MAX_SYMBOL_OFFSET,
  ['literal', [-MAX_SYMBOL_OFFSET, 0]],
  MAX_SYMBOL_OFFSET,
  ['literal', [MAX_SYMBOL_OFFSET, 0]],
];

/** `team:<kind>:<count>`, with `:selected` for the selected places; the images are drawn on demand. */
export function teamIconExpression(selectedKeys: readonly string[]): ExpressionSpecification {
  return [
    'concat',
    'team:',
    ['get', 'kind'],
    ':',
    ['to-string', ['get', 'count']],
    ['case', ['in', ['get', 'key'], ['literal', [...selectedKeys]]], ':selected', ''],
  ];
}

/** The team layers that are on screen for the chosen kinds. */
export function visibleTeamLayers(kinds: readonly TeamKind[]): string[] {
  return TEAM_KINDS.filter((kind) => kinds.includes(kind)).map(teamLayerId);
}

export function provinceFilter(code: string | null): FilterSpecification {
  return code ? ['==', ['get', 'code'], code] : MATCH_NOTHING;
}

/** One point per place and kind; kinds sharing a place stand side by side. */
export function teamFeatures(groups: readonly PlaceGroup[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: groups.map((group) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...group.coordinates] },
      properties: {
        key: group.key,
        kind: group.kind,
        count: group.teamIds.length,
        // Only numbers and text: see TEAM_ICON_OFFSET.
        offset: symbolOffset(group),
      },
    })),
  };
}

/** Screen pixels to the right of the place, so that the symbols of kinds sharing a place stand side by side. */
export function symbolOffset(group: Pick<PlaceGroup, 'slot' | 'slots'>): number {
  return (group.slot - (group.slots - 1) / 2) * (ICON_SIZE - 4);
}

/** The searched place as a point, or nothing. */
export function searchPlaceFeatures(point: readonly [number, number] | null): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: point ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [...point] }, properties: {} }] : [],
  };
}
