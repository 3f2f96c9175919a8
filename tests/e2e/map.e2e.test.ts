// The built app in the system Chromium: the map is drawn, stays on 127.0.0.1, and map and list work together.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PNG } from 'pngjs';
import { launchBrowser, openWatchedPage, waitForMapReady, type BrowserSession, type WatchedPage } from './browser';
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
    const png = PNG.sync.read(await watched.page.locator('.maplibregl-canvas').screenshot());
    const colours = new Map<string, number>();
    for (let i = 0; i < png.data.length; i += 4) {
      const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
      colours.set(key, (colours.get(key) ?? 0) + 1);
    }
    const pixels = png.width * png.height;
    const [, dominant] = [...colours.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(dominant / pixels).toBeLessThan(0.75);
    // The team symbols' own colours are on the canvas (natuurbeheer green #00745a, pandgebonden orange #b35300).
    const near = (r: number, g: number, b: number) =>
      [...colours.keys()].some((k) => {
        const [cr, cg, cb] = k.split(',').map(Number) as [number, number, number];
        return Math.abs(cr - r) + Math.abs(cg - g) + Math.abs(cb - b) < 24;
      });
    expect(near(0x00, 0x74, 0x5a)).toBe(true);
    expect(near(0xb3, 0x53, 0x00)).toBe(true);
  });

  it('sends no request outside 127.0.0.1 and logs no errors', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });

  it('lists all 44 teams, grouped in the 12 provinces', async () => {
    const { page } = watched;
    const provinces = page.locator('.team-list h3');
    expect(await provinces.count()).toBe(12);
    const names = await page
      .locator('.team-list .team-list__team')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    // Assen/Zwolle works in two provinces and is listed under both.
    expect(names).toHaveLength(45);
    expect(new Set(names).size).toBe(44);
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
    await detailsHeading(page, 'Den Haag: 9 teams');
    await details.getByRole('button', { name: 'Den Haag, team 3 van 9, Pandgebonden' }).click();
    await detailsHeading(page, 'Den Haag, team 3 van 9');
    expect(await details.locator('dd').allTextContents()).toEqual([
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
