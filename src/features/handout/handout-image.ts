// The handout as a 16:9 PNG of 1920 × 1080 pixels for a slide or a message: title band, the map of the area (the same
// model as the page's SVG), the nearest teams with their distances, the link, and the source line. Drawn on a canvas
// from the data, so it needs no image request (the CSP allows none) and no WebGL.
import { KIND_STYLE, shapePathAt } from '../../components/kind-style';
import { wrapText } from '../../lib/wrap-text';
import { colour, mapColour } from '../../styles/tokens';
import type { HandoutContent } from './handout-content';
import { HANDOUT_LABEL_SIZE, HANDOUT_SYMBOL_SCALE, SYMBOL_LAYERS, type HandoutMapModel } from './handout-map-model';

export const HANDOUT_IMAGE = { width: 1920, height: 1080 } as const;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const MARGIN = 60;
const HEADER = 140;
const MAP_TOP = 170;
const COLUMN_X = 1220;
const COLUMN_WIDTH = HANDOUT_IMAGE.width - COLUMN_X - MARGIN;

export function drawHandoutImage(content: HandoutContent, map: HandoutMapModel): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = HANDOUT_IMAGE.width;
  canvas.height = HANDOUT_IMAGE.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d is not available');
  context.fillStyle = colour.surface;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'alphabetic';

  context.fillStyle = colour.accent;
  context.fillRect(0, 0, canvas.width, HEADER);
  context.fillStyle = colour.onAccent;
  context.font = `bold 52px ${FONT}`;
  context.fillText(content.title, MARGIN, 68, canvas.width - 2 * MARGIN);
  context.font = `32px ${FONT}`;
  context.fillText(content.placeLine, MARGIN, 116, canvas.width - 2 * MARGIN);

  drawMap(context, map, MARGIN, MAP_TOP);
  const footerTop = drawColumn(context, content);
  drawFooter(context, content.footer, Math.max(footerTop, MAP_TOP + map.height + 40));
  return canvas;
}

function drawMap(context: CanvasRenderingContext2D, map: HandoutMapModel, left: number, top: number): void {
  context.save();
  context.translate(left, top);
  context.beginPath();
  context.rect(0, 0, map.width, map.height);
  context.clip();
  context.fillStyle = mapColour.background;
  context.fillRect(0, 0, map.width, map.height);
  const fill = (paths: readonly string[], fillColour: string, stroke?: { colour: string; width: number }) => {
    for (const d of paths) {
      const path = new Path2D(d);
      context.fillStyle = fillColour;
      context.fill(path, 'evenodd');
      if (stroke) {
        context.strokeStyle = stroke.colour;
        context.lineWidth = stroke.width;
        context.lineJoin = 'round';
        context.stroke(path);
      }
    }
  };
  fill(map.abroad, mapColour.abroad);
  fill(
    map.provinces.map((p) => p.path),
    mapColour.province,
    { colour: mapColour.provinceOutline, width: 1.5 },
  );
  fill(map.lakes, mapColour.water, { colour: mapColour.waterOutline, width: 1 });

  context.beginPath();
  context.arc(map.place.x, map.place.y, 7 * HANDOUT_SYMBOL_SCALE, 0, 2 * Math.PI);
  context.fillStyle = mapColour.searchPlace;
  context.fill();
  context.strokeStyle = mapColour.searchPlaceOutline;
  context.lineWidth = 3 * HANDOUT_SYMBOL_SCALE;
  context.stroke();
  for (const layer of SYMBOL_LAYERS) {
    for (const symbol of map.symbols) {
      context.fillStyle = layer.colour ?? symbol.colour;
      context.fill(new Path2D(shapePathAt(symbol.shape, layer.radius, symbol.x, symbol.y)));
    }
  }
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  for (const label of map.labels) {
    context.font = `${label.strong ? 'bold ' : ''}${HANDOUT_LABEL_SIZE}px ${FONT}`;
    context.textAlign = label.anchor === 'start' ? 'left' : 'right';
    context.strokeStyle = mapColour.labelHalo;
    context.lineWidth = 5;
    context.strokeText(label.text, label.x, label.y);
    context.fillStyle = mapColour.label;
    context.fillText(label.text, label.x, label.y);
  }
  context.restore();
  context.strokeStyle = colour.border;
  context.lineWidth = 2;
  context.strokeRect(left, top, map.width, map.height);
}

/** The list, the note and the link beside the map; returns where the column ends. */
function drawColumn(context: CanvasRenderingContext2D, content: HandoutContent): number {
  let y = MAP_TOP + 30;
  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  context.fillStyle = colour.text;
  context.font = `bold 30px ${FONT}`;
  y = drawLines(context, content.listTitle, COLUMN_X, y, 38);
  y += 16;
  if (content.entries.length === 0) y = drawLines(context, content.emptyList, COLUMN_X, y + 30, 34);
  for (const entry of content.entries) {
    const { colour: kindColour, shape } = KIND_STYLE[entry.kind];
    for (const layer of SYMBOL_LAYERS) {
      context.fillStyle = layer.colour ?? kindColour;
      context.fill(new Path2D(shapePathAt(shape, layer.radius, COLUMN_X + 18, y + 18)));
    }
    context.fillStyle = colour.muted;
    context.font = `24px ${FONT}`;
    context.fillText(entry.kindName, COLUMN_X + 50, y + 27, COLUMN_WIDTH - 50);
    context.fillStyle = colour.text;
    context.font = `bold 34px ${FONT}`;
    const distanceWidth = context.measureText(entry.distance).width;
    context.textAlign = 'right';
    context.fillText(entry.distance, COLUMN_X + COLUMN_WIDTH, y + 72);
    context.textAlign = 'left';
    context.font = `30px ${FONT}`;
    context.fillText(entry.team, COLUMN_X + 50, y + 72, COLUMN_WIDTH - 50 - distanceWidth - 16);
    y += 112;
  }
  context.fillStyle = colour.muted;
  context.font = `22px ${FONT}`;
  y = drawLines(context, content.distanceNote, COLUMN_X, y + 10, 30);
  context.fillStyle = colour.text;
  context.font = `bold 26px ${FONT}`;
  y = drawLines(context, content.linkTitle, COLUMN_X, y + 40, 34);
  context.fillStyle = colour.accent;
  context.font = `22px ${FONT}`;
  for (const line of breakUrl(content.link, COLUMN_WIDTH, (s) => context.measureText(s).width)) {
    y += 30;
    context.fillText(line, COLUMN_X, y);
  }
  return y + 40;
}

/** Wrapped text from `top` down (each line `lineHeight` lower); returns the last line's baseline. */
function drawLines(context: CanvasRenderingContext2D, text: string, x: number, top: number, lineHeight: number) {
  let y = top;
  for (const line of wrapText(text, COLUMN_WIDTH, (s) => context.measureText(s).width)) {
    y += lineHeight;
    context.fillText(line, x, y);
  }
  return y;
}

function drawFooter(context: CanvasRenderingContext2D, footer: readonly string[], top: number): void {
  context.fillStyle = colour.muted;
  context.font = `18px ${FONT}`;
  const width = HANDOUT_IMAGE.width - 2 * MARGIN;
  let y = top;
  for (const line of footer.flatMap((text) => wrapText(text, width, (s) => context.measureText(s).width))) {
    y += 24;
    context.fillText(line, MARGIN, y);
  }
}

/**
 * A URL, which has no spaces, in lines no wider than `maxWidth`: broken after its last `/`, `?` or `&` that fits, or
 * else after any character.
 */
export function breakUrl(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && width(line + char) > maxWidth) {
      const cut = Math.max(line.lastIndexOf('/'), line.lastIndexOf('?'), line.lastIndexOf('&')) + 1;
      const at = cut > 0 && cut < line.length ? cut : line.length;
      lines.push(line.slice(0, at));
      line = line.slice(at);
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}
