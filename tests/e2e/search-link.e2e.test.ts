// A search is a link, in the built app: `?zoek=` opens on the searched place with the nearest teams (distances
// computed here from the data files), follows back/forward, ignores hostile values, goes into the embed code; and the
// handout "Teams bij jou in de buurt" prints on one A4 page and saves a 1920 × 1080 PNG.
import { mkdirSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { KIND_STYLE } from '../../src/components/kind-style';
import { colour } from '../../src/styles/tokens';
import { browserForThisFile, openWatchedPage, waitForMapAnswers, type WatchedPage } from './browser';
import { colourCounts, hexOf, pngPixels } from './canvas-colours';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();
beforeAll(() => mkdirSync('screenshots', { recursive: true }));

interface Location {
  place: string;
  coordinates: [number, number];
}
const teamsFile = JSON.parse(readFileSync('public/data/2021/teams.json', 'utf8')) as {
  kinds: { id: string; name: { nl: string } }[];
  teams: { id: string; kind: string; locations: Location[] }[];
};
const placesFile = JSON.parse(readFileSync('public/data/places.json', 'utf8')) as {
  places: { name: string; province: string; coordinates: [number, number]; municipality?: string }[];
};
const placeNamed = (name: string) => placesFile.places.find((p) => p.name === name)!;

/** The test's own great-circle distance, independent of the app's. */
function haversineKm([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2! - lat1!) * r) / 2) ** 2 +
    Math.cos(lat1! * r) * Math.cos(lat2! * r) * Math.sin(((lon2! - lon1!) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** The nearest location of each kind to `origin`, with its distance as the page writes it (nl-NL, one decimal). */
function expectedNearest(origin: readonly number[]) {
  const km = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return teamsFile.kinds.map((kind) => {
    const [best] = teamsFile.teams
      .filter((t) => t.kind === kind.id)
      .flatMap((t) => t.locations.map((location) => ({ location, km: haversineKm(origin, location.coordinates) })))
      .sort((a, b) => a.km - b.km);
    return { kind: kind.name.nl, place: best!.location.place, text: `${km.format(best!.km)} km` };
  });
}

async function open(search: string, size: { width?: number; height?: number } = {}): Promise<WatchedPage> {
  const watched = chromium.track(await openWatchedPage(chromium.browser, size));
  await watched.page.goto(`${baseUrl}${search}`);
  await waitForMapAnswers(watched.page);
  return watched;
}

const search = (watched: WatchedPage) => watched.page.evaluate(() => window.location.search);
const combobox = (watched: WatchedPage) => watched.page.getByRole('combobox', { name: 'Plaatsnaam' });
/** The search's results as "kind: team/place distance" lines. */
const resultLines = (watched: WatchedPage) =>
  watched.page.locator('.nearby__item').evaluateAll((items) => items.map((item) => item.textContent ?? ''));

describe('a search in the URL', () => {
  it('opens ?zoek=amersfoort with the nearest team of each kind and its distance, Baarn at 9,3 km among them', async () => {
    const amersfoort = placeNamed('Amersfoort');
    const expected = expectedNearest(amersfoort.coordinates);
    const watched = await open('?zoek=amersfoort');
    await expect.poll(() => combobox(watched).inputValue()).toBe('Amersfoort');
    await expect.poll(async () => (await resultLines(watched)).length).toBe(expected.length);
    const lines = await resultLines(watched);
    expected.forEach((nearest, i) => {
      expect(lines[i]).toContain(nearest.kind);
      expect(lines[i]).toContain(nearest.place);
      expect(lines[i]).toContain(nearest.text);
    });
    // The example, as the data gives it today.
    expect(expected.some((n) => n.place === 'Baarn' && n.text === '9,3 km')).toBe(true);
    expect(await watched.page.locator('.nearby').textContent()).toContain('9,3 km');
    expect(await search(watched)).toBe('?zoek=amersfoort');
    expect(watched.pageErrors).toEqual([]);
  });

  it('fetches the gazetteer on load only when the link has ?zoek=', async () => {
    const requests = async (query: string) => {
      const watched = chromium.track(await openWatchedPage(chromium.browser));
      const seen: string[] = [];
      watched.page.on('request', (r) => {
        if (r.url().endsWith('/data/places.json')) seen.push(r.url());
      });
      await watched.page.goto(`${baseUrl}${query}`);
      await waitForMapAnswers(watched.page);
      await watched.page.waitForTimeout(300);
      return seen.length;
    };
    expect(await requests('?provincie=NL-UT')).toBe(0);
    expect(await requests('?zoek=baarn')).toBe(1);
  });

  it('writes a new search as a new history entry, follows back and forward, and drops ?zoek= when cleared', async () => {
    const watched = await open('?soort=natuurbeheer');
    const { page } = watched;
    const choose = async (name: string) => {
      await combobox(watched).fill(name);
      await page.locator('.place-search__listbox').getByRole('option').first().waitFor();
      await combobox(watched).press('Enter');
    };
    await choose('Amersfoort');
    await expect.poll(() => search(watched)).toBe('?zoek=amersfoort&soort=natuurbeheer');
    await choose('Baarn');
    await expect.poll(() => search(watched)).toBe('?zoek=baarn&soort=natuurbeheer');

    await page.goBack();
    await expect.poll(() => search(watched)).toBe('?zoek=amersfoort&soort=natuurbeheer');
    await expect.poll(() => combobox(watched).inputValue()).toBe('Amersfoort');
    expect(await page.locator('.nearby__title').textContent()).toContain('Amersfoort');
    await page.goBack();
    await expect.poll(() => search(watched)).toBe('?soort=natuurbeheer');
    await expect.poll(() => page.locator('.nearby').count()).toBe(0);
    expect(await combobox(watched).inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => combobox(watched).inputValue()).toBe('Amersfoort');
    await page.goForward();
    await expect.poll(() => combobox(watched).inputValue()).toBe('Baarn');

    await page.getByRole('button', { name: 'Wis zoekopdracht' }).click();
    await expect.poll(() => search(watched)).toBe('?soort=natuurbeheer');
    expect(watched.pageErrors).toEqual([]);
  });

  it('tells places that share a name apart: ?zoek=valkenburg_katwijk is the Valkenburg in Zuid-Holland', async () => {
    const valkenburg = placesFile.places.find((p) => p.name === 'Valkenburg' && p.municipality === 'Katwijk')!;
    const watched = await open('?zoek=valkenburg_katwijk');
    await expect.poll(() => watched.page.locator('.nearby__title').count()).toBe(1);
    expect(await watched.page.locator('.nearby__title').textContent()).toContain('Katwijk');
    const lines = await resultLines(watched);
    expect(lines[0]).toContain(expectedNearest(valkenburg.coordinates)[0]!.text);
  });

  it.each([
    ['script text', '?zoek=%3Cscript%3Ealert(1)%3C/script%3E&provincie=NL-UT', '?provincie=NL-UT'],
    ['a script URL', '?zoek=javascript:alert(1)&provincie=NL-UT', '?provincie=NL-UT'],
    ['markup', '?zoek=%22%3E%3Csvg%20onload=alert(3)%3E', ''],
    ['a very long value', `?zoek=${'a'.repeat(500)}`, ''],
  ])('ignores %s as ?zoek= and keeps the rest of the link', async (_case, hostile, cleaned) => {
    const watched = await openWatchedPage(chromium.browser);
    chromium.track(watched);
    const dialogs: string[] = [];
    watched.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await watched.page.goto(`${baseUrl}${hostile}`);
    await waitForMapAnswers(watched.page);
    await expect.poll(() => search(watched)).toBe(cleaned);
    expect(await combobox(watched).inputValue()).toBe('');
    expect(await watched.page.locator('.search-link-note .data-notice').count()).toBe(0);
    expect(await watched.page.locator('script:not([src]), svg[onload]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });

  it('says so when a link names no known place, and keeps everything else', async () => {
    const watched = await open('?zoek=atlantis&soort=natuurbeheer');
    const note = watched.page.locator('.search-link-note .data-notice');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('“atlantis”');
    expect(await search(watched)).toBe('?zoek=atlantis&soort=natuurbeheer');
    expect(await watched.page.locator('.map-legend__kind[aria-pressed="true"]').count()).toBe(1);
    // A new search replaces the place the link named, and the note goes.
    await combobox(watched).fill('Baarn');
    await watched.page.locator('.place-search__listbox').getByRole('option').first().waitFor();
    await combobox(watched).press('Enter');
    await expect.poll(() => search(watched)).toBe('?zoek=baarn&soort=natuurbeheer');
    expect(await note.count()).toBe(0);
  });

  it('puts the search into the embed code', async () => {
    const watched = await open('?zoek=amersfoort');
    await expect.poll(() => watched.page.locator('.nearby__item').count()).toBeGreaterThan(0);
    await watched.page.getByRole('button', { name: 'Insluiten' }).click();
    const code = await watched.page.getByLabel('HTML-code van het iframe').inputValue();
    expect(code).toMatch(/src="[^"]*\?zoek=amersfoort&amp;embed=1"/);
  });
});

const HANDOUT_BUTTON = 'Maak een handout';
const PNG_BUTTON = 'Opslaan als PNG (1920 × 1080)';

async function openHandout(search: string): Promise<WatchedPage> {
  const watched = await open(search, { width: 1366, height: 900 });
  await watched.page.getByRole('button', { name: HANDOUT_BUTTON }).click();
  await watched.page.locator('dialog.handout[open] .handout__map').waitFor();
  return watched;
}

describe('the handout "Teams bij jou in de buurt"', () => {
  it('opens from the results as a dialog: focus on its first action, headings, the figures, the link; Escape closes', async () => {
    const expected = expectedNearest(placeNamed('Amersfoort').coordinates);
    const watched = await openHandout('?zoek=amersfoort');
    const { page } = watched;
    const dialog = page.locator('dialog.handout');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Afdrukken (A4)');
    expect(await dialog.locator('h2').textContent()).toBe('Teams bij jou in de buurt');
    expect(await dialog.locator('h3').allTextContents()).toEqual([
      'Kaart van de omgeving',
      'Dichtstbijzijnde team van elke soort',
      'Deze weergave online',
    ]);
    const entries = await dialog.locator('.handout__entry').allTextContents();
    expect(entries).toHaveLength(expected.length);
    expected.forEach((nearest, i) => {
      expect(entries[i]).toContain(nearest.kind);
      expect(entries[i]).toContain(nearest.place);
      expect(entries[i]).toContain(nearest.text);
    });
    expect(await dialog.locator('.handout__link').textContent()).toBe(`${baseUrl}?zoek=amersfoort`);
    expect(await dialog.locator('.handout__footer').textContent()).toContain('Bron: Binnenwerk Jaaroverzicht 2021');
    // The map names the place and each nearest team's place, and draws one symbol per kind.
    const map = dialog.getByRole('img', { name: /Amersfoort/ });
    expect(await map.getAttribute('data-handout-symbols')).toBe(String(expected.length));
    const names = await map.locator('text').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Amersfoort', ...expected.map((n) => n.place)]));
    await page.screenshot({ path: 'screenshots/handout-1366x900.png' });
    const result = await new AxeBuilder({ page })
      .include('dialog.handout')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(PNG_BUTTON);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(HANDOUT_BUTTON);
    expect(watched.pageErrors).toEqual([]);
  });

  it('prints instead of the page, on exactly one A4 page, and saves a 1920 × 1080 PNG of the handout', async () => {
    const watched = await openHandout('?zoek=amersfoort');
    const { page } = watched;
    await page.emulateMedia({ media: 'print' });
    // Only the handout is printed: the app beside it is not laid out.
    expect(await page.locator('#root').evaluate((root) => getComputedStyle(root).display)).toBe('none');
    expect(await page.locator('.handout__actions').isVisible()).toBe(false);
    expect(await page.locator('.handout__map').isVisible()).toBe(true);
    await page.screenshot({ path: 'screenshots/handout-print.png', fullPage: true });
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    // A4 landscape, as the app's own print: 297 × 210 mm is 842 × 595 points.
    const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
    expect(Math.round(Number(width))).toBe(842);
    expect(Math.round(Number(height))).toBe(595);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: PNG_BUTTON }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('binnenwerk-teams-bij-amersfoort.png');
    await download.saveAs('screenshots/handout.png');
    const png = pngPixels(readFileSync((await download.path())!));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    // Not empty: the title band is Rijksoverheid blue, and each kind's symbol colour is drawn (map and list).
    expect(hexOf(png.at(4, 4))).toBe(colour.accent);
    const counts = colourCounts(png, {
      natuurbeheer: KIND_STYLE.natuurbeheer.colour,
      pandgebonden: KIND_STYLE.pandgebonden.colour,
      administratief: KIND_STYLE.administratief.colour,
    });
    for (const kind of teamsFile.kinds) expect(counts[kind.id]).toBeGreaterThan(300);
    expect(watched.pageErrors).toEqual([]);
  });
});
