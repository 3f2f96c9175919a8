// The end-to-end tests' browser: chromium.ts's launch and watched pages, with the vitest hooks that fail a test on
// an unexpected console warning and close what the test opened.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, openWatchedPage as openPage, type BrowserSession, type WatchedPage } from './chromium';

export {
  CHROMIUM_PATH,
  launchBrowser,
  startWebGLMap,
  waitForMapAnswers,
  waitForMapReady,
  waitForWebGLReady,
  type BrowserSession,
  type WatchedPage,
} from './chromium';

/** The unexpected warnings of every page of this test file since the last test ended. */
const warningsOfThisTest: string[] = [];
const pushWarning = (text: string) => warningsOfThisTest.push(text);
afterEach(() => {
  const warnings = warningsOfThisTest.splice(0);
  expect(warnings, 'console warnings of the page (maplibre reports style problems this way)').toEqual([]);
});

/**
 * One Chromium for the test file that calls this (launched before its first test, closed after its last), and the
 * pages its tests open through `track`, closed after each test.
 */
export function browserForThisFile() {
  let session: BrowserSession | undefined;
  const opened: WatchedPage[] = [];
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((watched) => watched.context.close()));
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get browser(): Browser {
      if (!session) throw new Error('the browser starts in beforeAll');
      return session.browser;
    },
    /** Closes `watched` after the test, unless the test closes it itself (`untrack`). */
    track(watched: WatchedPage): WatchedPage {
      opened.push(watched);
      return watched;
    },
    untrack(watched: WatchedPage): void {
      opened.splice(opened.indexOf(watched), 1);
    },
  };
}

/**
 * A Chromium without WebGL (as a browser that has none) for the describe block that calls this: launched before its
 * first test, closed after its last.
 */
export function browserWithoutWebGL() {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await launchBrowser(['--disable-webgl', '--disable-3d-apis'], { webgl: false });
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get session(): BrowserSession {
      if (!session) throw new Error('the browser starts in beforeAll');
      return session;
    },
    get browser(): Browser {
      return this.session.browser;
    },
  };
}

/** chromium.ts's watched page; each unexpected console warning also fails the test it occurs in. */
export function openWatchedPage(
  browser: Browser,
  options: Omit<Parameters<typeof openPage>[1] & object, 'onUnexpectedWarning'> = {},
): Promise<WatchedPage> {
  return openPage(browser, { ...options, onUnexpectedWarning: pushWarning });
}
