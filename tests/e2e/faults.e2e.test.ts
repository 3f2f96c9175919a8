// A catalogue of faults in the built app, each injected by intercepting requests: a data file missing, failing, too
// slow, broken or of the wrong shape; a bad record; hostile text; a broken province; no WebGL; the map's code not
// loading. Each shows a specific message where the data is missing, and everything else keeps working.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DATA_FILE_RETRIES } from '../../src/data/query-client';
import { DATA_FILE_TIMEOUT_MS } from '../../src/data/load-data-file';
import { COLOURS } from '../../src/features/map/map-look';
import { FIRST_VIEW_SCALES } from '../../src/features/map/static-team-map';
import { placesPerFirstViewSize } from '../fixtures/first-view-sizes';
import { DATA_FILES, readPublicText } from '../fixtures/public-files';
import { listedTeams, REAL } from '../fixtures/real-counts';
import { hexOf, mapCanvasPixels } from './canvas-colours';
import {
  browserWithoutWebGL,
  browserForThisFile,
  openWatchedPage,
  waitForMapAnswers,
  waitForMapReady,
  type BrowserSession,
  type WatchedPage,
} from './browser';
import { initialViewPixel } from './map-projection';
import { skipRetryWaits, watchDataRequests, type DataRequests } from './retry-waits';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

// ---------------------------------------------------------------------------------------------------------------
// Injecting faults

type Handler = (route: Route) => Promise<void> | void;

interface FaultyPage extends WatchedPage {
  /** Messages of any alert, confirm or prompt the page opened. */
  dialogs: string[];
  /** Every URL the page requested, from the start. */
  requested: string[];
  /** The data file requests under way, for moving the fake clock past retry waits (skipRetryWaits). */
  dataRequests: DataRequests;
}

/** Opens the app with some of its files answered by `faults` (path below the app, or a `**` glob → handler). */
async function openApp(
  faults: Record<string, Handler> = {},
  options: { browser?: BrowserSession; clock?: boolean; expectedWarnings?: readonly RegExp[] } = {},
): Promise<FaultyPage> {
  const watched: FaultyPage = {
    ...(await openWatchedPage(options.browser?.browser ?? chromium.browser, {
      expectedWarnings: options.expectedWarnings,
    })),
    dialogs: [],
    requested: [],
    dataRequests: { inFlight: () => 0 },
  };
  watched.dataRequests = watchDataRequests(watched.page);
  chromium.track(watched);
  watched.page.on('request', (request) => watched.requested.push(request.url()));
  watched.page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const [path, handler] of Object.entries(faults)) {
    await watched.page.route(path.startsWith('**') ? path : `${baseUrl}${path}`, handler);
  }
  // A fake clock that runs at real speed until a test moves it on (the data time-out uses setTimeout). The page
  // notes each response body it has read, so that a test can move the clock only once the other files are in.
  if (options.clock) {
    await watched.page.clock.install();
    await watched.page.addInitScript(`(() => {
      const text = Response.prototype.text;
      window.__bodiesRead = [];
      Response.prototype.text = async function () { const body = await text.call(this); window.__bodiesRead.push(this.url); return body; };
    })()`);
  }
  await watched.page.goto(baseUrl);
  return watched;
}

const answerStatus =
  (status: number): Handler =>
  (route) =>
    route.fulfill({ status, body: '' });
const answerBody =
  (body: string, contentType = 'application/json'): Handler =>
  (route) =>
    route.fulfill({ status: 200, contentType, body });

// The parts of the raw files that the faults below change; loosely typed, since the point is to break them.
interface RawTeamsFile {
  teams: {
    id: string;
    kind?: string;
    printedAs: string;
    locations: { place: string; province: string; coordinates: unknown[] }[];
  }[];
}
interface RawReportFile {
  jobsPerClient: { publishedTotal: unknown };
}
interface RawProvincesFile {
  features: { properties: { code: string }; geometry: { coordinates: unknown[][][][] } }[];
}

/** The real file from public/, changed by `edit`. */
function editedJson<Raw>(path: string, edit: (data: Raw) => void): string {
  const data = JSON.parse(readPublicText(path)) as Raw;
  edit(data);
  return JSON.stringify(data);
}

/** Where a team is in the real teams.json: the messages name records by position and id. */
function teamIndex(id: string): number {
  const { teams } = JSON.parse(readPublicText(DATA_FILES.teams)) as RawTeamsFile;
  const index = teams.findIndex((team) => team.id === id);
  if (index < 0) throw new Error(`teams.json has no team "${id}"`);
  return index;
}

function provinceIndex(code: string): number {
  const { features } = JSON.parse(readPublicText(DATA_FILES.provinces)) as RawProvincesFile;
  const index = features.findIndex((feature) => feature.properties.code === code);
  if (index < 0) throw new Error(`provinces.geojson has no province ${code}`);
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// What the page shows

const TEAM_BUTTONS = '.team-list .team-list__team';
// Assen/Zwolle works in two provinces and is listed under both.
const ALL_TEAM_BUTTONS = listedTeams();

/** The error box of a file that could not be used, in the part of the screen that needed it. */
function errorBox(page: Page, area: string, title: string): Locator {
  return page.locator(area).locator('.data-error', { hasText: title });
}

/** The notice of a file that was used without its bad records. */
function dataNotice(page: Page, area: string, file: string): Locator {
  return page.locator(area).locator('.data-notice', { hasText: `Let op: ${file} bevat fouten` });
}

async function noticeLines(notice: Locator): Promise<string[]> {
  return notice.locator('.data-notice__list li').allTextContents();
}

/** The WebGL map has taken over and is drawn (on a desktop it starts once the page has been quiet). */
async function mapIsReady(page: Page): Promise<void> {
  await waitForMapReady(page);
  expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);
}

/**
 * The map answers, in whichever picture it is in: a data fault is about the files, and the SVG map that every
 * visitor gets first is drawn from the same map model as the WebGL map that takes over later. Not waiting for the
 * WebGL map here keeps the fault catalogue quick (software WebGL needs seconds for its first frames).
 */
async function mapIsUsable(page: Page): Promise<void> {
  await waitForMapAnswers(page);
  expect(await page.locator('.static-map, .maplibregl-canvas').first().isVisible()).toBe(true);
}

async function figuresShowBars(page: Page): Promise<void> {
  const charts = page.locator('.jobs-chart');
  await charts.nth(1).waitFor();
  const bars = (index: number) =>
    charts.nth(index).locator('.recharts-bar-rectangle path, .recharts-rectangle').count();
  await expect.poll(() => bars(0)).toBe(REAL.workTypes);
  await expect.poll(() => bars(1)).toBe(REAL.clients);
  expect(await page.locator('.headlines').isVisible()).toBe(true);
}

async function teamListIsComplete(page: Page): Promise<void> {
  await page.locator('.team-list').waitFor();
  expect(await page.locator(TEAM_BUTTONS).count()).toBe(ALL_TEAM_BUTTONS);
}

/** The colour of the WebGL map at a place, in the initial view, without the HTML laid over the map. */
async function mapColourAt(page: Page, lon: number, lat: number): Promise<string> {
  const pixels = await mapCanvasPixels(page);
  const point = initialViewPixel(pixels.box, lon, lat);
  return hexOf(pixels.atPage(point.x, point.y));
}

// Land without a team symbol nearby: the province fill shows there when the province is drawn.
const IN_UTRECHT = [5.05, 52.02] as const;
const IN_ZEELAND = [3.85, 51.49] as const;

async function provincesAreDrawn(page: Page): Promise<void> {
  await waitForMapReady(page);
  await expect.poll(() => mapColourAt(page, ...IN_UTRECHT)).toBe(COLOURS.province);
}

/** Every province is drawn, in whichever picture the map is in (the SVG map's outlines, or the WebGL map's fill). */
async function provincesAreShown(page: Page): Promise<void> {
  await waitForMapAnswers(page);
  await expect
    .poll(async () =>
      (await page.locator('.team-map').getAttribute('data-map-mode')) === 'webgl'
        ? (await mapColourAt(page, ...IN_UTRECHT)) === COLOURS.province
        : (await page.locator('.team-map .static-map path[data-province]').count()) === REAL.provinceShapes,
    )
    .toBe(true);
}

// ---------------------------------------------------------------------------------------------------------------
// Whole-file faults

type FileKey = 'teams' | 'report' | 'provinces' | 'water';

interface DataFile {
  path: string;
  /** Where its error appears: the side panel or the map area. */
  area: string;
  title: string;
  /** What must keep working while this file is broken. */
  stillWorking: ((page: Page) => Promise<void>)[];
  /** What shows that the file did load (after a retry or a slow answer). */
  loaded: (page: Page) => Promise<void>;
}

const FILES: Record<FileKey, DataFile> = {
  teams: {
    path: DATA_FILES.teams,
    area: '.side-panel',
    title: 'De teamgegevens konden niet worden geladen.',
    stillWorking: [provincesAreShown, figuresShowBars],
    loaded: teamListIsComplete,
  },
  report: {
    path: DATA_FILES.report,
    area: '.side-panel',
    title: 'De cijfers uit het jaaroverzicht konden niet worden geladen.',
    stillWorking: [mapIsUsable, teamListIsComplete],
    loaded: figuresShowBars,
  },
  provinces: {
    path: DATA_FILES.provinces,
    area: '.map-area',
    title: 'De provinciegrenzen konden niet worden geladen.',
    // The map still becomes ready, with the team symbols on an empty background.
    stillWorking: [mapIsUsable, teamListIsComplete, figuresShowBars],
    loaded: provincesAreShown,
  },
  water: {
    path: DATA_FILES.water,
    area: '.map-area',
    title:
      'Het IJsselmeer, het Markermeer en de buurlanden konden niet worden getekend; de provincies en teams kloppen wel.',
    stillWorking: [provincesAreShown, teamListIsComplete, figuresShowBars],
    loaded: mapIsUsable,
  },
};

interface WholeFileFault {
  name: string;
  answer: (path: string) => Handler;
  /** The detail the error box gives, or its start where the browser's own words follow. */
  detail: string;
  /** How many requests the app makes before it gives up (5xx is retried DATA_FILE_RETRIES times). */
  requests: number;
  /** Retried with waits in between: the test runs on a fake clock and skips them. */
  retried?: boolean;
}

const MISSING: WholeFileFault = {
  name: 'missing (404)',
  answer: () => answerStatus(404),
  detail: 'de server antwoordde 404 Not Found',
  requests: 1,
};
const FAILING: WholeFileFault = {
  name: 'failing (500, also on every retry)',
  answer: () => answerStatus(500),
  detail: 'de server antwoordde 500 Internal Server Error',
  requests: 1 + DATA_FILE_RETRIES,
  retried: true,
};
const TRUNCATED: WholeFileFault = {
  name: 'truncated halfway',
  answer: (path) => {
    const text = readPublicText(path);
    return answerBody(text.slice(0, Math.floor(text.length / 2)));
  },
  detail: 'geen geldige JSON, misschien afgebroken of met een tikfout (',
  requests: 1,
};
const HTML_PAGE: WholeFileFault = {
  name: 'an HTML page instead of JSON',
  answer: () => answerBody('<!doctype html><title>Niet gevonden</title>', 'text/html'),
  detail: 'geen geldige JSON, misschien afgebroken of met een tikfout (',
  requests: 1,
};
const EMPTY_BODY: WholeFileFault = {
  name: 'empty',
  answer: () => answerBody(''),
  detail: 'het bestand is leeg',
  requests: 1,
};
const A_LIST: WholeFileFault = {
  name: 'JSON of the wrong shape ([])',
  answer: () => answerBody('[]'),
  detail: '(hele bestand): verwacht een object { … }, maar vond een lijst met 0 elementen',
  requests: 1,
};

const WHOLE_FILE_FAULTS: { file: FileKey; fault: WholeFileFault }[] = [
  ...(['teams', 'report', 'provinces', 'water'] as const).map((file) => ({ file, fault: MISSING })),
  ...(['teams', 'report', 'provinces'] as const).flatMap((file) =>
    [FAILING, TRUNCATED, HTML_PAGE, A_LIST].map((fault) => ({ file, fault })),
  ),
  { file: 'teams', fault: EMPTY_BODY },
  {
    file: 'provinces',
    fault: {
      name: 'a FeatureCollection without features',
      answer: () => answerBody('{"type":"FeatureCollection"}'),
      detail: 'features: ontbreekt (verplicht veld)',
      requests: 1,
    },
  },
  {
    file: 'teams',
    fault: {
      name: 'an empty list (teams: [])',
      answer: (path) => answerBody(editedJson<RawTeamsFile>(path, (data) => (data.teams = []))),
      detail: 'teams: de lijst met teams is leeg',
      requests: 1,
    },
  },
  {
    file: 'provinces',
    fault: {
      name: 'an empty list (features: [])',
      answer: (path) => answerBody(editedJson<RawProvincesFile>(path, (data) => (data.features = []))),
      detail: 'features: de lijst met provincies is leeg',
      requests: 1,
    },
  },
];
/** Named cases for it.each (vitest shortens an object's fields in test names, not a plain string). */
const named = <Case>(cases: readonly Case[], name: (c: Case) => string) => cases.map((c) => [name(c), c] as const);

describe('a whole data file that cannot be used', () => {
  it.each(named(WHOLE_FILE_FAULTS, (c) => `${FILES[c.file].path} ${c.fault.name}`))(
    '%s: says so where it is needed, the rest works',
    async (_name, { file, fault }) => {
      const { path, area, title, stillWorking } = FILES[file];
      let requests = 0;
      const answer = fault.answer(path);
      const { page, pageErrors, dataRequests } = await openApp(
        { [path]: (route) => (requests++, answer(route)) },
        { clock: fault.retried ?? false },
      );
      const box = errorBox(page, area, title);
      if (fault.retried) await skipRetryWaits(page, dataRequests, () => box.isVisible());
      await box.waitFor();
      expect(await box.locator('.data-error__file').textContent()).toBe(path);
      expect(await box.locator('.data-error__details li').allTextContents()).toEqual([
        expect.stringMatching(new RegExp(`^${escapeRegExp(fault.detail)}`)),
      ]);
      expect(await box.getByRole('button', { name: 'Opnieuw proberen' }).isEnabled()).toBe(true);
      expect(requests).toBe(fault.requests);
      for (const check of stillWorking) await check(page);
      expect(pageErrors).toEqual([]);
    },
  );

  it('shows the failing teams file beside a working map and figures (screenshot)', async () => {
    const { page, pageErrors, dataRequests } = await openApp(
      { [DATA_FILES.teams]: answerStatus(500) },
      { clock: true },
    );
    const box = errorBox(page, '.side-panel', FILES.teams.title);
    await skipRetryWaits(page, dataRequests, () => box.isVisible());
    await figuresShowBars(page);
    await page.screenshot({ path: 'screenshots/fault-teams-500.png' });
    expect(pageErrors).toEqual([]);
  });
});

describe('a data file that answers too slowly', () => {
  it.each(['teams', 'report', 'provinces'] as const)(
    '%s: gives up after 15 s with a retry, keeps the rest working, and loads when retried',
    async (file) => {
      const { path, area, title, stillWorking, loaded } = FILES[file];
      let requests = 0;
      let answering = false;
      // Until `answering`, the request is held and never answered.
      const watched = await openApp(
        {
          [path]: (route) => {
            requests++;
            if (answering) return route.continue();
          },
        },
        { clock: true },
      );
      const { page, pageErrors } = watched;
      // A time-out is not retried by itself: the user has waited long enough, and gets a retry button. (The report
      // is only asked for once the map has settled, or after 10 s: on a busy machine that is later than 10 s.)
      await expect.poll(() => requests, { timeout: 20_000 }).toBe(1);
      // Moving the clock on times out every request still under way: first let the app read the map's other files.
      const others = [DATA_FILES.teams, DATA_FILES.provinces, DATA_FILES.water].filter((other) => other !== path);
      const othersRead = async () => {
        const read = await page.evaluate<string[]>('window.__bodiesRead');
        return others.filter((other) => read.some((url) => url.endsWith(other))).length;
      };
      await expect.poll(othersRead, { timeout: 10_000 }).toBe(others.length);
      await page.clock.fastForward(DATA_FILE_TIMEOUT_MS);
      const box = errorBox(page, area, title);
      await box.waitFor();
      expect(await box.locator('.data-error__file').textContent()).toBe(path);
      expect(await box.locator('.data-error__details li').allTextContents()).toEqual([
        'geen volledig antwoord binnen 15 seconden',
      ]);
      for (const check of stillWorking) await check(page);
      if (file === 'teams') await page.screenshot({ path: 'screenshots/fault-teams-timeout.png' });

      answering = true;
      await box.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await loaded(page);
      expect(await box.count()).toBe(0);
      expect(requests).toBe(2);
      expect(pageErrors).toEqual([]);
    },
  );

  it.each(['teams', 'report', 'provinces'] as const)(
    '%s: a slow answer (2 s) ends with the data shown',
    async (file) => {
      const { path, area, title, loaded } = FILES[file];
      const { page, pageErrors } = await openApp({
        [path]: async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          await route.continue();
        },
      });
      await loaded(page);
      expect(await page.locator(area).locator('.data-error').count()).toBe(0);
      expect(await page.getByText(title).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Record faults in teams.json

const BAARN = teamIndex('natuur-baarn');
const BREDA = teamIndex('natuur-breda');
const baarn = `teams[${BAARN}] (id "natuur-baarn")`;
const teamRecord = (data: RawTeamsFile, index: number) => data.teams[index]!;
const baarnLocation = (data: RawTeamsFile) => teamRecord(data, BAARN).locations[0]!;

interface RecordFault {
  name: string;
  edit: (data: RawTeamsFile) => void;
  message: string;
  /** The list button of the team that is left out. */
  leftOut: string;
}

const RECORD_FAULTS: RecordFault[] = [
  {
    name: 'coordinates outside the Netherlands (longitude and latitude swapped)',
    edit: (data) => (baarnLocation(data).coordinates = [52.2115, 5.2875]),
    message: `${baarn}.locations[0].coordinates: coördinaten [lengte, breedte] liggen niet in Nederland (zijn ze verwisseld?)`,
    leftOut: 'Baarn, Bos- en natuurbeheer',
  },
  {
    name: 'an unknown province code',
    edit: (data) => (baarnLocation(data).province = 'NL-XX'),
    message:
      `${baarn}.locations[0].province: onbekende waarde: de tekst "NL-XX"; toegestaan: "NL-DR", "NL-FL", "NL-FR", "NL-GE", ` +
      '"NL-GR", "NL-LI", "NL-NB", "NL-NH", "NL-OV", "NL-UT", "NL-ZE", "NL-ZH"',
    leftOut: 'Baarn, Bos- en natuurbeheer',
  },
  {
    name: 'a duplicate id (the second record is left out)',
    edit: (data) => (teamRecord(data, BREDA).id = 'natuur-baarn'),
    message: `teams[${BREDA}] (id "natuur-baarn"): dubbele id "natuur-baarn", al gebruikt door ${baarn}`,
    leftOut: 'Breda, Bos- en natuurbeheer',
  },
  {
    name: 'a missing required field',
    edit: (data) => delete teamRecord(data, BAARN).kind,
    message: `${baarn}.kind: ontbreekt (verplicht veld)`,
    leftOut: 'Baarn, Bos- en natuurbeheer',
  },
  {
    name: 'a coordinate written as a Dutch number ("5,2875")',
    edit: (data) => (baarnLocation(data).coordinates[0] = '5,2875'),
    message:
      `${baarn}.locations[0].coordinates[0]: getal als tekst geschreven ("5,2875"): schrijf 5.2875, zonder aanhalingstekens ` +
      'en met een punt als decimaalteken',
    leftOut: 'Baarn, Bos- en natuurbeheer',
  },
];

describe('a bad record in teams.json', () => {
  it.each(named(RECORD_FAULTS, (c) => c.name))(
    '%s: is named above the details and left out; the other teams are shown',
    async (_name, { edit, message, leftOut }) => {
      const { page, pageErrors } = await openApp({
        [DATA_FILES.teams]: answerBody(editedJson(DATA_FILES.teams, edit)),
      });
      const notice = dataNotice(page, '.side-panel', DATA_FILES.teams);
      await notice.waitFor();
      expect(await notice.locator('.data-notice__title').textContent()).toBe(
        'Let op: data/2021/teams.json bevat fouten; 1 team wordt niet getoond.',
      );
      expect(await noticeLines(notice)).toEqual([message]);
      // Above the details: the editor sees it before anything else in the panel.
      const noticeBox = await notice.boundingBox();
      const detailsBox = await page.locator('.details').boundingBox();
      expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(detailsBox!.y);

      expect(await page.locator(TEAM_BUTTONS).count()).toBe(ALL_TEAM_BUTTONS - 1);
      expect(await page.getByRole('button', { name: leftOut, exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Vijlen, Bos- en natuurbeheer', exact: true }).count()).toBe(1);
      await mapIsUsable(page);
      await figuresShowBars(page);
      expect(pageErrors).toEqual([]);
    },
  );

  it('a province code that does not match the coordinates: keeps the team and says where it lies', async () => {
    const edited = editedJson<RawTeamsFile>(DATA_FILES.teams, (data) => (baarnLocation(data).province = 'NL-GE'));
    const { page, pageErrors } = await openApp({ [DATA_FILES.teams]: answerBody(edited) });
    const notice = dataNotice(page, '.side-panel', DATA_FILES.teams);
    await notice.waitFor();
    expect(await notice.locator('.data-notice__title').textContent()).toBe(
      'Let op: data/2021/teams.json bevat fouten.',
    );
    expect(await noticeLines(notice)).toEqual([
      'teams (id "natuur-baarn").locations[0].province: Baarn ligt volgens de coördinaten in NL-UT (Utrecht), maar het record noemt NL-GE (Gelderland).',
    ]);
    // Kept, and listed where its record puts it.
    expect(await page.locator(TEAM_BUTTONS).count()).toBe(ALL_TEAM_BUTTONS);
    const gelderland = page.locator('.team-list__province', {
      has: page.getByRole('heading', { name: /^Gelderland/ }),
    });
    await gelderland.getByRole('button', { name: 'Baarn, Bos- en natuurbeheer' }).click();
    await page.locator('.details').getByRole('heading', { name: 'Baarn', exact: true }).waitFor();
    await mapIsUsable(page);
    await page.screenshot({ path: 'screenshots/fault-team-province-mismatch.png' });
    expect(pageErrors).toEqual([]);
  });
});

describe('a bad part of the report', () => {
  it('a total written as a Dutch number: only the client chart is replaced by an error naming the field', async () => {
    const edited = editedJson<RawReportFile>(
      DATA_FILES.report,
      (data) => (data.jobsPerClient.publishedTotal = '579,66'),
    );
    const { page, pageErrors } = await openApp({ [DATA_FILES.report]: answerBody(edited) });
    const box = errorBox(
      page,
      '.figures',
      'De tabel banen per opdrachtgever in het gegevensbestand klopt niet en wordt niet getoond.',
    );
    await box.waitFor();
    expect(await box.locator('.data-error__file').textContent()).toBe(DATA_FILES.report);
    expect(await box.locator('.data-error__details li').allTextContents()).toEqual([
      'jobsPerClient.publishedTotal: getal als tekst geschreven ("579,66"): schrijf 579.66, zonder aanhalingstekens en met een punt als decimaalteken',
    ]);
    // The headline figures and the work-type chart stay.
    expect(await page.locator('.headlines').isVisible()).toBe(true);
    expect(await page.locator('.headlines').textContent()).toContain('425');
    const charts = page.locator('.jobs-chart');
    expect(await charts.count()).toBe(1);
    await expect
      .poll(() => charts.first().locator('.recharts-bar-rectangle path, .recharts-rectangle').count())
      .toBe(REAL.workTypes);
    expect(await charts.locator('h2').allTextContents()).toEqual(['Banen per werksoort']);
    await mapIsUsable(page);
    await teamListIsComplete(page);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/fault-report-client-total.png' });
    expect(pageErrors).toEqual([]);
  });
});

describe('text with HTML or script in teams.json', () => {
  it('is shown as literal text in the list and the details, and never runs', async () => {
    const img = '<img src=x onerror="window.__xss=1">';
    const script = '<script>window.__xss=2</script>';
    const edited = editedJson<RawTeamsFile>(DATA_FILES.teams, (data) => {
      teamRecord(data, BAARN).printedAs = img;
      baarnLocation(data).place = script;
    });
    const { page, pageErrors, dialogs } = await openApp({ [DATA_FILES.teams]: answerBody(edited) });
    await mapIsUsable(page);
    // The list names a team by its place.
    const listed = page.locator(TEAM_BUTTONS, { hasText: script });
    expect(await listed.count()).toBe(1);
    expect(await listed.locator('span').textContent()).toBe(script);
    await listed.click();
    const details = page.locator('.details');
    expect(await details.locator('h2').textContent()).toBe(script);
    expect(await details.locator('dd').first().textContent()).toBe(img);

    const created = await page.evaluate(() => ({
      xss: (window as { __xss?: unknown }).__xss,
      images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('__xss')).length,
    }));
    expect(created).toEqual({ xss: undefined, images: 0, scripts: 0 });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Province file faults

const ZEELAND = provinceIndex('NL-ZE');
/** The outer ring of Zeeland's first polygon (a MultiPolygon). */
const zeelandRing = (data: RawProvincesFile) => data.features[ZEELAND]!.geometry.coordinates[0]![0]!;

const GEOMETRY_FAULTS: {
  name: string;
  screenshot?: string;
  edit: (data: RawProvincesFile) => void;
  message: string;
}[] = [
  {
    name: 'an unclosed ring',
    screenshot: 'screenshots/fault-province-geometry.png',
    edit: (data) => void zeelandRing(data).pop(),
    message: `features[${ZEELAND}] (code "NL-ZE").geometry.coordinates[0][0]: ring is niet gesloten (eerste en laatste punt verschillen)`,
  },
  {
    name: 'a coordinate written as text',
    edit: (data) => (zeelandRing(data)[3]![0] = '3,9'),
    message:
      `features[${ZEELAND}] (code "NL-ZE").geometry.coordinates[0][0][3][0]: getal als tekst geschreven ("3,9"): schrijf 3.9, zonder ` +
      'aanhalingstekens en met een punt als decimaalteken',
  },
];

describe('a broken provinces file', () => {
  it.each(named(GEOMETRY_FAULTS, (c) => c.name))(
    'a broken geometry in Zeeland (%s): the other 11 provinces are drawn, Zeeland’s team is listed',
    async (_name, { edit, message, screenshot }) => {
      const { page, pageErrors } = await openApp({
        [DATA_FILES.provinces]: answerBody(editedJson(DATA_FILES.provinces, edit)),
      });
      const notice = dataNotice(page, '.map-area', DATA_FILES.provinces);
      await notice.waitFor();
      expect(await notice.locator('.data-notice__title').textContent()).toBe(
        'Let op: geo/provinces.geojson bevat fouten; 1 provincie wordt niet getoond.',
      );
      expect(await noticeLines(notice)).toEqual([message, 'features: provincie NL-ZE (Zeeland) ontbreekt']);
      await provincesAreDrawn(page);
      expect(await mapColourAt(page, ...IN_ZEELAND)).toBe(COLOURS.background);
      const zeeland = page.locator('.team-list__province', { has: page.getByRole('heading', { name: /^Zeeland/ }) });
      expect(await zeeland.getByRole('button', { name: 'Zonnemaire, Bos- en natuurbeheer' }).count()).toBe(1);
      await teamListIsComplete(page);
      await figuresShowBars(page);
      if (screenshot) await page.screenshot({ path: screenshot });
      expect(pageErrors).toEqual([]);
    },
  );

  it('a province missing from the file: named in the map area, the others drawn', async () => {
    const edited = editedJson<RawProvincesFile>(DATA_FILES.provinces, (data) => data.features.splice(ZEELAND, 1));
    const { page, pageErrors } = await openApp({ [DATA_FILES.provinces]: answerBody(edited) });
    const notice = dataNotice(page, '.map-area', DATA_FILES.provinces);
    await notice.waitFor();
    expect(await notice.locator('.data-notice__title').textContent()).toBe(
      'Let op: geo/provinces.geojson bevat fouten.',
    );
    expect(await noticeLines(notice)).toEqual(['features: provincie NL-ZE (Zeeland) ontbreekt']);
    await provincesAreDrawn(page);
    expect(await mapColourAt(page, ...IN_ZEELAND)).toBe(COLOURS.background);
    await teamListIsComplete(page);
    expect(pageErrors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The map itself

/** The place symbols a static map draws: each kind's symbols share one path and list their places. */
const placesDrawn = (map: Locator) =>
  map.evaluate(
    (svg) =>
      [...svg.querySelectorAll('[data-places]')].flatMap((g) => g.getAttribute('data-places')!.split(' ')).length,
  );
const isMapChunk = (url: string) => /\/assets\/team-map-[\w-]+\.js$/.test(new URL(url).pathname);

describe('a browser without WebGL', () => {
  const noWebGL = browserWithoutWebGL();
  let watched: FaultyPage;

  beforeAll(async () => {
    watched = await openApp({}, { browser: noWebGL.session });
    // Kept open for the tests below: take it out of the per-test clean-up.
    chromium.untrack(watched);
    await watched.page.locator('.team-list').waitFor();
  });

  it('shows the static map with every province and place, and says why', async () => {
    const { page } = watched;
    const map = page.locator('.team-map[data-map-mode="static"] svg.static-map[role="img"]');
    await map.waitFor();
    expect(await map.getAttribute('aria-label')).toBe('Kaart van Nederland met de Binnenwerk-teams');
    expect(await map.locator('[data-province]').count()).toBe(REAL.provinceShapes);
    expect(await placesDrawn(map)).toBe(REAL.placeSymbols);
    expect(await page.locator('.team-map__unavailable').textContent()).toBe(
      'Deze browser kan de interactieve kaart niet tonen (WebGL is niet beschikbaar). Hier staat een vereenvoudigde kaart; alle teams staan in de lijst per provincie.',
    );
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    await page.screenshot({ path: 'screenshots/fault-no-webgl.png' });
  });

  it('lists the teams by province, and a click on a province of the static map selects it', async () => {
    const { page } = watched;
    await teamListIsComplete(page);
    await figuresShowBars(page);
    await page.locator('svg.static-map [data-province="NL-DR"]').click();
    await page.locator('.details').getByRole('heading', { name: 'Drenthe', exact: true }).waitFor();
    expect(await page.locator('.details').textContent()).toContain('in Drenthe');
    expect(await page.locator('svg.static-map [data-province="NL-DR"]').getAttribute('fill')).toBe(
      COLOURS.provinceSelected,
    );
    await page.getByRole('button', { name: 'Heel Nederland' }).click();
  });

  it('passes axe-core’s WCAG 2.1 A and AA rules', async () => {
    const result = await new AxeBuilder({ page: watched.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  it('never fetches maplibre (its files are fetched ahead only where WebGL can use them), and has no page errors', async () => {
    // The static map's mode is decided once the page has been quiet, when the others fetch the map's files ahead.
    await watched.page.locator('.team-map[data-map-mode="static"]').waitFor();
    expect(watched.requested.filter(isMapChunk)).toEqual([]);
    expect(watched.requested.filter((url) => /maplibre-gl-worker/.test(url))).toEqual([]);
    expect(await watched.page.locator('.maplibregl-map').count()).toBe(0);
    expect(watched.page.workers()).toEqual([]);
    expect(watched.requested.some((url) => url.endsWith(DATA_FILES.teams))).toBe(true);
    expect(watched.pageErrors).toEqual([]);
  });
});

describe('the map’s own code failing to load', () => {
  it('keeps the static map with a message; list and figures work', async () => {
    const { page, pageErrors, requested } = await openApp({ '**/assets/team-map-*.js': (route) => route.abort() });
    await page.locator('.team-map[data-map-mode="static"] svg.static-map[role="img"]').waitFor();
    // The chunk was asked for (and aborted), not skipped.
    expect(requested.filter(isMapChunk).length).toBeGreaterThan(0);
    expect(await page.locator('.team-map__unavailable').textContent()).toMatch(
      /^De interactieve kaart kon niet worden geladen of getekend\./,
    );
    expect(await page.locator('svg.static-map [data-province]').count()).toBe(REAL.provinceShapes);
    expect(await placesDrawn(page.locator('svg.static-map'))).toBe(REAL.placeSymbols);
    await teamListIsComplete(page);
    await figuresShowBars(page);
    expect(pageErrors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The first view, before and without the app

describe('the first view', () => {
  it(`is in the raw index.html: ${REAL.provinceShapes} provinces and ${REAL.placeSymbols} place symbols`, async () => {
    const html = await (await fetch(baseUrl)).text();
    const svg = /<svg id="first-view"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).not.toBe('');
    expect(svg.match(/data-province="/g)).toHaveLength(REAL.provinceShapes);
    // Once per size (FIRST_VIEW_SCALES); map.css shows one.
    const sizes = placesPerFirstViewSize(svg);
    expect(sizes).toHaveLength(FIRST_VIEW_SCALES.length);
    for (const places of sizes) expect(places).toHaveLength(REAL.placeSymbols);
  });

  it('shows that map and a note without JavaScript', async () => {
    const context = await chromium.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      const map = page.locator('svg#first-view');
      expect(await map.isVisible()).toBe(true);
      expect((await map.boundingBox())!.height).toBeGreaterThan(300);
      expect(await map.locator('[data-province]').count()).toBe(REAL.provinceShapes);
      const note = page.locator('.side-panel .data-notice');
      expect(await note.isVisible()).toBe(true);
      expect((await note.textContent())?.trim()).toMatch(
        /^Zonder JavaScript toont deze pagina alleen de overzichtskaart/,
      );
      // Nothing is loading: no "Bezig met laden…" beside the note.
      expect(await page.getByText('Bezig met laden…').isVisible()).toBe(false);
      await page.screenshot({ path: 'screenshots/first-view-nojs.png' });
    } finally {
      await context.close();
    }
  });

  it('gives way to the WebGL map once that is drawn', async () => {
    const { page, pageErrors } = await openApp();
    await mapIsReady(page);
    expect(await page.locator('.team-map__static').count()).toBe(0);
    expect(await page.locator('#first-view').count()).toBe(0);
    expect(await page.locator('.team-map').getAttribute('data-map-mode')).toBe('webgl');
    expect(pageErrors).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
