// The map's style: sources and layers described once; later changes go through setData/setFilter/setLayoutProperty.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  LngLatBoundsLike,
  StyleSpecification,
} from 'maplibre-gl';
import type { Bounds } from '../../domain/geometry';
import type { MapShading } from '../../domain/map-shading';
import { AREA_MAX_ZOOM, COUNTRY_BOUNDS } from '../../domain/netherlands';
import { CLUSTER_CELL } from '../../domain/place-clusters';
import type { PlaceGroup } from '../../domain/team-places';
import { TEAM_KINDS, type TeamKind } from '../../domain/team-kinds';
import { areaColour, areaEdgeColour, provinceShade } from '../../components/shading-look';
import { COLOURS, LABEL_GAP, LABEL_OBSTACLE_SIZE, LABEL_SIZE, symbolOffset, symbolsHalfWidth } from './map-look';
import {
  SIDE_ORDERS,
  LABEL_SIDES,
  labelSides,
  persistentSides,
  type LabelSide,
  type PlaceLabel,
  type ProvinceLabel,
} from '../../domain/map-labels';
import type { Town } from '../../data/towns-file';

export const SOURCE = {
  provinces: 'provinces',
  water: 'water',
  teams: 'teams',
  searchPlace: 'search-place',
  placeLabels: 'place-labels',
  provinceLabels: 'province-labels',
  towns: 'towns',
  viewportEdge: 'viewport-edge',
  shading: 'shading',
} as const;
export const LAYER = {
  abroad: 'abroad',
  abroadEdge: 'abroad-edge',
  provincesFill: 'provinces-fill',
  provinceSelectedFill: 'province-selected-fill',
  provinceSteps: 'province-steps',
  shadingFill: 'shading-fill',
  shadingOutline: 'shading-outline',
  provincesOutline: 'provinces-outline',
  provinceSelectedOutline: 'province-selected-outline',
  water: 'water',
  searchPlace: 'search-place',
  placeLabels: 'place-labels',
  leadingPlaceLabels: 'leading-place-labels',
  provinceLabels: 'province-labels',
  townLabels: 'town-labels',
  smallTownLabels: 'small-town-labels',
  labelObstacles: 'label-obstacles',
  viewportEdge: 'viewport-edge',
} as const;

/** The image of the label obstacles: as large as a team symbol's shape, transparent (team-map.tsx draws it). */
export const LABEL_OBSTACLE_ICON = 'label-obstacle';
/** The image of the boxes along the map's edges (viewport-edge.ts): transparent, this many pixels across. */
export const EDGE_BOX_ICON = 'viewport-edge-box';
export const EDGE_BOX_SIZE = 8;
/** The transparent images of the style, by their size. */
export const TRANSPARENT_ICONS: Record<string, number> = {
  [LABEL_OBSTACLE_ICON]: LABEL_OBSTACLE_SIZE,
  [EDGE_BOX_ICON]: EDGE_BOX_SIZE,
};

/** The label layers, for finding the names drawn (tests). */
export const LABEL_LAYERS = [
  LAYER.leadingPlaceLabels,
  LAYER.placeLabels,
  LAYER.provinceLabels,
  LAYER.townLabels,
  LAYER.smallTownLabels,
] as const;

/**
 * One symbol layer per kind of team: the kind filter only changes the layers' opacity, a paint property, so the
 * map redraws without laying out its symbols again (a filter would, which is slow with many teams).
 */
export const teamLayerId = (kind: TeamKind) => `teams-${kind}`;
export const TEAM_LAYERS = TEAM_KINDS.map(teamLayerId);

/**
 * Above the clustering threshold (domain/place-clusters.ts) each kind's layer draws from its own clustered source, so
 * that the kind filter stays an opacity change; below it there are no such sources and every place is a symbol.
 */
export const teamClusterSourceId = (kind: TeamKind) => `team-clusters-${kind}`;
/** Up to this zoom places are clustered (a province's close-up); from one closer, every place is its own symbol. */
export const CLUSTER_MAX_ZOOM = AREA_MAX_ZOOM;
/** maplibre's cluster radius in screen pixels: half the SVG map's grid cell, so both pictures cluster alike. */
export const CLUSTER_RADIUS = CLUSTER_CELL / 2;

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
/** The water file's neighbouring land (its other features are lakes). */
const IS_LAND: ExpressionSpecification = ['==', ['get', 'kind'], 'land'];
/** The neighbouring land's edge of its own colour, in screen pixels. */
const ABROAD_EDGE_WIDTH = 1.5;

/** The data the map starts with: what has loaded by the time it is created (the rest follows by setData). */
export interface InitialMapData {
  provinces?: GeoJSON.FeatureCollection | undefined;
  water?: GeoJSON.FeatureCollection | undefined;
  teams?: GeoJSON.FeatureCollection | undefined;
  placeLabels?: GeoJSON.FeatureCollection | undefined;
  provinceLabels?: GeoJSON.FeatureCollection | undefined;
  /** Each kind's places, for its clustered source: only above the clustering threshold (see teamClusterSourceId). */
  teamClusters?: Record<TeamKind, GeoJSON.FeatureCollection> | undefined;
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
      [SOURCE.placeLabels]: { type: 'geojson', data: initial.placeLabels ?? EMPTY },
      [SOURCE.provinceLabels]: { type: 'geojson', data: initial.provinceLabels ?? EMPTY },
      [SOURCE.towns]: { type: 'geojson', data: EMPTY },
      [SOURCE.viewportEdge]: { type: 'geojson', data: EMPTY },
      [SOURCE.shading]: { type: 'geojson', data: EMPTY },
      ...teamClusterSources(initial.teamClusters),
    },
    layers: [
      // The sea; the neighbouring countries' land on it, and the provinces on that.
      { id: 'background', type: 'background', paint: { 'background-color': COLOURS.background } },
      {
        id: LAYER.abroad,
        type: 'fill',
        source: SOURCE.water,
        filter: IS_LAND,
        paint: { 'fill-color': COLOURS.abroad },
      },
      // An edge of the land's own colour closes the hairline gaps that rounding leaves along the border.
      {
        id: LAYER.abroadEdge,
        type: 'line',
        source: SOURCE.water,
        filter: IS_LAND,
        paint: { 'line-color': COLOURS.abroad, 'line-width': ABROAD_EDGE_WIDTH },
      },
      { id: LAYER.provincesFill, type: 'fill', source: SOURCE.provinces, paint: { 'fill-color': COLOURS.province } },
      {
        id: LAYER.provinceSelectedFill,
        type: 'fill',
        source: SOURCE.provinces,
        filter: MATCH_NOTHING,
        paint: { 'fill-color': COLOURS.provinceSelected },
      },
      // The coverage views (shading.ts): over the selected province's fill (its edge still marks it), under the
      // borders, the lakes and the names.
      {
        id: LAYER.provinceSteps,
        type: 'fill',
        source: SOURCE.provinces,
        layout: { visibility: 'none' },
        paint: { 'fill-color': COLOURS.province },
      },
      {
        id: LAYER.shadingFill,
        type: 'fill',
        source: SOURCE.shading,
        // The reach's edge lines are in the same source; a fill layer would close and fill them.
        filter: ['match', ['geometry-type'], ['LineString', 'MultiLineString'], false, true],
        paint: { 'fill-color': ['get', 'colour'] },
      },
      {
        id: LAYER.shadingOutline,
        type: 'line',
        source: SOURCE.shading,
        filter: ['==', ['get', 'outlined'], true],
        paint: { 'line-color': ['get', 'edge'], 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 10, 2] },
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
        filter: ['!', IS_LAND],
        paint: { 'fill-color': COLOURS.water, 'fill-outline-color': COLOURS.waterOutline },
      },
      ...labelLayers(),
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
      ...TEAM_KINDS.map((kind) => teamLayer(kind, initial.teamClusters !== undefined)),
      // Above the team symbols, so placed before the other names (each province's first name has the most room)
      // and drawn over a symbol where a crowded map leaves it no free place (see placeLabelLayer).
      placeLabelLayer(LAYER.leadingPlaceLabels, true),
      // What keeps names off the team symbols: an invisible box of the symbol's visible size (the icons' own
      // images are larger, with room for the selection ring), placed before all names
      // (maplibre places the top layers first).
      {
        id: LAYER.labelObstacles,
        type: 'symbol',
        source: SOURCE.teams,
        layout: {
          'icon-image': LABEL_OBSTACLE_ICON,
          'icon-offset': TEAM_ICON_OFFSET,
          'icon-allow-overlap': true,
          'icon-padding': 0,
        },
        paint: { 'icon-opacity': 0 },
      },
      // Invisible boxes along the edges of the canvas (viewport-edge.ts), placed before everything else, so that no
      // name is cut by the edge. Not 'allow-overlap': a leading name may cover obstacles that allow it, not these.
      {
        id: LAYER.viewportEdge,
        type: 'symbol',
        source: SOURCE.viewportEdge,
        layout: { 'icon-image': EDGE_BOX_ICON, 'icon-overlap': 'never', 'icon-padding': 0 },
        paint: { 'icon-opacity': 0 },
      },
    ],
  };
}

function teamLayer(kind: TeamKind, clustered: boolean): LayerSpecification {
  return {
    id: teamLayerId(kind),
    type: 'symbol',
    ...(clustered
      ? { source: teamClusterSourceId(kind) }
      : { source: SOURCE.teams, filter: ['==', ['get', 'kind'], kind] }),
    layout: {
      'icon-image': clustered ? teamIconExpression([], kind) : teamIconExpression([]),
      'icon-offset': clustered ? clusterIconOffset(kind) : TEAM_ICON_OFFSET,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-sort-key': ['get', 'count'],
    },
    paint: { 'icon-opacity': 1 },
  };
}

/** Clustered sources, one per kind; the clusters' `count` is the sum of their places' teams. */
function teamClusterSources(data: InitialMapData['teamClusters']): StyleSpecification['sources'] {
  if (!data) return {};
  return Object.fromEntries(
    TEAM_KINDS.map((kind) => [
      teamClusterSourceId(kind),
      {
        type: 'geojson',
        data: data[kind],
        cluster: true,
        clusterRadius: CLUSTER_RADIUS,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterProperties: { count: ['+', ['get', 'count']] },
      },
    ]),
  );
}

/** Local fonts, no glyph server: without `glyphs` maplibre draws text with these CSS font families (the first
 * name also gives the weight). */
const LABEL_FONT = ['Noto Sans Bold', 'DejaVu Sans Bold', 'Arial Bold', 'sans-serif'];
const QUIET_FONT = ['Noto Sans Regular', 'DejaVu Sans', 'Arial', 'sans-serif'];
/** The largest horizontal distance of a name from its place, in ems (a place with five kinds stays below it). */
const MAX_LABEL_OFFSET = 16;
/** Inhabitants of a town named from province zoom on; smaller towns (towns.json has them down to 5,000) closer in. */
export const LARGE_TOWN = 15000;
/**
 * From which zoom the larger and the smaller towns are named, counted from the zoom at which this map shows the whole
 * country (about 6.3 on a phone, 7.3 on a wide screen): a little closer, the map shows a province or less and the
 * province names give way to the towns around the teams; at a single team's close-up (SINGLE_PLACE_MAX_ZOOM, 9) the
 * smaller towns are named too. Counted from the country's zoom, a province fitted on a phone names its towns as on a
 * wide screen.
 */
export const TOWN_LABEL_STEPS = { large: 0.6, small: 1.6 } as const;
/** The zoom ranges of the layers whose names change with the zoom, for a map that shows the country at `countryZoom`. */
export function labelZoomRanges(countryZoom: number): [layer: string, minzoom: number, maxzoom: number][] {
  const large = countryZoom + TOWN_LABEL_STEPS.large;
  const small = countryZoom + TOWN_LABEL_STEPS.small;
  return [
    [LAYER.provinceLabels, 0, large],
    [LAYER.townLabels, large, 24],
    [LAYER.smallTownLabels, small, 24],
  ];
}
/** Until the map knows its size: the country as a wide screen shows it. */
const WIDE_SCREEN_COUNTRY_ZOOM = 7.3;
const PROVINCE_ZOOM = WIDE_SCREEN_COUNTRY_ZOOM + TOWN_LABEL_STEPS.large;
const SMALL_TOWN_ZOOM = WIDE_SCREEN_COUNTRY_ZOOM + TOWN_LABEL_STEPS.small;

/**
 * Names, lowest first in drawing order; maplibre places the top layers first, so the team symbols keep their room,
 * then the team places' names (by `rank`, see domain/map-labels.ts), then towns, then provinces where room is left.
 */
function labelLayers(): LayerSpecification[] {
  const halo = { 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 2, 'text-halo-blur': 0 };
  return [
    {
      id: LAYER.provinceLabels,
      type: 'symbol',
      source: SOURCE.provinceLabels,
      maxzoom: PROVINCE_ZOOM,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': QUIET_FONT,
        'text-size': LABEL_SIZE.province,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-padding': 2,
        // Off its point where a team or a name is in the way: a province keeps its name more often.
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 1.2,
      },
      paint: { 'text-color': COLOURS.provinceLabel, ...halo },
    },
    townLabelLayer(LAYER.smallTownLabels, SMALL_TOWN_ZOOM, ['<', ['get', 'population'], LARGE_TOWN]),
    townLabelLayer(LAYER.townLabels, PROVINCE_ZOOM, ['>=', ['get', 'population'], LARGE_TOWN]),
    placeLabelLayer(LAYER.placeLabels, false),
  ];
}

function townLabelLayer(id: string, minzoom: number, filter: FilterSpecification): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE.towns,
    minzoom,
    filter,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': QUIET_FONT,
      'text-size': LABEL_SIZE.town,
      'symbol-sort-key': ['-', 0, ['get', 'population']],
      'text-padding': 4,
    },
    paint: { 'text-color': COLOURS.townLabel, 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 2 },
  };
}

function placeLabelLayer(id: string, leading: boolean): LayerSpecification {
  // One source, two layers: the provinces' first names are placed before all others.
  return {
    id,
    type: 'symbol',
    source: SOURCE.placeLabels,
    filter: ['==', ['get', 'leading'], leading],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': LABEL_SIZE.place,
      'text-variable-anchor-offset': placeLabelAnchors(leading),
      'text-justify': 'auto',
      'symbol-sort-key': ['get', 'rank'],
      'text-padding': 1,
      // A province's leading name is always drawn: where no place beside its symbol is free (a small province on a
      // phone), it may cover the team symbols' invisible boxes and other leading names (its first place then), never
      // an ordinary name, which yields to it since it is placed later.
      ...(leading && { 'text-overlap': 'cooperative' as const }),
    },
    paint: { 'text-color': COLOURS.label, 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 2 },
  };
}

/** Every order of sides that labelSides gives, so that a feature can name its own by index. */
const LABEL_SIDE_ORDERS: readonly (readonly LabelSide[])[] = Object.values(SIDE_ORDERS);

/** maplibre's anchor is the name's point: the 'left' anchor puts the name right of the symbol. */
const ANCHOR_OF_SIDE: Record<LabelSide, string> = {
  right: 'left',
  left: 'right',
  top: 'bottom',
  bottom: 'top',
  center: 'center',
  'top-right': 'bottom-left',
  'bottom-right': 'top-left',
  'top-left': 'bottom-right',
  'bottom-left': 'top-right',
};

/**
 * Where a team place's name may go, in order (domain/map-labels.ts labelSides), each side clear of the symbols:
 * `[anchor, [x, y]]` pairs in ems. The horizontal distance grows with the place's symbols side by side (the
 * feature's numeric `offset`); as with TEAM_ICON_OFFSET an array property would not survive maplibre's tiles, so
 * the pairs are interpolated from it.
 */
const DIAGONALS = [
  ['bottom-left', 1, -1],
  ['top-left', 1, 1],
  ['bottom-right', -1, -1],
  ['top-right', -1, 1],
] as const;

/**
 * The `[anchor, [x, y]]` pairs of a place's name. A province's leading name (`persistent`) tries, like in the SVG map
 * (placeLabelsGreedy), every side and corner at the usual distance and then a line farther out.
 */
function placeLabelAnchors(persistent: boolean): ExpressionSpecification {
  // maplibre's box of a line of text is taller than the letters (tried: less than 0.4 em more and a name above or
  // below its symbol never fits).
  const vertical = (LABEL_OBSTACLE_SIZE / 2 + LABEL_GAP) / LABEL_SIZE.place + 0.45;
  type Pair = [anchor: string, shift: [number, number]];
  const pairs = (sides: readonly LabelSide[], offset: number, farther: number): Pair[] =>
    sides.map((side): Pair => {
      const [x, y] = [offset + farther, vertical + farther];
      const corner = vertical * 0.75 + farther;
      const shifts: Record<LabelSide, [number, number]> = {
        right: [x, 0],
        left: [-x, 0],
        top: [0, -y],
        bottom: [0, y],
        center: [0, 0],
        'top-right': [corner, -corner],
        'bottom-right': [corner, corner],
        'top-left': [-corner, -corner],
        'bottom-left': [-corner, corner],
      };
      return [ANCHOR_OF_SIDE[side], shifts[side]];
    });
  const ordinary = (sides: readonly LabelSide[], offset: number): Pair[] =>
    pairs(sides, offset, 0).concat(
      // Last resort where the sides are taken: a corner, diagonally off the (first) symbol.
      DIAGONALS.map(([anchor, x, y]): Pair => [anchor, [x * vertical * 0.75, y * vertical * 0.75]]),
    );
  // The second ring only beside, above and below the symbol: a name a line off diagonally seemed to name a neighbour.
  const leading = (sides: readonly LabelSide[], offset: number): Pair[] => [
    ...pairs(persistentSides(sides), offset, 0),
    ...pairs(
      persistentSides(sides).filter((side) => LABEL_SIDES.includes(side)),
      offset,
      PERSISTENT_LINE,
    ),
  ];
  const byOffset = (sides: readonly LabelSide[]): ExpressionSpecification => {
    const of = persistent ? leading : ordinary;
    return [
      'interpolate',
      ['linear'],
      ['get', 'offset'],
      0,
      ['literal', of(sides, 0).flat()],
      MAX_LABEL_OFFSET,
      ['literal', of(sides, MAX_LABEL_OFFSET).flat()],
    ];
  };
  const groups = LABEL_SIDE_ORDERS.flatMap((sides, index) => [['==', ['get', 'sides'], index], byOffset(sides)]);
  return ['case', ...groups, byOffset(LABEL_SIDES)] as ExpressionSpecification;
}

/** How much farther out a leading name tries its second ring of places, in ems: about one line. */
const PERSISTENT_LINE = 1.2;

/**
 * The most names the WebGL map is given, the first in placement order: far more than fit on any screen, and few
 * enough that a tile stays under maplibre's limit of glyphs (it warns, "Too many glyphs being rendered in a tile",
 * with tens of thousands of places in one tile at national zoom).
 */
export const MAX_PLACE_LABELS = 2000;

/** The team places' names as points, with the room their symbols take (in ems of the name's size). */
export function placeLabelFeatures(labels: readonly PlaceLabel[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: labels.slice(0, MAX_PLACE_LABELS).map((label) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...label.coordinates] },
      properties: {
        key: label.key,
        name: label.name,
        rank: label.rank,
        leading: label.leading,
        // Which sides the name tries, as an index (see labelSides): a number survives maplibre's tiles.
        sides: LABEL_SIDE_ORDERS.indexOf(labelSides(label.coordinates)),
        offset: Math.round(((symbolsHalfWidth(label.symbols) + LABEL_GAP) / LABEL_SIZE.place) * 100) / 100,
      },
    })),
  };
}

export function provinceLabelFeatures(labels: readonly ProvinceLabel[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: labels.map((label) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...label.coordinates] },
      properties: { code: label.code, name: label.name },
    })),
  };
}

export function townFeatures(towns: readonly Town[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: towns.map((town) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...town.coordinates] },
      properties: { name: town.name, population: town.population },
    })),
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
const iconOffset = (offset: ExpressionSpecification): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  offset,
  -MAX_SYMBOL_OFFSET,
  ['literal', [-MAX_SYMBOL_OFFSET, 0]],
  MAX_SYMBOL_OFFSET,
  ['literal', [MAX_SYMBOL_OFFSET, 0]],
];
const TEAM_ICON_OFFSET = iconOffset(['get', 'offset']);

/**
 * A clustered source's offset: a place its own, a cluster (which has no `offset`) its kind's slot among all kinds,
 * as on the SVG map (domain/place-clusters.ts), so that the kinds' clusters around one point stand side by side.
 */
function clusterIconOffset(kind: TeamKind): ExpressionSpecification {
  const offset = symbolOffset({ slot: TEAM_KINDS.indexOf(kind), slots: TEAM_KINDS.length });
  return iconOffset(['coalesce', ['get', 'offset'], offset]);
}

/**
 * `team:<kind>:<count>`, with `:selected` for the selected places; the images are drawn on demand. A clustered
 * layer names its kind (a cluster has no `kind` property), and its clusters are never selected (they have no `key`).
 */
export function teamIconExpression(selectedKeys: readonly string[], kind?: TeamKind): ExpressionSpecification {
  return [
    'concat',
    'team:',
    kind ?? ['get', 'kind'],
    ':',
    ['to-string', ['get', 'count']],
    [
      'case',
      ['in', kind ? ['coalesce', ['get', 'key'], ''] : ['get', 'key'], ['literal', [...selectedKeys]]],
      ':selected',
      '',
    ],
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

/** Each kind's places as points, for the clustered sources. */
export function teamClusterFeatures(groups: readonly PlaceGroup[]): Record<TeamKind, GeoJSON.FeatureCollection> {
  return Object.fromEntries(
    TEAM_KINDS.map((kind) => [kind, teamFeatures(groups.filter((group) => group.kind === kind))]),
  ) as Record<TeamKind, GeoJSON.FeatureCollection>;
}

/** The searched place as a point, or nothing. */
export function searchPlaceFeatures(point: readonly [number, number] | null): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: point ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [...point] }, properties: {} }] : [],
  };
}

/** The shaded areas of a coverage view (none for the teams-per-province view, which colours the provinces). */
export function shadingFeatures(shading: MapShading | null): GeoJSON.FeatureCollection {
  if (shading?.type !== 'areas') return EMPTY;
  const edge = areaEdgeColour(shading.areas[0]?.shade ?? 'reach');
  return {
    type: 'FeatureCollection',
    features: [
      ...shading.areas.map((area): GeoJSON.Feature => ({
        type: 'Feature',
        properties: {
          colour: areaColour(area.shade),
          edge: areaEdgeColour(area.shade),
          outlined: shading.outlined,
          siteIds: area.siteIds?.join(' ') ?? '',
        },
        // The same shape; GeoJSON's types only lack the readonly arrays and the two-number positions.
        geometry: area.geometry as unknown as GeoJSON.Polygon | GeoJSON.MultiPolygon,
      })),
      ...shading.edges.map((line): GeoJSON.Feature => ({
        type: 'Feature',
        properties: { edge, outlined: true },
        geometry: { type: 'LineString', coordinates: line.map(([x, y]) => [x, y]) },
      })),
    ],
  };
}

/** The provinces' fill in the teams-per-province view: a colour per province code. */
export function provinceStepsColour(shading: MapShading | null): ExpressionSpecification | string {
  if (shading?.type !== 'teams-per-province') return COLOURS.province;
  const pairs = Object.keys(shading.steps).flatMap((code) => [code, provinceShade(shading, code)!]);
  if (pairs.length === 0) return COLOURS.province;
  return ['match', ['get', 'code'], ...pairs, COLOURS.province] as unknown as ExpressionSpecification;
}
