// Pictures of the current map for slides: the map with a title, the legend, the source and attribution; either the
// view as on screen with the legend under it, or a 16:9 slide with the legend beside the map.
import { KIND_STYLE, shapePath } from '../../components/kind-style';
import type { TeamKind } from '../../domain/team-kinds';
import { colour } from '../../styles/tokens';
import { wrapText } from '../../lib/wrap-text';

export interface MapImageText {
  title: string;
  legendTitle: string;
  legend: { kind: TeamKind; label: string }[];
  /** Lines under the legend: source and attribution (required by the licences). */
  footer: string[];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const PADDING = 16;
const LINE = 22;
const HEADER = 48;
const FOOTER_LINE = 18;

/** A slide in CSS pixels (drawn at EXPORT_PIXEL_RATIO: 2560 × 1440 pixels), and the legend's column on it. */
export const SLIDE = { width: 1280, height: 720, legendWidth: 300 } as const;

function measureContext(): CanvasRenderingContext2D {
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('canvas 2d is not available');
  measure.font = `13px ${FONT}`;
  return measure;
}

function footerLines(text: MapImageText, width: number): string[] {
  const measure = measureContext();
  return text.footer.flatMap((line) => wrapText(line, width - 2 * PADDING, (s) => measure.measureText(s).width));
}

/** The part of a slide that the map takes, in CSS pixels: what to draw the map at before composeSlideImage. */
export function slideMapSize(text: MapImageText): { width: number; height: number } {
  const footer = footerLines(text, SLIDE.width).length * FOOTER_LINE + PADDING;
  return { width: SLIDE.width - SLIDE.legendWidth, height: SLIDE.height - HEADER - footer };
}

/** A 16:9 slide: title band, the map (drawn at slideMapSize) with the legend beside it, source and attribution. */
export function composeSlideImage(map: HTMLCanvasElement, scale: number, text: MapImageText): HTMLCanvasElement {
  const { width, height } = SLIDE;
  const lines = footerLines(text, width);
  const mapSize = slideMapSize(text);
  const { out, context } = newPicture(width, height, scale);
  drawTitle(context, text.title, width);
  context.drawImage(map, 0, HEADER, mapSize.width, mapSize.height);
  drawLegend(context, text, mapSize.width + PADDING, HEADER + PADDING + LINE / 2);
  drawFooter(context, lines, HEADER + mapSize.height + PADDING / 2);
  return out;
}

function newPicture(width: number, height: number, scale: number) {
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const context = out.getContext('2d');
  if (!context) throw new Error('canvas 2d is not available');
  context.scale(scale, scale);
  context.fillStyle = colour.surface;
  context.fillRect(0, 0, width, height);
  return { out, context };
}

function drawTitle(context: CanvasRenderingContext2D, title: string, width: number): void {
  context.fillStyle = colour.accent;
  context.fillRect(0, 0, width, HEADER);
  context.fillStyle = colour.onAccent;
  context.font = `bold 18px ${FONT}`;
  context.textBaseline = 'middle';
  context.fillText(title, PADDING, HEADER / 2, width - 2 * PADDING);
}

/** The legend's title and entries from `y` (the middle of the title's line) down; returns the last line's middle. */
function drawLegend(context: CanvasRenderingContext2D, text: MapImageText, x: number, y: number): number {
  context.fillStyle = colour.text;
  context.font = `bold 14px ${FONT}`;
  context.fillText(text.legendTitle, x, y);
  context.font = `14px ${FONT}`;
  for (const entry of text.legend) {
    y += LINE;
    const style = KIND_STYLE[entry.kind];
    context.save();
    context.translate(x + 8, y);
    const path = new Path2D(shapePath(style.shape, 7));
    context.fillStyle = style.colour;
    context.fill(path);
    context.strokeStyle = colour.surface;
    context.lineWidth = 1.5;
    context.stroke(path);
    context.restore();
    context.fillStyle = colour.text;
    context.fillText(entry.label, x + 24, y);
  }
  return y;
}

/** The source and attribution lines, from `top` down. */
function drawFooter(context: CanvasRenderingContext2D, lines: readonly string[], top: number): void {
  context.fillStyle = colour.muted;
  context.font = `13px ${FONT}`;
  let y = top;
  for (const line of lines) {
    y += FOOTER_LINE;
    context.fillText(line, PADDING, y - 9);
  }
}

/** `scale` is the map picture's device pixels per CSS pixel; the picture keeps that sharpness. */
export function composeMapImage(map: HTMLCanvasElement, scale: number, text: MapImageText): HTMLCanvasElement {
  const width = map.width / scale;
  const mapHeight = map.height / scale;
  const lines = footerLines(text, width);
  const legendHeight = LINE * (text.legend.length + 1) + PADDING;
  const footerHeight = lines.length * FOOTER_LINE + PADDING;
  const height = HEADER + mapHeight + legendHeight + footerHeight;
  const { out, context } = newPicture(width, height, scale);
  drawTitle(context, text.title, width);
  context.drawImage(map, 0, HEADER, width, mapHeight);
  const last = drawLegend(context, text, PADDING, HEADER + mapHeight + PADDING + LINE / 2);
  drawFooter(context, lines, last + LINE / 2 + PADDING);
  return out;
}
