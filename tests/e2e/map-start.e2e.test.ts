// Which map a visitor gets, and when, in the built app in Chromium: the SVG map answers a tap at once; maplibre is
// fetched ahead only once the page is quiet and started only by a gesture on a phone (or when quiet on a desktop);
// the WebGL map then takes over with the same selection, does what the gesture asked, and keeps the keyboard focus.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForThisFile, openWatchedPage, waitForMapAnswers, waitForWebGLReady } from './browser';
import { initialViewPixel, parseScreenCamera } from './map-projection';
import { realTeamsFile } from '../fixtures/public-files';
import { placeGroups } from '../../src/domain/team-places';
import { symbolOffset } from '../../src/features/map/map-look';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();
const groups = placeGroups(realTeamsFile().teams);
const BAARN = groups.find((g) => g.key.startsWith('baarn-'))!;

const isMapFile = (url: string) => /\/assets\/(team-map-[\w-]+\.js|maplibre-gl-worker-[\w-]+\.js)$/.test(url);

async function open(query: string, options: { touch?: boolean; width?: number; height?: number } = {}) {
  const { touch = false, width = touch ? 390 : 1366, height = touch ? 844 : 900 } = options;
  const watched = browser.track(await openWatchedPage(browser.browser, { width, height, touch }));
  const requested: string[] = [];
  watched.page.on('request', (request) => requested.push(request.url()));
  await watched.page.goto(`${baseUrl}${query}`);
  await waitForMapAnswers(watched.page);
  return { ...watched, requested };
}

/** Where Baarn's symbol is in the first view (the SVG map and the WebGL map share it). */
async function baarnPoint(page: Page) {
  const box = await page.locator('.team-map').boundingBox();
  if (!box) throw new Error('no map');
  const point = initialViewPixel(box, ...BAARN.coordinates);
  return { x: point.x + symbolOffset(BAARN), y: point.y };
}

/** The zoom of the WebGL map's camera (team-map.tsx writes it on the map's container). */
async function webglZoom(page: Page): Promise<number> {
  const camera = parseScreenCamera(await page.locator('.team-map__canvas').getAttribute('data-camera'));
  if (!camera) throw new Error('no camera');
  return camera.zoom;
}

describe('on a phone', () => {
  it('answers a tap on the SVG map at once, fetches maplibre only once the page is quiet, and never starts it unasked', async () => {
    const { page, requested } = await open('', { touch: true });
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('svg');
    expect(requested.filter(isMapFile)).toEqual([]);
    const point = await baarnPoint(page);
    await page.touchscreen.tap(point.x, point.y);
    const card = page.locator('.place-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Baarn');
    // Quiet: the files come into the cache (the template's hints go to work), but no map is made.
    await expect.poll(() => requested.filter(isMapFile).length, { timeout: 20_000 }).toBe(2);
    await page.waitForTimeout(1000);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    expect(page.workers()).toEqual([]);
    expect(await page.locator('.team-map').getAttribute('data-webgl-ready')).toBeNull();
  });

  it('starts the WebGL map with the zoom button, zoomed in one step, after the SVG map was ready', async () => {
    const { page } = await open('', { touch: true });
    await page.getByRole('button', { name: 'Inzoomen' }).tap();
    await waitForWebGLReady(page);
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('webgl');
    expect(await page.locator('.team-map__static').count()).toBe(0);
    const [mapReady, webglReady] = await page.evaluate(() =>
      ['map-ready', 'webgl-ready'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
    );
    expect(mapReady).toBeLessThan(webglReady!);
    // The gesture was a user's move: "Heel Nederland" is offered, and goes back out one step.
    const reset = page.getByRole('button', { name: 'Heel Nederland' });
    await reset.waitFor();
    const zoomed = await webglZoom(page);
    await reset.tap();
    await expect.poll(() => webglZoom(page)).toBeCloseTo(zoomed - 1, 1);
  });

  it('keeps a chosen place on the SVG map (ringed), and "+" starts the WebGL map zoomed to the choice', async () => {
    const { page, requested } = await open(`?plaats=${BAARN.key.replace(/-[a-z]+$/, '')}`, { touch: true });
    await page.locator('.details').getByRole('heading', { level: 2, name: 'Baarn', exact: true }).waitFor();
    expect(await page.locator(`.static-map [data-selected-place="${BAARN.key}"]`).count()).toBe(1);
    await page.waitForTimeout(3000);
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('svg');
    expect(requested.filter((url) => /team-map-[\w-]+\.js$/.test(url)).length).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'Inzoomen' }).tap();
    await waitForWebGLReady(page);
    expect(await page.locator('.team-map__canvas').getAttribute('data-selected-places')).toContain(BAARN.key);
    // "+" asks to see the choice closer: the map goes to it (as a choice does on a desktop), not a step into the
    // middle of the country.
    await expect.poll(() => webglZoom(page)).toBeGreaterThan(8);
  });
});

describe('on a desktop', () => {
  it('zooms to a chosen place with the WebGL map, started at once', async () => {
    const { page } = await open(`?plaats=${BAARN.key.replace(/-[a-z]+$/, '')}`);
    await waitForWebGLReady(page);
    await expect.poll(() => webglZoom(page)).toBeGreaterThan(8);
  });

  it('starts the WebGL map once the page is quiet, without a gesture, and without a note that a map is loading', async () => {
    const { page } = await open('');
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('svg');
    // Nobody waits for it: "Kaart wordt geladen…" over a map that is there would only puzzle.
    await page.evaluate(() => {
      const seen = window as unknown as { loadingNoteSeen?: boolean };
      new MutationObserver(() => {
        if (document.querySelector('.team-map__switching')) seen.loadingNoteSeen = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await waitForWebGLReady(page);
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { loadingNoteSeen?: boolean }).loadingNoteSeen)).toBe(
      undefined,
    );
  });

  it('says the map is loading where the visitor asked for it, with the zoom button', async () => {
    const { page } = await open('', { width: 1366, height: 900 });
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.locator('.team-map__switching').getByText('Kaart wordt geladen…').waitFor();
    await waitForWebGLReady(page);
  });

  it('zooms in where the wheel turned: the WebGL map takes over one step closer', async () => {
    const { page } = await open('');
    const box = (await page.locator('.team-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await waitForWebGLReady(page);
    await page.getByRole('button', { name: 'Heel Nederland' }).waitFor();
    const zoomed = await webglZoom(page);
    await page.getByRole('button', { name: 'Heel Nederland' }).click();
    await expect.poll(() => webglZoom(page)).toBeCloseTo(zoomed - 1, 1);
  });

  it('in an iframe, a wheel without Ctrl scrolls the page and starts nothing; with Ctrl it starts the WebGL map', async () => {
    const watched = browser.track(await openWatchedPage(browser.browser, { width: 900, height: 700 }));
    const { page } = watched;
    await page.setContent(
      `<iframe src="${baseUrl}?embed=1" title="kaart" style="width:800px;height:600px;border:0"></iframe><div style="height:2000px"></div>`,
    );
    const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
    await frame.waitForSelector('[data-map-ready="true"]');
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 150);
    await page.mouse.wheel(0, 200);
    // The wheel scrolls: the embed's own page (the panels below the map), or the host page once that is at its end.
    const scrolled = async () =>
      (await page.evaluate(() => window.scrollY)) + (await frame.evaluate(() => window.scrollY));
    await expect.poll(scrolled).toBeGreaterThan(0);
    expect(await frame.locator('.team-map').getAttribute('data-map-mode')).toBe('svg');
    const map = (await frame.locator('.team-map').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, Math.max(map.y, 0) + 40);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await frame.waitForSelector('[data-webgl-ready="true"]');
  });

  it('keeps the keyboard focus on the zoom button when the WebGL map takes over', async () => {
    const { page } = await open('');
    const zoomIn = page.getByRole('button', { name: 'Inzoomen' });
    await zoomIn.focus();
    await page.keyboard.press('Enter');
    await waitForWebGLReady(page);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('maplibregl-ctrl-zoom-in')))
      .toBe(true);
  });
});
