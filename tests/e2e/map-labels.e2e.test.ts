// Names on the map in the system Chromium: team places, provinces and towns, on the WebGL canvas and in the SVG map
// (the first view in index.html, and the map of a browser without WebGL).
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserWithoutWebGL, browserForThisFile, openWatchedPage, startWebGLMap, waitForMapReady } from './browser';
import { mapCanvasPixels, near } from './canvas-colours';
import { initialViewPixel } from './map-projection';
import { DATA_FILES, realProvincesFile, realTeamsFile, realTownsFile } from '../fixtures/public-files';
import { placeLabels } from '../../src/domain/map-labels';
import { placeGroups } from '../../src/domain/team-places';
import { COLOURS } from '../../src/features/map/map-look';
import type { ProvinceCode } from '../../src/domain/provinces';
import { MESSAGES } from '../../src/i18n/messages';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

const labels = placeLabels(placeGroups(realTeamsFile().teams));
const labelByName = new Map(labels.map((label) => [label.name, label]));
const provincesWithTeams = new Set(labels.map((label) => label.province));
const provinceNames = new Set(realProvincesFile().features.map((p) => p.properties.name));
const townNames = new Set(realTownsFile().towns.map((town) => town.name));

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844, touch: true };
const SMALL_EMBED = { width: 320, height: 480, touch: true };

/** The names a label layer has drawn, as team-map.tsx notes them after the map went idle. */
async function drawn(page: Page, layer: string): Promise<string[]> {
  const value = await page.locator('.team-map__canvas').getAttribute(`data-${layer}`);
  return value ? value.split('|') : [];
}

async function drawnPlaceNames(page: Page): Promise<string[]> {
  return [...(await drawn(page, 'leading-place-labels')), ...(await drawn(page, 'place-labels'))];
}

/** Until the WebGL map's camera (and so its names, set when it settles) has stayed put for half a second. */
async function cameraAtRest(page: Page) {
  const camera = () => page.locator('.team-map__canvas').getAttribute('data-camera');
  let last = await camera();
  for (;;) {
    await page.waitForTimeout(500);
    const now = await camera();
    if (now === last) return;
    last = now;
  }
}

async function openMap(query = '', viewport: { width: number; height: number; touch?: boolean } = DESKTOP) {
  const watched = chromium.track(await openWatchedPage(chromium.browser, viewport));
  const { page } = watched;
  await page.goto(`${baseUrl}${query}`);
  if (viewport.touch) {
    // A phone starts the WebGL map when asked, as a visitor does with "+": with a province chosen it goes there; with
    // nothing chosen it zooms a step, and "Heel Nederland" brings back the national zoom.
    await startWebGLMap(page);
    if (!query.includes('provincie=')) {
      const reset = page.getByRole('button', { name: MESSAGES.nl.resetView });
      await reset.click();
      await reset.waitFor({ state: 'detached' });
      await cameraAtRest(page);
    }
  } else {
    await waitForMapReady(page);
  }
  await page.waitForFunction(() => document.querySelector('.team-map__canvas[data-place-labels]'));
  return watched;
}

describe('names on the WebGL map', () => {
  it('names team places at national zoom, at least one in every province with teams, and the provinces', async () => {
    const { page } = await openMap();
    const names = await drawnPlaceNames(page);
    expect(names.length).toBeGreaterThan(provincesWithTeams.size);
    for (const name of names) expect(labelByName.has(name), name).toBe(true);
    const provinces = await drawn(page, 'province-labels');
    expect(provinces.length).toBeGreaterThan(provinceNames.size / 2);
    for (const name of provinces) expect(provinceNames.has(name), name).toBe(true);
    // Towns are for zooming in.
    expect(await drawn(page, 'town-labels')).toEqual([]);
  });

  // Where the map is small, maplibre's collision would drop a small province's only names (Utrecht, Flevoland):
  // each province's leading name is drawn whatever the crowding.
  it.each([
    ['desktop', '', DESKTOP],
    ['phone', '', PHONE],
    ['embed 320 × 480', '?embed=1', SMALL_EMBED],
  ])('names every province with teams by its leading place at national zoom (%s)', async (_, query, size) => {
    const { page } = await openMap(query, size);
    const leading = labels.filter((label) => label.leading).map((label) => label.name);
    expect(leading.length).toBe(provincesWithTeams.size);
    const drawnLeading = await drawn(page, 'leading-place-labels');
    expect(leading.filter((name) => !drawnLeading.includes(name))).toEqual([]);
    const named = new Set((await drawnPlaceNames(page)).map((name) => labelByName.get(name)?.province));
    expect([...provincesWithTeams].filter((code) => !named.has(code))).toEqual([]);
  });

  it('draws the names on the canvas in the label colour, beside their places', async () => {
    const { page } = await openMap();
    const pixels = await mapCanvasPixels(page);
    const names = await drawnPlaceNames(page);
    // Every name drawn has pixels of the label colour within a name's length of its place (nothing else on the
    // map has that colour: label-contrast.test.ts keeps it apart from the symbols' outline).
    for (const name of names) {
      const label = labelByName.get(name)!;
      const { x, y } = initialViewPixel({ ...pixels.box, x: 0, y: 0 }, ...label.coordinates);
      let found = 0;
      for (let dx = -140; dx <= 140; dx += 1)
        for (let dy = -30; dy <= 30; dy += 1) {
          const [px, py] = [x + dx, y + dy];
          if (px < 0 || py < 0 || px >= pixels.width || py >= pixels.height) continue;
          if (near(pixels.at(px, py), COLOURS.label)) found++;
        }
      expect(found, `pixels of the label colour near ${name}`).toBeGreaterThan(10);
    }
  });

  // On a phone the map shows the country, and so a province, a zoom step further out than on a wide screen: the towns
  // are named all the same.
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])('names every team place of a province and the larger towns around them at province zoom (%s)', async (_, size) => {
    const code: ProvinceCode = 'NL-ZH';
    const { page } = await openMap(`?provincie=${code}`, size);
    // The towns arrive after the first view: wait until they are drawn.
    await page.waitForFunction(() => document.querySelector('.team-map__canvas')?.getAttribute('data-town-labels'));
    const names = await drawnPlaceNames(page);
    const ofProvince = labels.filter((label) => label.province === code).map((label) => label.name);
    expect(ofProvince.length).toBeGreaterThan(0);
    expect(ofProvince.filter((name) => !names.includes(name))).toEqual([]);
    const towns = await drawn(page, 'town-labels');
    expect(towns.length).toBeGreaterThan(5);
    for (const town of towns) expect(townNames.has(town), town).toBe(true);
    expect(await drawn(page, 'province-labels')).toEqual([]);
  });
});

describe('names at the edge of the WebGL map', () => {
  // maplibre draws a name that crosses the canvas's edge cut off ("ilversum"), and one that crosses the edge of the
  // legend or a button over the map half hidden; zoomed to a province, towns and team places lie all along them. The
  // pixels just inside each of those edges (read from the canvas without the HTML over it) must show no letters.
  it.each([
    ['NL-UT', DESKTOP],
    ['NL-NH', DESKTOP],
    ['NL-UT', PHONE],
  ] as const)('cuts no name at the canvas edge nor under what lies over it, zoomed to %s (%o)', async (code, size) => {
    const { page } = await openMap(`?provincie=${code}`, size);
    await page.waitForFunction(() => document.querySelector('.team-map__canvas')?.getAttribute('data-town-labels'));
    expect((await drawn(page, 'town-labels')).length).toBeGreaterThan(5);
    // Let the boxes round what appeared over the map after the move ("Heel Nederland") settle.
    await page.waitForTimeout(500);
    const pixels = await mapCanvasPixels(page);
    const overlays = await page.evaluate(() =>
      [...document.querySelectorAll('.map-area [data-map-overlay], .maplibregl-ctrl')]
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .map(({ left, top, right, bottom }) => ({ left, top, right, bottom })),
    );
    const frames = [
      { left: 0, top: 0, right: pixels.width, bottom: pixels.height },
      ...overlays.map((rect) => ({
        left: Math.max(0, rect.left - pixels.box.x),
        top: Math.max(0, rect.top - pixels.box.y),
        right: Math.min(pixels.width, rect.right - pixels.box.x),
        bottom: Math.min(pixels.height, rect.bottom - pixels.box.y),
      })),
    ].filter((frame) => frame.right > frame.left && frame.bottom > frame.top);
    expect(frames.length).toBeGreaterThan(1);
    const band = 2;
    const letters: string[] = [];
    for (const { left, top, right, bottom } of frames)
      for (let x = Math.floor(left); x < right; x++)
        for (let y = Math.floor(top); y < bottom; y++) {
          if (x >= left + band && x < right - band && y >= top + band && y < bottom - band) continue;
          const rgb = pixels.at(x, y);
          if (near(rgb, COLOURS.label, 12) || near(rgb, COLOURS.townLabel, 12)) letters.push(`${x},${y}`);
        }
    expect(letters).toEqual([]);
  });
});

describe('when the towns file cannot be loaded', () => {
  it('says so calmly in the map area, and the map keeps its names and teams', async () => {
    const { page } = chromium.track(await openWatchedPage(chromium.browser, DESKTOP));
    await page.route(`${baseUrl}${DATA_FILES.towns}`, (route) => route.fulfill({ status: 404, body: 'weg' }));
    await page.goto(`${baseUrl}?provincie=NL-UT`);
    await waitForMapReady(page);
    const note = page.locator('.map-area__status').getByRole('status');
    await note.waitFor();
    expect(await note.textContent()).toBe(`${MESSAGES.nl.townsUnavailable} ${MESSAGES.nl.retry}`);
    // One quiet line over the map, not an error box.
    expect((await note.boundingBox())!.height).toBeLessThan(40);
    const ofProvince = labels.filter((label) => label.province === 'NL-UT').map((label) => label.name);
    await page.waitForFunction(() => document.querySelector('.team-map__canvas[data-place-labels]'));
    const names = await drawnPlaceNames(page);
    expect(ofProvince.filter((name) => !names.includes(name))).toEqual([]);
    expect(await drawn(page, 'town-labels')).toEqual([]);
    expect(await page.locator('.team-list').getByRole('button').count()).toBeGreaterThan(0);
  });
});

/** The SVG map's names with their boxes on screen, and the picture's box. */
async function svgLabels(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.static-map')!;
    const frame = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll<SVGTextElement>('[data-place-label], [data-province-label]')];
    // The picture's own 800 units, fitted in the box (`meet`) and centred.
    const { width, height } = svg.viewBox.baseVal;
    const fitted = Math.min(frame.width, (frame.height * width) / height);
    return {
      frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
      picture: { left: frame.left + (frame.width - fitted) / 2, right: frame.right - (frame.width - fitted) / 2 },
      labels: texts.map((text) => {
        const box = text.getBoundingClientRect();
        return {
          text: text.textContent ?? '',
          place: text.hasAttribute('data-place-label'),
          box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        };
      }),
    };
  });
}

describe('names on the SVG map', () => {
  it('are in the first view: index.html carries the names', async () => {
    const html = await (await fetch(baseUrl)).text();
    const biggest = labels[0]!;
    expect(html).toContain(`data-place-label="${biggest.key}"`);
  });

  describe('in a browser without WebGL', () => {
    const noWebGL = browserWithoutWebGL();

    // On a phone the team places' names take the room: a province name fits where one is left. On a desktop the box
    // is wider than the picture: names may use the room beside it (as the WebGL map's do), to the box's edge.
    it.each([
      ['desktop', { width: 1366, height: 900 }, provinceNames.size / 2, true],
      ['phone', { width: 390, height: 844 }, 0, false],
    ])(
      'names a place in every province, the provinces, with no two names overlapping nor cut off (%s)',
      async (_name, viewport, provinceNamesMore, roomBeside) => {
        const unusedMapPreload = /^The resource \S+\/assets\/team-map-[\w-]+\.css was preloaded using link preload/;
        const watched = await openWatchedPage(noWebGL.browser, { ...viewport, expectedWarnings: [unusedMapPreload] });
        try {
          await watched.page.goto(baseUrl);
          await watched.page.locator('.team-list').waitFor();
          const { frame, picture, labels: drawnLabels } = await svgLabels(watched.page);
          const places = drawnLabels.filter((label) => label.place);
          for (const label of places) expect(labelByName.has(label.text), label.text).toBe(true);
          const named = new Set(places.map((label) => labelByName.get(label.text)?.province));
          expect([...provincesWithTeams].filter((code) => !named.has(code))).toEqual([]);
          const provinces = drawnLabels.filter((label) => !label.place);
          expect(provinces.length).toBeGreaterThan(provinceNamesMore);
          for (const label of provinces)
            expect(
              provinceNames.has(label.text.toLocaleLowerCase('nl')) ||
                [...provinceNames].some((n) => n.toLocaleUpperCase('nl') === label.text),
              label.text,
            ).toBe(true);
          const beside = drawnLabels.filter((l) => l.box.left < picture.left || l.box.right > picture.right);
          expect(beside.length > 0, 'a name beside the picture').toBe(roomBeside);
          for (const [i, a] of drawnLabels.entries()) {
            expect(a.box.left >= frame.left - 1 && a.box.right <= frame.right + 1, `${a.text} inside`).toBe(true);
            for (const b of drawnLabels.slice(i + 1)) {
              const overlap =
                a.box.left < b.box.right - 1 &&
                b.box.left < a.box.right - 1 &&
                a.box.top < b.box.bottom - 1 &&
                b.box.top < a.box.bottom - 1;
              expect(overlap, `${a.text} / ${b.text}`).toBe(false);
            }
          }
        } finally {
          await watched.context.close();
        }
      },
    );
  });
});
