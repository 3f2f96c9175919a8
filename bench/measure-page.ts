// Loads one page in a fresh browser context and reads its timings, bytes, long tasks, paints, layout shifts, filter
// times and the answer to a zoom gesture from the page.
import type { Browser, Page } from 'playwright-core';
import { openWatchedPage } from '../tests/e2e/chromium';
import { QUIET_CAP_MS, quietMoment, totalBlockingTime } from './blocking-time';
import { emulateProfile, type NetworkProfile } from './network-profiles';
import {
  cumulativeLayoutShift,
  largestContentfulPaint,
  observePage,
  readObserved,
  type ContentfulPaint,
  type Observed,
} from './page-observers';
import { bytesBefore, maplibreBytes, type ByteSplit, type LoadedResource, type MaplibreBytes } from './resource-bytes';
import { measureGesture, type GestureResult } from './webgl-gesture';

export type PageKind = 'ours-full' | 'ours-embed' | 'leaflet';

export interface MeasureRequest {
  page: PageKind;
  url: string;
  profile: NetworkProfile;
  /** false: the page has no static first view, so its first view is its map-ready. */
  firstViewIsPaint: boolean;
  /** How many times to toggle the kind filter after the map is ready (0: none). */
  filterToggles: number;
  /** Wait until the page is quiet (see blocking-time.ts) and read blocking time, largest paint and layout shift. */
  quiet: boolean;
  /** After quiet and the filter changes: one wheel zoom, timed to the WebGL map (see webgl-gesture.ts). */
  gesture: boolean;
  timeoutMs: number;
}

/** Up to when the paints and long tasks were counted: quiet, or the cap if the page never became quiet. */
export interface QuietWindow {
  atMs: number;
  capped: boolean;
}

export interface LongTasks {
  count: number;
  totalMs: number;
}

export interface PageLoad {
  page: PageKind;
  url: string;
  profile: NetworkProfile['name'];
  /** All times in ms since navigation start (the page's performance.timeOrigin). */
  firstContentfulPaintMs: number | null;
  firstViewMs: number;
  firstViewSource: 'first-contentful-paint' | 'map-ready';
  mapReadyMs: number;
  resources: LoadedResource[];
  bytesBeforeFirstView: ByteSplit;
  bytesBeforeMapReady: ByteSplit;
  longTasksBeforeMapReady: LongTasks;
  /** null: not waited for (the stress loads). */
  quiet: QuietWindow | null;
  /** From first contentful paint (or navigation start without one) to quiet, Lighthouse-style. */
  totalBlockingTimeMs: number | null;
  largestContentfulPaint: ContentfulPaint | null;
  cumulativeLayoutShift: number | null;
  filterChangesMs: number[];
  /** Why the filter changes stopped (no `map-filter-drawn` mark): the load's other figures still count. */
  filterError: string | null;
  /** The `webgl-ready` mark, if the page set it by the end of the load. */
  webglReadyMs: number | null;
  gesture: GestureResult | null;
  /** maplibre's chunks and worker; requestedBefore: before the gesture. */
  maplibre: MaplibreBytes;
  /** Chart chunks (figures-panel-*.js) whose response ended before map-ready. */
  chartChunksBeforeMapReady: string[];
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/** A filter change that has not drawn by then will not: even 10,000 teams take a few seconds at most here. */
const FILTER_TIMEOUT_MS = 15_000;

/** Accessible name of the legend button the filter measurement presses. */
export const FILTER_BUTTON_NAME = 'Bos- en natuurbeheer';

async function markTime(page: Page, name: string, timeoutMs: number): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: timeoutMs });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

async function paintTime(page: Page, timeoutMs: number): Promise<number | null> {
  try {
    return await markTime(page, 'first-contentful-paint', timeoutMs);
  } catch {
    return null;
  }
}

/** The document and every resource the page's Resource Timing recorded (the maplibre worker script included). */
export function loadedResources(page: Page): Promise<LoadedResource[]> {
  return page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return {
        url: timing.name,
        transferSize: timing.transferSize,
        startTime: timing.startTime,
        responseEnd: timing.responseEnd,
      };
    }),
  );
}

/**
 * One filter change as the user makes it: press the legend button, and time until the app's `map-filter-drawn`
 * mark (set once maplibre went idle with the new filter), all within the page's clock.
 */
function timeFilterChange(page: Page, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ({ name, timeout }) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.map-legend__kind')].find((candidate) =>
        (candidate.getAttribute('aria-label') ?? candidate.textContent ?? '').trim().startsWith(name),
      );
      if (!button) throw new Error(`geen legendaknop "${name}…"`);
      return new Promise<number>((resolve, reject) => {
        const t0 = performance.now();
        const observer = new PerformanceObserver((list) => {
          const mark = list.getEntriesByName('map-filter-drawn').find((entry) => entry.startTime > t0);
          if (!mark) return;
          observer.disconnect();
          resolve(mark.startTime - t0);
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('geen map-filter-drawn na de filterwissel'));
        }, timeout);
        button.click();
      });
    },
    { name: FILTER_BUTTON_NAME, timeout: timeoutMs },
  );
}

/** Lets the page settle between filter changes: two frames and a short pause. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))),
      ),
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the page until no long task has come for QUIET_WINDOW_MS, or until QUIET_CAP_MS after navigation start. */
async function waitForQuiet(page: Page, from: number): Promise<{ window: QuietWindow; observed: Observed }> {
  for (;;) {
    const observed = await readObserved(page);
    const at = quietMoment(observed.longTasks, from, observed.now);
    if (at !== null) return { window: { atMs: at, capped: false }, observed };
    if (observed.now >= QUIET_CAP_MS) return { window: { atMs: QUIET_CAP_MS, capped: true }, observed };
    await pause(250);
  }
}

export async function measurePage(browser: Browser, request: MeasureRequest): Promise<PageLoad> {
  const watched = await openWatchedPage(browser, request.profile.screen);
  const { page } = watched;
  try {
    await emulateProfile(await watched.context.newCDPSession(page), request.profile);
    await page.addInitScript(observePage);
    await page.goto(request.url, { waitUntil: 'commit', timeout: request.timeoutMs });
    const mapReadyMs = await markTime(page, 'map-ready', request.timeoutMs);
    const firstContentfulPaintMs = await paintTime(page, 30_000);
    const paintIsFirstView = request.firstViewIsPaint && firstContentfulPaintMs !== null;
    const firstViewMs = paintIsFirstView ? firstContentfulPaintMs : mapReadyMs;

    let quiet: QuietWindow | null = null;
    let observed = await readObserved(page);
    if (request.quiet) ({ window: quiet, observed } = await waitForQuiet(page, firstContentfulPaintMs ?? 0));
    const before = observed.longTasks.filter((task) => task.startTime < mapReadyMs);

    const filterChangesMs: number[] = [];
    let filterError: string | null = null;
    if (request.filterToggles > 0) {
      // "With the map ready": let late requests (charts, report) finish first, as a user would not click sooner.
      if (!request.quiet) await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      try {
        for (let i = 0; i < request.filterToggles; i++) {
          filterChangesMs.push(await timeFilterChange(page, Math.min(request.timeoutMs, FILTER_TIMEOUT_MS)));
          await settle(page);
        }
      } catch (error) {
        filterError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      }
    }
    const gesture = request.gesture ? await measureGesture(page) : null;
    const webglReadyMs = await page.evaluate(() => performance.getEntriesByName('webgl-ready')[0]?.startTime ?? null);
    const resources = await loadedResources(page);
    return {
      page: request.page,
      url: request.url,
      profile: request.profile.name,
      firstContentfulPaintMs,
      firstViewMs,
      firstViewSource: paintIsFirstView ? 'first-contentful-paint' : 'map-ready',
      mapReadyMs,
      resources,
      bytesBeforeFirstView: bytesBefore(resources, firstViewMs),
      bytesBeforeMapReady: bytesBefore(resources, mapReadyMs),
      longTasksBeforeMapReady: { count: before.length, totalMs: before.reduce((sum, task) => sum + task.duration, 0) },
      quiet,
      totalBlockingTimeMs: quiet && totalBlockingTime(observed.longTasks, firstContentfulPaintMs ?? 0, quiet.atMs),
      largestContentfulPaint: quiet && largestContentfulPaint(observed.contentfulPaints, quiet.atMs),
      cumulativeLayoutShift: quiet && cumulativeLayoutShift(observed.layoutShifts, quiet.atMs),
      filterChangesMs,
      filterError,
      webglReadyMs,
      gesture,
      maplibre: maplibreBytes(resources, gesture?.wheelAtMs ?? null),
      chartChunksBeforeMapReady: resources
        .filter((resource) => /\/figures-panel[^/]*\.m?js$/.test(new URL(resource.url).pathname))
        .filter((resource) => resource.responseEnd <= mapReadyMs)
        .map((resource) => resource.url),
      consoleErrors: watched.consoleErrors,
      pageErrors: watched.pageErrors,
      foreignRequests: watched.foreignRequests,
    };
  } finally {
    await watched.context.close();
  }
}
