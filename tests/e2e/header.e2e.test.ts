// The page header in the built app: its actions on one row beside the title on a wide screen, in both languages, and
// the phone's menu, which closes on Escape and on a tap or click outside it.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForThisFile, openWatchedPage, waitForMapAnswers } from './browser';
import { MESSAGES } from '../../src/i18n/messages';

const baseUrl = inject('baseUrl');
const chromium = browserForThisFile();

async function open(width: number, height: number, touch = false): Promise<Page> {
  const { page } = chromium.track(await openWatchedPage(chromium.browser, { width, height, touch }));
  await page.goto(baseUrl);
  // The header is what is tested: the SVG map, the first to answer, is enough (a desktop's WebGL map follows later).
  await waitForMapAnswers(page);
  return page;
}

/** The header's action buttons that are shown, with their boxes. */
async function actionBoxes(page: Page) {
  return page.locator('.app__actions button').evaluateAll((buttons) =>
    buttons
      .filter((button) => (button as HTMLElement).offsetParent !== null)
      .map((button) => {
        const box = button.getBoundingClientRect();
        return { name: button.textContent ?? '', top: box.top, bottom: box.bottom, right: box.right };
      }),
  );
}

describe('the header on a wide screen', () => {
  it.each([
    [1366, 900],
    [1280, 800],
  ])('keeps all actions, the language switch too, on one row at %i × %i, in both languages', async (width, height) => {
    const page = await open(width, height);
    for (const language of ['nl', 'en'] as const) {
      const boxes = await actionBoxes(page);
      expect(boxes.map((box) => box.name)).toContain(MESSAGES[language].languageSwitch);
      const [first] = boxes;
      for (const box of boxes) expect(Math.abs(box.top - first!.top), `${box.name} (${language})`).toBeLessThan(2);
      for (const box of boxes) expect(box.right, box.name).toBeLessThanOrEqual(width);
      if (language === 'nl') await page.getByRole('button', { name: MESSAGES.nl.languageSwitchLabel }).click();
    }
  });
});

describe('the phone menu', () => {
  const menuName = MESSAGES.nl.share.actionsMenu;
  const embedName = MESSAGES.nl.share.embedButton;

  it('closes on a tap outside it, and on Escape', async () => {
    const page = await open(390, 844, true);
    const menu = page.getByRole('button', { name: menuName });
    const embed = page.getByRole('button', { name: embedName });
    await menu.tap();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await embed.isVisible()).toBe(true);
    // A tap inside the menu keeps it open; one on the title outside it closes it.
    await page.locator('.app__share').tap({ position: { x: 2, y: 2 } });
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.locator('h1').tap();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await embed.isVisible()).toBe(false);
    // Escape closes it too, from the menu's button as from an action in it.
    await menu.tap();
    await menu.focus();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on a click outside it (a mouse at phone width)', async () => {
    const { page } = chromium.track(await openWatchedPage(chromium.browser, { width: 390, height: 844 }));
    await page.goto(baseUrl);
    await waitForMapAnswers(page);
    const menu = page.getByRole('button', { name: menuName });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.locator('.side-panel').click({ position: { x: 5, y: 5 } });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });
});
