// The sea reads as water and the neighbouring countries as land, in both pictures of the map (WebGL, and the SVG
// map of a browser without WebGL), read back from the screen at places whose colour the data fixes.
import { describe, expect, inject, it } from 'vitest';
import { browserWithoutWebGL, browserForThisFile, openWatchedPage, waitForMapReady } from './browser';
import { hexOf, mapCanvasPixels, OVERLAYS_HIDDEN, pngPixels } from './canvas-colours';
import { fittedViewPixel, initialViewPixel } from './map-projection';
import { COUNTRY_BOUNDS } from '../../src/domain/netherlands';
import { COLOURS } from '../../src/features/map/map-look';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

/** Places with nothing drawn on them but sea, or the land of a neighbour, in the whole country's view (the sea and
 * the land abroad had one grey before). */
const PLACES = [
  ['the North Sea west of Zandvoort', [4.1, 52.45], COLOURS.water],
  ['the North Sea north of Ameland', [5.9, 53.56], COLOURS.water],
  ['Belgium (Antwerpen)', [4.45, 51.15], COLOURS.abroad],
  ['Germany (Münsterland)', [7.1, 51.75], COLOURS.abroad],
] as const;

describe('sea and neighbouring land', () => {
  it('the WebGL map draws the sea in the lakes’ water colour and the neighbours as land', async () => {
    const { page } = chromium.track(await openWatchedPage(chromium.browser, { width: 1366, height: 900 }));
    await page.goto(baseUrl);
    await waitForMapReady(page);
    const pixels = await mapCanvasPixels(page);
    for (const [name, [lon, lat], colour] of PLACES) {
      const point = initialViewPixel(pixels.box, lon, lat);
      expect(hexOf(pixels.atPage(point.x, point.y)), name).toBe(colour);
    }
  });

  describe('in a browser without WebGL', () => {
    const noWebGL = browserWithoutWebGL();

    it('the SVG map draws the sea in the lakes’ water colour and the neighbours as land', async () => {
      const unusedMapPreload = /^The resource \S+\/assets\/team-map-[\w-]+\.css was preloaded using link preload/;
      const watched = await openWatchedPage(noWebGL.browser, {
        width: 1366,
        height: 900,
        expectedWarnings: [unusedMapPreload],
      });
      try {
        const { page } = watched;
        await page.goto(baseUrl);
        await page.locator('.team-list').waitFor();
        const svg = page.locator('svg.static-map');
        const box = (await svg.boundingBox())!;
        // The map itself, as for the WebGL map: the legend and the notes over it hidden (they may cover a place).
        const pixels = pngPixels(await page.screenshot({ style: OVERLAYS_HIDDEN }));
        for (const [name, [lon, lat], colour] of PLACES) {
          // The drawing fills its box as preserveAspectRatio="meet" does: the country's box fitted, centred.
          const { x, y } = fittedViewPixel(box, COUNTRY_BOUNDS, 0, lon, lat);
          expect(hexOf(pixels.at(x, y)), name).toBe(colour);
        }
      } finally {
        await watched.context.close();
      }
    });
  });
});
