import { describe, expect, it } from 'vitest';
import { QUIET_WINDOW_MS, quietMoment, totalBlockingTime } from './blocking-time';

describe('totalBlockingTime', () => {
  it('adds up what each long task lasts beyond 50 ms', () => {
    const tasks = [
      { startTime: 1_000, duration: 120 },
      { startTime: 2_000, duration: 50 },
      { startTime: 3_000, duration: 300 },
    ];
    expect(totalBlockingTime(tasks, 500, 10_000)).toBe(70 + 0 + 250);
  });

  it('counts a task that straddles the first paint or the end only for its part inside, as Lighthouse does', () => {
    // 400 ms before the paint at 500 ms, 200 ms after it: 150 ms blocking.
    expect(totalBlockingTime([{ startTime: 300, duration: 400 }], 500, 10_000)).toBe(150);
    // Ends after the cap: 100 ms inside, 50 ms blocking.
    expect(totalBlockingTime([{ startTime: 9_900, duration: 500 }], 500, 10_000)).toBe(50);
    // 80 ms long but only 40 ms of it after the paint: nothing.
    expect(totalBlockingTime([{ startTime: 460, duration: 80 }], 500, 10_000)).toBe(0);
    expect(totalBlockingTime([{ startTime: 100, duration: 300 }], 500, 10_000)).toBe(0);
  });

  it('is 0 without long tasks', () => {
    expect(totalBlockingTime([], 0, 25_000)).toBe(0);
  });
});

describe('quietMoment', () => {
  const tasks = [
    { startTime: 800, duration: 100 },
    { startTime: 2_000, duration: 250 },
  ];

  it('is the end of the last long task once 5 s have passed without one', () => {
    expect(quietMoment(tasks, 500, 2_250 + QUIET_WINDOW_MS)).toBe(2_250);
    expect(quietMoment(tasks, 500, 2_250 + QUIET_WINDOW_MS - 1)).toBeNull();
  });

  it('counts from the first paint when no long task came after it', () => {
    expect(quietMoment([{ startTime: 100, duration: 200 }], 500, 5_499)).toBeNull();
    expect(quietMoment([{ startTime: 100, duration: 200 }], 500, 5_500)).toBe(500);
    expect(quietMoment([], 500, 5_500)).toBe(500);
  });

  it('takes another window when asked', () => {
    expect(quietMoment(tasks, 500, 3_250, 1_000)).toBe(2_250);
  });
});
