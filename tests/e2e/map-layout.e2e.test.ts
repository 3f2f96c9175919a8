// The map's layout in the built app: a chosen province is fitted into the part of the map that nothing covers, the
// legend never covers a team, the phone leaves room for the map, the way back is offered after a pan, the embed has
// no inner scrollbar, the PNG export is drawn at 2× (also as a 16:9 slide) and print is readable.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { KIND_STYLE } from '../../src/components/kind-style';
import type { ProvinceCode } from '../../src/domain/provinces';
import { placeGroups } from '../../src/domain/team-places';
import { nearestPlaceGroup, nearestTeamsByKind } from '../../src/domain/nearest-teams';
import { symbolOffset } from '../../src/features/map/map-look';
import { ICON_SIZE } from '../../src/features/map/map-look';
import { browserForThisFile, openWatchedPage, waitForMapReady, type WatchedPage } from './browser';
import { colourCounts, pngPixels } from './canvas-colours';
import { cameraViewPixel, initialViewPixel, parseScreenCamera, type Box, type ScreenCamera } from './map-projection';
import { realPlacesFile, realTeamsFile } from '../fixtures/public-files';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();
const { teams } = realTeamsFile();
const groups = placeGroups(teams);
const HALF = ICON_SIZE / 2;

beforeAll(() => mkdirSync('screenshots', { recursive: true }));

async function open(search: string, width: number, height: number): Promise<WatchedPage> {
  const watched = chromium.track(await openWatchedPage(chromium.browser, { width, height }));
  await watched.page.goto(`${baseUrl}${search}`);
  await waitForMapReady(watched.page);
  return watched;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const intersects = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const inside = (a: Rect, b: Rect) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** The boxes of the elements matching `selector` that are shown, in page coordinates of the viewport. */
function boxesOf(page: Page, selector: string): Promise<(Rect & { name: string })[]> {
  return page.$$eval(selector, (elements) =>
    elements
      .map((element) => ({ rect: element.getBoundingClientRect(), name: element.className }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0)
      .map(({ rect, name }) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, name })),
  );
}

/** The camera once the map has stopped moving (the same on two reads 300 ms apart). */
async function settledCamera(page: Page): Promise<ScreenCamera> {
  const read = () => page.locator('.team-map__canvas').getAttribute('data-camera');
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await read()) ?? '';
        const stable = now !== '' && now === last;
        last = now;
        return stable;
      },
      { interval: 300, timeout: 15_000 },
    )
    .toBe(true);
  const camera = parseScreenCamera(last);
  if (!camera) throw new Error(`no camera on the map: ${last}`);
  return camera;
}

async function canvasBox(page: Page): Promise<Box> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return box;
}

/** Every team symbol's box on screen, for the symbols in `province` (all if null). */
function symbolBoxes(project: (lon: number, lat: number) => { x: number; y: number }, province: ProvinceCode | null) {
  return groups
    .filter((group) => province === null || group.province === province)
    .map((group) => {
      const { x, y } = project(group.coordinates[0], group.coordinates[1]);
      const cx = x + symbolOffset(group);
      return { place: group.place, left: cx - HALF, right: cx + HALF, top: y - HALF, bottom: y + HALF };
    });
}

const squareAt = ({ x, y }: { x: number; y: number }, half: number) => ({
  left: x - half,
  right: x + half,
  top: y - half,
  bottom: y + half,
});

describe('choosing a province', () => {
  for (const [width, height] of [
    [1366, 768],
    [1366, 900],
  ] as const) {
    for (const province of ['NL-LI', 'NL-ZH'] as const) {
      it(`fits every team of ${province} into the visible map at ${width} × ${height}`, async () => {
        const { page } = await open(`?provincie=${province}`, width, height);
        const camera = await settledCamera(page);
        const box = await canvasBox(page);
        const symbols = symbolBoxes((lon, lat) => cameraViewPixel(box, camera, lon, lat), province);
        expect(symbols.length).toBe(groups.filter((g) => g.province === province).length);
        expect(symbols.length).toBeGreaterThan(0);
        const visible = {
          left: Math.max(box.x, 0),
          top: Math.max(box.y, 0),
          right: Math.min(box.x + box.width, width),
          bottom: Math.min(box.y + box.height, height),
        };
        const covering = await boxesOf(
          page,
          '.map-legend, .map-area__reset, .maplibregl-ctrl-top-left .maplibregl-ctrl, .maplibregl-ctrl-attrib',
        );
        expect(covering.some((c) => c.name.includes('map-area__reset'))).toBe(true);
        for (const symbol of symbols) {
          expect(inside(symbol, visible), `${symbol.place} in the visible map`).toBe(true);
          for (const cover of covering)
            expect(intersects(symbol, cover), `${symbol.place} under ${cover.name}`).toBe(false);
        }
        await page.screenshot({ path: `screenshots/fit-${province}-${width}x${height}.png` });
      });
    }
  }

  it('shows the nearest teams of a searched place, Vijlen with them for Maastricht, clear of the legend', async () => {
    const { page } = await open('', 1366, 768);
    await page.getByRole('combobox', { name: 'Plaatsnaam' }).pressSequentially('Maastricht');
    await page
      .getByRole('option', { name: /^Maastricht/ })
      .first()
      .click();
    const place = realPlacesFile().places.find((p) => p.name === 'Maastricht');
    if (!place) throw new Error('Maastricht is not in the gazetteer');
    const maastricht = place.coordinates;
    const nearest = nearestTeamsByKind(maastricht, teams);
    expect(nearest.map((n) => n.location.place)).toContain('Vijlen');
    const nearestGroups = nearest.map((n) => nearestPlaceGroup(n, groups)!);
    await expect
      .poll(() => page.locator('.team-map__canvas').getAttribute('data-selected-places'))
      .toBe(nearestGroups.map((g) => g.key).join(' '));
    const camera = await settledCamera(page);
    const box = await canvasBox(page);
    const project = (lon: number, lat: number) => cameraViewPixel(box, camera, lon, lat);
    const visible = { left: box.x, top: box.y, right: box.x + box.width, bottom: Math.min(box.y + box.height, 768) };
    const covering = await boxesOf(page, '.map-legend, .map-area__reset, .maplibregl-ctrl-top-left .maplibregl-ctrl');
    const shown = [
      ...symbolBoxes(project, null).filter((s) => nearestGroups.some((g) => g.place === s.place)),
      { place: 'Maastricht', ...squareAt(project(...maastricht), 8) },
    ];
    expect(shown.length).toBe(nearestGroups.length + 1);
    for (const symbol of shown) {
      expect(inside(symbol, visible), `${symbol.place} in the visible map`).toBe(true);
      for (const cover of covering)
        expect(intersects(symbol, cover), `${symbol.place} under ${cover.name}`).toBe(false);
    }
  });

  it('zooms to a single team no further than keeps its surroundings in view', async () => {
    const { page } = await open('', 1366, 900);
    const before = await settledCamera(page);
    await page
      .getByRole('button', { name: /^Vijlen/ })
      .first()
      .click();
    await expect.poll(async () => (await settledCamera(page)).zoom).toBeGreaterThan(before.zoom + 1);
    const camera = await settledCamera(page);
    // A province fits at up to zoom 10; a single team stays at most at 9, where the neighbouring towns are named.
    expect(camera.zoom).toBeLessThanOrEqual(9 + 1e-6);
  });
});

describe('the legend', () => {
  for (const [width, height] of [
    [800, 600],
    [320, 480],
  ] as const) {
    it(`covers no team symbol in the ${width} × ${height} embed, and folds away`, async () => {
      const { page } = await open('?embed=1', width, height);
      const box = await canvasBox(page);
      const [legend] = await boxesOf(page, '.map-legend');
      expect(legend).toBeDefined();
      const symbols = symbolBoxes((lon, lat) => initialViewPixel(box, lon, lat), null);
      expect(symbols.length).toBe(groups.length);
      for (const symbol of symbols) expect(intersects(symbol, legend!), symbol.place).toBe(false);
      const toggle = page.getByRole('button', { name: 'Soort team' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('.map-legend__kind').first().isVisible()).toBe(false);
      await page.screenshot({ path: `screenshots/embed-legend-${width}x${height}.png` });
    });
  }
});

describe('on a phone (390 × 844)', () => {
  it('gives the map at least half of the first screen, with the actions behind a menu', async () => {
    const { page } = await open('', 390, 844);
    const box = await canvasBox(page);
    const shown = Math.min(box.y + box.height, 844) - Math.max(box.y, 0);
    expect(shown).toBeGreaterThanOrEqual(844 / 2);
    const title = await page.locator('h1').boundingBox();
    const lineHeight = await page.locator('h1').evaluate((h1) => parseFloat(getComputedStyle(h1).lineHeight) || 0);
    expect(title!.height).toBeLessThan(lineHeight * 1.5);
    // The language stays at hand; the other actions open from the menu.
    expect(await page.getByRole('button', { name: 'Switch to English' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Insluiten' }).isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Insluiten', 'Kaart opslaan als PNG', 'Afdrukken']) {
      const action = await page.getByRole('button', { name }).boundingBox();
      expect(action, name).not.toBeNull();
      expect(action!.x).toBeGreaterThanOrEqual(0);
      expect(action!.x + action!.width).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: 'screenshots/phone-menu.png' });
    // Escape closes the menu and returns to its button.
    await page.getByRole('button', { name: 'Afdrukken' }).focus();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Insluiten' }).isVisible()).toBe(false);
    expect(await menu.evaluate((button) => document.activeElement === button)).toBe(true);
  });
});

describe('the way back to the whole country', () => {
  it('is offered after the user only panned, and brings the country back', async () => {
    const { page } = await open('', 1366, 900);
    const initial = await settledCamera(page);
    const reset = page.getByRole('button', { name: 'Heel Nederland' });
    expect(await reset.count()).toBe(0);
    const box = await canvasBox(page);
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 150, start.y + 90, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => reset.count()).toBe(1);
    const panned = await settledCamera(page);
    // maxBounds may hold one direction at this zoom: the centre has moved, in either.
    expect(Math.hypot(panned.lon - initial.lon, panned.lat - initial.lat)).toBeGreaterThan(0.1);
    await reset.click();
    await expect.poll(() => reset.count()).toBe(0);
    const back = await settledCamera(page);
    expect(back.zoom).toBeCloseTo(initial.zoom, 4);
    expect(back.lon).toBeCloseTo(initial.lon, 4);
    expect(back.lat).toBeCloseTo(initial.lat, 4);
    expect(await page.evaluate(() => new URLSearchParams(window.location.search).has('kaart'))).toBe(false);
  });
});

describe('embedded with the host script', () => {
  it('has no inner scrollbar: the iframe takes the whole height of the page', async () => {
    const watched = chromium.track(await openWatchedPage(chromium.browser, { width: 1000, height: 700 }));
    const { page } = watched;
    const origin = new URL(baseUrl).origin;
    // A host page of its own (about:blank), with the iframe and the host script as the "Insluiten" dialog gives them.
    await page.setContent(
      [
        '<h1>Artikel</h1>',
        `<iframe data-binnenwerk-teamkaart src="${baseUrl}?embed=1&provincie=NL-ZH" title="Kaart" style="width:800px;border:0" height="640"></iframe>`,
        `<script src="${origin}${new URL(baseUrl).pathname}embed/hoogte.js" defer></script>`,
      ].join('\n'),
    );
    const iframe = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-map-ready="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 10_000 }).not.toBe(640);
    const inner = await frame.locator('html').evaluate(() => {
      const panel = document.querySelector('.side-panel');
      return {
        panel: panel ? panel.scrollHeight - panel.clientHeight : null,
        page: document.documentElement.scrollHeight - window.innerHeight,
        overflow: panel ? getComputedStyle(panel).overflowY : null,
      };
    });
    expect(inner.panel).not.toBeNull();
    expect(inner.panel).toBeLessThanOrEqual(0);
    expect(inner.overflow).toBe('visible');
    expect(inner.page).toBeLessThanOrEqual(1);
  });
});

describe('pictures for slides', () => {
  it('saves the view at 2× pixel density, and a 16:9 slide', async () => {
    const { page } = await open('?provincie=NL-ZH', 1366, 900);
    const box = await canvasBox(page);
    const [view] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kaart opslaan als PNG' }).click(),
    ]);
    const viewPng = pngPixels(readFileSync(await view.path()));
    await view.saveAs('screenshots/export-2x.png');
    expect(viewPng.width).toBe(2 * Math.round(box.width));
    expect(viewPng.height).toBeGreaterThan(2 * box.height);
    const [slide] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Dia (16:9) als PNG' }).click(),
    ]);
    expect(slide.suggestedFilename()).toBe('binnenwerk-teams-2021-NL-ZH-dia.png');
    await slide.saveAs('screenshots/export-slide.png');
    const slidePng = pngPixels(readFileSync(await slide.path()));
    expect(slidePng.width / slidePng.height).toBeCloseTo(16 / 9, 3);
    expect(slidePng.width).toBe(2560);
    const counts = colourCounts(slidePng, {
      building: KIND_STYLE.pandgebonden.colour,
      office: KIND_STYLE.administratief.colour,
    });
    expect(counts.building).toBeGreaterThan(100);
    expect(counts.office).toBeGreaterThan(100);
  });
});

describe('print', () => {
  it('prints every text at 9 pt or more, with the chosen province and its teams', async () => {
    const { page } = await open('?provincie=NL-ZH', 1366, 900);
    await page.locator('.jobs-chart').first().waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1123, height: 794 });
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const element = node.parentElement;
        if (!text || !element || element.closest('.visually-hidden, [aria-hidden="true"] *')) continue;
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
        // The size as printed: the computed size times every `zoom` on the way up.
        let zoom = 1;
        for (let e: Element | null = element; e; e = e.parentElement) zoom *= Number(getComputedStyle(e).zoom) || 1;
        const points = (parseFloat(style.fontSize) * zoom * 72) / 96;
        if (points < 9 - 0.01) found.push(`${points.toFixed(1)} pt: ${text.slice(0, 40)} (${element.className})`);
      }
      return found;
    });
    expect(small).toEqual([]);
    // The chosen province's teams are on paper, each by name.
    const listed = await page.locator('.details__teams li').allTextContents();
    const inProvince = teams.filter((t) => t.locations.some((l) => l.province === 'NL-ZH'));
    expect(listed.length).toBe(inProvince.length);
    expect(await page.locator('.details__teams').isVisible()).toBe(true);
    await page.screenshot({ path: 'screenshots/print-NL-ZH.png', fullPage: true });
    await page.pdf({ path: 'screenshots/print-NL-ZH.pdf', preferCSSPageSize: true });
  });
});
