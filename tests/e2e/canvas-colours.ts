// Reads the colours of the map canvas (or of a PNG the app made): how tests see what the WebGL map has drawn.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { Box } from './map-projection';

export type Rgb = readonly [number, number, number];

/** The HTML laid over the map (legend, buttons, status), whose symbols share the team colours: hidden in shots. */
export const OVERLAYS_HIDDEN =
  '.map-area__legend, .map-area__reset, .map-area__status, .maplibregl-control-container { visibility: hidden !important; }';

/** How far apart two colours may be (sum of the channels' differences) and still count as the same. */
export const SAME_COLOUR = 24;

function rgbOf(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function hexOf(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

const distance = (a: Rgb, b: Rgb) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

/** Whether a pixel has (about) the colour `hex`. */
export function near(rgb: Rgb, hex: string, tolerance = SAME_COLOUR): boolean {
  return distance(rgb, rgbOf(hex)) < tolerance;
}

export interface Pixels {
  width: number;
  height: number;
  /** The pixel at (x, y) of the image, rounded to whole pixels. */
  at: (x: number, y: number) => Rgb;
  /** Every pixel, in order. */
  all: () => Generator<Rgb>;
}

/** The pixels of a PNG file. */
export function pngPixels(file: Buffer): Pixels {
  const png = PNG.sync.read(file);
  const pixel = (i: number): Rgb => [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  return {
    width: png.width,
    height: png.height,
    at: (x, y) => pixel((Math.round(y) * png.width + Math.round(x)) * 4),
    all: function* () {
      for (let i = 0; i < png.data.length; i += 4) yield pixel(i);
    },
  };
}

/** How many pixels have (about) each of the named colours. */
export function colourCounts(pixels: Pixels, colours: Record<string, string>): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((name) => [name, 0]));
  const targets = Object.entries(colours).map(([name, hex]) => [name, rgbOf(hex)] as const);
  for (const rgb of pixels.all()) {
    for (const [name, target] of targets) if (distance(rgb, target) < SAME_COLOUR) counts[name]!++;
  }
  return counts;
}

/**
 * A screenshot of the map canvas without the HTML over it, with the canvas's place on the page: `atPage` reads
 * the pixel at a point in page coordinates (as the map-projection helpers give them).
 */
export async function mapCanvasPixels(
  page: Page,
): Promise<Pixels & { box: Box; atPage: (x: number, y: number) => Rgb }> {
  const canvas = page.locator('.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no map canvas');
  const pixels = pngPixels(await canvas.screenshot({ style: OVERLAYS_HIDDEN }));
  return { ...pixels, box, atPage: (x, y) => pixels.at(x - box.x, y - box.y) };
}

/** How many pixels of the map canvas have (about) each of the named colours. */
export async function canvasColourCounts(page: Page, colours: Record<string, string>): Promise<Record<string, number>> {
  return colourCounts(await mapCanvasPixels(page), colours);
}
