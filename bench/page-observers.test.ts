import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift, largestContentfulPaint } from './page-observers';

describe('largestContentfulPaint', () => {
  const paints = [
    { startTime: 400, size: 9_000, element: 'svg#first-view-map' },
    { startTime: 1_800, size: 39_000, element: 'div.maplibregl-ctrl-attrib-inner' },
  ];

  it('is the last candidate reported by the moment', () => {
    expect(largestContentfulPaint(paints, 5_000)).toEqual(paints[1]);
    expect(largestContentfulPaint(paints, 1_799)).toEqual(paints[0]);
    expect(largestContentfulPaint(paints, 399)).toBeNull();
  });
});

describe('cumulativeLayoutShift', () => {
  it('sums the shifts up to the moment that no input caused', () => {
    const shifts = [
      { startTime: 600, value: 0.03, hadRecentInput: false },
      { startTime: 900, value: 0.5, hadRecentInput: true },
      { startTime: 1_200, value: 0.02, hadRecentInput: false },
      { startTime: 6_000, value: 0.4, hadRecentInput: false },
    ];
    expect(cumulativeLayoutShift(shifts, 5_000)).toBeCloseTo(0.05, 10);
    expect(cumulativeLayoutShift([], 5_000)).toBe(0);
  });
});
