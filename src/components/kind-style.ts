// How each kind of team looks, shared by the map symbols, the legend and the list: colour and shape together.
import type { TeamKind } from '../domain/team-kinds';
import { kindColour, symbolColour } from '../styles/tokens';

export type KindShape = 'circle' | 'square' | 'diamond';

/**
 * Each kind's colour (a design token: Okabe–Ito hues, darkened for contrast on the light map, see tokens.ts) and
 * shape, which carries the same meaning for those who cannot tell the colours apart.
 */
export const KIND_STYLE: Record<TeamKind, { colour: string; shape: KindShape }> = {
  natuurbeheer: { colour: kindColour.natuurbeheer, shape: 'circle' },
  pandgebonden: { colour: kindColour.pandgebonden, shape: 'square' },
  administratief: { colour: kindColour.administratief, shape: 'diamond' },
};

/**
 * The count as written on a symbol: in full up to 999; from 1000 on in thousands ("1k+" for 1137), since four digits
 * do not fit inside the shape (the details and the list give the exact number).
 */
export function countLabel(count: number): string {
  return count < 1000 ? String(count) : `${Math.floor(count / 1000)}k+`;
}

const COUNT_SIZE_BY_LENGTH = [13, 13, 11, 8.5, 8];

/**
 * How a team symbol on the map is built, in CSS pixels from its centre: drawn on a canvas for the WebGL map
 * (team-icons.ts) and as SVG for the static map, from these same numbers.
 */
export const SYMBOL = {
  /** The selected ring: a dark stroke round a white disc. */
  ring: { radius: 13.5, width: 3 },
  /** Dark outline, white edge, the kind's colour: three shapes of these radii on top of each other. */
  outline: 11.5,
  edge: 11,
  fill: 10,
  dark: symbolColour.dark,
  light: symbolColour.light,
  /** Bold white count, smaller the more characters it has, set 1 px low to look centred. */
  countSize: (count: number) => COUNT_SIZE_BY_LENGTH[Math.min(4, countLabel(count).length)] ?? 8,
  countOffset: 1,
} as const;

/** SVG path of a shape centred on (0,0) with "radius" r; the same outline the canvas icons draw. */
export function shapePath(shape: KindShape, r: number): string {
  return shapePathAt(shape, r, 0, 0);
}

/** The same shape centred on (x, y), in absolute coordinates, so that many can share one path. */
export function shapePathAt(shape: KindShape, r: number, x: number, y: number): string {
  const n = (value: number) => Math.round(value * 100) / 100;
  switch (shape) {
    case 'circle':
      return `M ${n(x - r)} ${n(y)} A ${n(r)} ${n(r)} 0 1 0 ${n(x + r)} ${n(y)} A ${n(r)} ${n(r)} 0 1 0 ${n(x - r)} ${n(y)} Z`;
    case 'square': {
      const s = r * 0.9;
      return `M ${n(x - s)} ${n(y - s)} H ${n(x + s)} V ${n(y + s)} H ${n(x - s)} Z`;
    }
    case 'diamond': {
      const d = r * 1.2;
      return `M ${n(x)} ${n(y - d)} L ${n(x + d)} ${n(y)} L ${n(x)} ${n(y + d)} L ${n(x - d)} ${n(y)} Z`;
    }
  }
}
