// Skips the app's waits between retries of a data file on Playwright's fake clock (page.clock.install()), without
// timing out a request under way: the data time-out runs on the same clock, so the clock only moves while no data
// request is in flight.
import type { Page, Request } from 'playwright-core';
import { DATA_FILES } from '../fixtures/public-files';

const isDataRequest = (request: Request) =>
  Object.values(DATA_FILES).some((path) => new URL(request.url()).pathname.endsWith(`/${path}`));

export interface DataRequests {
  /** Data file requests asked for and not yet answered or failed. */
  inFlight: () => number;
}

/** Starts counting the page's data file requests; call it before the page loads. */
export function watchDataRequests(page: Page): DataRequests {
  let inFlight = 0;
  page.on('request', (request) => {
    if (isDataRequest(request)) inFlight++;
  });
  const settled = (request: Request) => {
    if (isDataRequest(request)) inFlight--;
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  return { inFlight: () => inFlight };
}

/**
 * Moves the fake clock on, a second at a time and only between requests, until `done` holds. A step of 1 s is far
 * below the 15 s time-out, so even a request that starts within a step has the rest of its time.
 */
export async function skipRetryWaits(
  page: Page,
  requests: DataRequests,
  done: () => Promise<boolean>,
  { timeout = 30_000 } = {},
): Promise<void> {
  const giveUp = Date.now() + timeout;
  while (!(await done())) {
    if (Date.now() > giveUp) throw new Error(`skipRetryWaits: not done after ${timeout} ms`);
    if (requests.inFlight() === 0) await page.clock.fastForward(1_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
