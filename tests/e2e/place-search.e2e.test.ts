// "Which team is near me?" in the built app: typing Amersfoort lists the nearest team of each kind with the right
// distances, highlights them on the map and marks the place; axe finds nothing with the suggestions open.
import { mkdirSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SYMBOL } from '../../src/components/kind-style';
import { COLOURS } from '../../src/features/map/map-look';
import { launchBrowser, openWatchedPage, waitForMapReady, type BrowserSession, type WatchedPage } from './browser';
import { mapCanvasPixels, near } from './canvas-colours';
import { cameraViewPixel, parseScreenCamera, type Box, type ScreenCamera } from './map-projection';

const baseUrl = inject('baseUrl');
let session: BrowserSession;
let watched: WatchedPage;
const placeRequests: string[] = [];

interface Location {
  place: string;
  coordinates: [number, number];
}
const teams = JSON.parse(readFileSync('public/data/2021/teams.json', 'utf8')) as {
  teams: { id: string; kind: string; locations: Location[] }[];
};
const places = JSON.parse(readFileSync('public/data/places.json', 'utf8')) as {
  places: { name: string; coordinates: [number, number] }[];
};
const amersfoort = places.places.find((p) => p.name === 'Amersfoort')!.coordinates;

/** The test's own great-circle distance, independent of the app's. */
function haversineKm([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2! - lat1!) * r) / 2) ** 2 +
    Math.cos(lat1! * r) * Math.cos(lat2! * r) * Math.sin(((lon2! - lon1!) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function expectedNearest(kind: string, from: readonly number[] = amersfoort): { location: Location; km: number } {
  const candidates = teams.teams
    .filter((t) => t.kind === kind)
    .flatMap((t) => t.locations.map((location) => ({ location, km: haversineKm(from, location.coordinates) })));
  return candidates.sort((a, b) => a.km - b.km)[0]!;
}

beforeAll(async () => {
  session = await launchBrowser();
  watched = await openWatchedPage(session.browser);
  watched.page.on('request', (request) => {
    if (request.url().endsWith('/data/places.json')) placeRequests.push(request.url());
  });
  await watched.page.goto(baseUrl);
  await waitForMapReady(watched.page);
});
afterAll(async () => {
  await session?.close();
});

describe('the place search in Chromium', () => {
  it('loads the gazetteer only when the search is first used', async () => {
    expect(placeRequests).toEqual([]);
    await watched.page.getByRole('combobox', { name: 'Plaatsnaam' }).focus();
    await expect.poll(() => placeRequests.length).toBe(1);
  });

  it('suggests Amersfoort, and axe finds no WCAG violations with the suggestions open', async () => {
    const { page } = watched;
    const input = page.getByRole('combobox', { name: 'Plaatsnaam' });
    await input.pressSequentially('Amersfoort');
    await page.locator('.place-search__listbox').getByRole('option').first().waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.place-search__listbox').getByRole('option').first().textContent()).toBe(
      'AmersfoortUtrecht',
    );
    expect(await page.getByRole('status').filter({ hasText: 'gevonden' }).textContent()).toMatch(
      /^\d+ plaats(en)? gevonden/,
    );
    mkdirSync('screenshots', { recursive: true });
    await page.screenshot({ path: 'screenshots/search-suggestions.png' });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  it('shows the suggestions as a styled list over the page, the active one visibly marked', async () => {
    const { page } = watched;
    const listbox = page.getByRole('listbox');
    expect(await listbox.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    await page.keyboard.press('ArrowDown');
    const active = page.locator('[role="option"][aria-selected="true"]');
    expect(await active.count()).toBe(1);
    // White text on the accent colour (#154273), on a white list.
    expect(await active.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual([
      'rgb(21, 66, 115)',
      'rgb(255, 255, 255)',
    ]);
    expect(await listbox.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.keyboard.press('ArrowUp');
  });

  it('shows the nearest team of each kind with distances that match the data', async () => {
    const { page } = watched;
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const buttons = page.locator('.nearby__team');
    await buttons.first().waitFor();
    const labels = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(labels).toEqual([
      'Baarn, Bos- en natuurbeheer, 9,3 km',
      'Utrecht, Pandgebonden, 19,5 km',
      'Zutphen, Administratief, 55,6 km',
    ]);
    // The same places and distances from the test's own haversine over the data files.
    const kinds = ['natuurbeheer', 'pandgebonden', 'administratief'];
    const expected = kinds.map((kind) => expectedNearest(kind));
    labels.forEach((label, i) => {
      const [place, , distance] = label!.split(', ');
      expect(place).toBe(expected[i]!.location.place);
      expect(Number(distance!.replace(' km', '').replace(',', '.'))).toBeCloseTo(expected[i]!.km, 1);
    });
    expect(await page.locator('.team-map__canvas').getAttribute('data-selected-places')).toBe(
      'baarn-natuurbeheer utrecht-pandgebonden zutphen-administratief',
    );
  });

  it('highlights those teams on the map, marks Amersfoort and fits the view to them', async () => {
    const { page } = watched;
    // Where the camera went (the map writes it on its container): the view is fitted into the part of the map that
    // the legend, controls and buttons leave free, so its padding is not the same on every side.
    let camera: ScreenCamera | null = null;
    const where = (box: Box, [lon, lat]: readonly [number, number]) => cameraViewPixel(box, camera!, lon, lat);
    // A selected symbol has a dark ring whose darkest pixels lie about 15 px from its centre (its white core covers
    // the inner half of the stroke); an unselected symbol ends at 11.5 px. Looked for 14–15.5 px out in each of four
    // directions, give or take a pixel of rounding sideways.
    const ringIsDark = (pixels: Awaited<ReturnType<typeof mapCanvasPixels>>, point: readonly [number, number]) => {
      const { x, y } = where(pixels.box, point);
      const dark = (dx: number, dy: number) =>
        [14, 14.5, 15, 15.5].some((r) =>
          [-1, 0, 1].some((side) =>
            near(pixels.atPage(x + dx * r + dy * side, y + dy * r + dx * side), SYMBOL.dark, 60),
          ),
        );
      return [dark(1, 0), dark(-1, 0), dark(0, 1), dark(0, -1)].filter(Boolean).length;
    };
    await page.screenshot({ path: 'screenshots/search-amersfoort.png' });
    await expect
      .poll(
        async () => {
          camera = parseScreenCamera(await page.locator('.team-map__canvas').getAttribute('data-camera'));
          if (!camera) return null;
          const pixels = await mapCanvasPixels(page);
          const marker = where(pixels.box, amersfoort);
          return {
            marker: near(pixels.atPage(marker.x, marker.y), COLOURS.searchPlace, 30),
            baarn: ringIsDark(pixels, [5.2875, 52.2115]),
            utrecht: ringIsDark(pixels, [5.1214, 52.0907]),
            zutphen: ringIsDark(pixels, [6.2014, 52.1383]),
            // Ugchelen is in view but not among the nearest: no ring.
            ugchelen: ringIsDark(pixels, [5.9419, 52.1817]),
          };
        },
        { timeout: 15_000 },
      )
      .toEqual({ marker: true, baarn: 4, utrecht: 4, zutphen: 4, ugchelen: 0 });
    await page.screenshot({ path: 'screenshots/search-amersfoort.png' });
  });

  it('returns to the whole country when the search is cleared', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'Wis zoekopdracht' }).click();
    expect(await page.getByRole('combobox', { name: 'Plaatsnaam' }).inputValue()).toBe('');
    expect(await page.locator('.nearby').count()).toBe(0);
    expect(await page.locator('.team-map__canvas').getAttribute('data-selected-places')).toBe('');
  });

  it('sent no request outside 127.0.0.1 and logged no errors', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});

describe('the place search in English on a phone', () => {
  it('finds Den Bosch, answers in English notation, and axe finds nothing', async () => {
    const phone = await openWatchedPage(session.browser, { width: 390, height: 844 });
    const { page } = phone;
    await page.goto(baseUrl);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const input = page.getByRole('combobox', { name: 'Place name' });
    await input.pressSequentially('den bosch');
    expect(await page.locator('.place-search__listbox').getByRole('option').first().textContent()).toBe(
      "'s-Hertogenbosch (Den Bosch)Noord-Brabant",
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: "Nearest to 's-Hertogenbosch (Noord-Brabant)" }).waitFor();
    const labels = await page
      .locator('.nearby__team')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(labels[1]).toBe('Den Bosch, Building-related, 0.2 km');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await page.locator('.place-search').screenshot({ path: 'screenshots/search-den-bosch-phone-en.png' });
    await page.screenshot({ path: 'screenshots/search-den-bosch-phone-map.png' });
    expect([...phone.consoleErrors, ...phone.pageErrors, ...phone.foreignRequests]).toEqual([]);
    await phone.context.close();
  });
});

describe('the place search finds what people type', () => {
  let typing: WatchedPage;
  const input = () => typing.page.getByRole('combobox', { name: 'Plaatsnaam' });
  const firstOption = async () => {
    await typing.page.locator('.place-search__listbox').getByRole('option').first().waitFor();
    return typing.page.locator('.place-search__listbox').getByRole('option').first().textContent();
  };
  const retype = async (text: string) => {
    await input().fill('');
    await input().pressSequentially(text);
  };

  beforeAll(async () => {
    typing = await openWatchedPage(session.browser);
    await typing.page.goto(baseUrl);
    await waitForMapReady(typing.page);
  });
  afterAll(async () => {
    await typing?.context.close();
  });

  it('suggests Amsterdam for "Amsterdm", saying that it is a near match', async () => {
    await retype('Amsterdm');
    expect(await firstOption()).toBe('AmsterdamNoord-Holland');
    await expect
      .poll(() => typing.page.locator('.place-search [role="status"]').textContent())
      .toMatch(/^Geen plaats met precies deze naam; \d+ plaats(en)? die erop lijk(t|en)\./);
  });

  it('finds a place on Texel for "Texel", and measures from it', async () => {
    const { page } = typing;
    await retype('Texel');
    expect(await firstOption()).toBe('Den Burg — gemeente TexelNoord-Holland');
    await page.locator('.place-search').screenshot({ path: 'screenshots/search-texel.png' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Dichtstbij Den Burg (Noord-Holland)' }).waitFor();
    const denBurg = places.places.find((p) => p.name === 'Den Burg')!.coordinates;
    // Den Burg lies on the island (Texel spans about 4.70–4.92 °E, 52.99–53.19 °N).
    expect(denBurg[0]).toBeGreaterThan(4.7);
    expect(denBurg[0]).toBeLessThan(4.92);
    expect(denBurg[1]).toBeGreaterThan(52.99);
    expect(denBurg[1]).toBeLessThan(53.19);
    const labels = await page
      .locator('.nearby__team')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    const nearestAdministrative = expectedNearest('administratief', denBurg);
    const label = labels.find((l) => l!.includes('Administratief'))!;
    expect(label.split(', ')[0]).toBe(nearestAdministrative.location.place);
    expect(Number(label.split(', ')[2]!.replace(' km', '').replace(',', '.'))).toBeCloseTo(nearestAdministrative.km, 1);
  });

  it.each([
    ['Ameland', 'Nes — gemeente AmelandFriesland'],
    ['Westland', 'Naaldwijk — gemeente WestlandZuid-Holland'],
    ['Haarlemmermeer', 'Hoofddorp — gemeente HaarlemmermeerNoord-Holland'],
    ['Ljouwert', 'Leeuwarden (Ljouwert)Friesland'],
    ['Kollumerzwaag', 'Kollumersweach (Kollumerzwaag)Friesland'],
  ])('"%s" suggests %s first', async (typed, expected) => {
    await retype(typed);
    expect(await firstOption()).toBe(expected);
  });

  it('sent no request outside 127.0.0.1 and logged no errors', () => {
    expect([...typing.foreignRequests, ...typing.pageErrors, ...typing.consoleErrors]).toEqual([]);
  });
});
