// The built app in the system Chromium: the map is drawn, stays on 127.0.0.1, and map and list work together.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KIND_STYLE } from '../../src/components/kind-style';
import { launchBrowser, openWatchedPage, waitForMapReady, type BrowserSession, type WatchedPage } from './browser';
import { listedTeams, REAL, teamsAtPlace } from '../fixtures/real-counts';
import { colourCounts, hexOf, mapCanvasPixels } from './canvas-colours';
import { initialViewPixel, type Box } from './map-projection';

const baseUrl = inject('baseUrl');
let session: BrowserSession;
let watched: WatchedPage;

beforeAll(async () => {
  session = await launchBrowser();
  watched = await openWatchedPage(session.browser);
  await watched.page.goto(baseUrl);
  await waitForMapReady(watched.page);
});

/** Where a place is on screen now: the map is sticky, so its box moves when the page scrolls. */
async function screenPoint(page: WatchedPage['page'], lon: number, lat: number) {
  const box: Box | null = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return initialViewPixel(box, lon, lat);
}

afterAll(async () => {
  await session?.close();
});

describe('the map, opened in Chromium', () => {
  it('becomes ready and marks it for tests and benchmarks', async () => {
    const marks = await watched.page.evaluate(() => performance.getEntriesByName('map-ready').length);
    expect(marks).toBe(1);
  });

  it('draws provinces and team symbols: the canvas is not blank', async () => {
    mkdirSync('screenshots', { recursive: true });
    await watched.page.screenshot({ path: 'screenshots/map-default.png' });
    const pixels = await mapCanvasPixels(watched.page);
    const colours = new Map<string, number>();
    for (const rgb of pixels.all()) {
      const hex = hexOf(rgb);
      colours.set(hex, (colours.get(hex) ?? 0) + 1);
    }
    const [, dominant] = [...colours.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(dominant / (pixels.width * pixels.height)).toBeLessThan(0.75);
    // The team symbols' own colours are on the canvas (natuurbeheer green, pandgebonden orange).
    const symbols = colourCounts(pixels, {
      natuurbeheer: KIND_STYLE.natuurbeheer.colour,
      pandgebonden: KIND_STYLE.pandgebonden.colour,
    });
    expect(symbols.natuurbeheer).toBeGreaterThan(0);
    expect(symbols.pandgebonden).toBeGreaterThan(0);
  });

  it('sends no request outside 127.0.0.1 and logs no errors', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });

  it(`lists all ${REAL.teams} teams, grouped in the ${REAL.listedProvinces} provinces`, async () => {
    const { page } = watched;
    const provinces = page.locator('.team-list h3');
    expect(await provinces.count()).toBe(REAL.listedProvinces);
    const names = await page
      .locator('.team-list .team-list__team')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    // Assen/Zwolle works in two provinces and is listed under both.
    expect(names).toHaveLength(listedTeams());
    expect(new Set(names).size).toBe(REAL.teams);
  });

  it('selects a province by clicking it on the map, and shows its teams', async () => {
    const { page } = watched;
    const friesland = await screenPoint(page, 5.72, 53.08);
    await page.mouse.click(friesland.x, friesland.y);
    const details = page.locator('.details');
    await detailsHeading(page, 'Friesland');
    expect(
      await details.locator('.details__teams button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label'))),
    ).toEqual(['Jubbega, team 1 van 2, Bos- en natuurbeheer', 'Jubbega, team 2 van 2, Bos- en natuurbeheer']);
    await page.screenshot({ path: 'screenshots/map-friesland.png' });
    await page.getByRole('button', { name: 'Heel Nederland' }).click();
    await detailsHeading(page, 'Details');
  });

  it('opens the teams of a place by clicking its symbol, and one team from there', async () => {
    const { page } = watched;
    await waitForCameraAtCountry(page);
    const denHaag = await screenPoint(page, 4.3113, 52.0799);
    // Two kinds share Den Haag: the building-related symbol stands to the left.
    await page.mouse.click(denHaag.x - 13, denHaag.y);
    const details = page.locator('.details');
    // The place is all its teams, of both kinds: one summary, both symbols ringed.
    await detailsHeading(page, 'Den Haag');
    expect(await details.locator('.details__summary').textContent()).toBe(
      `${teamsAtPlace('Den Haag', 'pandgebonden')} pandgebonden en ${teamsAtPlace('Den Haag', 'administratief')} administratieve teams`,
    );
    expect((await page.locator('.team-map__canvas').getAttribute('data-selected-places'))?.split(' ').sort()).toEqual([
      'den-haag-administratief',
      'den-haag-pandgebonden',
    ]);
    await details.getByRole('button', { name: 'Team 3, Pandgebonden' }).click();
    await detailsHeading(page, 'Den Haag, team 3 van 9');
    expect(await details.locator('.details__facts').first().locator('dd').allTextContents()).toEqual([
      'Den Haag (9 teams)',
      'Zuid-Holland',
      ' Pandgebonden',
      'niet genoemd in de bron',
    ]);
  });

  it('opens a team from the list with the keyboard', async () => {
    const { page } = watched;
    const team = page.getByRole('button', { name: 'Vijlen, Bos- en natuurbeheer' });
    await team.focus();
    await page.keyboard.press('Enter');
    const details = page.locator('.details');
    await detailsHeading(page, 'Vijlen');
    expect(await details.textContent()).toContain('Staatsbosbeheer');
    expect(await team.getAttribute('aria-current')).toBe('true');
    await page.screenshot({ path: 'screenshots/map-vijlen.png' });
  });
});

/** Waits until the details panel shows this heading (the panel re-renders after a click). */
async function detailsHeading(page: WatchedPage['page'], name: string) {
  await page.locator('.details').getByRole('heading', { level: 2, name, exact: true }).waitFor({ timeout: 5_000 });
}

async function waitForCameraAtCountry(page: WatchedPage['page']) {
  await page.waitForFunction(() => !document.querySelector('.map-area__reset'));
  await page.waitForTimeout(100);
}
