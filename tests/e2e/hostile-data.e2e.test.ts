// Hostile data beyond the fault catalogue (issue 19): text that is too long, written right to left or in emoji,
// numbers JSON does not know, very large files, a province of 100,000 vertices, JSON nested 100,000 deep; and a
// camera panned as far as it goes. Each ends in a page that still works and says what is wrong, if anything.
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseUrlState } from '../../src/domain/url-state';
import { syntheticTeamsFromPublicFiles } from '../../bench/synthetic-teams';
import { DATA_FILES, readPublicText } from '../fixtures/public-files';
import { browserForThisFile, openWatchedPage, waitForMapAnswers, waitForMapReady, type WatchedPage } from './browser';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

type TeamsJson = { teams: { id: string; printedAs: string; locations: { place: string }[] }[] };
const realTeams = () => JSON.parse(readPublicText(DATA_FILES.teams)) as TeamsJson;

async function openWith(
  files: Partial<Record<string, string>>,
  {
    width = 1280,
    height = 900,
    query = '',
    reducedMotion = 'reduce',
  }: { width?: number; height?: number; query?: string; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<WatchedPage> {
  const watched = await openWatchedPage(chromium.browser, { width, height, reducedMotion });
  chromium.track(watched);
  for (const [path, body] of Object.entries(files)) {
    await watched.page.route(`${baseUrl}${path}`, (route: Route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: body ?? '' }),
    );
  }
  await watched.page.goto(`${baseUrl}${query}`);
  return watched;
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('hostile data', () => {
  it.each([1280, 320])('wraps a 10,000-character name at %i px, and keeps all of it', async (width) => {
    const file = realTeams();
    const team = file.teams[0]!;
    const name = 'Ab'.repeat(5_000);
    team.printedAs = name;
    team.locations[0]!.place = name;
    const { page, pageErrors } = await openWith(
      { [DATA_FILES.teams]: JSON.stringify(file) },
      {
        width,
        query: `?team=${team.id}`,
      },
    );
    await waitForMapAnswers(page);
    const heading = page.locator('#details-title');
    await heading.waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    expect((await heading.textContent())?.includes(name)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('shows right-to-left and emoji text as written, without widening the page', async () => {
    const file = realTeams();
    const team = file.teams[0]!;
    team.printedAs = 'בארן 🌳🌲 Baarn مرحبا';
    team.locations[0]!.place = team.printedAs;
    const { page } = await openWith(
      { [DATA_FILES.teams]: JSON.stringify(file) },
      { width: 320, query: `?team=${team.id}` },
    );
    await waitForMapAnswers(page);
    await expect.poll(() => page.locator('#details-title').textContent()).toContain(team.printedAs);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
  });

  it('names a coordinate written as NaN or Infinity, and keeps the map and figures', async () => {
    const text = readPublicText(DATA_FILES.teams).replace(/"coordinates": \[\s*[\d.]+/, '"coordinates": [NaN');
    const { page } = await openWith({ [DATA_FILES.teams]: text });
    await expect.poll(() => page.locator('.side-panel .data-error').textContent()).toMatch(/NaN en Infinity/);
    await waitForMapReady(page);
    await page.getByRole('heading', { name: /Banen per werksoort/ }).waitFor();
  });

  it('answers JSON nested 100,000 deep with a message, without freezing the tab', async () => {
    const deep = `{"teams": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const { page, pageErrors } = await openWith({ [DATA_FILES.teams]: deep });
    await page.locator('.side-panel .data-error').waitFor({ timeout: 30_000 });
    // Still answering: the language switch works.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('draws a province of 100,000 vertices and selects it', async () => {
    const provinces = JSON.parse(readPublicText(DATA_FILES.provinces)) as {
      features: {
        properties: { code: string };
        geometry: { type: string; coordinates: number[][][] | number[][][][] };
      }[];
    };
    const utrecht = provinces.features.find((f) => f.properties.code === 'NL-UT')!;
    const ring = (
      utrecht.geometry.type === 'Polygon'
        ? (utrecht.geometry.coordinates as number[][][])[0]
        : (utrecht.geometry.coordinates as number[][][][])[0]![0]
    )!;
    // The same outline, with 100,000 points along its edges.
    const perEdge = Math.ceil(100_000 / (ring.length - 1));
    const dense: number[][] = [];
    for (let i = 0; i < ring.length - 1; i++) {
      const [a, b] = [ring[i]!, ring[i + 1]!];
      for (let k = 0; k < perEdge; k++)
        dense.push([a[0]! + ((b[0]! - a[0]!) * k) / perEdge, a[1]! + ((b[1]! - a[1]!) * k) / perEdge]);
    }
    dense.push(dense[0]!);
    expect(dense.length).toBeGreaterThanOrEqual(100_000);
    utrecht.geometry = { type: 'Polygon', coordinates: [dense] };
    const { page, pageErrors } = await openWith({ [DATA_FILES.provinces]: JSON.stringify(provinces) });
    await waitForMapReady(page, 60_000);
    await page
      .getByRole('button', { name: /^Utrecht/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#details-title').textContent()).toContain('Utrecht');
    expect(pageErrors).toEqual([]);
  });

  it('stays up with 50,000 teams in a file of more than 5 MB', async () => {
    const file = JSON.stringify(syntheticTeamsFromPublicFiles('public', 50_000));
    expect(file.length).toBeGreaterThan(5_000_000);
    const { page, pageErrors } = await openWith({ [DATA_FILES.teams]: file });
    await waitForMapReady(page, 90_000);
    await page
      .getByRole('button', { name: /^Zeeland/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#details-title').textContent(), { timeout: 30_000 }).toContain('Zeeland');
    expect(pageErrors).toEqual([]);
  });
});

describe('the camera', () => {
  it('cannot be panned off the Netherlands: the view it writes into the address is one a link may name', async () => {
    const { page } = await openWith({});
    await waitForMapReady(page);
    const canvas = page.locator('.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    // Drag the map far to the north-west, several times (it would follow onto a blank grey world), from the middle
    // of the map, away from its controls.
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    for (let i = 0; i < 4; i++) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + box.width / 2 - 10, y + box.height / 2 - 10, { steps: 8 });
      await page.mouse.up();
    }
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('kaart=');
    const written = await page.evaluate(() => window.location.search);
    expect(parseUrlState(written).camera).not.toBeNull();
  });
});

describe('what the user does', () => {
  it.each(['?team=natuur-zonnemaire', '?provincie=NL-GE', '?plaats=den-haag-pandgebonden'])(
    'keeps the view %s when Escape closes the embed dialog',
    async (query) => {
      const { page } = await openWith({}, { query });
      await waitForMapAnswers(page);
      const before = await page.evaluate(() => window.location.search);
      await page.getByRole('button', { name: 'Insluiten' }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => window.location.search)).toBe(before);
      await page.locator('.details h2').waitFor();
    },
  );

  it('keeps the page as wide as a 320 px screen when a very long word is typed in the search box', async () => {
    const { page } = await openWith({}, { width: 320, height: 640 });
    await waitForMapAnswers(page);
    const typed = 'x'.repeat(200);
    await page.getByRole('combobox', { name: /^(Plaatsnaam|Place name)$/ }).fill(typed);
    const status = page.locator('.place-search [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Geen plaats gevonden/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    // The status repeats enough to recognise what was typed, not all of it.
    expect((await status.textContent())!.length).toBeLessThan(80);
  });
});

describe('a province link with motion allowed', () => {
  it('opens on the province without freezing the page (no camera flight drawn without a GPU)', async () => {
    const watched = await openWatchedPage(chromium.browser, { reducedMotion: 'no-preference' });
    chromium.track(watched);
    const { page } = watched;
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${baseUrl}?provincie=NL-UT`);
    await waitForMapReady(page);
    await expect.poll(() => page.locator('.details h2').textContent()).toBe('Utrecht');
    await page.waitForTimeout(2_000);
    const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
    // A flight over software WebGL froze the page for 2–4 s in one task; without it the longest is a few hundred ms.
    expect(longest).toBeLessThan(1_500);
  });
});
