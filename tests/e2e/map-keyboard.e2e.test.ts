// The map by keyboard only, in the built app in Chromium (issue 16): one tab stop over the places, arrows to the nearest
// place in each direction with what a screen reader hears (read from the live region), Enter and Escape, the keys'
// help, a ring round the focused place inside the map; on the WebGL map (desktop), the SVG map (phone) and without
// WebGL. The expected moves come from domain/spatial-focus.ts over the real teams file, not from a list in the test.
import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserWithoutWebGL,
  browserForThisFile,
  openWatchedPage,
  waitForMapAnswers,
  waitForMapReady,
} from './browser';
import { realProvincesFile, realTeamsFile } from '../fixtures/public-files';
import { provinceLabels } from '../../src/domain/map-labels';
import { placeSummary, type PlaceSummary } from '../../src/domain/place-summary';
import { nearestInDirection, readingOrder, type Direction } from '../../src/domain/spatial-focus';
import { placeGroups, placeSlug } from '../../src/domain/team-places';
import { PROVINCE_NAMES } from '../../src/domain/provinces';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

const groups = placeGroups(realTeamsFile().teams);
const places = readingOrder(
  [...new Set(groups.map((g) => placeSlug(g.place)))].map((slug) => placeSummary(groups, slug)!),
);
const provinces = readingOrder(provinceLabels(realProvincesFile().features));
const byName = (name: string) => places.find((place) => place.place === name)!;
const KEY: Record<Direction, string> = { north: 'ArrowUp', east: 'ArrowRight', south: 'ArrowDown', west: 'ArrowLeft' };

/** The arrows from one place to another, the shortest way the map's own choice of moves allows. */
function arrowsBetween(from: PlaceSummary, to: PlaceSummary): { key: string; place: PlaceSummary }[] {
  const previous = new Map<string, { from: PlaceSummary; key: string }>();
  const queue = [from];
  while (queue.length > 0 && !previous.has(to.slug)) {
    const at = queue.shift()!;
    for (const direction of ['north', 'east', 'south', 'west'] as const) {
      const next = nearestInDirection(places, at.coordinates, direction);
      if (next && next !== from && !previous.has(next.slug)) {
        previous.set(next.slug, { from: at, key: KEY[direction] });
        queue.push(next);
      }
    }
  }
  const path: { key: string; place: PlaceSummary }[] = [];
  for (let at = to; at !== from;) {
    const step = previous.get(at.slug)!;
    path.unshift({ key: step.key, place: at });
    at = step.from;
  }
  return path;
}

const said = (page: Page) => page.locator('.map-keyboard__said').textContent();
const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

/** From the top of the page by the skip link: Tab, Enter, Tab. */
async function tabIntoMap(page: Page) {
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de kaart');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await focusedClass(page)).toBe('map-keyboard');
}

/** Home, then Page Down until `place` (its position in reading order). */
async function walkTo(page: Page, place: PlaceSummary) {
  await page.keyboard.press('Home');
  for (let i = 0; i < places.indexOf(place); i++) await page.keyboard.press('PageDown');
  await expect.poll(() => said(page)).toMatch(new RegExp(`^${place.place}, ${PROVINCE_NAMES[place.province]}: `));
}

async function pressArrows(page: Page, path: { key: string; place: PlaceSummary }[]) {
  for (const { key, place } of path) {
    await page.keyboard.press(key);
    await expect.poll(() => said(page)).toMatch(new RegExp(`^${place.place}, ${PROVINCE_NAMES[place.province]}: `));
    expect(await page.locator('.map-keyboard').getAttribute('data-focused')).toBe(place.slug);
  }
}

/** The ring round the focused place: on screen, inside the map area, and clear of the legend and the buttons. */
async function expectRingInView(page: Page) {
  const ring = await page.locator('.map-keyboard__ring').boundingBox();
  const area = await page.locator('.map-area').boundingBox();
  expect(ring && area).toBeTruthy();
  expect(ring!.x).toBeGreaterThanOrEqual(area!.x);
  expect(ring!.y).toBeGreaterThanOrEqual(area!.y);
  expect(ring!.x + ring!.width).toBeLessThanOrEqual(area!.x + area!.width);
  expect(ring!.y + ring!.height).toBeLessThanOrEqual(area!.y + area!.height);
  const style = await page
    .locator('.map-keyboard__ring')
    .evaluate((element) => getComputedStyle(element).borderTopWidth);
  expect(parseFloat(style)).toBeGreaterThanOrEqual(3);
}

async function walkThrough(page: Page, name: string) {
  await tabIntoMap(page);
  // Den Haag to Zeeland's team, then to the far north.
  const denHaag = byName('Den Haag');
  const zeeland = places.find((place) => place.province === 'NL-ZE')!;
  await walkTo(page, denHaag);
  await expectRingInView(page);
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/map-keyboard-focus-${name}.png` });
  const toZeeland = arrowsBetween(denHaag, zeeland);
  expect(toZeeland.length).toBeGreaterThan(0);
  await pressArrows(page, toZeeland);
  expect(await said(page)).toMatch(/\d+ van \d+\. [\d,]+ km naar het \w+ van /);
  await pressArrows(page, arrowsBetween(zeeland, byName('Lauwersoog')));
  // Nothing further north: said, and the focus stays.
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => said(page)).toBe('Geen plaats met teams meer naar het noorden van Lauwersoog.');
  expect(await page.locator('.map-keyboard').getAttribute('data-focused')).toBe('lauwersoog');
  await expectRingInView(page);
  // Enter chooses; Escape closes the details and the focus stays on the same place.
  await page.keyboard.press('Enter');
  await page.locator('.details').getByRole('heading', { level: 2, name: 'Lauwersoog' }).waitFor();
  expect(await focusedClass(page)).toBe('map-keyboard');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.details').getByRole('heading', { name: 'Lauwersoog' }).count()).toBe(0);
  expect(await focusedClass(page)).toBe('map-keyboard');
  expect(await page.locator('.map-keyboard').getAttribute('data-focused')).toBe('lauwersoog');
  // The keys' help, and back.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Toetsen op de kaart' });
  await help.waitFor();
  expect(await help.textContent()).toContain('Page Up en Page Down');
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedClass(page)).toBe('map-keyboard');
  // The provinces: P, then the arrows go from province to province; Enter chooses one.
  await page.keyboard.press('p');
  await page.keyboard.press('Home');
  const northernmost = provinces[0]!;
  await expect
    .poll(() => said(page))
    .toMatch(new RegExp(`^${northernmost.name}: .* Provincie 1 van ${provinces.length}\\.$`));
  await page.keyboard.press('ArrowDown');
  const next = nearestInDirection(provinces, northernmost.coordinates, 'south')!;
  await expect.poll(() => said(page)).toMatch(new RegExp(`^${next.name}: `));
  await page.keyboard.press('Enter');
  await page.locator('.details').getByRole('heading', { level: 2, name: next.name }).waitFor();
  await expectRingInView(page);
  await page.keyboard.press('p');
  expect(await page.locator('.map-keyboard').getAttribute('data-keyboard-mode')).toBe('places');
  // Tab leads on out of the map.
  await page.keyboard.press('Tab');
  expect(await focusedClass(page)).not.toBe('map-keyboard');
}

describe('the map by keyboard', () => {
  it('on the WebGL map (desktop): arrows between places, said as they go, Enter, Escape and the help', async () => {
    const { page } = chromium.track(await openWatchedPage(chromium.browser, { width: 1366, height: 900 }));
    await page.goto(baseUrl);
    await waitForMapReady(page);
    await walkThrough(page, 'webgl');
  });

  it('on the SVG map (phone)', async () => {
    const { page } = chromium.track(await openWatchedPage(chromium.browser, { width: 390, height: 844, touch: true }));
    await page.goto(baseUrl);
    await waitForMapAnswers(page);
    await walkThrough(page, 'svg-phone');
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('svg');
  });

  it('brings a place that lies off the zoomed-in map into its clear part, not under the legend', async () => {
    const { page } = chromium.track(await openWatchedPage(chromium.browser, { width: 1366, height: 900 }));
    await page.goto(baseUrl);
    await waitForMapReady(page);
    await page.locator('.map-keyboard').focus();
    const camera = () => page.locator('.team-map__canvas').getAttribute('data-camera');
    for (let step = 0; step < 3; step++) {
      const before = await camera();
      await page.keyboard.press('+');
      await expect.poll(camera).not.toBe(before);
    }
    // The southernmost and the northernmost place are both off a map zoomed three steps into the middle.
    for (const key of ['End', 'Home']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(800);
      await expectRingInView(page);
    }
  });

  it('says the distance to a searched place with each move', async () => {
    const { page } = chromium.track(await openWatchedPage(chromium.browser, { width: 1366, height: 900 }));
    await page.goto(baseUrl);
    await waitForMapReady(page);
    await page.getByRole('combobox', { name: 'Plaatsnaam' }).pressSequentially('Amersfoort');
    await page.locator('.place-search__listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.nearby__team').first().waitFor();
    await page.locator('.map-keyboard').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => said(page)).toMatch(/ km van Amersfoort\.$/);
  });
});

describe('the map by keyboard without WebGL', () => {
  const noWebGL = browserWithoutWebGL();

  it('works the same on the SVG map that stays', async () => {
    const watched = await openWatchedPage(noWebGL.browser, { width: 1366, height: 900 });
    const { page } = watched;
    await page.goto(baseUrl);
    await page.locator('.team-map[data-map-mode="static"]').waitFor({ timeout: 30_000 });
    await walkThrough(page, 'no-webgl');
    await watched.context.close();
  });
});
