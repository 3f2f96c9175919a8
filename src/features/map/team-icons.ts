// Draws the team symbols (shape per kind, team count inside) on a canvas, so the map needs no sprite or glyph server.
import type { StyleImageMetadata } from 'maplibre-gl';
import { countLabel, KIND_STYLE, SYMBOL, shapePath } from '../../components/kind-style';
import { TEAM_KINDS, type TeamKind } from '../../domain/team-kinds';
import { ICON_SIZE } from './map-look';

const ICON_PREFIX = 'team';

export interface TeamIcon {
  kind: TeamKind;
  count: number;
  selected: boolean;
}

/** Reads an id made by the style's icon expression: `team:<kind>:<count>[:selected]`. */
export function parseTeamIconId(id: string): TeamIcon | null {
  const [prefix, kind, count, state, ...rest] = id.split(':');
  if (prefix !== ICON_PREFIX || !TEAM_KINDS.includes(kind as TeamKind) || rest.length > 0) return null;
  if (state !== undefined && state !== 'selected') return null;
  const n = Number(count);
  return Number.isInteger(n) && n > 0 ? { kind: kind as TeamKind, count: n, selected: state === 'selected' } : null;
}

export function drawTeamIcon(
  { kind, count, selected }: TeamIcon,
  pixelRatio: number,
): { image: ImageData; options: Partial<StyleImageMetadata> } | null {
  const size = Math.round(ICON_SIZE * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const { colour, shape } = KIND_STYLE[kind];
  context.scale(pixelRatio, pixelRatio);
  context.translate(ICON_SIZE / 2, ICON_SIZE / 2);
  if (selected) {
    // A thick dark ring with a white core, visible around every shape and on any fill.
    context.beginPath();
    context.arc(0, 0, SYMBOL.ring.radius, 0, Math.PI * 2);
    context.lineWidth = SYMBOL.ring.width;
    context.strokeStyle = SYMBOL.dark;
    context.stroke();
    context.fillStyle = SYMBOL.light;
    context.fill();
  }
  context.fillStyle = SYMBOL.dark;
  context.fill(new Path2D(shapePath(shape, SYMBOL.outline)));
  context.fillStyle = SYMBOL.light;
  context.fill(new Path2D(shapePath(shape, SYMBOL.edge)));
  context.fillStyle = colour;
  context.fill(new Path2D(shapePath(shape, SYMBOL.fill)));
  if (count > 1) {
    context.fillStyle = SYMBOL.light;
    context.font = `bold ${SYMBOL.countSize(count)}px system-ui, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(countLabel(count), 0, SYMBOL.countOffset);
  }
  return { image: context.getImageData(0, 0, size, size), options: { pixelRatio } };
}
