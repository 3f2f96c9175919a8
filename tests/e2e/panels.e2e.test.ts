// The figures panels in Chromium: charts draw bars, the kind filter changes the map, the CSV holds the source's numbers.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KIND_STYLE } from '../../src/components/kind-style';
import { launchBrowser, openWatchedPage, waitForMapReady, type BrowserSession, type WatchedPage } from './browser';
import { canvasColourCounts } from './canvas-colours';

const baseUrl = inject('baseUrl');
const KIND_COLOURS = {
  natuurbeheer: KIND_STYLE.natuurbeheer.colour,
  pandgebonden: KIND_STYLE.pandgebonden.colour,
  administratief: KIND_STYLE.administratief.colour,
};
let session: BrowserSession;
let watched: WatchedPage;

beforeAll(async () => {
  session = await launchBrowser();
  watched = await openWatchedPage(session.browser, { width: 1280, height: 900 });
  await watched.page.goto(baseUrl);
  await waitForMapReady(watched.page);
  await watched.page.locator('.jobs-chart').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('the figures panels', () => {
  it('draw a bar for every work type and every client', async () => {
    const { page } = watched;
    const charts = page.locator('.jobs-chart');
    expect(await charts.count()).toBe(2);
    const bars = async (index: number) => charts.nth(index).locator('.recharts-bar-rectangle path, .recharts-rectangle').count();
    expect(await bars(0)).toBe(6);
    expect(await bars(1)).toBe(13);
    const values = await charts.nth(1).locator('.recharts-label-list text, .jobs-chart__value').allTextContents();
    expect(values).toContain('176,60');
    expect(values).toContain('0,50');
    await charts.nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/panels-clients.png', fullPage: true });
  });

  it('show the printed total beside the computed one, and say they differ', async () => {
    const clients = watched.page.locator('.jobs-chart').nth(1);
    expect(await clients.locator('.jobs-chart__totals dd').allTextContents()).toEqual(['579,83', '579,66*']);
    expect(await clients.locator('.jobs-chart__mismatch').textContent()).toContain('579,83');
    expect(await clients.textContent()).toContain('* banen bij RSO meegerekend');
  });

  it('filter the map and the list to one kind of team, by keyboard', async () => {
    const { page } = watched;
    const before = await canvasColourCounts(page, KIND_COLOURS);
    expect(before.natuurbeheer).toBeGreaterThan(50);
    expect(before.pandgebonden).toBeGreaterThan(50);
    const only = page.getByRole('button', { name: 'Alleen pandgebonden' });
    await only.focus();
    await page.keyboard.press('Enter');
    expect(await only.getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(500);
    const after = await canvasColourCounts(page, KIND_COLOURS);
    expect(after.natuurbeheer).toBe(0);
    expect(after.administratief).toBe(0);
    expect(after.pandgebonden).toBeGreaterThan(50);
    expect(await page.locator('.team-list .team-list__team').count()).toBe(14); // 13 teams, Assen/Zwolle twice
    await page.screenshot({ path: 'screenshots/filter-pandgebonden.png' });
    await page.getByRole('button', { name: 'Alle soorten teams' }).click();
    expect(await page.locator('.team-list .team-list__team').count()).toBe(45);
  });

  it('filter from the legend too', async () => {
    const { page } = watched;
    const legendKind = page.locator('.map-legend').getByRole('button', { name: /^Administratief/ });
    await legendKind.click();
    expect(await legendKind.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.team-list .team-list__team').count()).toBe(6);
    await legendKind.click();
    expect(await page.locator('.team-list .team-list__team').count()).toBe(45);
  });

  it('download a CSV of exactly the numbers shown', async () => {
    const { page } = watched;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.jobs-chart').nth(1).getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('binnenwerk-2021-banen-per-opdrachtgever.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Opdrachtgever;Banen');
    expect(lines).toContain('Binnenlandse Zaken en Koninkrijksrelaties;176,60');
    expect(lines).toContain('Algemene Rekenkamer;0,50');
    expect(lines).toContain('Onderwijs, Cultuur en Wetenschap;35,70');
    expect(lines.at(-2)).toBe('Totaal, opgeteld uit de rijen;579,83');
    expect(lines.at(-1)).toBe('Totaal volgens het jaaroverzicht;579,66*');
    expect(lines).toHaveLength(16);
  });

  it('offer each chart as a table with headers', async () => {
    const { page } = watched;
    const table = page.getByRole('table', { name: 'Banen per werksoort' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Werksoort', 'Banen', 'Soort team op de kaart']);
    expect(await table.getByRole('row', { name: /Extra schoonmaak RSO/ }).textContent()).toContain('geen team op de kaart');
  });
});
