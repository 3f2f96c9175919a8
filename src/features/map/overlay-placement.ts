// Where a tooltip or a card goes beside a map symbol: on the first side where it fits whole inside the map, clear
// of the symbol; where no side fits (a small map), as a sheet along the map's top or bottom edge, away from it.

export interface Size {
  width: number;
  height: number;
}

/** A rectangle: its top-left corner and size. */
export interface Rect extends Size {
  x: number;
  y: number;
}

export interface Point {
  x: number;
  y: number;
}

export type Side = 'above' | 'below' | 'right' | 'left';

export interface Placement {
  left: number;
  top: number;
  /** Which side of the symbol; `sheet` along the map's edge where no side had room. */
  side: Side | 'sheet';
}

export interface PlacementOptions {
  /** Sides to try, in order. */
  sides: readonly Side[];
  /** Half the symbol's size and a little more: the overlay's near edge keeps this far from the symbol's centre. */
  clearance: number;
  /** Distance from the map's edges. */
  margin: number;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
 * The overlay's top-left corner in the map's coordinates. `area` is where it may go: the map, or the part of it that
 * is on screen (a map taller than the window).
 */
export function placeOverlay(space: Size | Rect, anchor: Point, box: Size, options: PlacementOptions): Placement {
  const { clearance } = options;
  const area = { x: 0, y: 0, ...space };
  const margin = { left: area.x + options.margin, top: area.y + options.margin };
  const far = { right: area.x + area.width - options.margin, bottom: area.y + area.height - options.margin };
  const alongX = clamp(anchor.x - box.width / 2, margin.left, far.right - box.width);
  const alongY = clamp(anchor.y - box.height / 2, margin.top, far.bottom - box.height);
  const corners: Record<Side, Point> = {
    above: { x: alongX, y: anchor.y - clearance - box.height },
    below: { x: alongX, y: anchor.y + clearance },
    right: { x: anchor.x + clearance, y: alongY },
    left: { x: anchor.x - clearance - box.width, y: alongY },
  };
  for (const side of options.sides) {
    const { x, y } = corners[side];
    const inside =
      x >= margin.left - 0.5 &&
      y >= margin.top - 0.5 &&
      x + box.width <= far.right + 0.5 &&
      y + box.height <= far.bottom + 0.5;
    if (inside) return { left: x, top: y, side };
  }
  // A sheet along the top or the bottom edge: the half of the map the symbol is not in first, then the other; each
  // at the usual margin, or closer to the edge where that leaves the symbol free; else the one covering it least.
  const covered = (top: number) =>
    Math.max(0, Math.min(top + box.height, anchor.y + clearance) - Math.max(top, anchor.y - clearance));
  const hug = options.margin / 4;
  const topEdge = [margin.top, area.y + hug];
  const bottomEdge = [far.bottom - box.height, area.y + area.height - hug - box.height].map((top) =>
    Math.max(margin.top, top),
  );
  const candidates = anchor.y > area.y + area.height / 2 ? [...topEdge, ...bottomEdge] : [...bottomEdge, ...topEdge];
  const top =
    candidates.find((candidate) => covered(candidate) === 0) ??
    candidates.reduce((best, candidate) => (covered(candidate) < covered(best) ? candidate : best));
  return { left: Math.max(margin.left, alongX), top, side: 'sheet' };
}
