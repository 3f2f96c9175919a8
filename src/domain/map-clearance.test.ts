import { describe, expect, it } from 'vitest';
import { clearancePadding } from './map-clearance';

const MAP = { left: 100, top: 50, right: 1100, bottom: 850 };

describe('clearancePadding', () => {
  it('keeps only the margin when nothing lies over the map', () => {
    expect(clearancePadding(MAP, [], 20)).toEqual({ top: 20, right: 20, bottom: 20, left: 20 });
  });

  it('clears a wide, low legend in the bottom-right corner from below', () => {
    const legend = { left: 850, top: 700, right: 1090, bottom: 830 };
    expect(clearancePadding(MAP, [legend], 10)).toEqual({ top: 10, right: 10, bottom: 160, left: 10 });
  });

  it('clears a narrow, tall control column from the left', () => {
    const zoom = { left: 110, top: 60, right: 140, bottom: 130 };
    expect(clearancePadding(MAP, [zoom], 0)).toEqual({ top: 0, right: 0, bottom: 0, left: 40 });
  });

  it('takes the largest clearance per side and ignores boxes outside the map', () => {
    const reset = { left: 1000, top: 58, right: 1092, bottom: 90 };
    const note = { left: 400, top: 58, right: 600, bottom: 120 };
    const outside = { left: 0, top: 0, right: 90, bottom: 40 };
    expect(clearancePadding(MAP, [reset, note, outside], 0)).toEqual({ top: 70, right: 0, bottom: 0, left: 0 });
  });

  it('scales the padding down so that the view keeps room of its own', () => {
    const small = { left: 0, top: 0, right: 300, bottom: 300 };
    const big = { left: 0, top: 0, right: 290, bottom: 100 };
    const padding = clearancePadding(small, [big], 40);
    expect(padding.top + padding.bottom).toBeLessThanOrEqual(180);
    expect(padding.top).toBeGreaterThan(padding.bottom);
  });
});
