import { describe, expect, it } from 'vitest';
import { placeOverlay, type Placement, type Point, type Size } from './overlay-placement';

const options = { sides: ['right', 'left', 'below', 'above'] as const, clearance: 18, margin: 8 };
const card: Size = { width: 200, height: 120 };

function coversSymbol(placement: Placement, box: Size, anchor: Point, clearance: number) {
  return (
    placement.left < anchor.x + clearance &&
    placement.left + box.width > anchor.x - clearance &&
    placement.top < anchor.y + clearance &&
    placement.top + box.height > anchor.y - clearance
  );
}

function inside(placement: Placement, box: Size, area: Size, margin: number) {
  return (
    placement.left >= margin &&
    placement.top >= margin &&
    placement.left + box.width <= area.width - margin &&
    placement.top + box.height <= area.height - margin
  );
}

describe('placeOverlay', () => {
  it('goes right of the symbol, centred on it, where there is room', () => {
    const placed = placeOverlay({ width: 800, height: 600 }, { x: 300, y: 300 }, card, options);
    expect(placed).toEqual({ left: 318, top: 240, side: 'right' });
  });

  it('goes left near the right edge, and stays inside along the other axis near the top', () => {
    const placed = placeOverlay({ width: 800, height: 600 }, { x: 700, y: 20 }, card, options);
    expect(placed).toEqual({ left: 482, top: 8, side: 'left' });
  });

  it('takes the first side in the given order (a tooltip above)', () => {
    const tooltip = { width: 160, height: 40 };
    const placed = placeOverlay({ width: 800, height: 600 }, { x: 300, y: 300 }, tooltip, {
      ...options,
      sides: ['above', 'below'],
    });
    expect(placed).toEqual({ left: 220, top: 242, side: 'above' });
  });

  it('on a small map, never covers the symbol and stays inside, wherever the symbol is', () => {
    const area = { width: 320, height: 300 };
    const box = { width: 304, height: 110 };
    for (let x = 10; x <= 310; x += 20) {
      for (let y = 10; y <= 290; y += 20) {
        const anchor = { x, y };
        const placed = placeOverlay(area, anchor, box, options);
        expect(inside(placed, box, area, 8), `inside at ${x},${y}`).toBe(true);
        expect(coversSymbol(placed, box, anchor, 18), `covers at ${x},${y}`).toBe(false);
      }
    }
  });

  it('keeps to the part of the map that is on screen', () => {
    // A map 460 px high of which the top 300 px are in the window.
    const visible = { x: 0, y: 0, width: 320, height: 300 };
    const placed = placeOverlay(visible, { x: 160, y: 250 }, card, options);
    expect(placed).toEqual({ left: 60, top: 112, side: 'above' });
  });

  it('falls back to a sheet inside the map where no side has room (a map lower than two cards)', () => {
    const area = { width: 320, height: 160 };
    const box = { width: 304, height: 60 };
    const placed = placeOverlay(area, { x: 160, y: 80 }, box, options);
    expect(placed.side).toBe('sheet');
    // Closer to the edge than the usual margin, where that leaves the symbol free.
    expect(inside(placed, box, area, options.margin / 4)).toBe(true);
    expect(coversSymbol(placed, box, { x: 160, y: 80 }, options.clearance)).toBe(false);
  });

  it('puts the sheet along the edge that leaves the symbol free, also when the symbol is near the middle', () => {
    // The 320 × 480 embed's map, 365 px on screen, with a 164 px card: a symbol just above the middle.
    const visible = { x: 0, y: 0, width: 320, height: 365 };
    const box = { width: 272, height: 164 };
    const anchor = { x: 88, y: 180 };
    const placed = placeOverlay(visible, anchor, box, { ...options, sides: ['right', 'left', 'below', 'above'] });
    expect(placed.side).toBe('sheet');
    const coversSymbol =
      placed.top < anchor.y + options.clearance && placed.top + box.height > anchor.y - options.clearance;
    expect(coversSymbol).toBe(false);
  });
});
