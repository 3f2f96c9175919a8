// The padding that keeps a fitted view clear of what lies over the map (legend, controls, buttons, notes): for each
// box over the map, the cheapest side to push the view away from, so what the camera fits stays in sight.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The smallest share of the map's width and height that the padding leaves free for the view itself. */
const MIN_FREE_SHARE = 0.4;

/**
 * `map` and `overlays` in the same coordinates (e.g. client pixels); `margin` is kept on every side besides (room
 * for a symbol's size). An overlay outside the map is ignored; one over the map is cleared from the side where that
 * takes the least room. Padding that would leave less than MIN_FREE_SHARE of a dimension is scaled down.
 */
export function clearancePadding(map: Rect, overlays: readonly Rect[], margin: number): Padding {
  const padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const box of overlays) {
    const overlaps = box.right > map.left && box.left < map.right && box.bottom > map.top && box.top < map.bottom;
    if (!overlaps || box.right <= box.left || box.bottom <= box.top) continue;
    const costs: [keyof Padding, number][] = [
      ['top', box.bottom - map.top],
      ['bottom', map.bottom - box.top],
      ['left', box.right - map.left],
      ['right', map.right - box.left],
    ];
    const [side, cost] = costs.reduce((best, next) => (next[1] < best[1] ? next : best));
    padding[side] = Math.max(padding[side], cost);
  }
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const [left, right] = fit(padding.left + margin, padding.right + margin, width);
  const [top, bottom] = fit(padding.top + margin, padding.bottom + margin, height);
  return { top, right, bottom, left };
}

/** Two paddings across `size`, scaled down together if they would leave less than MIN_FREE_SHARE of it. */
function fit(a: number, b: number, size: number): [number, number] {
  const allowed = size * (1 - MIN_FREE_SHARE);
  if (a + b <= allowed || a + b === 0) return [Math.round(a), Math.round(b)];
  const scale = Math.max(0, allowed) / (a + b);
  return [Math.round(a * scale), Math.round(b * scale)];
}
