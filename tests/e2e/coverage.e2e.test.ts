// The coverage views in the built app in Chromium (issue 18): the reach within 25 km of a nature team, with the
// provinces that have none worked out here from the data by another method (a grid of points over the land); the
// nearest-team view answering a click in Amersfoort with Baarn, on the WebGL map and on the SVG map; teams per
// province; the code loaded only when a view is chosen; English; and axe with a view on.
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForThisFile, openWatchedPage, waitForMapReady } from './browser';
import { initialViewPixel } from './map-projection';
import { canvasColourCounts } from './canvas-colours';
import { realPlacesFile, realProvincesFile, realTeamsFile, realWaterFile } from '../fixtures/public-files';
import { distanceKm } from '../../src/domain/distance';
import type { Position } from '../../src/domain/geometry';
import { PROVINCE_NAMES, type ProvinceCode } from '../../src/domain/provinces';
import { placeGroups } from '../../src/domain/team-places';
import type { TeamKind } from '../../src/domain/team-kinds';
import { teamsByProvince } from '../../src/domain/teams';
import { shadeColour } from '../../src/styles/tokens';
import { COUNTRY_BOUNDS } from '../../src/domain/netherlands';
import { fitProjection } from '../../src/domain/web-mercator';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();
const teams = realTeamsFile().teams;
const sitesOf = (kind: TeamKind) => placeGroups(teams).filter((group) => group.kind === kind);
const natureSites = sitesOf('natuurbeheer');
const amersfoort = realPlacesFile().places.find((place) => place.name === 'Amersfoort')!.coordinates;
const REACH_KM = 25;
/** A phone keeps the SVG map until a gesture: the tests that are not about the WebGL map use it (quicker). */
const PHONE = { width: 390, height: 844 };

type Rings = readonly (readonly Position[])[];

function inRings([x, y]: Position, rings: Rings): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function polygonsOf(geometry: { type: string; coordinates: unknown }): Rings[] {
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Rings[];
}

/**
 * The provinces with no land within `km` of a team of `kind`, by another method than the app's: points 0.01° apart
 * (about 1 km) over each province's land (the lakes taken out), each checked against every team.
 */
function provincesWithoutReach(km: number, kind: TeamKind): ProvinceCode[] {
  const sites = sitesOf(kind);
  const lakes = realWaterFile()
    .features.filter((feature) => feature.properties.kind === 'lake')
    .flatMap((lake) => polygonsOf(lake.geometry));
  return realProvincesFile()
    .features.filter((province) => {
      const polygons = polygonsOf(province.geometry);
      const points = polygons.flatMap((rings) => rings[0]!);
      const [west, east] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
      const [south, north] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
      for (let lon = west; lon <= east; lon += 0.01) {
        for (let lat = south; lat <= north; lat += 0.01) {
          const point: Position = [lon, lat];
          if (!polygons.some((rings) => inRings(point, rings))) continue;
          if (lakes.some((rings) => inRings(point, rings))) continue;
          if (sites.some((site) => distanceKm(site.coordinates, point) <= km)) return false;
        }
      }
      return true;
    })
    .map((province) => province.properties.code);
}

async function open(query: string, size = { width: 1366, height: 900 }, touch = false) {
  const watched = browser.track(await openWatchedPage(browser.browser, { ...size, touch }));
  const requested: string[] = [];
  watched.page.on('request', (request) => requested.push(request.url()));
  await watched.page.goto(`${baseUrl}${query}`);
  await waitForMapReady(watched.page, 30_000, { svgOnly: touch });
  return { ...watched, requested };
}

/** The table's provinces at 0 % and the sentence naming them are what the data gives for `kind`. */
async function expectUnreached(page: Page, kind: TeamKind, kindName: string) {
  const expected = provincesWithoutReach(REACH_KM, kind);
  const table = page.locator('.coverage-table table');
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ code: tr.getAttribute('data-province'), share: tr.querySelector('td')?.textContent })),
    );
  expect(rows).toHaveLength(realProvincesFile().features.length);
  expect(
    rows
      .filter((row) => row.share === '0')
      .map((row) => row.code)
      .sort(),
  ).toEqual([...expected].sort());
  const sentence = await page.locator('.coverage-table > p').first().textContent();
  if (expected.length > 0) {
    expect(sentence).toContain(`Geen land binnen 25 km van een team voor ${kindName} in: `);
    for (const code of expected) expect(sentence).toContain(PROVINCE_NAMES[code]);
  } else {
    expect(sentence).toContain(`Elke provincie heeft land binnen 25 km van een team voor ${kindName}.`);
  }
}

async function chooseView(page: Page, view: string, km?: number) {
  await page.getByLabel(/^(Weergave|Map view)$/).selectOption(view);
  if (km) await page.getByLabel(/^(Afstand|Distance)/).selectOption(String(km));
}

/** The details' heading once a place is chosen. */
async function chosenPlace(page: Page): Promise<string> {
  const heading = page.locator('.details-panel h2, .details-panel h3').first();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('plaats'));
  return (await heading.textContent()) ?? '';
}

describe('the reach view', () => {
  it('shades the land within 25 km of a nature team and names the provinces without any, as the data gives', async () => {
    const { page, requested } = await open('?soort=natuurbeheer');
    expect(requested.filter((url) => /coverage-(worker|views)/.test(url))).toEqual([]);
    await chooseView(page, 'reach', REACH_KM);
    const table = page.locator('.coverage-table table');
    await table.waitFor();
    expect(requested.some((url) => /coverage-worker/.test(url))).toBe(true);

    await expectUnreached(page, 'natuurbeheer', 'bos- en natuurbeheer');
    // The WebGL map draws the reach in its colour, with its edge.
    const counts = await canvasColourCounts(page, { reach: shadeColour.reach, edge: shadeColour.reachEdge });
    expect(counts.reach).toBeGreaterThan(5000);
    expect(counts.edge).toBeGreaterThan(200);

    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    // Another kind, chosen in the legend: the building-related teams leave provinces without reach at 25 km.
    await page.locator('.map-legend__kind', { hasText: 'Pandgebonden' }).click();
    await page.locator('.coverage-table > p', { hasText: 'pandgebonden' }).waitFor();
    await expectUnreached(page, 'pandgebonden', 'pandgebonden');
  });

  it('says it in English, and a larger distance reaches more land', async () => {
    const { page } = await open('?taal=en', PHONE, true);
    await chooseView(page, 'reach', 10);
    const total = page.locator('.coverage-table tfoot td').first();
    await total.waitFor();
    const near = Number((await total.textContent())!.replace(',', '.'));
    await chooseView(page, 'reach', 50);
    await page.locator('.coverage-table th', { hasText: 'Within 50 km (%)' }).waitFor();
    const far = Number((await total.textContent())!.replace(',', '.'));
    expect(far).toBeGreaterThan(near);
    expect(await page.locator('.coverage-table > p').first().textContent()).toMatch(
      /^\d+% of the land lies within 50 km of a team\./,
    );
  });
});

describe('the nearest-team view', () => {
  const nearest = [...natureSites].sort(
    (a, b) => distanceKm(a.coordinates, amersfoort) - distanceKm(b.coordinates, amersfoort),
  )[0]!;

  it('is Baarn for Amersfoort in the data', () => {
    expect(nearest.place).toBe('Baarn');
  });

  it("answers a click in Amersfoort on the WebGL map with Baarn's team", async () => {
    const { page } = await open('?soort=natuurbeheer');
    await chooseView(page, 'nearest');
    await page.locator('.coverage-table tbody tr').first().waitFor();
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    const point = initialViewPixel(box!, ...amersfoort);
    await page.mouse.click(point.x, point.y);
    expect(await chosenPlace(page)).toContain(nearest.place);
  });

  it("colours Amersfoort as Baarn's on the SVG map, and a tap there chooses Baarn", async () => {
    const { page } = await open('?soort=natuurbeheer', PHONE, true);
    await chooseView(page, 'nearest');
    await page.locator('.static-map [data-shading] path[data-sites]').first().waitFor({ state: 'attached' });
    // Amersfoort in the picture's drawing units, by the projection the picture is drawn with (its viewBox width).
    const viewWidth = await page.locator('.static-map').evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
    const [x, y] = fitProjection(COUNTRY_BOUNDS, viewWidth).project(amersfoort);
    const target = await page.evaluate(
      ({ x, y }) => {
        const svg = document.querySelector<SVGSVGElement>('.static-map')!;
        const point = new DOMPoint(x, y);
        const cells = [...svg.querySelectorAll<SVGPathElement>('[data-shading] path[data-sites]')];
        const inside = cells.filter((cell) => cell.isPointInFill(point)).map((cell) => cell.dataset.sites);
        const screen = point.matrixTransform(svg.getScreenCTM()!);
        return {
          inside,
          cells: cells.length,
          fill: cells.find((c) => c.isPointInFill(point))?.getAttribute('fill'),
          x: screen.x,
          y: screen.y,
        };
      },
      { x, y },
    );
    expect(target.cells).toBeGreaterThan(1);
    // Amersfoort lies in exactly one cell, Baarn's, drawn in a cell colour.
    expect(target.inside).toHaveLength(1);
    expect(target.inside[0]!.split(' ')).toContain(nearest.key);
    expect(target.fill).toMatch(/^#/);
    await page.touchscreen.tap(target.x, target.y);
    expect(await chosenPlace(page)).toContain(nearest.place);
  });
});

describe('teams per province', () => {
  it('shades each province by its number of teams and says how many provinces have one', async () => {
    const { page } = await open('', PHONE, true);
    await chooseView(page, 'teams-per-province');
    const groups = teamsByProvince(teams);
    const withTeams = groups.filter((group) => group.teams.length > 0).length;
    await page.locator('.coverage-table', { hasText: `${withTeams} van ${groups.length} provincies` }).waitFor();
    const cells = await page
      .locator('.coverage-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
      );
    expect(cells).toEqual(groups.map((group) => [PROVINCE_NAMES[group.province], String(group.teams.length)]));
  });
});
