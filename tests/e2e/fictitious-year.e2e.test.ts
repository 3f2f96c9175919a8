// A new year needs only new files: the app built and served with a clearly fictitious second year
// (tests/fixtures/fictief-jaar, never in public/) beside the published one, and data/jaren.json listing both. It opens
// on the newest year (title, subtitle, figures, teams in the static first view and on the app's maps, and the change
// against the year before); `?jaar=` shows an older year; a year the index lacks falls back, with a note. Every
// expectation is computed from the fixture and the published files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFile } from '../../src/data/report-file';
import type { TeamsFile } from '../../src/data/teams-file';
import { PROVINCE_CODES } from '../../src/domain/provinces';
import { placeGroups } from '../../src/domain/team-places';
import { symbolOffset } from '../../src/features/map/map-look';
import { FIRST_VIEW_SCALES } from '../../src/features/map/static-team-map';
import { FIGURES_MESSAGES } from '../../src/i18n/figures-messages';
import { INTL } from '../../src/i18n/intl';
import { MESSAGES } from '../../src/i18n/messages';
import {
  FICTITIOUS_YEAR,
  fictitiousReport,
  fictitiousTeamsFile,
  publicWithFictitiousYear,
} from '../fixtures/fictitious-year';
import { placeKeysIn, placesPerFirstViewSize } from '../fixtures/first-view-sizes';
import { PUBLISHED_YEAR, realReportFile, realTeamsFile } from '../fixtures/public-files';
import { browserForThisFile, openWatchedPage, waitForMapReady } from './browser';
import { initialViewPixel, type Box } from './map-projection';
import { nginxHeaders, startStaticServer, type StaticServer } from './static-server';

const chromium = browserForThisFile();
const nl = MESSAGES.nl;
const figures = FIGURES_MESSAGES.nl;
const fictitious = { teams: fictitiousTeamsFile(), report: fictitiousReport() };
const published = { teams: realTeamsFile(), report: realReportFile() };
let folder: string;
let server: StaticServer;

beforeAll(async () => {
  // The editor's steps: the new year's two files and its line in data/jaren.json, then `npm run build`.
  folder = mkdtempSync(join(tmpdir(), 'fictief-jaar-build-'));
  await build({
    configFile: resolve('vite.config.ts'),
    publicDir: publicWithFictitiousYear(),
    build: { outDir: join(folder, 'dist'), emptyOutDir: true },
    logLevel: 'error',
  });
  server = await startStaticServer({ root: join(folder, 'dist'), headers: nginxHeaders() });
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The places a teams file draws, by their symbols' keys. */
const placeKeys = (file: TeamsFile) =>
  placeGroups(file.teams)
    .map((group) => group.key)
    .sort();

const subtitle = ({ published: p }: TeamsFile) =>
  nl.appSubtitle(p.teams, p.provinces, p.provinces === PROVINCE_CODES.length);

/** Opens the app; `webgl` waits for the WebGL map as well, where a desktop gets it (not needed for the panels). */
async function open(query = '', phone = false, { webgl = false } = {}) {
  const size = phone ? { width: 390, height: 844, touch: true } : { width: 1366, height: 900 };
  const { page } = chromium.track(await openWatchedPage(chromium.browser, size));
  await page.goto(`${server.origin}/${query}`);
  await waitForMapReady(page, 30_000, { svgOnly: !webgl });
  return page;
}

/** The headline figures' region, once the figures have loaded (they wait for a quiet page). */
async function headlines(page: Page, year: number) {
  const region = page.getByRole('region', { name: figures.headlinesTitle(year) });
  await region.waitFor({ timeout: 30_000 });
  return region;
}

/** Each headline's change text as the dashboard should give it: this year's figure minus the previous year's. */
function expectedChanges(current: { report: ReportFile; teams: TeamsFile }, previous: typeof current, year: number) {
  const { signedNumber } = INTL.nl;
  const rows = current.report.headlines.ok ? current.report.headlines.value : [];
  const before = previous.report.headlines.ok ? previous.report.headlines.value : [];
  const changes = rows.map((h) => {
    const p = before.find((b) => b.id === h.id)!;
    const decimals = Math.max(h.decimals, p.decimals);
    const value = signedNumber(Math.round((h.value - p.value) * 10 ** decimals) / 10 ** decimals, decimals);
    return figures.headlineChange(h.unit === 'percent' ? figures.percentagePoints(value) : value, year);
  });
  const teams = signedNumber(current.teams.published.teams - previous.teams.published.teams, 0);
  return [...changes, figures.headlineChange(teams, year)];
}

describe('a second, fictitious year added as files only', () => {
  it('is in the first view the build writes: title, subtitle, description and the static map of its teams', async () => {
    const html = await (await fetch(`${server.origin}/`)).text();
    expect(html).toContain(`<html lang="nl" data-jaar="${FICTITIOUS_YEAR}">`);
    expect(html).toContain(`<title>${nl.appTitle(FICTITIOUS_YEAR)}</title>`);
    expect(html).toContain(`<h1>${nl.appTitle(FICTITIOUS_YEAR)}</h1>`);
    expect(html).toContain(`<p class="app__subtitle">${subtitle(fictitious.teams)}</p>`);
    expect(html).toContain(`content="${nl.pageDescription(fictitious.teams.published.teams, FICTITIOUS_YEAR)}"`);
    expect(html).toContain(`href="./data/${FICTITIOUS_YEAR}/teams.json"`);
    const firstView = /<svg id="first-view"[\s\S]*?<\/svg>/.exec(html)![0];
    const sizes = placesPerFirstViewSize(firstView);
    expect(sizes).toHaveLength(FIRST_VIEW_SCALES.length);
    for (const places of sizes) expect([...places].sort()).toEqual(placeKeys(fictitious.teams));
    expect(placeKeys(fictitious.teams)).not.toEqual(placeKeys(published.teams));
  });

  it('opens on the newest year: its title, figures, teams on both maps, and the change against the year before', async () => {
    const page = await open('', false, { webgl: true });
    expect(await page.title()).toBe(nl.appTitle(FICTITIOUS_YEAR));
    expect(await page.locator('h1').textContent()).toBe(nl.appTitle(FICTITIOUS_YEAR));
    expect(await page.locator('.app__subtitle').textContent()).toBe(subtitle(fictitious.teams));
    // The WebGL map has this year's teams: a click on a place only this year has opens it.
    const only = placeGroups(fictitious.teams.teams).find(
      (g) => !placeKeys(published.teams).includes(g.key) && g.slots === 1,
    )!;
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('webgl');
    const box: Box | null = await page.locator('.team-map').boundingBox();
    const point = initialViewPixel(box!, ...only.coordinates);
    await page.mouse.click(point.x + symbolOffset(only), point.y);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: only.place }).count(), { timeout: 10_000 })
      .toBe(1);
    // The list names every team of this year.
    const list = page.getByRole('navigation', { name: nl.teamListTitle });
    for (const team of fictitious.teams.teams.filter((t) => !published.teams.teams.some((p) => p.id === t.id))) {
      expect(await list.getByText(team.locations[0]!.place, { exact: false }).count(), team.id).toBeGreaterThan(0);
    }

    const region = await headlines(page, FICTITIOUS_YEAR);
    const values = fictitious.report.headlines.ok ? fictitious.report.headlines.value : [];
    const shown = await region.locator('.headlines__value').allTextContents();
    for (const h of values) {
      expect(shown).toContain(`${INTL.nl.number(h.value, h.decimals)}${h.unit === 'percent' ? '%' : ''}`);
    }
    const changes = await region.locator('.headlines__change').allTextContents();
    expect(changes.sort()).toEqual(expectedChanges(fictitious, published, PUBLISHED_YEAR).sort());
    expect(await region.getByText(figures.headlineChangeNote(PUBLISHED_YEAR, FICTITIOUS_YEAR)).count()).toBe(1);
    expect(await page.locator('.app__footer').textContent()).toContain(nl.sourceLine(FICTITIOUS_YEAR));
  });

  it('draws its teams on the app’s SVG map, which a phone keeps', async () => {
    const page = await open('', true);
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('svg');
    expect(await page.locator('h1').textContent()).toBe(nl.appTitle(FICTITIOUS_YEAR));
    const markup = await page.locator('.team-map svg.static-map').evaluate((svg) => svg.outerHTML);
    expect(placeKeysIn(markup).sort()).toEqual(placeKeys(fictitious.teams));
  });

  it('shows an older year with ?jaar=, keeps it in the link, and the year choice switches back keeping the view', async () => {
    const page = await open(`?jaar=${PUBLISHED_YEAR}&taal=en`);
    const en = MESSAGES.en;
    expect(await page.locator('h1').textContent()).toBe(en.appTitle(PUBLISHED_YEAR));
    expect(new URL(page.url()).searchParams.get('jaar')).toBe(String(PUBLISHED_YEAR));
    const region = page.getByRole('region', { name: FIGURES_MESSAGES.en.headlinesTitle(PUBLISHED_YEAR) });
    await region.waitFor({ timeout: 30_000 });
    // The oldest year in the index has nothing to compare with.
    expect(await region.locator('.headlines__change').count()).toBe(0);
    const choice = page.getByRole('navigation', { name: en.yearChoiceLabel });
    expect(
      await choice.getByRole('link', { name: en.yearChoiceOption(PUBLISHED_YEAR) }).getAttribute('aria-current'),
    ).toBe('page');
    const newest = choice.getByRole('link', { name: en.yearChoiceOption(FICTITIOUS_YEAR) });
    await newest.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe(en.appTitle(FICTITIOUS_YEAR));
    await expect.poll(() => page.url()).toBe(`${server.origin}/?taal=en`);
    await page.goBack();
    await expect.poll(() => page.locator('h1').textContent()).toBe(en.appTitle(PUBLISHED_YEAR));
  });

  it('falls back to the newest year for a year the index lacks, says so, and cleans the link', async () => {
    const page = await open('?jaar=1999&provincie=NL-LI');
    expect(await page.locator('h1').textContent()).toBe(nl.appTitle(FICTITIOUS_YEAR));
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: nl.yearMissing(1999, FICTITIOUS_YEAR) })
        .count(),
    ).toBe(1);
    await expect.poll(() => new URL(page.url()).search).toBe('?provincie=NL-LI');
  });

  it('has no axe violations with the year choice and the note, in the wide header and in the phone menu', async () => {
    for (const phone of [false, true]) {
      const page = await open('?jaar=1999', phone);
      if (phone) await page.getByRole('button', { name: nl.share.actionsMenu }).tap();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  });

  it('ignores a hostile year as it ignores other parameters', async () => {
    const page = await open('?jaar=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(await page.locator('h1').textContent()).toBe(nl.appTitle(FICTITIOUS_YEAR));
    expect(await page.locator('.app__year-note').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });
});
