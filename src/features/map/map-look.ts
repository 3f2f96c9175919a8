// What both pictures of the map share (the SVG map, static-team-map.tsx, and the WebGL map, map-layers.ts): colours,
// the names' sizes and the team symbols' spacing. Kept apart from the maplibre style, which loads with the WebGL map.
import { SYMBOL } from '../../components/kind-style';
import type { PlaceGroup } from '../../domain/team-places';
import { mapColour } from '../../styles/tokens';

/** The map's colours: design tokens (src/styles/tokens.ts), shared with the CSS. */
export const COLOURS = mapColour;

/** What the map draws under its symbols and names, by name: what they must stand out against (the contrast tests). */
export const MAP_SURFACES = {
  province: COLOURS.province,
  'selected province': COLOURS.provinceSelected,
  water: COLOURS.water,
  sea: COLOURS.background,
  abroad: COLOURS.abroad,
} as const;

/** A team symbol's image, in CSS pixels: the shape with room for the selection ring. */
export const ICON_SIZE = 30;

/** The size of a team symbol's visible shape (without the room for the ring), in CSS pixels. */
export const LABEL_OBSTACLE_SIZE = 2 * SYMBOL.outline + 1;

/** Names in screen pixels: at least 12, legible on a phone. */
export const LABEL_SIZE = { place: 13, province: 12, town: 12 } as const;

/** Space between a symbol's edge and its name, in screen pixels. */
export const LABEL_GAP = 3;

/** Screen pixels to the right of the place, so that the symbols of kinds sharing a place stand side by side. */
export function symbolOffset(group: Pick<PlaceGroup, 'slot' | 'slots'>): number {
  return (group.slot - (group.slots - 1) / 2) * (ICON_SIZE - 4);
}

/** Half the width of `symbols` team symbols standing side by side (see symbolOffset), in screen pixels. */
export function symbolsHalfWidth(symbols: number): number {
  return ((symbols - 1) * (ICON_SIZE - 4)) / 2 + LABEL_OBSTACLE_SIZE / 2;
}
