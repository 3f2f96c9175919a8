// A picture of the current map for slides: the map as drawn, with a title, the legend, the source and attribution.
import { KIND_STYLE, shapePath } from '../../components/kind-style';
import type { TeamKind } from '../../domain/team-kinds';
import { colour } from '../../styles/tokens';
import { downloadBlob } from '../../lib/download';
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

/** `scale` is the map canvas' device pixels per CSS pixel; the picture keeps that sharpness. */
export function composeMapImage(map: HTMLCanvasElement, scale: number, text: MapImageText): HTMLCanvasElement {
  const width = map.width / scale;
  const mapHeight = map.height / scale;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('canvas 2d is not available');
  measure.font = `13px ${FONT}`;
  const footerLines = text.footer.flatMap((line) =>
    wrapText(line, width - 2 * PADDING, (s) => measure.measureText(s).width),
  );
  const header = 48;
  const legendHeight = LINE * (text.legend.length + 1) + PADDING;
  const footerHeight = footerLines.length * 18 + PADDING;
  const height = header + mapHeight + legendHeight + footerHeight;

  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const context = out.getContext('2d');
  if (!context) throw new Error('canvas 2d is not available');
  context.scale(scale, scale);
  context.fillStyle = colour.surface;
  context.fillRect(0, 0, width, height);

  context.fillStyle = colour.accent;
  context.fillRect(0, 0, width, header);
  context.fillStyle = colour.onAccent;
  context.font = `bold 18px ${FONT}`;
  context.textBaseline = 'middle';
  context.fillText(text.title, PADDING, header / 2, width - 2 * PADDING);

  context.drawImage(map, 0, header, width, mapHeight);

  let y = header + mapHeight + PADDING + LINE / 2;
  context.fillStyle = colour.text;
  context.font = `bold 14px ${FONT}`;
  context.fillText(text.legendTitle, PADDING, y);
  context.font = `14px ${FONT}`;
  for (const entry of text.legend) {
    y += LINE;
    const style = KIND_STYLE[entry.kind];
    context.save();
    context.translate(PADDING + 8, y);
    const path = new Path2D(shapePath(style.shape, 7));
    context.fillStyle = style.colour;
    context.fill(path);
    context.strokeStyle = colour.surface;
    context.lineWidth = 1.5;
    context.stroke(path);
    context.restore();
    context.fillStyle = colour.text;
    context.fillText(entry.label, PADDING + 24, y);
  }

  y += LINE / 2 + PADDING;
  context.fillStyle = colour.muted;
  context.font = `13px ${FONT}`;
  for (const line of footerLines) {
    y += 18;
    context.fillText(line, PADDING, y - 9);
  }
  return out;
}

export function downloadCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('toBlob gave no image'));
        return;
      }
      downloadBlob(blob, fileName);
      resolve();
    }, 'image/png');
  });
}
