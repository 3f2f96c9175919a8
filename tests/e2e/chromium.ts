// Starts the system Chromium through playwright-core and records what a page does wrong: console errors and
// warnings, uncaught exceptions and any request that leaves 127.0.0.1. Free of vitest, so that the benchmark
// (bench/) can use it too; browser.ts adds the test hooks.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Software WebGL: the CI machine has no GPU. */
const SOFTWARE_WEBGL = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

export interface BrowserSession {
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * playwright-core gives every launch a fresh, temporary user-data-dir of its own. `webgl: false` leaves out the
 * software WebGL, for a browser without it (add `--disable-webgl --disable-3d-apis`).
 */
export async function launchBrowser(
  extraFlags: readonly string[] = [],
  { webgl = true } = {},
): Promise<BrowserSession> {
  const args = [...FLAGS, ...(webgl ? SOFTWARE_WEBGL : []), ...extraFlags];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
  return { browser, close: () => browser.close() };
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Console warnings other than the expected ones below; each also fails the test it occurs in. */
  consoleWarnings: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/**
 * Warnings that are not a fault of the app's: the software GL driver's notes on its own speed, and the app's own
 * reports of a failure that a fault test provokes on purpose (panel-boundary.tsx, team-map.tsx,
 * map-export-button.tsx), which the page shows to the user as well. Anything else, above all maplibre's style
 * problems ("layers[teams-natuurbeheer].layout.icon-offset: Expected value to be of type array<number, 2>, …
 * Falling back to 0,0."), is a bug that maplibre quietly works around.
 */
const EXPECTED_WARNINGS = [
  /^\[\.WebGL-\w+\]GL Driver Message \(OpenGL, Performance, /,
  /^Onderdeel van de pagina is vastgelopen:/,
  /^De kaart kon niet worden gemaakt:/,
  /^PNG export failed:/,
];

export async function openWatchedPage(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    reducedMotion?: 'reduce' | 'no-preference';
    /** A phone: touch screen and mobile viewport (Playwright's hasTouch and isMobile). */
    touch?: boolean;
    /** Warnings this page gives on purpose, besides EXPECTED_WARNINGS. */
    expectedWarnings?: readonly RegExp[];
    /** Told of each unexpected warning as it comes (browser.ts fails the running test with it). */
    onUnexpectedWarning?: (text: string) => void;
  } = {},
): Promise<WatchedPage> {
  const expectedWarnings = [...EXPECTED_WARNINGS, ...(options.expectedWarnings ?? [])];
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ?? 'reduce',
    ...(options.touch && { hasTouch: true, isMobile: true }),
  });
  const page = await context.newPage();
  const watched: WatchedPage = {
    context,
    page,
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    foreignRequests: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
    if (message.type() === 'warning' && !expectedWarnings.some((expected) => expected.test(message.text()))) {
      watched.consoleWarnings.push(message.text());
      options.onUnexpectedWarning?.(message.text());
    }
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      watched.foreignRequests.push(request.url());
    }
  });
  return watched;
}

/**
 * Waits for the map the visitor gets on this device: the SVG map answers at once (`data-map-ready`); on a desktop
 * (mouse, hover) the WebGL map follows once the page is quiet, and is waited for too. On a touch screen only a
 * gesture starts it (`startWebGLMap`). `svgOnly` waits for the SVG map alone.
 */
export async function waitForMapReady(page: Page, timeout = 30_000, { svgOnly = false } = {}): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout });
  if (svgOnly) return;
  const desktop = await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches);
  const webgl = await page.evaluate(() => document.querySelector('.team-map')?.getAttribute('data-map-mode'));
  if (desktop && webgl !== 'static') await waitForWebGLReady(page, timeout);
}

/**
 * Waits until the map answers, in whichever picture it is in (the SVG map at once, the WebGL map once it has taken
 * over): for tests that are not about the WebGL map, which on a desktop needs seconds of software rendering first.
 */
export async function waitForMapAnswers(page: Page, timeout = 30_000): Promise<void> {
  await waitForMapReady(page, timeout, { svgOnly: true });
}

/** Waits for the WebGL map to have drawn (`data-webgl-ready`). */
export async function waitForWebGLReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-webgl-ready="true"]', { timeout });
}

/** Starts the WebGL map as a visitor does on a phone, with the SVG map's zoom-in button, and waits for it. */
export async function startWebGLMap(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout });
  await page.locator('.static-zoom__button[data-zoom="1"]').click();
  await waitForWebGLReady(page, timeout);
}
