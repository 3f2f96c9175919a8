// Names on the map: which team places are named first when not all fit, where a province's name goes, and a greedy
// placement of names beside their symbols without overlap (for the SVG map; the WebGL map has its own collision).
import { compareCodeUnits, compareDutch } from './dutch-order';
import polylabel from 'polylabel';
import type { ProvinceGeometry as AreaGeometry } from '../data/provinces-file';
import type { Position } from './geometry';
import type { ProvinceCode } from './provinces';
import { placeSlug, type PlaceGroup } from './team-places';

/** One name per team place (all kinds at the place together). */
export interface PlaceLabel {
  /** The place's slug, as in the place groups' keys. */
  key: string;
  name: string;
  province: ProvinceCode;
  coordinates: Position;
  /** Teams at the place, over all kinds. */
  teams: number;
  /** Kinds at the place: their symbols stand side by side, so the name keeps clear of all of them. */
  symbols: number;
  /** 0 for the name placed first; the WebGL map's `symbol-sort-key`. */
  rank: number;
  /** The province's first name: shown whatever the crowding, so that every province has a name. */
  leading: boolean;
}

/**
 * The team places in the order their names are placed: first, for each province, its place with the most teams (so
 * that every province shows at least one name, also where a large place nearby would crowd out a small province's
 * only one), then all others by number of teams. Ties go by name, so the order is the same on every run.
 */
export function placeLabels(groups: readonly PlaceGroup[]): PlaceLabel[] {
  const byPlace = new Map<string, Omit<PlaceLabel, 'rank' | 'leading'>>();
  for (const group of groups) {
    const key = placeSlug(group.place);
    const label = byPlace.get(key);
    if (label) {
      label.teams += group.teamIds.length;
      label.symbols += 1;
    } else {
      byPlace.set(key, {
        key,
        name: group.place,
        province: group.province,
        coordinates: group.coordinates,
        teams: group.teamIds.length,
        symbols: 1,
      });
    }
  }
  const byTeams = [...byPlace.values()].sort(
    (a, b) => b.teams - a.teams || compareDutch(a.name, b.name) || compareCodeUnits(a.key, b.key),
  );
  const firstOfProvince = new Set<string>();
  const seenProvinces = new Set<ProvinceCode>();
  for (const label of byTeams) {
    if (seenProvinces.has(label.province)) continue;
    seenProvinces.add(label.province);
    firstOfProvince.add(label.key);
  }
  const ordered = [
    ...byTeams.filter((label) => firstOfProvince.has(label.key)),
    ...byTeams.filter((label) => !firstOfProvince.has(label.key)),
  ];
  return ordered.map((label, rank) => ({ ...label, rank, leading: firstOfProvince.has(label.key) }));
}

/** An axis-aligned box on screen: left, top, right, bottom. */
export type Box = readonly [left: number, top: number, right: number, bottom: number];

/** Where a name stands relative to its point: the side of the symbol it is on. */
export type LabelSide =
  'right' | 'left' | 'top' | 'bottom' | 'center' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

/** The corners, tried by a persistent name when no side has room. */
const CORNERS: readonly LabelSide[] = ['top-right', 'bottom-right', 'top-left', 'bottom-left'];

/** The sides tried, in order: beside the symbol first (the way maps name towns), then above and below. */
export const LABEL_SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

/**
 * The sides a persistent name (a province's first) tries: its own first, then every other side and the corners (the
 * frame still keeps it whole). Both maps try them once at the usual gap and once a line farther out.
 */
export function persistentSides(preferred: readonly LabelSide[]): LabelSide[] {
  return [...new Set([...preferred, ...LABEL_SIDES, ...CORNERS])];
}

/** The longitude east of which a name first tries the symbol's left side: names point into the country, not off it. */
export const INWARD_LONGITUDE = 5.6;
/**
 * Places this far east or west lie near the edge of the country's view: their names point outwards only where no
 * other side has room (a name over the neighbouring land is better than none; the frame still keeps it whole).
 */
export const EDGE_LONGITUDES = { west: 4.5, east: 6.5 } as const;

/** The sides a place's name tries, in order: towards the middle of the country first, off its edge last. */
export function labelSides([lon]: Position): readonly LabelSide[] {
  if (lon > EDGE_LONGITUDES.east) return SIDE_ORDERS.east;
  if (lon < EDGE_LONGITUDES.west) return SIDE_ORDERS.west;
  return lon > INWARD_LONGITUDE ? SIDE_ORDERS.eastern : LABEL_SIDES;
}

/** Every order of sides that labelSides gives (the same arrays, so that they can be told apart by identity). */
export const SIDE_ORDERS = {
  east: ['left', 'top', 'bottom', 'right'],
  west: ['right', 'top', 'bottom', 'left'],
  eastern: ['left', 'right', 'top', 'bottom'],
  western: LABEL_SIDES,
} as const satisfies Record<string, readonly LabelSide[]>;

/**
 * The width of a text in a sans-serif font, estimated without measuring (also at build time, without a browser):
 * wide letters count more than narrow ones. Generous, so that estimated boxes do not overlap where real ones would.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (/[iljtfrI.,'’ -]/.test(char)) ems += 0.36;
    else if (/[mwMW]/.test(char)) ems += 0.92;
    else if (/[A-Z]/.test(char)) ems += 0.76;
    else ems += 0.62;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}

export interface LabelCandidate {
  key: string;
  text: string;
  /** The symbol's centre on screen. */
  x: number;
  y: number;
  /** Half the width and height of the symbol (or symbols side by side) the name keeps clear of. */
  halfWidth: number;
  halfHeight: number;
  /** The sides to try, in order (default LABEL_SIDES). */
  sides?: readonly LabelSide[];
  /** Where no side has room, try the others and then a little farther from the symbol (a province's first name). */
  persistent?: boolean;
}

export interface PlacedLabel {
  key: string;
  text: string;
  side: LabelSide;
  /** The text's anchor point (its start on the right, its end on the left, else its middle), vertically its middle. */
  x: number;
  y: number;
  box: Box;
}

export interface PlacementOptions {
  fontSize: number;
  bold?: boolean;
  /** Space between a symbol and its name. */
  gap: number;
  /** Extra width per letter (letter spacing), in font sizes. */
  letterSpacing?: number;
  /** Boxes no name may cover: the team symbols, names placed before. */
  obstacles: readonly Box[];
  /** The visible picture: a name that would stick out of it is not placed. */
  frame: Box;
}

/**
 * Places names in the given order, each on the first side of its symbol where it covers no obstacle, no name placed
 * before and stays inside the frame; a name that fits nowhere is left out. Deterministic: the same input gives the
 * same picture (the SVG map is also rendered at build time). A grid of cells keeps it fast with thousands of names.
 */
export function placeLabelsGreedy(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const { fontSize, gap, frame } = options;
  const grid = new BoxGrid(fontSize * 8);
  for (const obstacle of options.obstacles) grid.add(obstacle);
  const height = fontSize * 1.2;
  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    const spacing = (options.letterSpacing ?? 0) * fontSize * [...candidate.text].length;
    const width = estimateTextWidth(candidate.text, fontSize, options.bold) + spacing;
    const preferred = candidate.sides ?? LABEL_SIDES;
    // A persistent name also tries the other sides (the frame still keeps it whole), then one line farther out.
    const sides = candidate.persistent ? persistentSides(preferred) : preferred;
    const gaps = candidate.persistent ? [gap, gap + height] : [gap];
    const label = gaps
      .flatMap((distance) => sides.map((side) => [side, distance] as const))
      .map(([side, distance]) => labelAt(candidate, side, width, height, distance))
      .find((option) => inside(option.box, frame) && !grid.overlaps(option.box));
    if (!label) continue;
    grid.add(label.box);
    placed.push(label);
  }
  return placed;
}

function labelAt(candidate: LabelCandidate, side: LabelSide, width: number, height: number, gap: number): PlacedLabel {
  const { key, text, x, y, halfWidth, halfHeight } = candidate;
  const at = (anchorX: number, anchorY: number, left: number): PlacedLabel => ({
    key,
    text,
    side,
    x: anchorX,
    y: anchorY,
    box: [left, anchorY - height / 2, left + width, anchorY + height / 2],
  });
  switch (side) {
    case 'right':
      return at(x + halfWidth + gap, y, x + halfWidth + gap);
    case 'left':
      return at(x - halfWidth - gap, y, x - halfWidth - gap - width);
    case 'top':
      return at(x, y - halfHeight - gap - height / 2, x - width / 2);
    case 'bottom':
      return at(x, y + halfHeight + gap + height / 2, x - width / 2);
    case 'center':
      return at(x, y, x - width / 2);
    case 'top-right':
      return at(x + halfWidth * 0.6 + gap, y - halfHeight - height / 2, x + halfWidth * 0.6 + gap);
    case 'bottom-right':
      return at(x + halfWidth * 0.6 + gap, y + halfHeight + height / 2, x + halfWidth * 0.6 + gap);
    case 'top-left':
      return at(x - halfWidth * 0.6 - gap, y - halfHeight - height / 2, x - halfWidth * 0.6 - gap - width);
    case 'bottom-left':
      return at(x - halfWidth * 0.6 - gap, y + halfHeight + height / 2, x - halfWidth * 0.6 - gap - width);
  }
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function inside(box: Box, frame: Box): boolean {
  return box[0] >= frame[0] && box[1] >= frame[1] && box[2] <= frame[2] && box[3] <= frame[3];
}

/** Boxes filed by the grid cells they touch, so that a new box is compared only with its neighbours. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cellSize: number) {}

  private keys(box: Box): string[] {
    const size = this.cellSize;
    const keys: string[] = [];
    for (let cx = Math.floor(box[0] / size); cx <= Math.floor(box[2] / size); cx++)
      for (let cy = Math.floor(box[1] / size); cy <= Math.floor(box[3] / size); cy++) keys.push(`${cx},${cy}`);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  overlaps(box: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => boxesOverlap(box, other)) ?? false);
  }
}

type Ring = readonly Position[];
type Polygon = readonly Ring[];

/** How close to the best point the search for a province's name point goes, in (latitude-scaled) degrees: ~300 m. */
const LABEL_POINT_PRECISION = 0.003;

/**
 * Where a province's name goes: the point inside it farthest from its edge (the "pole of inaccessibility"), in its
 * largest polygon, found by Mapbox's polylabel. Longitudes are scaled by the cosine of the latitude first, so that
 * east–west and north–south distances compare.
 */
export function labelPoint(polygons: readonly Polygon[]): Position {
  const largest = polygons.reduce<Polygon | null>(
    (best, polygon) => (!best || ringArea(polygon[0] ?? []) > ringArea(best[0] ?? []) ? polygon : best),
    null,
  );
  const outer = largest?.[0];
  if (!largest || !outer || outer.length === 0) throw new Error('labelPoint: no polygon');
  const latitudes = outer.map(([, y]) => y);
  const kx = Math.cos((((Math.min(...latitudes) + Math.max(...latitudes)) / 2) * Math.PI) / 180);
  const scaled = largest.map((ring) => ring.map(([x, y]) => [x * kx, y] as const));
  const [x, y] = polylabel(scaled, LABEL_POINT_PRECISION);
  return [Number((x / kx).toFixed(4)), Number(y.toFixed(4))];
}

function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a && b) area += (b[0] - a[0]) * (b[1] + a[1]);
  }
  return Math.abs(area / 2);
}

export interface ProvinceLabel {
  code: ProvinceCode;
  name: string;
  coordinates: Position;
}

type ProvinceShape = {
  /** `label`: the label point as the province file gives it (scripts/build-provinces.ts), if it does. */
  properties: { code: ProvinceCode; name: string; label?: Position | undefined };
  geometry: AreaGeometry;
};
/** Label points per list of provinces: a file's provinces are searched once, whichever map asks and how often. */
const provinceLabelsOf = new WeakMap<readonly ProvinceShape[], ProvinceLabel[]>();

/** Each province's name at its label point. */
export function provinceLabels(provinces: readonly ProvinceShape[]): ProvinceLabel[] {
  let labels = provinceLabelsOf.get(provinces);
  if (!labels) {
    labels = provinces.map(({ properties, geometry }) => ({
      code: properties.code,
      name: properties.name,
      coordinates:
        properties.label ?? labelPoint(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates),
    }));
    provinceLabelsOf.set(provinces, labels);
  }
  return labels;
}
