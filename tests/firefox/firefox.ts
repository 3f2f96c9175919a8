// Starts the stock Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi, headless or in a
// virtual X display (Xvfb, where it has WebGL2 through Mesa's llvmpipe), and records what a page does wrong: console
// errors, page errors, Content-Security-Policy violations and any request that leaves 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

export interface VirtualDisplay {
  display: string;
  stop: () => Promise<void>;
}

/** Starts Xvfb on the first free display number (Xvfb picks it and writes it to `-displayfd`). */
export async function startXvfb(): Promise<VirtualDisplay> {
  const server: ChildProcess = spawn(
    XVFB_PATH,
    ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const number = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb gaf geen display binnen 10 s: ${errors}`)), 10_000);
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb stopte (${code}): ${errors}`)));
    server.stdio[3]?.on('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(chunk.toString().trim());
    });
  });
  return {
    display: `:${number}`,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

export const xvfbAvailable = () => existsSync(XVFB_PATH);

/**
 * A fresh, temporary profile every launch (puppeteer makes and removes it, with preferences that keep Firefox off
 * the network). With a display, Firefox runs in it (not headless) and has WebGL; without one it is headless.
 */
export async function launchFirefox(display?: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: !display,
    env: { ...process.env, ...(display && { DISPLAY: display }) },
    extraPrefsFirefox: {
      // As the Chromium tests do: no camera animation, so that clicks land where the tests expect.
      'ui.prefersReducedMotion': 1,
      // The app's own requests only: no search suggestions, no speculative connections.
      'browser.search.suggest.enabled': false,
      'network.http.speculative-parallel-limit': 0,
    },
  });
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  /** CSP violations reported in the page or any of its frames. */
  cspViolations: () => Promise<string[]>;
}

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

export async function openWatchedPage(browser: Browser, { width = 1280, height = 900 } = {}): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const watched: WatchedPage = {
    page,
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    cspViolations: async () => (await Promise.all(page.frames().map(violationsIn))).flat(),
  };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error: unknown) =>
    watched.pageErrors.push(error instanceof Error ? error.message : String(error)),
  );
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && !['data:', 'blob:', 'about:'].includes(url.protocol)) {
      watched.foreignRequests.push(request.url());
    }
  });
  // A preload script runs in every document of the page, frames too, before the page's own scripts; the page's
  // CSP does not apply to it.
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    window.cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return watched;
}

async function violationsIn(frame: Frame): Promise<string[]> {
  try {
    return await frame.evaluate(() => window.cspViolations ?? []);
  } catch {
    return [`(kon de frame ${frame.url()} niet lezen)`];
  }
}

/** Waits for the app's readiness signal: data-map-ready on the map (WebGL map drawn, or static map for good). */
export async function waitForMapReady(page: Page | Frame, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout });
}
