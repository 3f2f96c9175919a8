// WCAG 2.1 A/AA checks with axe-core in Chromium for the main states of the app, and a keyboard-only walk.
import { MAP_KEYBOARD_TEXT } from '../../src/i18n/map-keyboard-messages';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL } from '../fixtures/real-counts';
import { browserForThisFile, openWatchedPage, waitForMapReady } from './browser';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

async function openApp(width = 1280, height = 900, search = ''): Promise<Page> {
  const { page } = chromium.track(await openWatchedPage(chromium.browser, { width, height }));
  await page.goto(`${baseUrl}${search}`);
  await waitForMapReady(page);
  // The embed mode has no figures.
  if (!search.includes('embed=1')) await page.locator('.jobs-chart').first().waitFor();
  else await page.locator('.team-list').waitFor();
  return page;
}

/** Closes the details with Escape, back to the whole country. */
async function closeDetails(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.details h2', { hasText: /^Details$/ }).waitFor();
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('axe-core, WCAG 2.1 A and AA', () => {
  // The main states, reached one after the other in one page (each load starts the WebGL map, the slow part of a
  // test), each put back before the next; `then` undoes what `reach` did. Each is checked on its own (soft: a
  // failure names its state, and the others are still checked).
  const states: [name: string, reach: (page: Page) => Promise<void>, then: (page: Page) => Promise<void>][] = [
    ['the default view', async () => {}, async () => {}],
    [
      'a selected province',
      async (page) => {
        await page.getByRole('button', { name: 'Zuid-Holland (14 teams)' }).click();
        await page.locator('.details').getByRole('heading', { name: 'Zuid-Holland' }).waitFor();
      },
      closeDetails,
    ],
    [
      'a kind filter with team details open',
      async (page) => {
        await page.getByRole('button', { name: 'Alleen administratief' }).click();
        await page.getByRole('button', { name: 'Zutphen, Administratief' }).click();
        await page.locator('.details').getByRole('heading', { name: 'Zutphen' }).waitFor();
      },
      async (page) => {
        await closeDetails(page);
        await page.getByRole('button', { name: 'Alleen administratief' }).click();
        await page.getByRole('button', { name: 'Alleen administratief', pressed: true }).waitFor({ state: 'hidden' });
      },
    ],
    [
      'the keyboard focus on a place on the map',
      async (page) => {
        await page.locator('.map-keyboard').focus();
        await page.keyboard.press('Home');
        await page.locator('.map-keyboard__ring').waitFor();
      },
      async () => {},
    ],
    [
      "the map's keyboard help",
      async (page) => {
        await page.locator('.map-keyboard').focus();
        await page.keyboard.press('?');
        await page.getByRole('dialog', { name: 'Toetsen op de kaart' }).waitFor();
      },
      async (page) => {
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: 'Toetsen op de kaart' }).waitFor({ state: 'hidden' });
      },
    ],
    [
      'the open embed dialog',
      async (page) => {
        await page.getByRole('button', { name: 'Insluiten' }).click();
        await page.getByRole('dialog', { name: 'Kaart insluiten op uw website' }).waitFor();
      },
      async (page) => {
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: 'Kaart insluiten op uw website' }).waitFor({ state: 'hidden' });
      },
    ],
    [
      'the English version',
      async (page) => {
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.getByRole('navigation', { name: 'All teams by province' }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
      },
      async () => {},
    ],
  ];

  // One page load and seven axe runs: more than one test's time-out on a busy machine.
  it(`finds nothing in ${states.map(([name]) => name).join(', ')}`, { timeout: 180_000 }, async () => {
    const page = await openApp();
    for (const [name, reach, then] of states) {
      await reach(page);
      expect.soft(await violations(page), name).toEqual([]);
      await then(page);
    }
  });

  it.each([
    ['320 × 480', 320, 480],
    ['800 × 600', 800, 600],
  ])('finds nothing in the embed mode at %s, and nothing scrolls sideways', async (_size, width, height) => {
    const page = await openApp(width, height, '?embed=1&provincie=NL-GE');
    expect(await violations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  it('works at 200% zoom: a 1280 px screen at 200% is 640 CSS px wide, and loses nothing', async () => {
    const { page } = chromium.track(await openWatchedPage(chromium.browser, { width: 640, height: 450 }));
    await page.goto(baseUrl);
    await waitForMapReady(page);
    await page.locator('.jobs-chart').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    // Every control of the header and the legend is on screen horizontally, the map keeps a usable height.
    for (const name of [
      /^Insluiten$/,
      /^Kaart opslaan als PNG$/,
      /^Afdrukken$/,
      /^Switch to English$/,
      /^Alleen administratief/,
      /^Administratief \(6\)/,
    ]) {
      const box = await page.getByRole('button', { name }).first().boundingBox();
      expect(box, String(name)).not.toBeNull();
      expect(box!.x, String(name)).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, String(name)).toBeLessThanOrEqual(640);
    }
    expect((await page.locator('.maplibregl-canvas').boundingBox())?.height).toBeGreaterThanOrEqual(300);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: 'screenshots/zoom-200.png', fullPage: false });
  });

  it('finds nothing on a 320 px wide phone, and nothing scrolls sideways', async () => {
    const page = await openApp(320, 640);
    expect(await violations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.screenshot({ path: 'screenshots/phone-320.png', fullPage: false });
  });
});

describe('keyboard only', () => {
  it('reaches a team in Den Haag, opens its details and returns with Escape', async () => {
    const page = await openApp();
    const focusedLabel = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
      );
    let label = '';
    for (let presses = 0; presses < 250 && !label.startsWith('Den Haag, team 1 van 9'); presses++) {
      await page.keyboard.press('Tab');
      label = await focusedLabel();
    }
    expect(label).toBe('Den Haag, team 1 van 9, Pandgebonden');
    await page.keyboard.press('Enter');
    const heading = page.locator('.details h2');
    expect(await heading.textContent()).toBe('Den Haag, team 1 van 9');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.locator('[aria-live="polite"]').textContent()).toBe(
      'Den Haag, team 1 van 9 gekozen: Pandgebonden, Zuid-Holland.',
    );
    await page.keyboard.press('Escape');
    expect(await page.locator('.details h2').textContent()).toBe('Details');
    expect(await focusedLabel()).toBe('Den Haag, team 1 van 9, Pandgebonden');
  });

  it('moves focus into the map from the skip link, and the map is named and described', async () => {
    const page = await openApp();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de kaart');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The first stop in the map is its places (map-keyboard.tsx), described by the keys' hint and the map's summary.
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const described = (el?.getAttribute('aria-describedby') ?? '').split(' ');
      return {
        role: el?.getAttribute('role'),
        label: el?.getAttribute('aria-label'),
        description: described.map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`),
      };
    });
    expect(focused.role).toBe('application');
    expect(focused.label).toBe('Plaatsen met teams op de kaart');
    expect(focused.description[0]).toMatch(/^Pijltjestoetsen: .* Vraagteken: alle toetsen\.$/);
    expect(focused.description[1]).toBe(await page.locator('#map-summary').textContent());
    const { name, teams } = REAL.busiestProvince;
    expect(await page.locator('#map-summary').textContent()).toMatch(
      new RegExp(
        `^De kaart toont ${REAL.teams} teams in ${REAL.provincesWithTeams} provincies; de meeste in ${name} \\(${teams}\\)`,
      ),
    );
  });
});

describe('the toegankelijkheidsverklaring', () => {
  // Four page loads, two of them with the WebGL map: more than one test's time-out on a busy machine.
  it(
    'is linked from the footer in Dutch and English, in the digitoegankelijk.nl form, and axe finds nothing',
    { timeout: 150_000 },
    async () => {
      for (const [search, link, heading, lang, sections] of [
        [
          '',
          'Toegankelijkheidsverklaring',
          'Toegankelijkheidsverklaring',
          'nl',
          ['Status', 'Wat we testen, en hoe', 'Contact'],
        ],
        [
          '?taal=en',
          'Accessibility statement',
          'Accessibility statement',
          'en',
          ['Status', 'What we test, and how', 'Contact'],
        ],
      ] as const) {
        const page = await openApp(1280, 900, search);
        await page.locator('.app__footer').getByRole('link', { name: link }).click();
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        for (const section of sections) await page.getByRole('heading', { level: 2, name: section }).waitFor();
        // The contact address is the one the report gives; every key of the map is listed.
        expect(await page.getByRole('link', { name: 'binnenwerk@rijksoverheid.nl' }).getAttribute('href')).toBe(
          'mailto:binnenwerk@rijksoverheid.nl',
        );
        expect(await page.locator('tbody tr').count()).toBe(MAP_KEYBOARD_TEXT[lang].keys.length);
        expect(await violations(page)).toEqual([]);
        // Back to the dashboard, in the same language.
        await page.locator('nav a').first().click();
        await waitForMapReady(page);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      }
    },
  );
});
