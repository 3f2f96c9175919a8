// Counts pixels of a given colour in a screenshot of the map canvas: how tests see which symbols are drawn.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

export async function canvasColourCounts(page: Page, colours: Record<string, string>): Promise<Record<string, number>> {
  // Hide the HTML laid over the map (legend, buttons), whose symbols share the team colours.
  const shot = await page.locator('.maplibregl-canvas').screenshot({
    style:
      '.map-area__legend, .map-area__reset, .map-area__status, .maplibregl-control-container { visibility: hidden !important; }',
  });
  const png = PNG.sync.read(shot);
  const targets = Object.entries(colours).map(([name, hex]) => [name, parseInt(hex.slice(1), 16)] as const);
  const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
  for (let i = 0; i < png.data.length; i += 4) {
    for (const [name, rgb] of targets) {
      const distance =
        Math.abs(png.data[i]! - ((rgb >> 16) & 255)) +
        Math.abs(png.data[i + 1]! - ((rgb >> 8) & 255)) +
        Math.abs(png.data[i + 2]! - (rgb & 255));
      if (distance < 24) counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return counts;
}
