// Long use in the system Chromium: up to 250 seeded, mixed interactions (map and list selections, kind filters,
// place search, language, back/forward, resizes) in one page, which must log no error or warning and throw nothing,
// and must not keep more DOM nodes or event listeners after garbage collection at the end than after a warm-up.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, openWatchedPage, waitForMapReady, type BrowserSession, type WatchedPage } from './browser';
import { seededRandom } from '../../bench/synthetic-teams';

const baseUrl = inject('baseUrl');
/** Change it to replay another sequence; a failure names the seed and the step. */
const SEED = Number(process.env.SOAK_SEED ?? 20211);
/** Steps before the first count, and per round after it (each round ends with a count). */
const STEPS_PER_ROUND = Number(process.env.SOAK_STEPS_PER_ROUND ?? 50);
const WARM_UP_STEPS = STEPS_PER_ROUND;
const ROUNDS = 4;
/** A busy machine stops after this long, but not before two rounds: on an idle one all rounds fit well within it. */
const ROUNDS_BUDGET_MS = 60_000;
/** What the same state may hold more after all rounds than after the warm-up (caches, lazily made elements). */
const NODE_SLACK = 100;
const LISTENER_SLACK = 20;

const PLACES = ['Amersfoort', 'Utrecht', 'Groningen', 'Zwolle', 'Maastricht', 'Leeuwarden', 'Assen', 'Middelburg'];
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 1024, height: 768 },
  { width: 800, height: 600 },
  { width: 640, height: 450 },
  { width: 390, height: 844 },
];

type Step = (page: Page, random: () => number) => Promise<void>;
const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

async function clickNth(page: Page, selector: string, random: () => number) {
  const buttons = page.locator(selector);
  const count = await buttons.count();
  // force: no wait for the button to stand still over several frames, which costs more than the step in SwiftShader.
  if (count > 0) await buttons.nth(Math.floor(random() * count)).click({ force: true, timeout: 5_000 });
}

/**
 * Back or forward within the app's own history entries (the Navigation API lists only those: never back to the
 * tab's first about:blank), waiting for the app's popstate.
 */
async function traverse(page: Page, delta: -1 | 1) {
  await page.evaluate(async (by) => {
    const { navigation } = window as unknown as { navigation: { canGoBack: boolean; canGoForward: boolean } };
    if (!(by < 0 ? navigation.canGoBack : navigation.canGoForward)) return;
    const moved = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.go(by);
    await moved;
  }, delta);
}

/** The interactions and how often each comes up. */
const STEPS: [name: string, weight: number, step: Step][] = [
  [
    'click on the map',
    4,
    async (page, random) => {
      const canvas = page.locator('.maplibregl-canvas');
      const box = await canvas.boundingBox();
      if (!box) throw new Error('no map canvas');
      const position = { x: 10 + random() * (box.width - 20), y: 10 + random() * (box.height - 20) };
      // Whatever is there (province, symbol, water, a control over the map) takes the click, as for a person.
      await canvas.click({ position, force: true, timeout: 5_000 });
    },
  ],
  ['a team in the list', 3, (page, random) => clickNth(page, '.team-list .team-list__team', random)],
  ['a province in the list', 2, (page, random) => clickNth(page, '.team-list__province-button', random)],
  [
    'a kind in the legend',
    2,
    async (page, random) => {
      // A click on the map may have folded the legend (its title is over the map): a person opens it again first.
      const toggle = page.locator('.map-legend__toggle[aria-expanded="false"]');
      if ((await toggle.count()) > 0) await toggle.click({ force: true, timeout: 5_000 });
      await clickNth(page, '.map-legend__kind', random);
    },
  ],
  [
    'a place search',
    1,
    async (page, random) => {
      const input = page.getByRole('combobox', { name: /^(Plaatsnaam|Place name)$/ });
      await input.fill(pick(PLACES, random));
      await page.locator('.place-search__listbox').getByRole('option').first().waitFor({ timeout: 5_000 });
      await input.press('ArrowDown');
      await input.press('Enter');
    },
  ],
  ['the language switch', 1, (page) => page.locator('.app__language').click({ force: true, timeout: 5_000 })],
  ['back', 1, (page) => traverse(page, -1)],
  ['forward', 1, (page) => traverse(page, 1)],
  ['a resize', 1, (page, random) => page.setViewportSize(pick(VIEWPORTS, random))],
  ['Escape', 1, (page) => page.keyboard.press('Escape')],
];
const TOTAL_WEIGHT = STEPS.reduce((sum, [, weight]) => sum + weight, 0);

function pickStep(random: () => number): [string, Step] {
  let roll = random() * TOTAL_WEIGHT;
  for (const [name, weight, step] of STEPS) {
    roll -= weight;
    if (roll < 0) return [name, step];
  }
  const [name, , step] = STEPS[0]!;
  return [name, step];
}

let done = 0;
async function run(page: Page, random: () => number, steps: number) {
  for (let i = 0; i < steps; i++, done++) {
    const [name, step] = pickStep(random);
    const started = Date.now();
    try {
      await step(page, random);
      // One frame, so that the app and the map take each step before the next.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    } catch (error) {
      mkdirSync('screenshots', { recursive: true });
      await page.screenshot({ path: 'screenshots/soak-failure.png' }).catch(() => undefined);
      throw new Error(`seed ${SEED}, step ${done + 1} (${name}): ${(error as Error).message}`, { cause: error });
    }
    if (process.env.SOAK_TRACE) console.info(`${done + 1} ${name} ${Date.now() - started} ms`);
  }
}

/** The same state each time it is measured: the whole country, in Dutch, unfiltered, no place, 1280 × 900. */
async function backToStart(page: Page) {
  await page.setViewportSize(VIEWPORTS[0]!);
  if ((await page.locator('html').getAttribute('lang')) !== 'nl') await page.locator('.app__language').click();
  const clear = page.locator('.place-search__clear');
  if (await clear.count()) await clear.click();
  const filtered = page.locator('.map-legend__kind[aria-pressed="true"]');
  if (await filtered.count()) await filtered.first().click();
  const reset = page.locator('.map-area__reset');
  if (await reset.count()) await reset.click();
  await page.locator('.details h2', { hasText: /^Details$/ }).waitFor({ timeout: 5_000 });
  await expect.poll(() => page.evaluate(() => location.search)).toBe('');
  await page.waitForTimeout(500);
}

interface Counts {
  nodes: number;
  listeners: number;
}

async function countAfterGc(cdp: CDPSession): Promise<Counts> {
  // Twice: the first collection may free what only a second can then collect (weak maps, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { nodes: value('Nodes'), listeners: value('JSEventListeners') };
}

const GPU_DRIVER_NOTE = /^\[\.WebGL-\w+\]GL Driver Message \(OpenGL, Performance,/;

let session: BrowserSession;
let watched: WatchedPage;
const warnings: string[] = [];

beforeAll(async () => {
  session = await launchBrowser();
  watched = await openWatchedPage(session.browser);
  watched.page.on('console', (message) => {
    // Chromium's own notes on its software GPU (the WebGL canvas read back for the software compositor) are not
    // the app's: "[.WebGL-…]GL Driver Message (OpenGL, Performance, …): GPU stall due to ReadPixels".
    if (message.type() === 'warning' && !GPU_DRIVER_NOTE.test(message.text())) warnings.push(message.text());
  });
  await watched.page.goto(baseUrl);
  await waitForMapReady(watched.page);
});

afterAll(async () => {
  await session?.close();
});

describe('long use', () => {
  it(
    `stays clean and does not grow over up to ${WARM_UP_STEPS + ROUNDS * STEPS_PER_ROUND} mixed interactions`,
    // Far less on an idle machine (the aim is 90 s); the margin is for a busy one.
    { timeout: 240_000 },
    async () => {
      const { page, context } = watched;
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const random = seededRandom(SEED);

      await run(page, random, WARM_UP_STEPS);
      await backToStart(page);
      const warm = await countAfterGc(cdp);
      const rounds: Counts[] = [];
      const started = Date.now();
      for (let round = 0; round < ROUNDS; round++) {
        await run(page, random, STEPS_PER_ROUND);
        await backToStart(page);
        rounds.push(await countAfterGc(cdp));
        if (rounds.length >= 2 && Date.now() - started > ROUNDS_BUDGET_MS) break;
      }
      const last = rounds.at(-1)!;
      console.info(
        `soak (seed ${SEED}, ${done} steps, rounds in ${Math.round((Date.now() - started) / 1000)} s): ` +
          `after warm-up ${JSON.stringify(warm)}, after each round ${JSON.stringify(rounds)}`,
      );

      expect(watched.pageErrors).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(warnings).toEqual([]);
      expect(last.nodes - warm.nodes).toBeLessThanOrEqual(NODE_SLACK);
      expect(last.listeners - warm.listeners).toBeLessThanOrEqual(LISTENER_SLACK);
    },
  );
});
