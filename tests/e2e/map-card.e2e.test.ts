// The place at a symbol, in the built app in Chromium: a tooltip when the mouse is on a symbol (WebGL map), a card
// where a finger tapped (phone, 320 × 480 embed) that is wholly on screen and inside the map, and its way to the
// details.
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForThisFile, openWatchedPage, startWebGLMap, waitForMapReady } from './browser';
import { initialViewPixel, type Box } from './map-projection';
import { teamsAtPlace } from '../fixtures/real-counts';
import { realTeamsFile } from '../fixtures/public-files';
import { placeGroups } from '../../src/domain/team-places';
import { symbolOffset } from '../../src/features/map/map-look';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();
const groups = placeGroups(realTeamsFile().teams);
const DEN_HAAG = `${teamsAtPlace('Den Haag', 'pandgebonden')} pandgebonden en ${teamsAtPlace('Den Haag', 'administratief')} administratieve teams`;
/** Half a symbol and its ring: a card over this box around the centre would hide the symbol. */
const SYMBOL_HALF = 15;

mkdirSync('screenshots', { recursive: true });

async function open(query: string, size: { width: number; height: number }, touch = false) {
  const watched = browser.track(await openWatchedPage(browser.browser, { ...size, touch }));
  await watched.page.goto(`${baseUrl}${query}`);
  await waitForMapReady(watched.page);
  return watched;
}

/** Where a symbol (`den-haag-pandgebonden`) is on screen in the first view. */
async function symbolPoint(page: Page, key: string) {
  const group = groups.find((g) => g.key === key)!;
  const box: Box | null = await page.locator('.team-map').boundingBox();
  if (!box) throw new Error('no map canvas');
  const point = initialViewPixel(box, ...group.coordinates);
  return { x: point.x + symbolOffset(group), y: point.y };
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

function contains(outer: Box, inner: Box) {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

function covers(overlay: Box, point: { x: number; y: number }) {
  return (
    overlay.x < point.x + SYMBOL_HALF &&
    overlay.x + overlay.width > point.x - SYMBOL_HALF &&
    overlay.y < point.y + SYMBOL_HALF &&
    overlay.y + overlay.height > point.y - SYMBOL_HALF
  );
}

/** The symbol the overlay points at, on the page (its data-anchor is in the map area's coordinates). */
async function anchorOf(page: Page, selector: string) {
  const area = await box(page, '.map-area');
  const [x, y] = (await page.locator(selector).getAttribute('data-anchor'))!.split(',').map(Number) as [number, number];
  return { x: area.x + x, y: area.y + y };
}

describe('the tooltip at a symbol (mouse, WebGL map)', () => {
  it('names the place, its kinds and numbers of teams, at the symbol and inside the map', async () => {
    const { page } = await open('', { width: 1366, height: 900 });
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('webgl');
    const denHaag = await symbolPoint(page, 'den-haag-pandgebonden');
    await page.mouse.move(denHaag.x, denHaag.y);
    const tooltip = page.locator('.map-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe(`Den Haag — ${DEN_HAAG}`);
    expect(await tooltip.getAttribute('aria-hidden')).toBe('true');
    const tip = await box(page, '.map-tooltip');
    expect(contains(await box(page, '.map-area'), tip)).toBe(true);
    expect(covers(tip, denHaag)).toBe(false);
    // Beside the symbol, not somewhere else on the map.
    expect(Math.abs(tip.x + tip.width / 2 - denHaag.x)).toBeLessThan(tip.width / 2 + 40);
    expect(Math.abs(tip.y + tip.height / 2 - denHaag.y)).toBeLessThan(tip.height / 2 + 40);
    await page.screenshot({ path: 'screenshots/map-tooltip-den-haag.png' });

    // The other kind at the same place says the same place.
    const admin = await symbolPoint(page, 'den-haag-administratief');
    await page.mouse.move(admin.x, admin.y);
    await expect.poll(() => tooltip.textContent()).toBe(`Den Haag — ${DEN_HAAG}`);

    const baarn = await symbolPoint(page, 'baarn-natuurbeheer');
    await page.mouse.move(baarn.x, baarn.y);
    await expect.poll(() => tooltip.textContent()).toBe('Baarn — 1 team bos- en natuurbeheer');

    // Off the symbols (the North Sea), no tooltip.
    const area = await box(page, '.map-area');
    await page.mouse.move(area.x + 60, area.y + area.height / 2);
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('opens no card for a mouse click on a wide screen: the details are beside the map', async () => {
    const { page } = await open('', { width: 1366, height: 900 });
    const baarn = await symbolPoint(page, 'baarn-natuurbeheer');
    await page.mouse.click(baarn.x, baarn.y);
    await page.locator('.details').getByRole('heading', { level: 2, name: 'Baarn', exact: true }).waitFor();
    expect(await page.locator('.place-card').count()).toBe(0);
  });

  it('opens a card for a mouse click in the embed only where its details are under the map', async () => {
    const clickBaarn = async (size: { width: number; height: number }) => {
      const { page } = await open('?embed=1', size);
      const baarn = await symbolPoint(page, 'baarn-natuurbeheer');
      await page.mouse.click(baarn.x, baarn.y);
      await page.locator('.details').getByRole('heading', { level: 2, name: 'Baarn', exact: true }).waitFor();
      // The card opens in the same render as the details, and follows its symbol after two frames.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      return page.locator('.place-card').count();
    };
    // 800 × 600: the details stand beside the map; a card would cover the map and say it twice. (At this size
    // Utrecht's symbol overlaps Baarn's: the click goes to the symbol nearest to it, Baarn's.)
    expect(await clickBaarn({ width: 800, height: 600 })).toBe(0);
    expect(await clickBaarn({ width: 320, height: 480 })).toBe(1);
  });
});

describe('the card at a tapped symbol', () => {
  for (const [name, query, size] of [
    ['phone', '', { width: 390, height: 844 }],
    ['embed', '?embed=1', { width: 320, height: 480 }],
  ] as const) {
    it(`${name} ${size.width} × ${size.height}: on screen where the finger was, inside the map, not over the symbol`, async () => {
      const { page } = await open(query, size, true);
      const denHaag = await symbolPoint(page, 'den-haag-pandgebonden');
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.touchscreen.tap(denHaag.x, denHaag.y);
      const card = page.locator('.place-card');
      await expect.poll(() => card.evaluate((e) => getComputedStyle(e).visibility), { timeout: 5_000 }).toBe('visible');
      // No scrolling to get the answer.
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      expect(await card.textContent()).toContain('Den Haag');
      expect(await card.textContent()).toContain(`${teamsAtPlace('Den Haag', 'pandgebonden')} pandgebonden teams`);
      expect(await card.textContent()).toContain(`${teamsAtPlace('Den Haag', 'administratief')} administratieve teams`);
      const cardBox = await box(page, '.place-card');
      expect(contains({ x: 0, y: 0, ...size }, cardBox), 'inside the viewport').toBe(true);
      expect(contains(await box(page, '.map-area'), cardBox), 'inside the map').toBe(true);
      const symbol = await anchorOf(page, '.place-card');
      expect(contains(await box(page, '.map-area'), { ...symbol, width: 0, height: 0 })).toBe(true);
      expect(covers(cardBox, symbol), 'the card leaves the symbol free').toBe(false);
      // No tooltip for a finger.
      expect(await page.locator('.map-tooltip').count()).toBe(0);
      await page.screenshot({ path: `screenshots/map-card-${name}.png` });
      // The card, and the details with the report's contact below, pass axe.
      await page.locator('.details__contact a[href^="mailto:"]').waitFor({ state: 'attached' });
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

      // Its button leads to the full details, which take focus (and so come into view).
      await card.getByRole('button', { name: 'Alle details' }).tap();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Den Haag');
      const heading = page.locator('.details h2');
      expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
      const headingBox = await box(page, '.details h2');
      expect(contains({ x: 0, y: 0, ...size }, headingBox), 'the details heading in view').toBe(true);
      expect(await page.locator('.details__summary').textContent()).toBe(DEN_HAAG);
      expect(await card.count()).toBe(0);
    });
  }

  it('opens as well on the WebGL map, once a zoom has started it (phone)', async () => {
    const { page } = await open('', { width: 390, height: 844 }, true);
    await startWebGLMap(page);
    await page.getByRole('button', { name: 'Heel Nederland' }).tap();
    await page.waitForFunction(() => !document.querySelector('.map-area__reset'));
    await page.waitForTimeout(300);
    const denHaag = await symbolPoint(page, 'den-haag-pandgebonden');
    await page.touchscreen.tap(denHaag.x, denHaag.y);
    const card = page.locator('.place-card');
    await expect.poll(() => card.evaluate((e) => getComputedStyle(e).visibility), { timeout: 5_000 }).toBe('visible');
    expect(await card.textContent()).toContain('Den Haag');
    expect(covers(await box(page, '.place-card'), await anchorOf(page, '.place-card'))).toBe(false);
  });

  it('closes with its close button and with Escape, which leaves the details open', async () => {
    const { page } = await open('', { width: 390, height: 844 }, true);
    // Vijlen stands alone in the south: no other symbol within a finger's reach.
    const vijlen = await symbolPoint(page, 'vijlen-natuurbeheer');
    const card = page.locator('.place-card');
    await page.touchscreen.tap(vijlen.x, vijlen.y);
    await card.getByRole('button', { name: 'Sluiten' }).tap();
    expect(await card.count()).toBe(0);
    const heading = page.locator('.details').getByRole('heading', { level: 2, name: 'Vijlen', exact: true });
    await heading.waitFor();
    // Back to the first view, where the symbol is where it was, and tap it again.
    await page.getByRole('button', { name: 'Heel Nederland' }).tap();
    await page.waitForFunction(() => !document.querySelector('.map-area__reset'));
    await page.waitForTimeout(300);
    await page.touchscreen.tap(vijlen.x, vijlen.y);
    await card.waitFor();
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await heading.isVisible()).toBe(true);
    // A second Escape is the page's: it closes the details.
    await page.keyboard.press('Escape');
    await page.locator('.details').getByRole('heading', { level: 2, name: 'Details', exact: true }).waitFor();
  });
});
