// The rest of the annual report on the built page, in Dutch and in English: every figure of its parts as the data
// file gives it, in the language's notation; the review of the year's Limburg event shows Limburg on the map; axe
// finds nothing with the report open.
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { realReportFile } from '../fixtures/public-files';
import { formatNumber, type Language } from '../../src/domain/format';
import type { MeasureGroup } from '../../src/data/report-sections';
import { mapColour } from '../../src/styles/tokens';
import { browserForThisFile, openWatchedPage, waitForMapAnswers } from './browser';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();
const report = realReportFile();
function usable<T>(section: { ok: true; value: T } | { ok: false } | null): T {
  if (!section?.ok) throw new Error('the real report lacks a part this test reads');
  return section.value;
}
const survey = usable(report.survey);
const groups: MeasureGroup[] = [survey.overall, survey.response!, survey.engagement!, survey.otherParts!];
const absence = usable(report.absence);
const people = usable(report.people);
const status = usable(report.teamStatus);
const development = usable(report.development);
const context = usable(report.context);
const headlines = usable(report.headlines);
const headline = (id: string) => headlines.find((h) => h.id === id)!;

async function openReport(language: Language, { width = 1280, height = 900, touch = false } = {}): Promise<Page> {
  const { page } = chromium.track(await openWatchedPage(chromium.browser, { width, height, touch }));
  await page.goto(`${baseUrl}${language === 'en' ? '?taal=en' : ''}`);
  // The panel is what is tested: the SVG map, the first to answer, is enough (a desktop's WebGL map follows later).
  await waitForMapAnswers(page);
  const panel = page.locator('details.report');
  // The panel loads when it comes near the screen.
  await page.locator('.team-list').scrollIntoViewIfNeeded();
  await panel.scrollIntoViewIfNeeded();
  await panel.locator('.timeline').waitFor({ timeout: 20_000 });
  return page;
}

const measureText = (language: Language, value: number, decimals: number, unit: string, atLeast: boolean) =>
  `${atLeast ? (language === 'nl' ? 'ruim ' : 'over ') : ''}${formatNumber(value, decimals, language)}${unit === 'percent' ? '%' : ''}`;

describe.each(['nl', 'en'] as const)('the report panel (%s)', (language) => {
  const n = (value: number, decimals = 0) => formatNumber(value, decimals, language);

  it('shows every figure of its parts, a lower bound as printed, derived figures with their sums', async () => {
    // A phone: the map stays the SVG one, and the panel is what is tested.
    const page = await openReport(language, { width: 390, height: 844, touch: true });
    const values = await page.locator('details.report .measure__value').allTextContents();
    const expected = [...groups, absence].flatMap((group) =>
      group.rows.map((row) =>
        measureText(
          language,
          row.value,
          row.decimals ?? group.decimals,
          row.unit ?? group.unit,
          row.bound === 'atLeast',
        ),
      ),
    );
    // Grouped by scale: a group's percentages after its grades.
    expect([...values].sort()).toEqual([...expected].sort());
    const bound = absence.rows.find((r) => r.bound === 'atLeast')!;
    expect(values).not.toContain(`${n(bound.value)}%`);
    const caveat = survey.otherParts!.caveat!;
    await expect(page.locator('details.report').textContent()).resolves.toContain(caveat);

    // People, jobs, teams, development and context, the derived figures with their sums.
    const text = (await page.locator('details.report').textContent())!;
    const employees = headline('medewerkers');
    const jobs = headline('banen');
    for (const figure of [
      n(employees.value),
      `+${n(employees.change!)}`,
      `${n(employees.value)} − ${n(employees.change!)} = ${n(employees.value - employees.change!)}`,
      n(headline('nieuweBanen').value),
      n(jobs.value),
      n(jobs.parts!.binnenwerk),
      n(jobs.parts!.rso),
      n(jobs.hoursPerJob!, 1),
      `${n(jobs.parts!.binnenwerk)} ÷ ${n(employees.value)} = ${n(jobs.parts!.binnenwerk / employees.value, 1)}`,
      n(people.onward!.value),
      n(people.left!.value),
      `${n(status.structural)} / ${n(status.teams)}`,
      n(development.bbl!.value),
      n(development.internships!.value),
      n(development.internships!.working),
      n(context.targetGroupJobs.value),
    ]) {
      expect(text, figure).toContain(figure);
    }
    for (const reason of people.left!.reasons) expect(text).toContain(reason[language]);
    for (const training of development.trainings!.items) expect(text).toContain(training[language]);
    // Each derived figure is marked as derived.
    await expect(page.locator('details.report .report-figure--derived').count()).resolves.toBe(2);

    // The source sentence behind each “Bron” stays Dutch.
    const source = page.locator('details.report .source-quote').first();
    await source.locator('summary').click();
    await expect(source.locator('q').getAttribute('lang')).resolves.toBe('nl');
    await expect(source.locator('q').isVisible()).resolves.toBe(true);
  });
});

describe('the review of the year', () => {
  it('shows Limburg on the map from its July event, with the keyboard', async () => {
    const page = await openReport('nl', { width: 390, height: 844, touch: true });
    const button = page.getByRole('button', { name: 'Toon Limburg op de kaart' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('.details').getByRole('heading', { name: 'Limburg', exact: true }).waitFor();
    // The answer is on screen: the map, far above the report on a phone, scrolls into view (a few frames after the
    // press at most: reduced motion scrolls at once) and stays there; the focus stays on the button.
    await page.waitForFunction(
      () => {
        const area = document.getElementById('kaart')!.getBoundingClientRect();
        return area.top > -area.height / 2 && area.top < innerHeight / 2;
      },
      undefined,
      { timeout: 5_000 },
    );
    // Two frames later still there (nothing scrolled it away again), the whole map on screen.
    const area = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const box = document.getElementById('kaart')!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    });
    expect(area.top).toBeGreaterThanOrEqual(-1);
    expect(area.bottom).toBeLessThanOrEqual(844 + 1);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Toon Limburg op de kaart');
    expect(new URL(page.url()).searchParams.get('provincie')?.toUpperCase()).toBe('NL-LI');
    // The SVG map (a phone keeps it) fills Limburg as chosen.
    await expect(page.locator('[data-province="NL-LI"]').getAttribute('fill')).resolves.toBe(
      mapColour.provinceSelected,
    );
    await expect(page.locator('details.report .timeline__shown').textContent()).resolves.toContain('Limburg');
  });
});

describe('the report open on a desktop', () => {
  it('shows Limburg on the sticky map without moving the page under the button', async () => {
    const page = await openReport('nl', { width: 1366, height: 900 });
    const button = page.getByRole('button', { name: 'Toon Limburg op de kaart' });
    const tops = () =>
      page.evaluate(() => ({
        map: document.getElementById('kaart')!.getBoundingClientRect().top,
        button: document.querySelector('.timeline__show')!.getBoundingClientRect().top,
      }));
    await button.focus();
    const before = await tops();
    await page.keyboard.press('Enter');
    await page.locator('.details').getByRole('heading', { name: 'Limburg', exact: true }).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await tops();
    expect(after.map).toBeCloseTo(before.map, 0);
    expect(after.button).toBeCloseTo(before.button, 0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Toon Limburg op de kaart');
  });

  it('finds no WCAG 2.1 A/AA violation with axe-core, with every source sentence open', async () => {
    const page = await openReport('nl');
    for (const summary of await page.locator('details.report .source-quote summary').all()) await summary.click();
    const result = await new AxeBuilder({ page })
      .include('details.report')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });
});
