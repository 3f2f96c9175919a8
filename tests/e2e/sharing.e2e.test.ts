// Shareable views in the built app: the URL restores a view, survives hostile values, follows back/forward;
// the embed layout, the PNG export and the print layout.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { KIND_STYLE } from '../../src/components/kind-style';
import { browserForThisFile, openWatchedPage, waitForMapAnswers, waitForMapReady, type WatchedPage } from './browser';
import { REAL } from '../fixtures/real-counts';
import { canvasColourCounts, colourCounts, hexOf, pngPixels } from './canvas-colours';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

async function open(search: string, size: { width?: number; height?: number } = {}): Promise<WatchedPage> {
  const watched = chromium.track(await openWatchedPage(chromium.browser, size));
  await watched.page.goto(`${baseUrl}${search}`);
  await waitForMapReady(watched.page);
  return watched;
}

const detailsHeading = (watched: WatchedPage) => watched.page.locator('.details h2').textContent();
const search = (watched: WatchedPage) => watched.page.evaluate(() => window.location.search);

describe('a view in the URL', () => {
  it('opens on the province, kind filter and language the link names', async () => {
    const watched = await open('?provincie=NL-LI&soort=natuurbeheer&taal=en');
    expect(await detailsHeading(watched)).toBe('Limburg');
    expect(await watched.page.locator('html').getAttribute('lang')).toBe('en');
    const pressed = watched.page.locator('.map-legend__kind[aria-pressed="true"]');
    await expect.poll(() => pressed.count()).toBe(1);
    expect(await pressed.textContent()).toContain(`(${REAL.teamsOfKind.natuurbeheer})`);
    // Zoomed in on Limburg with only nature teams: green symbols, no orange or blue ones on the canvas.
    const colours = await canvasColourCounts(watched.page, {
      nature: KIND_STYLE.natuurbeheer.colour,
      building: KIND_STYLE.pandgebonden.colour,
      office: KIND_STYLE.administratief.colour,
    });
    expect(colours.nature).toBeGreaterThan(50);
    expect(colours.building).toBe(0);
    expect(colours.office).toBe(0);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('opens on a team, and on a shared camera view', async () => {
    const watched = await open('?team=pand-den-haag-3&kaart=11/52.08/4.3');
    expect(await detailsHeading(watched)).toBe('Den Haag, team 3 van 9');
    // The camera param is kept as given (the view was not re-fitted to the team).
    expect(await search(watched)).toBe('?team=pand-den-haag-3&kaart=11/52.08/4.3');
    await watched.context.close();
  });

  it.each([
    [
      'script text and unknown values',
      '?provincie=%3Cscript%3Ealert(1)%3C/script%3E&soort=%3Cimg%20src=x%20onerror=alert(2)%3E&taal=xx',
    ],
    [
      'an unknown team and absurd numbers',
      '?team=bestaat-niet&kaart=1e308/-999/NaN&embed=%22%3E%3Csvg%20onload=alert(3)%3E',
    ],
    ['a very long value', `?plaats=${'a-'.repeat(3000)}b`],
  ])('falls back to the default view on %s, and cleans the URL', async (_case, hostile) => {
    const watched = await openWatchedPage(chromium.browser);
    const dialogs: string[] = [];
    watched.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await watched.page.goto(`${baseUrl}${hostile}`);
    await waitForMapAnswers(watched.page);
    expect(await detailsHeading(watched)).toBe('Details');
    expect(await watched.page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await watched.page.locator('script:not([src]), img[src="x"], svg[onload]').count()).toBe(0);
    await expect.poll(() => search(watched)).toBe('');
    expect(dialogs).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('writes choices to the URL and follows back and forward', async () => {
    const watched = await open('');
    const { page } = watched;
    await page.getByRole('button', { name: 'Utrecht (2 teams)' }).click();
    await expect.poll(() => search(watched)).toBe('?provincie=NL-UT');
    await page.getByRole('button', { name: 'Alleen pandgebonden' }).click();
    await expect.poll(() => search(watched)).toBe('?provincie=NL-UT&soort=pandgebonden');
    await page.getByRole('button', { name: 'Groningen, Pandgebonden' }).click();
    await expect.poll(() => search(watched)).toBe('?team=pand-groningen&soort=pandgebonden');
    expect(await detailsHeading(watched)).toBe('Groningen');

    await page.goBack();
    await expect.poll(() => search(watched)).toBe('?provincie=NL-UT&soort=pandgebonden');
    expect(await detailsHeading(watched)).toBe('Utrecht');
    await page.goBack();
    expect(await detailsHeading(watched)).toBe('Utrecht');
    expect(await page.getByRole('button', { name: 'Alleen pandgebonden' }).first().getAttribute('aria-pressed')).toBe(
      'false',
    );
    await page.goBack();
    await expect.poll(() => detailsHeading(watched)).toBe('Details');
    await page.goForward();
    await expect.poll(() => detailsHeading(watched)).toBe('Utrecht');
    // A language switch replaces the entry instead of adding one.
    const length = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => search(watched)).toBe('?provincie=NL-UT&taal=en');
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });
});

describe('the embed mode', () => {
  it('fits 320 × 480 without sideways scrolling, map first, with a link to the full dashboard', async () => {
    const watched = await open('?embed=1&provincie=NL-GE', { width: 320, height: 480 });
    const { page } = watched;
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    const link = page.getByRole('link', { name: /Open het volledige dashboard/ });
    expect(await link.getAttribute('href')).toBe(`${baseUrl}?provincie=NL-GE`);
    expect(await link.getAttribute('target')).toBe('_blank');
    // Map first: the map starts within the first 120 px; no figures, no embed or export buttons.
    const mapBox = await page.locator('.maplibregl-canvas').boundingBox();
    expect(mapBox?.y).toBeLessThan(120);
    expect(mapBox?.width).toBeGreaterThan(290);
    expect(await page.locator('.jobs-chart').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Insluiten' }).count()).toBe(0);
    // Not in an iframe here: the map takes wheel zoom itself.
    expect(await page.locator('.maplibregl-cooperative-gestures').count()).toBe(0);
    await page.screenshot({ path: 'screenshots/embed-320.png' });
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });
});

describe('for slides and paper', () => {
  it('saves the map with its legend as a PNG', async () => {
    const watched = await open('?provincie=NL-ZH');
    const { page } = watched;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kaart opslaan als PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('binnenwerk-teams-2021-NL-ZH.png');
    const path = await download.path();
    await download.saveAs('screenshots/export.png');
    const png = pngPixels(readFileSync(path));
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    // Drawn again at 2× pixel density (map-render.ts), whatever the screen's own density.
    expect(png.width).toBe(2 * Math.round(canvas!.width));
    expect(png.height).toBeGreaterThan(2 * (canvas!.height + 100));
    // The title band is Rijksoverheid blue, and the map part has the team colours.
    expect(hexOf(png.at(2, 2))).toBe('#154273');
    expect(colourCounts(png, { building: KIND_STYLE.pandgebonden.colour }).building).toBeGreaterThan(100);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('prints the map as a picture beside the figures on A4 landscape', async () => {
    const watched = await open('');
    const { page } = watched;
    await page.locator('.jobs-chart').first().waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.team-map__print').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1123, height: 794 });
    expect(await page.locator('.team-list').isVisible()).toBe(false);
    expect(await page.locator('.team-map__print').isVisible()).toBe(true);
    expect(await page.locator('.headlines').isVisible()).toBe(true);
    await page.screenshot({ path: 'screenshots/print.png' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 landscape is 842 × 595 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.9\d* 59[45]\.\d+\]/);
    // Map and figures on one page.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await watched.context.close();
  });
});
