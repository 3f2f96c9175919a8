// How each kind of team looks, shared by the map symbols, the legend and the list: colour and shape together.
import type { TeamKind } from '../domain/team-kinds';

export type KindShape = 'circle' | 'square' | 'diamond';

/**
 * Okabe–Ito hues (safe for the common colour-vision deficiencies), darkened so that the symbols reach
 * at least 3:1 against the light province fill; the shape carries the same meaning for everyone else.
 */
export const KIND_STYLE: Record<TeamKind, { colour: string; shape: KindShape }> = {
  natuurbeheer: { colour: '#00745a', shape: 'circle' },
  pandgebonden: { colour: '#b35300', shape: 'square' },
  administratief: { colour: '#005b96', shape: 'diamond' },
};

/** SVG path of a shape centred on (0,0) with "radius" r; the same outline the canvas icons draw. */
export function shapePath(shape: KindShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M ${-r} 0 A ${r} ${r} 0 1 0 ${r} 0 A ${r} ${r} 0 1 0 ${-r} 0 Z`;
    case 'square': {
      const s = r * 0.9;
      return `M ${-s} ${-s} H ${s} V ${s} H ${-s} Z`;
    }
    case 'diamond': {
      const d = r * 1.2;
      return `M 0 ${-d} L ${d} 0 L 0 ${d} L ${-d} 0 Z`;
    }
  }
}
