// "First interaction answered": clicking Baarn's team symbol from the first paint on, every ~50 ms, until the details
// panel shows Baarn (on the Leaflet page: until its popup names Baarn); the time since navigation start at which it did.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openWatchedPage } from '../tests/e2e/chromium';
import { initialViewPixel } from '../tests/e2e/map-projection';
import { loadedResources } from './measure-page';
import { emulateProfile, type NetworkProfile } from './network-profiles';
import { bytesBefore, type ByteSplit } from './resource-bytes';

/** The place whose symbol is clicked: one team there, so its details are headed by the place's name. */
export const CLICKED_PLACE = 'Baarn';
const CLICK_EVERY_MS = 50;

export interface ClickTarget {
  place: string;
  lon: number;
  lat: number;
}

interface TeamsJson {
  teams: { locations: { place: string; coordinates: [number, number] }[] }[];
}

/** Baarn's coordinates from the teams file the app serves; it must be the only team there. */
export function clickTarget(publicDir: string, place = CLICKED_PLACE): ClickTarget {
  const file = JSON.parse(readFileSync(join(publicDir, 'data/2021/teams.json'), 'utf8')) as TeamsJson;
  const locations = file.teams.flatMap((team) => team.locations.filter((location) => location.place === place));
  if (locations.length !== 1)
    throw new Error(`${place}: expected one team location in data/2021/teams.json, found ${locations.length}`);
  const [lon, lat] = locations[0]!.coordinates;
  return { place, lon, lat };
}

export interface FirstInteraction {
  /** ms since navigation start: the frame after the details heading named the place. */
  answeredMs: number;
  /** How many clicks it took (the earlier ones landed before the map answered). */
  clicks: number;
  /** When the first click was sent (ms since navigation start, page clock). */
  firstClickMs: number | null;
  mapReadyMs: number | null;
  /** Which picture answered: index.html's first view (src/first-view-taps.ts), the app, or Leaflet's popup. */
  answeredBy: 'first view' | 'app' | 'Leaflet popup';
  /** What had arrived by the answer (Resource Timing, as for the other loads' byte figures). */
  bytesBeforeAnswer: ByteSplit;
  /** What the page did wrong meanwhile, as in the other loads (chromium.ts's watched page). */
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

interface AnswerWindow {
  benchAnswered: number | undefined;
  benchAnsweredBy: FirstInteraction['answeredBy'] | undefined;
}

/**
 * Init script: notes the frame in which the details panel's heading first reads `place`, or in which Leaflet's popup
 * first names it (the reference page binds `printedAs (place)` to each marker). No inner named functions: the page
 * gets this function's text, and tsx would wrap them in a helper the page does not have.
 */
function watchForAnswer(place: string): void {
  const target = window as unknown as AnswerWindow;
  const observer = new MutationObserver(() => {
    const heading = document.querySelector('.details #details-title');
    const popup = document.querySelector('.leaflet-popup-content');
    let by: FirstInteraction['answeredBy'];
    if (heading && heading.getClientRects().length > 0 && heading.textContent?.trim() === place)
      by = heading.closest('#first-view-answer') ? 'first view' : 'app';
    else if (popup && popup.getClientRects().length > 0 && popup.textContent?.trim().endsWith(`(${place})`))
      by = 'Leaflet popup';
    else return;
    observer.disconnect();
    target.benchAnsweredBy = by;
    requestAnimationFrame(() => (target.benchAnswered = performance.now()));
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureFirstInteraction(
  browser: Browser,
  request: { url: string; profile: NetworkProfile; target: ClickTarget; timeoutMs: number },
): Promise<FirstInteraction> {
  const watched = await openWatchedPage(browser, request.profile.screen);
  const { page } = watched;
  try {
    await emulateProfile(await watched.context.newCDPSession(page), request.profile);
    await page.addInitScript(watchForAnswer, request.target.place);
    const started = Date.now();
    await page.goto(request.url, { waitUntil: 'commit', timeout: request.timeoutMs });
    let clicks = 0;
    let firstClickMs: number | null = null;
    for (;;) {
      if (Date.now() - started > request.timeoutMs)
        throw new Error(`${request.target.place}: details not shown after ${clicks} clicks in ${request.timeoutMs} ms`);
      const state = await pageState(page, request.target);
      if (state.answered !== undefined) {
        const { consoleErrors, pageErrors, foreignRequests } = watched;
        const mapReadyMs = await markStart(page, 'map-ready');
        return {
          answeredMs: state.answered,
          answeredBy: state.answeredBy ?? 'app',
          bytesBeforeAnswer: bytesBefore(await loadedResources(page), state.answered),
          clicks,
          firstClickMs,
          mapReadyMs,
          consoleErrors,
          pageErrors,
          foreignRequests,
        };
      }
      // A visitor can tap only once something is on screen; before the CSS is in, the box would be wrong too.
      const point = state.point ?? (state.box && initialViewPixel(state.box, request.target.lon, request.target.lat));
      if (state.painted && point) {
        const { x, y } = point;
        firstClickMs ??= state.now;
        await page.mouse.click(x, y);
        clicks++;
      }
      await pause(CLICK_EVERY_MS);
    }
  } finally {
    await watched.context.close();
  }
}

interface LeafletWindow {
  /** Set by bench/leaflet/leaflet-map.js once its map has its view: where a place is, in page pixels. */
  benchScreenPoint?: (lon: number, lat: number) => { x: number; y: number };
}

/** What the loop needs from the page: the answer so far, whether it has painted, and where to click. */
function pageState(page: Page, target: ClickTarget) {
  return page.evaluate(({ lon, lat }) => {
    const map = document.querySelector('.team-map')?.getBoundingClientRect();
    return {
      // Leaflet's page says where the place is; for the app it follows from the map's box (initialViewPixel).
      point: (window as LeafletWindow).benchScreenPoint?.(lon, lat) ?? null,
      answered: (window as unknown as AnswerWindow).benchAnswered,
      answeredBy: (window as unknown as AnswerWindow).benchAnsweredBy,
      painted: performance.getEntriesByName('first-contentful-paint').length > 0,
      box: map && map.width > 0 ? { x: map.x, y: map.y, width: map.width, height: map.height } : null,
      now: performance.now(),
    };
  }, target);
}

async function markStart(page: Page, name: string): Promise<number | null> {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, name);
}
