// Loads one page in a fresh browser context and reads its timings, bytes, long tasks and filter times from the page.
import type { Browser, Page } from 'playwright-core';
import { openWatchedPage } from '../tests/e2e/chromium';
import type { NetworkProfile } from './network-profiles';
import { bytesBefore, type ByteSplit, type LoadedResource } from './resource-bytes';

export type PageKind = 'ours-full' | 'ours-embed' | 'leaflet';

export interface MeasureRequest {
  page: PageKind;
  url: string;
  profile: NetworkProfile;
  /** false: the page has no static first view, so its first view is its map-ready. */
  firstViewIsPaint: boolean;
  /** How many times to toggle the kind filter after the map is ready (0: none). */
  filterToggles: number;
  timeoutMs: number;
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
  filterChangesMs: number[];
  /** Chart chunks (figures-panel-*.js) whose response ended before map-ready. */
  chartChunksBeforeMapReady: string[];
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/** Accessible name of the legend button the filter measurement presses. */
export const FILTER_BUTTON_NAME = 'Bos- en natuurbeheer';

interface LongTaskWindow {
  benchLongTasks: { startTime: number; duration: number }[];
}

/** Registered before any page script, so that it sees every long task from the start. */
function observeLongTasks(): void {
  const tasks: LongTaskWindow['benchLongTasks'] = [];
  (window as unknown as LongTaskWindow).benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

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
function loadedResources(page: Page): Promise<LoadedResource[]> {
  return page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return { url: timing.name, transferSize: timing.transferSize, responseEnd: timing.responseEnd };
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

export async function measurePage(browser: Browser, request: MeasureRequest): Promise<PageLoad> {
  const watched = await openWatchedPage(browser);
  const { page } = watched;
  try {
    const cdp = await watched.context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (request.profile.conditions) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...request.profile.conditions });
    }
    await page.addInitScript(observeLongTasks);
    await page.goto(request.url, { waitUntil: 'commit', timeout: request.timeoutMs });
    const mapReadyMs = await markTime(page, 'map-ready', request.timeoutMs);
    const firstContentfulPaintMs = await paintTime(page, 30_000);
    const paintIsFirstView = request.firstViewIsPaint && firstContentfulPaintMs !== null;
    const firstViewMs = paintIsFirstView ? firstContentfulPaintMs : mapReadyMs;
    const resources = await loadedResources(page);
    const longTasks = await page.evaluate(() => (window as unknown as LongTaskWindow).benchLongTasks);
    const before = longTasks.filter((task) => task.startTime < mapReadyMs);

    const filterChangesMs: number[] = [];
    if (request.filterToggles > 0) {
      // "With the map ready": let late requests (charts, report) finish first, as a user would not click sooner.
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      for (let i = 0; i < request.filterToggles; i++) {
        filterChangesMs.push(await timeFilterChange(page, request.timeoutMs));
        await settle(page);
      }
    }
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
      filterChangesMs,
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
