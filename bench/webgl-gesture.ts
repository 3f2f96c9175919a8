// "Gesture → WebGL answered": one mouse-wheel zoom over the map's centre once the page is quiet, and the time from
// that wheel event to the `webgl-ready` mark and to the map's camera (`data-camera`) showing the zoom.
import type { Page } from 'playwright-core';
import { initialViewPixel, parseScreenCamera, type Box } from '../tests/e2e/map-projection';
import { COUNTRY_BOUNDS } from '../src/domain/netherlands';

export interface GestureResult {
  /** When the wheel event reached the page (its timeStamp, ms since navigation start). */
  wheelAtMs: number;
  /** ms from the wheel to the `webgl-ready` mark; null when the mark did not come after it. */
  toWebglReadyMs: number | null;
  /** The WebGL map had drawn before the gesture (the mark, or maplibre's canvas, was already there). */
  webglBeforeGesture: boolean;
  /** ms from the wheel to a `data-camera` with a larger zoom than before; null when the camera did not change. */
  toCameraChangeMs: number | null;
}

/** How long to wait for WebGL after the gesture: maplibre may still have to be fetched on the slow profile. */
const WEBGL_WAIT_MS = 30_000;
/** For the camera, after the mark if one was awaited. */
const CAMERA_WAIT_MS = 5_000;
const WHEEL_DELTA = -300;

/** The zoom of the map's initial view of the whole country in this box (maplibre's 512-pixel tiles at zoom 0). */
export function countryZoom(box: Box): number {
  const [west, , east, north] = COUNTRY_BOUNDS;
  const pixels = initialViewPixel(box, east, north).x - initialViewPixel(box, west, north).x;
  return Math.log2(pixels / (((east - west) / 360) * 512));
}

interface GestureWindow {
  benchGesture: { wheelAt: number | null; cameraAt: number | null; markBefore: boolean; canvasBefore: boolean };
}

export async function measureGesture(page: Page): Promise<GestureResult> {
  const box = await page.locator('.team-map').boundingBox();
  if (!box) throw new Error('no .team-map to zoom');
  const cameraBefore = parseScreenCamera(
    await page.evaluate(() => document.querySelector('.team-map [data-camera]')?.getAttribute('data-camera') ?? null),
  );
  await page.evaluate(
    ({ zoomBefore }) => {
      const state: GestureWindow['benchGesture'] = {
        wheelAt: null,
        cameraAt: null,
        markBefore: performance.getEntriesByName('webgl-ready').length > 0,
        canvasBefore: document.querySelector('.maplibregl-canvas') !== null,
      };
      (window as unknown as GestureWindow).benchGesture = state;
      addEventListener('wheel', (event) => (state.wheelAt ??= event.timeStamp), { capture: true, passive: true });
      const map = document.querySelector('.team-map')!;
      // The zoom from `data-camera` ("zoom/lat/lon"); a map created by the gesture may first write the country's.
      const observer = new MutationObserver(() => {
        const zoom = Number(map.querySelector('[data-camera]')?.getAttribute('data-camera')?.split('/')[0]);
        if (state.wheelAt === null || !Number.isFinite(zoom) || zoom <= zoomBefore + 0.01) return;
        state.cameraAt = performance.now();
        observer.disconnect();
      });
      observer.observe(map, { subtree: true, attributes: true, attributeFilter: ['data-camera'] });
    },
    { zoomBefore: cameraBefore?.zoom ?? countryZoom(box) },
  );
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, WHEEL_DELTA);
  const { markBefore, canvasBefore } = await page.evaluate(() => (window as unknown as GestureWindow).benchGesture);
  const waitFor = (done: () => boolean, timeout: number) =>
    page.waitForFunction(done, undefined, { timeout, polling: 50 }).then(
      () => true,
      () => false,
    );
  // A map started by the gesture may take long (maplibre fetched on the slow profile). Where maplibre's canvas was
  // there already, the wait for the camera gives a late mark its time too.
  if (!markBefore && !canvasBefore) {
    await waitFor(() => {
      const { wheelAt } = (window as unknown as GestureWindow).benchGesture;
      return wheelAt !== null && performance.getEntriesByName('webgl-ready').some((mark) => mark.startTime >= wheelAt);
    }, WEBGL_WAIT_MS);
  }
  await waitFor(() => (window as unknown as GestureWindow).benchGesture.cameraAt !== null, CAMERA_WAIT_MS);
  return page.evaluate(() => {
    const state = (window as unknown as GestureWindow).benchGesture;
    const { wheelAt, cameraAt } = state;
    if (wheelAt === null) throw new Error('the wheel event did not reach the page');
    const ready = performance.getEntriesByName('webgl-ready').find((mark) => mark.startTime >= wheelAt);
    return {
      wheelAtMs: wheelAt,
      toWebglReadyMs: ready ? ready.startTime - wheelAt : null,
      webglBeforeGesture: state.markBefore || state.canvasBefore,
      toCameraChangeMs: cameraAt === null ? null : cameraAt - wheelAt,
    };
  });
}
