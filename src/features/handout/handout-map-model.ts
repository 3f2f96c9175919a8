// The handout's map of the area, as plain numbers: the place and its nearest teams fitted into a fixed frame, with
// the provinces, lakes and neighbouring land as SVG paths. One model, drawn as SVG (handout-map.tsx) and on the
// PNG's canvas (handout-image.ts).
import { SYMBOL, type KindShape, KIND_STYLE } from '../../components/kind-style';
import { pointsBounds, type Bounds, type Position } from '../../domain/geometry';
import type { NearestTeams } from '../../domain/nearest-teams';
import type { TeamKind } from '../../domain/team-kinds';
import { areaPath, fitProjection, type AreaGeometry, type Projection } from '../../domain/web-mercator';

/** The frame in drawing units: the PNG's map area in pixels, and the SVG's viewBox. */
export const HANDOUT_MAP_SIZE = { width: 1100, height: 780 } as const;
/** Symbols and names a little larger than on screen: the map is read on paper and on a projected slide. */
export const HANDOUT_SYMBOL_SCALE = 1.6;
export const HANDOUT_LABEL_SIZE = 24;
/** Room round the points, as a share of their extent, and at least this many degrees. */
const MARGIN_SHARE = 0.22;
const MIN_MARGIN_DEGREES = 0.06;

export interface HandoutSymbol {
  kind: TeamKind;
  shape: KindShape;
  colour: string;
  x: number;
  y: number;
}

export interface HandoutLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** The searched place's name is bold. */
  strong: boolean;
}

export interface HandoutMapModel {
  width: number;
  height: number;
  provinces: { code: string; path: string }[];
  lakes: string[];
  abroad: string[];
  place: { x: number; y: number };
  symbols: HandoutSymbol[];
  labels: HandoutLabel[];
}

interface Area {
  geometry: AreaGeometry;
}

export interface HandoutMapInput {
  place: { name: string; coordinates: Position };
  nearest: readonly NearestTeams[];
  provinces: readonly (Area & { properties: { code: string } })[];
  water: readonly (Area & { properties: { kind: string } })[];
}

/** The bounds of the place and its nearest teams, with room round them. */
export function handoutBounds(points: readonly Position[]): Bounds {
  const [west, south, east, north] = pointsBounds(points);
  const dx = Math.max((east - west) * MARGIN_SHARE, MIN_MARGIN_DEGREES);
  const dy = Math.max((north - south) * MARGIN_SHARE, MIN_MARGIN_DEGREES);
  return [west - dx, south - dy, east + dx, north + dy];
}

/** fitProjection into a frame of a fixed size: the bounds fill it in one direction and are centred in the other. */
export function fitIntoFrame(bounds: Bounds, width: number, height: number): Projection {
  const wide = fitProjection(bounds, width);
  const fitted = wide.height <= height ? wide : fitProjection(bounds, (width * height) / wide.height);
  const dx = (width - fitted.width) / 2;
  const dy = (height - fitted.height) / 2;
  return {
    width,
    height,
    project: (position) => {
      const [x, y] = fitted.project(position);
      return [x + dx, y + dy];
    },
  };
}

/** Screen units between the symbols of kinds that share a place, side by side as on the map. */
const SIDE_BY_SIDE = 26 * HANDOUT_SYMBOL_SCALE;

export function handoutMapModel({ place, nearest, provinces, water }: HandoutMapInput): HandoutMapModel {
  const { width, height } = HANDOUT_MAP_SIZE;
  const projection = fitIntoFrame(
    handoutBounds([place.coordinates, ...nearest.map((n) => n.location.coordinates)]),
    width,
    height,
  );
  const [px, py] = projection.project(place.coordinates);
  // The kinds at one location stand side by side; the location is named once, beside them.
  const byLocation = new Map<string, NearestTeams[]>();
  for (const n of nearest) {
    const key = n.location.coordinates.join(',');
    byLocation.set(key, [...(byLocation.get(key) ?? []), n]);
  }
  const symbols: HandoutSymbol[] = [];
  const labels: HandoutLabel[] = [];
  for (const group of byLocation.values()) {
    const [first] = group;
    if (!first) continue;
    const [x, y] = projection.project(first.location.coordinates);
    group.forEach((n, i) => {
      const { shape, colour } = KIND_STYLE[n.kind];
      symbols.push({ kind: n.kind, shape, colour, x: x + (i - (group.length - 1) / 2) * SIDE_BY_SIDE, y });
    });
    // A team in the searched place itself is named by the place's own label.
    if (Math.hypot(x - px, y - py) > SIDE_BY_SIDE) {
      labels.push(labelBeside(first.location.place, x, y, (group.length * SIDE_BY_SIDE) / 2, false));
    }
  }
  labels.push(labelBeside(place.name, px, py, 10 * HANDOUT_SYMBOL_SCALE, true));
  return {
    width,
    height,
    provinces: provinces.map((p) => ({ code: p.properties.code, path: areaPath(p.geometry, projection, 0.5) })),
    lakes: water.filter((w) => w.properties.kind !== 'land').map((w) => areaPath(w.geometry, projection, 0.5)),
    abroad: water.filter((w) => w.properties.kind === 'land').map((w) => areaPath(w.geometry, projection, 1)),
    place: { x: px, y: py },
    symbols,
    labels,
  };
}

/** A name to the right of its point, or to the left where it would run off the frame. */
function labelBeside(text: string, x: number, y: number, halfWidth: number, strong: boolean): HandoutLabel {
  const gap = halfWidth + 6;
  const estimatedWidth = text.length * HANDOUT_LABEL_SIZE * 0.6;
  const right = x + gap + estimatedWidth <= HANDOUT_MAP_SIZE.width;
  return { text, x: right ? x + gap : x - gap, y, anchor: right ? 'start' : 'end', strong };
}

/** The three layers of a team symbol (outline, white edge, the kind's colour), radii in drawing units. */
export const SYMBOL_LAYERS = [
  { radius: SYMBOL.outline * HANDOUT_SYMBOL_SCALE, colour: SYMBOL.dark },
  { radius: SYMBOL.edge * HANDOUT_SYMBOL_SCALE, colour: SYMBOL.light },
  { radius: SYMBOL.fill * HANDOUT_SYMBOL_SCALE, colour: null },
] as const;
