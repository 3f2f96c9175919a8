// The map with 10,000 synthetic teams (bench/synthetic-teams.ts) served in place of the real teams file: the SVG map
// is usable at once with clusters, a kind filter keeps only that kind's clusters, and a click on a cluster starts the
// WebGL map zoomed in there, which clusters too.
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DATA_FILES } from '../fixtures/public-files';
import { syntheticTeamsFromPublicFiles } from '../../bench/synthetic-teams';
import { placeGroups } from '../../src/domain/team-places';
import type { Team } from '../../src/data/teams-file';
import { TEAM_KINDS, type TeamKind } from '../../src/domain/team-kinds';
import { browserForThisFile, openWatchedPage, waitForMapReady, waitForWebGLReady } from './browser';
import { cameraViewPixel, parseScreenCamera } from './map-projection';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();
const synthetic = syntheticTeamsFromPublicFiles('public');
const body = JSON.stringify(synthetic);
const places = placeGroups(synthetic.teams as Team[]);
const teamsOfKind = (kind: TeamKind) => synthetic.teams.filter((team) => team.kind === kind).length;

/** A phone (no hover): the WebGL map starts only when asked. */
async function open() {
  const watched = browser.track(
    await openWatchedPage(browser.browser, { width: 390, height: 844, touch: true, reducedMotion: 'reduce' }),
  );
  await watched.page.route(`${baseUrl}${DATA_FILES.teams}`, (route: Route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await watched.page.goto(baseUrl);
  await waitForMapReady(watched.page, 60_000, { svgOnly: true });
  return watched.page;
}

/** The clusters the SVG map draws of each kind: their keys and team counts (static-team-symbols.tsx). */
async function drawnClusters(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.team-map .static-map [data-kind]')].map((group) => ({
      kind: group.getAttribute('data-kind') ?? '',
      keys: (group.getAttribute('data-places') ?? '').split(' '),
      teams: (group.getAttribute('data-teams') ?? '').split(' ').map(Number),
    })),
  );
}

/** The screen point and count of the SVG map's cluster with the most teams (its count is written on it). */
async function largestCluster(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.team-map .static-map')!;
    const matrix = svg.getScreenCTM()!;
    const counts = [...svg.querySelectorAll<SVGTextElement>('.static-map__teams text')];
    const largest = counts.reduce((best, text) => (text.getBBox().width > best.getBBox().width ? text : best));
    const point = new DOMPoint(Number(largest.getAttribute('x')), Number(largest.getAttribute('y'))).matrixTransform(
      matrix,
    );
    return { x: point.x, y: point.y, label: largest.textContent };
  });
}

async function webglZoom(page: Page): Promise<number> {
  const camera = parseScreenCamera(await page.locator('.team-map__canvas').getAttribute('data-camera'));
  if (!camera) throw new Error('no camera');
  return camera.zoom;
}

describe('the map with 10,000 teams', () => {
  it('is the SVG map with clusters: fewer symbols than places, every team counted once per kind', async () => {
    const page = await open();
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('svg');
    expect(await page.locator('.team-map .static-map').getAttribute('data-static-map-clustered')).toBe('true');
    const clusters = await drawnClusters(page);
    expect(clusters.map((c) => c.kind)).toEqual([...TEAM_KINDS]);
    for (const { kind, teams } of clusters)
      expect(teams.reduce((a, b) => a + b, 0)).toBe(teamsOfKind(kind as TeamKind));
    const symbols = clusters.reduce((n, c) => n + c.keys.length, 0);
    expect(symbols).toBeLessThan(places.length / 10);
    // No place names above the threshold; the provinces keep theirs.
    expect(await page.locator('.team-map [data-place-label]').count()).toBe(0);
    expect(await page.locator('.team-map [data-province-label]').count()).toBeGreaterThan(0);
  });

  it('keeps only the chosen kind’s clusters after a kind filter, the same ones as before', async () => {
    const page = await open();
    const before = await drawnClusters(page);
    const legend = page.locator('.map-legend');
    if ((await legend.getAttribute('data-folded')) === 'true') await page.locator('#map-legend-title').tap();
    const kind = TEAM_KINDS[1];
    await page.locator('.map-legend__kind').nth(1).tap();
    await expect.poll(async () => (await drawnClusters(page)).map((c) => c.kind)).toEqual([kind]);
    const [after] = await drawnClusters(page);
    expect(after).toEqual(before.find((c) => c.kind === kind));
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('svg');
  });

  it('starts the WebGL map zoomed in at a tapped cluster, which draws clusters too, without a warning', async () => {
    const page = await open();
    const cluster = await largestCluster(page);
    expect(Number.parseInt(cluster.label ?? '', 10)).toBeGreaterThan(1);
    await page.touchscreen.tap(cluster.x, cluster.y);
    await waitForWebGLReady(page, 60_000);
    // Not a place's card: a cluster is no place.
    expect(await page.locator('.place-card').count()).toBe(0);
    const reset = page.getByRole('button', { name: 'Heel Nederland' });
    await reset.waitFor();
    await expect.poll(() => page.locator('.team-map__canvas').getAttribute('data-largest-cluster')).toBeTruthy();
    const zoomed = await webglZoom(page);
    await reset.tap();
    await expect.poll(() => webglZoom(page)).toBeCloseTo(zoomed - 2, 1);
  });

  it('zooms the WebGL map to where a tapped cluster falls apart, centred on it', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Inzoomen' }).tap();
    await waitForWebGLReady(page, 60_000);
    const canvas = page.locator('.team-map__canvas');
    // The zoom step done (a user's move offers the way back), and the map idle after it: the clusters recorded anew.
    await page.getByRole('button', { name: 'Heel Nederland' }).waitFor();
    const camera = parseScreenCamera(await canvas.getAttribute('data-camera'))!;
    const before = camera.zoom;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await webglZoom(page)).toBe(before);
    const [x, y, count] = (await canvas.getAttribute('data-largest-cluster'))!.split(' ').map(Number);
    expect(count).toBeGreaterThan(1);
    const box = (await canvas.boundingBox())!;
    await page.touchscreen.tap(box.x + x!, box.y + y!);
    await expect.poll(() => webglZoom(page)).toBeGreaterThanOrEqual(before + 1);
    // Centred on the cluster: the new centre is where the cluster was (up to its offset beside the other kinds).
    const after = parseScreenCamera(await canvas.getAttribute('data-camera'))!;
    const centre = cameraViewPixel(box, camera, after.lon, after.lat);
    expect(Math.hypot(centre.x - (box.x + x!), centre.y - (box.y + y!))).toBeLessThan(30);
    expect(await page.locator('.place-card').count()).toBe(0);
  });
});
