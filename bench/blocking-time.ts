// Total blocking time as Lighthouse counts it, and when a page has become quiet (no long task for a while).

/** A long task as the page's PerformanceObserver ('longtask') reported it; ms on the page's clock. */
export interface TaskTiming {
  startTime: number;
  duration: number;
}

/** Lighthouse's threshold: the part of a task beyond 50 ms blocks input. */
export const BLOCKING_THRESHOLD_MS = 50;
/** Quiet: no long task for this long (Lighthouse's time-to-interactive window). */
export const QUIET_WINDOW_MS = 5_000;
/** Stop waiting for quiet this long after navigation start, and count up to here. */
export const QUIET_CAP_MS = 25_000;

/**
 * Sum of (duration − 50 ms) of the long tasks between `from` and `to`, each clipped to that span first (a task that
 * began before the first contentful paint counts from there), as Lighthouse's total-blocking-time does.
 */
export function totalBlockingTime(tasks: readonly TaskTiming[], from: number, to: number): number {
  let sum = 0;
  for (const task of tasks) {
    const start = Math.max(task.startTime, from);
    const end = Math.min(task.startTime + task.duration, to);
    if (end - start > BLOCKING_THRESHOLD_MS) sum += end - start - BLOCKING_THRESHOLD_MS;
  }
  return sum;
}

/**
 * When the page became quiet: the end of the last long task after `from` (or `from` itself without one), once `now`
 * is at least `windowMs` past it; null while it may still come.
 */
export function quietMoment(
  tasks: readonly TaskTiming[],
  from: number,
  now: number,
  windowMs = QUIET_WINDOW_MS,
): number | null {
  const lastEnd = tasks.reduce((last, task) => Math.max(last, task.startTime + task.duration), from);
  return now - lastEnd >= windowMs ? lastEnd : null;
}
