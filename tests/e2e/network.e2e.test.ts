// A flaky network, end to end in the built app: data requests that fail at random, a browser that goes offline and
// comes back, and one retry button for every failed file. Faults are injected by intercepting requests, as in
// faults.e2e.test.ts; the waits between retries are skipped on Playwright's fake clock.
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-teams';
import { DATA_FILES } from '../fixtures/public-files';
import { browserForThisFile, openWatchedPage, waitForMapReady, type WatchedPage } from './browser';
import { skipRetryWaits, watchDataRequests, type DataRequests } from './retry-waits';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

/** The files the page loads without being asked (the gazetteer waits for the search). */
const PAGE_FILES: readonly string[] = [DATA_FILES.teams, DATA_FILES.provinces, DATA_FILES.report, DATA_FILES.water];

interface NetworkPage extends WatchedPage {
  dataRequests: DataRequests;
  /** Requests per data file, as the server saw them (after the interception). */
  requests: Map<string, number>;
}

/** Opens the app on a fake clock, with each of the page's data files answered by `answer` (given its path). */
async function openApp(answer: (route: Route, path: string) => Promise<void>): Promise<NetworkPage> {
  const watched = await openWatchedPage(chromium.browser);
  chromium.track(watched);
  const requests = new Map<string, number>();
  for (const path of PAGE_FILES) {
    await watched.page.route(`${baseUrl}${path}`, (route) => {
      requests.set(path, (requests.get(path) ?? 0) + 1);
      return answer(route, path);
    });
  }
  const dataRequests = watchDataRequests(watched.page);
  await watched.page.clock.install();
  await watched.page.goto(baseUrl);
  return { ...watched, dataRequests, requests };
}

const TEAM_BUTTONS = '.team-list .team-list__team';
// Assen/Zwolle works in two provinces and is listed under both.
const ALL_TEAM_BUTTONS = 45;

/** Map ready, all teams listed, both charts with their 6 and 13 bars, and no error box (asked in one go). */
function everythingLoaded(page: Page): Promise<boolean> {
  return page.evaluate(
    ({ teamButtons, allTeams }) => {
      const charts = [...document.querySelectorAll('.jobs-chart')];
      const bars = (chart: Element | undefined) =>
        chart?.querySelectorAll('.recharts-bar-rectangle path, .recharts-rectangle').length;
      return (
        document.querySelector('[data-map-ready="true"]') !== null &&
        document.querySelectorAll(teamButtons).length === allTeams &&
        charts.length === 2 &&
        bars(charts[0]) === 6 &&
        bars(charts[1]) === 13 &&
        document.querySelector('.data-error') === null
      );
    },
    { teamButtons: TEAM_BUTTONS, allTeams: ALL_TEAM_BUTTONS },
  );
}

const errorBoxes = (page: Page) => page.locator('.data-error');

/** FNV-1a: gives each file its own random stream, so that a seed fails the same requests in whatever order. */
const hash = (text: string) => [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);

describe('a network that loses half of all data requests', () => {
  // With these seeds each page has aborted requests and 503s, and one file fails 3 or 4 times in a row (seed 3: the
  // report; 5: the water; 8: the provinces).
  it.each([3, 5, 8])('seed %i: the page ends with everything loaded, without a click', async (seed) => {
    // The benchmark's seeded generator (mulberry32), one stream per file.
    const random = new Map(PAGE_FILES.map((path) => [path, seededRandom(seed ^ hash(path))]));
    let failed = 0;
    const { page, pageErrors, dataRequests, requests } = await openApp(async (route, path) => {
      const next = random.get(path)!;
      if (next() >= 0.5) return route.continue();
      failed++;
      if (next() < 0.5) return route.abort('aborted');
      return route.fulfill({ status: 503, body: '' });
    });
    await skipRetryWaits(page, dataRequests, () => everythingLoaded(page), { timeout: 45_000 });
    await waitForMapReady(page);
    // The faults were really there: every file was asked for at least once, and some requests failed.
    expect([...requests.keys()].toSorted()).toEqual([...PAGE_FILES].toSorted());
    expect(failed).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('a browser that goes offline', () => {
  it('while the files are under way: loads them all once it is back, without a click', async () => {
    let offline = false;
    let holding = true;
    const held: Route[] = [];
    const { page, context, pageErrors, dataRequests, requests } = await openApp(async (route) => {
      if (offline) return route.abort('internetdisconnected');
      // Hold the first requests until the network is gone, so that they fail because of it.
      if (holding) {
        held.push(route);
        return;
      }
      return route.continue();
    });
    await expect.poll(() => held.length, { timeout: 20_000 }).toBe(PAGE_FILES.length);
    offline = true;
    await context.setOffline(true);
    holding = false;
    await Promise.all(held.map((route) => route.abort('internetdisconnected')));
    const asked = () => PAGE_FILES.reduce((sum, path) => sum + (requests.get(path) ?? 0), 0);
    const askedWhenOffline = asked();
    // Offline for a minute on the page's clock: the retries wait instead of being used up, so no error box.
    for (let second = 0; second < 60; second++) await page.clock.fastForward(1_000);
    expect(await errorBoxes(page).count()).toBe(0);
    expect(asked()).toBe(askedWhenOffline);

    offline = false;
    await context.setOffline(false);
    await skipRetryWaits(page, dataRequests, () => everythingLoaded(page));
    expect(pageErrors).toEqual([]);
  });

  it('after a file had failed: fetches it again when the browser is back online, without a click', async () => {
    let teamsFail = true;
    const { page, context, pageErrors, dataRequests, requests } = await openApp(async (route, path) =>
      teamsFail && path === DATA_FILES.teams ? route.abort('aborted') : route.continue(),
    );
    const box = page.locator('.side-panel .data-error', { hasText: 'De teamgegevens konden niet worden geladen.' });
    await skipRetryWaits(page, dataRequests, () => box.isVisible());
    expect(await box.locator('.data-error__details li').allTextContents()).toEqual(['het netwerk gaf geen antwoord']);
    const teamRequests = requests.get(DATA_FILES.teams);

    teamsFail = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await skipRetryWaits(page, dataRequests, () => everythingLoaded(page));
    expect(requests.get(DATA_FILES.teams)).toBe(teamRequests! + 1);
    expect(pageErrors).toEqual([]);
  });
});

describe('the retry button', () => {
  it('fetches every failed file again, not only its own', async () => {
    const failing = new Set<string>([DATA_FILES.teams, DATA_FILES.report]);
    const { page, pageErrors, dataRequests, requests } = await openApp(async (route, path) =>
      failing.has(path) ? route.fulfill({ status: 404, body: '' }) : route.continue(),
    );
    await expect.poll(() => errorBoxes(page).count(), { timeout: 20_000 }).toBe(2);
    expect(Object.fromEntries(requests)).toEqual({
      [DATA_FILES.teams]: 1,
      [DATA_FILES.provinces]: 1,
      [DATA_FILES.report]: 1,
      [DATA_FILES.water]: 1,
    });

    failing.clear();
    // The user reads the boxes first. (Within the first 10 s, while the map still waits for the teams, retrying the
    // teams unmounts the figures, which then fetch the report once more: app.tsx's loadFigures does not latch.)
    await page.clock.fastForward(10_000);
    const teamsBox = page.locator('.side-panel .data-error', {
      hasText: 'De teamgegevens konden niet worden geladen.',
    });
    await teamsBox.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await skipRetryWaits(page, dataRequests, () => everythingLoaded(page));
    // One more request for each failed file; the files that had loaded are not asked for again.
    expect(Object.fromEntries(requests)).toEqual({
      [DATA_FILES.teams]: 2,
      [DATA_FILES.provinces]: 1,
      [DATA_FILES.report]: 2,
      [DATA_FILES.water]: 1,
    });
    expect(pageErrors).toEqual([]);
  });
});
