// Starts the system Chromium through playwright-core and records what a page does wrong: console errors,
// uncaught exceptions and any request that leaves 127.0.0.1.
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
  pageErrors: string[];
  foreignRequests: string[];
}

export async function openWatchedPage(
  browser: Browser,
  options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const page = await context.newPage();
  const watched: WatchedPage = { context, page, consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
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

/** Waits for the app's own readiness signal: data-map-ready on the map container. */
export async function waitForMapReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout });
}
