// The figures panels in Chromium: charts draw bars, the kind filter changes the map, the CSVs hold the source's
// numbers, the headline sources open by keyboard, and the English version has no Dutch left but the quotes.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KIND_STYLE } from '../../src/components/kind-style';
import { FIGURES_MESSAGES } from '../../src/i18n/figures-messages';
import { PUBLISHED_YEAR, realReport, realTeamsFile } from '../fixtures/public-files';
import { listedTeams, REAL } from '../fixtures/real-counts';
import { dutchNumber, SOURCE_PATH, sourceTable, sourceTextPresent } from '../fixtures/source-text';
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
const nl = FIGURES_MESSAGES.nl;
const withSource = sourceTextPresent();

/** "Eind 2021 waren er 579 banen …": the count of jobs the source's running text gives, as printed. */
function runningTextJobs(): string {
  const match = /Eind 2021 waren er ([\d.]+) banen/.exec(readFileSync(SOURCE_PATH, 'utf8'));
  if (!match?.[1]) throw new Error('the running text of the source no longer names the jobs at the end of 2021');
  return match[1];
}

/** Rows of the source table, largest first as the charts show them (stable: equal values keep the source's order). */
function largestFirst(rows: [string, string][]): [string, string][] {
  return [...rows].sort((a, b) => dutchNumber(b[1]) - dutchNumber(a[1]));
}

/** The sum of printed numbers, added in units of the last printed decimal and printed the same way. */
function printedSum(values: readonly string[], decimals: number): string {
  const units = values.reduce((sum, value) => sum + Math.round(dutchNumber(value) * 10 ** decimals), 0);
  return (units / 10 ** decimals).toFixed(decimals).replace('.', ',');
}

/** The bytes of the CSV that a chart's "Download CSV" saves. */
async function downloadCsv(page: Page, chartTitle: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: chartTitle }).getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  return { download, bytes: readFileSync((await download.path())!) };
}

/** The CSV's lines after its byte-order mark (EF BB BF, which Excel needs to read it as UTF-8). */
async function csvLines(page: Page, chartTitle: string): Promise<{ download: Download; lines: string[] }> {
  const { download, bytes } = await downloadCsv(page, chartTitle);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { download, lines: bytes.subarray(3).toString('utf8').trimEnd().split('\r\n') };
}

/** A number as Dutch (`;`, decimal comma) or English (`,`, decimal point) Excel reads one: bare, ungrouped. */
function excelNumber(cell: string, language: 'nl' | 'en'): number {
  expect(cell).toMatch(language === 'nl' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/);
  return Number(cell.replace(',', '.'));
}

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
    const bars = async (index: number) =>
      charts.nth(index).locator('.recharts-bar-rectangle path, .recharts-rectangle').count();
    expect(await bars(0)).toBe(REAL.workTypes);
    expect(await bars(1)).toBe(REAL.clients);
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

  it.skipIf(!withSource)('name, in the client note, the count the running text gives too', async () => {
    const note = await watched.page.locator('.jobs-chart').nth(1).getByRole('note').textContent();
    const printed = sourceTable('Opdrachtgever\tBanen')
      .find(([label]) => label === 'Totaal')![1]
      .replace(/\*$/, '');
    expect(note).toContain(`het jaaroverzicht vermeldt ${printed}`);
    expect(note).toContain(`In de lopende tekst noemt het jaaroverzicht ${runningTextJobs()} banen.`);
    expect(note).toContain('niets is gecorrigeerd');
  });

  it('say under the work-type chart that its printed total comes from the running text', async () => {
    const workTypes = watched.page.getByRole('region', { name: nl.workTypeTitle });
    expect(await workTypes.locator('.jobs-chart__total-source').textContent()).toBe(
      'Het totaal volgens het jaaroverzicht (579) komt uit de lopende tekst; de tabel zelf heeft geen totaalregel.',
    );
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
    // The list follows the filter as a deferred render.
    // Assen/Zwolle is listed twice.
    await expect.poll(() => page.locator('.team-list .team-list__team').count()).toBe(listedTeams('pandgebonden'));
    await page.screenshot({ path: 'screenshots/filter-pandgebonden.png' });
    await page.getByRole('button', { name: 'Alle soorten teams' }).click();
    await expect.poll(() => page.locator('.team-list .team-list__team').count()).toBe(listedTeams());
  });

  it('filter from the legend too', async () => {
    const { page } = watched;
    const legendKind = page.locator('.map-legend').getByRole('button', { name: /^Administratief/ });
    await legendKind.click();
    expect(await legendKind.getAttribute('aria-pressed')).toBe('true');
    // The list follows the filter as a deferred render.
    await expect.poll(() => page.locator('.team-list .team-list__team').count()).toBe(listedTeams('administratief'));
    await legendKind.click();
    await expect.poll(() => page.locator('.team-list .team-list__team').count()).toBe(listedTeams());
  });

  it.skipIf(!withSource)(
    'download a CSV of the clients with every row and the printed total as the source gives them',
    async () => {
      const { download, lines } = await csvLines(watched.page, nl.clientTitle);
      expect(download.suggestedFilename()).toBe('binnenwerk-2021-banen-per-opdrachtgever.csv');
      const table = sourceTable('Opdrachtgever\tBanen');
      const rows = table.filter(([label]) => label !== 'Totaal');
      const printedTotal = table.find(([label]) => label === 'Totaal')![1];
      expect(printedTotal).toMatch(/\*$/);
      expect(rows).toHaveLength(REAL.clients);
      // The report's "579,66*" as a number, its footnote marker in a column of its own with the footnote.
      expect(lines).toEqual([
        `${nl.clientHeader};${nl.jobsHeader};${nl.csvFootnoteHeader}`,
        ...largestFirst(rows).map(([client, jobs]) => `${client};${jobs};`),
        `${nl.computedTotal};${printedSum(
          rows.map(([, jobs]) => jobs),
          2,
        )};`,
        `${nl.publishedTotal};${printedTotal.replace(/\*$/, '')};* ${realReport().jobsPerClient.footnote}`,
      ]);
    },
  );

  it.skipIf(!withSource)("download a CSV of the work types with every row, and the running text's total", async () => {
    const { download, lines } = await csvLines(watched.page, nl.workTypeTitle);
    expect(download.suggestedFilename()).toBe('binnenwerk-2021-banen-per-werksoort.csv');
    const rows = sourceTable('Werksoorten\tBanen');
    expect(rows).toHaveLength(REAL.workTypes);
    // The kind of team is the app's own mapping (not in the source), named as the teams file names it.
    const kinds = realTeamsFile().kinds;
    const kindOf = new Map(realReport().jobsPerWorkType.rows.map((r) => [r.workType, r.teamKind]));
    const kindName = (workType: string) => {
      const kind = kindOf.get(workType);
      return kind ? kinds.find((k) => k.id === kind)!.name.nl : nl.noTeamKind;
    };
    expect(lines).toEqual([
      `${nl.workTypeHeader};${nl.jobsHeader};${nl.kindHeader}`,
      ...largestFirst(rows).map(([workType, jobs]) => `${workType};${jobs};${kindName(workType)}`),
      `${nl.computedTotal};${printedSum(
        rows.map(([, jobs]) => jobs),
        0,
      )};`,
      `${nl.publishedTotal};${runningTextJobs()};`,
    ]);
  });

  it('download CSVs that a BOM-aware parser reads back as the numbers of the data file', async () => {
    const report = realReport();
    const read = async (title: string) => {
      const { bytes } = await downloadCsv(watched.page, title);
      const records: string[][] = parse(bytes, { bom: true, delimiter: ';' });
      // Without the byte-order mark the first header would start with it: the parser took it off.
      expect(records[0]![0]).toBe(title === nl.clientTitle ? nl.clientHeader : nl.workTypeHeader);
      return { rows: records.slice(1, -2), totals: records.slice(-2) };
    };
    const sum = (values: number[], decimals: number) =>
      values.reduce((total, value) => total + Math.round(value * 10 ** decimals), 0) / 10 ** decimals;

    const clients = await read(nl.clientTitle);
    const { jobsPerClient } = report;
    expect(clients.rows.map(([client, jobs]) => [client, excelNumber(jobs!, 'nl')]).sort()).toEqual(
      jobsPerClient.rows.map((row) => [row.client, row.jobs]).sort(),
    );
    const [computed, published] = clients.totals.map(([, jobs]) => excelNumber(jobs!, 'nl'));
    expect(computed).toBe(
      sum(
        jobsPerClient.rows.map((row) => row.jobs),
        jobsPerClient.decimals,
      ),
    );
    expect(published).toBe(jobsPerClient.publishedTotal);
    expect(clients.totals[1]![2]).toBe(`* ${jobsPerClient.footnote}`);
    expect(clients.rows.every((row) => row[2] === '')).toBe(true);

    const workTypes = await read(nl.workTypeTitle);
    const { jobsPerWorkType } = report;
    expect(workTypes.rows.map(([workType, jobs]) => [workType, excelNumber(jobs!, 'nl')]).sort()).toEqual(
      jobsPerWorkType.rows.map((row) => [row.workType, row.jobs]).sort(),
    );
    expect(workTypes.totals.map(([, jobs]) => excelNumber(jobs!, 'nl'))).toEqual([
      sum(
        jobsPerWorkType.rows.map((row) => row.jobs),
        jobsPerWorkType.decimals,
      ),
      jobsPerWorkType.publishedTotal,
    ]);
  });

  it("show a work type's tooltip within its own row, mark the chosen bars, and say when a work type has no team", async () => {
    const { page } = watched;
    const workTypes = page.getByRole('region', { name: nl.workTypeTitle });
    const bars = workTypes.locator('.jobs-bar');
    expect(await bars.count()).toBe(REAL.workTypes);
    await workTypes.locator('.jobs-chart__chart').scrollIntoViewIfNeeded();
    const boxes = await Promise.all((await bars.all()).map((bar) => bar.locator('.recharts-rectangle').boundingBox()));
    const labels = (await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))).map(
      (name) => name!.split(':')[0]!,
    );
    const tooltip = workTypes.locator('.jobs-chart__tooltip');
    for (const [index, box] of boxes.entries()) {
      await page.mouse.move(box!.x + Math.min(box!.width / 2, 20), box!.y + box!.height / 2);
      await expect.poll(() => tooltip.textContent({ timeout: 5000 })).toContain(labels[index]);
      const tip = (await tooltip.boundingBox())!;
      // Below the top of this bar's row and above the next bar: it covers neither neighbour.
      const previous = boxes[index - 1];
      const next = boxes[index + 1];
      if (previous) expect(tip.y).toBeGreaterThanOrEqual(previous.y + previous.height);
      if (next) expect(tip.y + tip.height).toBeLessThanOrEqual(next.y);
    }
    await page.mouse.move(0, 0);

    const bar = (name: string) => workTypes.getByRole('button', { name: new RegExp(`^${name}:`) });
    await bar('Pandgebonden taken').click();
    expect(await bar('Pandgebonden taken').getAttribute('aria-pressed')).toBe('true');
    expect(await bar('Bos- en natuurbeheer').getAttribute('aria-pressed')).toBe('false');
    expect(await bar('Pandgebonden taken').locator('.jobs-bar__chosen').isVisible()).toBe(true);
    expect(await workTypes.locator('.jobs-bar__chosen').count()).toBe(1);
    await expect.poll(() => page.locator('.team-list .team-list__team').count()).toBe(listedTeams('pandgebonden'));
    await workTypes.screenshot({ path: 'screenshots/work-types-chosen.png' });

    const status = workTypes.getByRole('status');
    expect(await status.textContent()).toBe('');
    await bar('Autowassen zonder water').focus();
    await page.keyboard.press('Enter');
    expect(await status.textContent()).toBe(nl.noTeamOnMap('Autowassen zonder water'));
    expect(await status.isVisible()).toBe(true);
    // The map keeps what it showed.
    expect(await bar('Pandgebonden taken').getAttribute('aria-pressed')).toBe('true');
    await bar('Pandgebonden taken').click();
    await expect.poll(() => page.locator('.team-list .team-list__team').count()).toBe(listedTeams());
    expect(await workTypes.locator('.jobs-bar__chosen').count()).toBe(0);
  });

  it('offer each chart as a table with headers', async () => {
    const { page } = watched;
    const table = page.getByRole('table', { name: 'Banen per werksoort' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Werksoort',
      'Banen',
      'Soort team op de kaart',
    ]);
    expect(await table.getByRole('row', { name: /Extra schoonmaak RSO/ }).textContent()).toContain(
      'geen team op de kaart',
    );
  });

  it('open the sentence of the report behind a headline figure by keyboard, and axe finds nothing with all open', async () => {
    const { page } = watched;
    const headlines = page.getByRole('region', { name: nl.headlinesTitle(PUBLISHED_YEAR) });
    const summaries = headlines.locator('summary');
    expect(await summaries.allTextContents()).toEqual(
      realReport().headlines.map((h) => `Bron voor ${nl.headlineLabel[h.id]}`),
    );
    const firstQuote = headlines.locator('q').first();
    expect(await firstQuote.isVisible()).toBe(false);
    await summaries.first().focus();
    await page.keyboard.press('Enter');
    expect(await firstQuote.isVisible()).toBe(true);
    expect(await firstQuote.textContent()).toBe(realReport().headlines[0]!.quote);
    for (const summary of (await summaries.all()).slice(1)) await summary.click();
    expect(await headlines.locator('q').evaluateAll((qs) => qs.filter((q) => q.checkVisibility()).length)).toBe(5);
    const result = await new AxeBuilder({ page })
      .include('.figures')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.locator('.figures').screenshot({ path: 'screenshots/figures-nl.png' });
    await summaries.first().focus();
    await page.keyboard.press('Space');
    expect(await firstQuote.isVisible()).toBe(false);
  });
});

describe('the figures panels in English', () => {
  let english: WatchedPage;
  beforeAll(async () => {
    english = await openWatchedPage(session.browser, { width: 1280, height: 900 });
    await english.page.goto(`${baseUrl}?taal=en`);
    await waitForMapReady(english.page);
    await english.page.locator('.jobs-chart').first().waitFor();
  });

  it('translate the footnote and the notes on the totals, and keep only the quoted sentences Dutch', async () => {
    const { page } = english;
    const en = FIGURES_MESSAGES.en;
    const clients = page.getByRole('region', { name: en.clientTitle });
    expect(await clients.locator('.jobs-chart__footnote').textContent()).toBe('* jobs at the RSO included');
    expect(await clients.getByRole('note').textContent()).toBe(
      'The rows add up to 579.83, but the annual report prints 579.66 (a difference of 0.17). ' +
        'The running text of the annual report names 579 jobs. All three numbers are shown as the source gives them; nothing has been corrected.',
    );
    const workTypes = page.getByRole('region', { name: en.workTypeTitle });
    expect(await workTypes.locator('.jobs-chart__total-source').textContent()).toBe(
      'The total according to the annual report (579) comes from its running text; the table itself has no total row.',
    );
    const headlines = page.getByRole('region', { name: en.headlinesTitle(PUBLISHED_YEAR) });
    expect(await headlines.locator('summary').first().textContent()).toBe('Source for Staff');
    await headlines.locator('summary').nth(1).click();
    expect(await headlines.locator('q').evaluateAll((qs) => qs.map((q) => q.getAttribute('lang')))).toEqual([
      'nl',
      'nl',
      'nl',
      'nl',
      'nl',
    ]);
    // Outside the quotes, nothing in the figures panel is left in Dutch.
    const text = await page.locator('.figures').evaluate((figures) => {
      const copy = figures.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="nl"], .visually-hidden').forEach((el) => el.remove());
      return copy.innerText;
    });
    expect(text).not.toMatch(/banen|meegerekend|opdrachtgever|werksoort|Bron\b|Totaal/i);
    expect(english.consoleErrors).toEqual([]);
    await page.locator('.figures').screenshot({ path: 'screenshots/figures-en.png' });
  });

  it('download a CSV with commas and decimal points, which English Excel reads as numbers', async () => {
    const en = FIGURES_MESSAGES.en;
    const { jobsPerClient } = realReport();
    const { bytes } = await downloadCsv(english.page, en.clientTitle);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(bytes, { bom: true, delimiter: ',' });
    expect(records[0]).toEqual([en.clientHeader, en.jobsHeader, en.csvFootnoteHeader]);
    expect(records.slice(1, -2).map(([, jobs]) => excelNumber(jobs!, 'en'))).toEqual(
      jobsPerClient.rows.map((row) => row.jobs).sort((a, b) => b - a),
    );
    const [label, published, footnote] = records.at(-1)!;
    expect([label, excelNumber(published!, 'en'), footnote]).toEqual([
      en.publishedTotal,
      jobsPerClient.publishedTotal,
      '* jobs at the RSO included',
    ]);
  });
});
