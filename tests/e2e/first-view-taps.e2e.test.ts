// The first view answers before the app has started (src/first-view-taps.ts): the app's script is held back, a team
// symbol or a province on the static map of index.html is clicked or tapped, and its details are on screen; then the
// app is let through and opens on the same choice, as its own map would have answered it.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseTeamsFile } from '../../src/data/teams-file';
import { PROVINCE_NAMES, type ProvinceCode } from '../../src/domain/provinces';
import { placeGroups, placeSlug } from '../../src/domain/team-places';
import { placeSummary } from '../../src/domain/place-summary';
import { MESSAGES } from '../../src/i18n/messages';
import { browserForThisFile, openWatchedPage, waitForMapAnswers, type WatchedPage } from './browser';
import { initialViewPixel } from './map-projection';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

const teamsFile = parseTeamsFile(JSON.parse(readFileSync('public/data/2021/teams.json', 'utf8')));
/** A place with one team, so that its details are headed by the place's name. */
const PLACE = 'Baarn';
const group = placeGroups(teamsFile.teams).find((g) => g.place === PLACE)!;

interface HeldPage extends WatchedPage {
  /** Lets the app's script through. */
  release: () => void;
}

/** A page whose app script (index-*.js) waits until `release`: only index.html and the first view's taps run. */
async function openHeld(search: string, size: { width: number; height: number; touch?: boolean }): Promise<HeldPage> {
  const watched = chromium.track(await openWatchedPage(chromium.browser, size));
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await watched.page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await watched.page.goto(`${baseUrl}${search}`, { waitUntil: 'commit' });
  // The first view's script has run once its listeners answer: wait for the answer place to exist and the map to lay out.
  await watched.page.waitForSelector('#first-view-answer', { state: 'attached' });
  await watched.page.waitForFunction(
    () => (document.querySelector('#first-view')?.getBoundingClientRect().width ?? 0) > 0,
  );
  // A visitor taps what is on screen: after a frame has been drawn. A touch sent before the first frame of a phone's
  // page can land where the page's scale is not yet in place (a tap on Baarn's symbol reached Gelderland).
  await watched.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return { ...watched, release };
}

async function placePixel(page: Page) {
  const box = await page.locator('.team-map').boundingBox();
  if (!box) throw new Error('no map box');
  const [lon, lat] = group.coordinates;
  return initialViewPixel(box, lon, lat);
}

/**
 * A selector for the part of the page's SVG map at the size on screen: the first view carries its symbols and names
 * at two sizes, and map.css shows one; the app's map has one size (the whole picture).
 */
async function shownSize(page: Page): Promise<string> {
  const scale = await page.evaluate(() =>
    [...document.querySelectorAll('.team-map svg.static-map [data-first-view-scale]')]
      .find((size) => getComputedStyle(size).display !== 'none')
      ?.getAttribute('data-first-view-scale'),
  );
  return scale ? `.team-map svg.static-map [data-first-view-scale="${scale}"]` : '.team-map svg.static-map';
}

/** The ring of `key` at the size the first view shows. */
async function shownRing(page: Page, key: string) {
  return page.locator(`${await shownSize(page)} [data-ring="${key}"]`);
}

/**
 * A point on the first view inside a province (`wanted`, or any) and away from every symbol (found in the page, from
 * the picture).
 */
async function provincePoint(page: Page, wanted?: ProvinceCode): Promise<{ x: number; y: number; code: ProvinceCode }> {
  const found = await page.evaluate(
    ([wanted, size]) => {
      const svg = document.querySelector<SVGSVGElement>('#first-view')!;
      const box = svg.getBoundingClientRect();
      const matrix = svg.getScreenCTM()!;
      const shown = document.querySelector(size)!;
      const rings = [...shown.querySelectorAll<SVGElement>('[data-ring]')].map((ring) => {
        const [x, y] = ring.dataset.at!.split(',').map(Number) as [number, number];
        return new DOMPoint(x, y).matrixTransform(matrix);
      });
      // Any province: away from the edges; a wanted one: wherever it is (Zuid-Holland lies on the western edge).
      const start = wanted ? 0 : 0.3;
      for (let y = box.top + box.height * start; y < box.bottom; y += 7)
        for (let x = box.left + box.width * start; x < box.right; x += 7) {
          const code = document.elementFromPoint(x, y)?.getAttribute('data-province');
          if (
            code &&
            (!wanted || code === wanted) &&
            rings.every((ring) => Math.hypot(ring.x - x, ring.y - y) > (wanted ? 30 : 40))
          )
            return { x, y, code };
        }
      return null;
    },
    [wanted, await shownSize(page)] as const,
  );
  if (!found) throw new Error('no point inside a province away from the symbols');
  return found as { x: number; y: number; code: ProvinceCode };
}

const answerHeading = (page: Page) => page.locator('#first-view-answer .details #details-title');

describe('the first view answers before the app has started', () => {
  it('a click on a team symbol shows its details, marks it and puts it in the address; the app opens on it', async () => {
    const held = await openHeld('', { width: 1366, height: 900 });
    const { page } = held;
    const { x, y } = await placePixel(page);
    await page.mouse.click(x, y);
    await expect.poll(() => answerHeading(page).textContent()).toBe(PLACE);
    expect(await answerHeading(page).isVisible()).toBe(true);
    expect(await page.locator('.side-panel__loading').isVisible()).toBe(false);
    expect(await page.evaluate(() => window.location.search)).toBe(
      `?plaats=${placeSummary(placeGroups(teamsFile.teams), group.key)!.slug}`,
    );
    expect(await (await shownRing(page, group.key)).getAttribute('visibility')).toBe('visible');
    // The app has not run: only the first view answered.
    expect(await page.locator('[data-map-ready]').count()).toBe(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    held.release();
    await waitForMapAnswers(page);
    await expect.poll(() => page.locator('.details h2').textContent()).toBe(PLACE);
    expect(await page.locator('#first-view-answer').count()).toBe(0);
    expect(await page.locator(`[data-selected-place="${group.key}"]`).count()).toBe(1);
    expect(await page.evaluate(() => window.location.search)).toBe(
      `?plaats=${placeSummary(placeGroups(teamsFile.teams), group.key)!.slug}`,
    );
    expect(held.pageErrors).toEqual([]);
  });

  it('a province selects; Sluiten and Escape close the answer and take it out of the address', async () => {
    const held = await openHeld('?taal=en', { width: 1366, height: 900 });
    const { page } = held;
    const point = await provincePoint(page);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => answerHeading(page).textContent()).toBe(PROVINCE_NAMES[point.code]);
    expect(await page.evaluate(() => window.location.search)).toBe(`?taal=en&provincie=${point.code}`);
    // In the language the link asks for.
    expect(await page.locator('#first-view-answer .details__close').textContent()).toBe('Close');
    const province = page.locator(`#first-view [data-province="${point.code}"]`);
    expect(await province.getAttribute('fill')).not.toBeNull();
    await page.locator('#first-view-answer .details__close').click();
    expect(await page.locator('#first-view-answer').isHidden()).toBe(true);
    expect(await province.getAttribute('fill')).toBeNull();
    expect(await page.evaluate(() => window.location.search)).toBe('?taal=en');

    const { x, y } = await placePixel(page);
    await page.mouse.click(x, y);
    await expect.poll(() => answerHeading(page).textContent()).toBe(PLACE);
    await page.keyboard.press('Escape');
    expect(await page.locator('#first-view-answer').isHidden()).toBe(true);
    expect(await page.evaluate(() => window.location.search)).toBe('?taal=en');

    held.release();
    await waitForMapAnswers(page);
    await expect.poll(() => page.locator('.details h2').textContent()).toBe(MESSAGES.en.detailsTitle);
    expect(held.pageErrors).toEqual([]);
  });

  it('a team chosen from a province’s answer by keyboard gets its own details; the app opens on the team', async () => {
    // A team that shares its place, so that its details are its own, not its place's.
    const groups = placeGroups(teamsFile.teams);
    const team = teamsFile.teams.find(
      (t) => t.locations.length === 1 && placeSummary(groups, placeSlug(t.locations[0]!.place))!.teamIds.length > 1,
    )!;
    const province = team.locations[0]!.province;
    const held = await openHeld('', { width: 1366, height: 900 });
    const { page } = held;
    const point = await provincePoint(page, province);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => answerHeading(page).textContent()).toBe(PROVINCE_NAMES[province]);
    await page.locator(`#first-view-answer [data-selects="team=${team.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe(`?team=${team.id}`);
    const heading = await answerHeading(page).textContent();
    expect(heading).not.toBe(PROVINCE_NAMES[province]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    const symbol = groups.find((g) => g.teamIds.includes(team.id))!.key;
    expect(await (await shownRing(page, symbol)).getAttribute('visibility')).toBe('visible');
    expect(await page.locator('[data-map-ready]').count()).toBe(0);

    held.release();
    await waitForMapAnswers(page);
    await expect.poll(() => page.locator('.details h2').textContent()).toBe(heading);
    expect(await page.evaluate(() => window.location.search)).toBe(`?team=${team.id}`);
    expect(held.pageErrors).toEqual([]);
  });

  it('on a small phone the answer leaves the tapped symbol in sight, in the north and in the south', async () => {
    const groups = placeGroups(teamsFile.teams);
    const byLatitude = [...groups].sort((a, b) => a.coordinates[1] - b.coordinates[1]);
    const held = await openHeld('', { width: 320, height: 640, touch: true });
    const { page } = held;
    for (const symbol of [byLatitude[0]!, byLatitude.at(-1)!]) {
      const ring = await shownRing(page, symbol.key);
      const at = await ring.evaluate((found: SVGCircleElement) => {
        const [x, y] = found.dataset.at!.split(',').map(Number) as [number, number];
        const point = new DOMPoint(x, y).matrixTransform(found.ownerSVGElement!.getScreenCTM()!);
        return { x: point.x, y: point.y };
      });
      await page.touchscreen.tap(at.x, at.y);
      await expect.poll(() => ring.getAttribute('visibility')).toBe('visible');
      const answer = (await page.locator('#first-view-answer').boundingBox())!;
      const marked = (await ring.boundingBox())!;
      const overlaps =
        marked.x < answer.x + answer.width &&
        answer.x < marked.x + marked.width &&
        marked.y < answer.y + answer.height &&
        answer.y < marked.y + marked.height;
      expect(overlaps, symbol.place).toBe(false);
      expect(answer.y).toBeGreaterThanOrEqual(0);
      expect(answer.y + answer.height).toBeLessThanOrEqual(640);
      await page.locator('#first-view-answer .details__close').tap();
    }
    expect(held.pageErrors).toEqual([]);
  });

  it('on a phone the answer to a tap is on screen, and the app carries on with its card at the symbol', async () => {
    const size = { width: 390, height: 844 };
    const held = await openHeld('', { ...size, touch: true });
    const { page } = held;
    const { x, y } = await placePixel(page);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => answerHeading(page).textContent()).toBe(PLACE);
    const answer = await page.locator('#first-view-answer').boundingBox();
    expect(answer).not.toBeNull();
    expect(answer!.y).toBeGreaterThanOrEqual(0);
    expect(answer!.y + answer!.height).toBeLessThanOrEqual(size.height);
    expect(answer!.x + answer!.width).toBeLessThanOrEqual(size.width);

    held.release();
    await waitForMapAnswers(page);
    const card = page.locator(`.place-card[data-place]`);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('.place-card__title > span').first().textContent()).toBe(PLACE);
    // The card is at the symbol the finger was on, where the app's map draws it (its page is laid out a little
    // differently from index.html's).
    await expect.poll(() => card.getAttribute('data-anchor')).not.toBe('');
    const anchor = (await card.getAttribute('data-anchor'))!.split(',').map(Number) as [number, number];
    const area = (await page.locator('.map-area').boundingBox())!;
    const ring = (await page.locator(`[data-selected-place="${group.key}"]`).boundingBox())!;
    const centre = { x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 };
    expect(Math.hypot(area.x + anchor[0] - centre.x, area.y + anchor[1] - centre.y)).toBeLessThan(2);
    expect(held.pageErrors).toEqual([]);
  });
});

describe('the first view before the app has started', () => {
  /** The height on screen of Baarn's name and symbol, in whichever picture the page shows. */
  const sizes = async (page: Page) =>
    page.evaluate(
      ([key, size]) => {
        const shown = document.querySelector(size)!;
        const name = shown.querySelector(`[data-place-label="${key}"]`)?.getBoundingClientRect().height ?? 0;
        const symbols = shown.querySelector('[data-kind="natuurbeheer"] path')?.getBoundingClientRect();
        return { name, symbols: symbols ? Math.round(symbols.width) : 0 };
      },
      [placeSlug(PLACE), await shownSize(page)] as const,
    );

  for (const size of [
    { width: 390, height: 844, touch: true },
    { width: 800, height: 600, search: '?embed=1' },
    { width: 1366, height: 900 },
  ]) {
    it(`shows its names and symbols at the app's size, readable, at ${size.width} × ${size.height}`, async () => {
      const held = await openHeld(size.search ?? '', size);
      const before = await sizes(held.page);
      held.release();
      await waitForMapAnswers(held.page);
      const after = await sizes(held.page);
      // A 13 px name is about 15 px high on screen; a name drawn for a wider picture was 6 px on a phone.
      expect(before.name).toBeGreaterThan(12);
      expect(before.name / after.name).toBeGreaterThan(0.8);
      expect(before.name / after.name).toBeLessThan(1.25);
      // The symbols of a kind span about the same width of the picture: they stand where they stood.
      expect(Math.abs(before.symbols - after.symbols)).toBeLessThan(0.1 * after.symbols);
    });
  }
});
