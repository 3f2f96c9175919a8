// What the page itself observes from its first script on: long tasks, largest contentful paints and layout shifts.
import type { Page } from 'playwright-core';
import type { TaskTiming } from './blocking-time';

export interface ContentfulPaint {
  startTime: number;
  size: number;
  /** A short CSS path to the painted element (tag#id.class > …), null once it has left the document. */
  element: string | null;
}

export interface LayoutShift {
  startTime: number;
  value: number;
  hadRecentInput: boolean;
}

export interface Observed {
  longTasks: TaskTiming[];
  contentfulPaints: ContentfulPaint[];
  layoutShifts: LayoutShift[];
  /** performance.now() when these were read. */
  now: number;
}

interface ObservedWindow {
  benchObserved: Omit<Observed, 'now'>;
}

/** Registered as an init script, before any page script, so that it sees every entry from the start. */
export function observePage(): void {
  const observed: ObservedWindow['benchObserved'] = { longTasks: [], contentfulPaints: [], layoutShifts: [] };
  (window as unknown as ObservedWindow).benchObserved = observed;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      observed.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // No named functions in here: the page gets this function's source, without the helpers a bundler may add.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { size: number; element: Element | null })[]) {
      // Up to three levels, stopping at an id: enough to tell the static map's text from maplibre's attribution.
      const parts: string[] = [];
      for (let node = entry.element; node && parts.length < 3; node = node.parentElement) {
        const classes = [...node.classList].slice(0, 2).map((name) => `.${name}`);
        parts.unshift(`${node.localName}${node.id ? `#${node.id}` : ''}${classes.join('')}`);
        if (node.id) break;
      }
      observed.contentfulPaints.push({
        startTime: entry.startTime,
        size: entry.size,
        element: parts.length > 0 ? parts.join(' > ') : null,
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      observed.layoutShifts.push({
        startTime: entry.startTime,
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
      });
  }).observe({ type: 'layout-shift', buffered: true });
}

export function readObserved(page: Page): Promise<Observed> {
  return page.evaluate(() => ({ ...(window as unknown as ObservedWindow).benchObserved, now: performance.now() }));
}

/** The largest contentful paint up to `moment`: the last candidate the browser reported by then. */
export function largestContentfulPaint(paints: readonly ContentfulPaint[], moment: number): ContentfulPaint | null {
  return paints.filter((paint) => paint.startTime <= moment).at(-1) ?? null;
}

/** The sum of the layout shifts up to `moment` that no input caused (hadRecentInput false). */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[], moment: number): number {
  return shifts
    .filter((shift) => !shift.hadRecentInput && shift.startTime <= moment)
    .reduce((sum, shift) => sum + shift.value, 0);
}
