// The colours of the coverage views' shading, for both pictures of the map (map-layers.ts and static-team-map.tsx)
// and the legend: one function per question, so that the WebGL map, the SVG map and the key cannot disagree.
import type { MapShading, ShadedArea } from '../domain/map-shading';
import { mapColour as COLOURS, shadeColour } from '../styles/tokens';

const STEPS = [shadeColour.step1, shadeColour.step2, shadeColour.step3, shadeColour.step4] as const;
export const CELL_COLOURS = [
  shadeColour.cell0,
  shadeColour.cell1,
  shadeColour.cell2,
  shadeColour.cell3,
  shadeColour.cell4,
  shadeColour.cell5,
] as const;

/** A province's fill in the teams-per-province view: step 0 (no team) keeps the plain province colour. */
export function stepColour(step: number, stepCount: number): string {
  if (step <= 0 || stepCount <= 0) return COLOURS.province;
  // Fewer steps than shades: spread them over the range, so that the darkest step is always the darkest shade.
  const index = stepCount === 1 ? STEPS.length - 1 : Math.round(((step - 1) * (STEPS.length - 1)) / (stepCount - 1));
  return STEPS[Math.min(index, STEPS.length - 1)]!;
}

export function areaColour(shade: ShadedArea['shade']): string {
  if (shade === 'reach') return shadeColour.reach;
  const index = Number(shade.slice('cell-'.length));
  return CELL_COLOURS[index % CELL_COLOURS.length]!;
}

export function areaEdgeColour(shade: ShadedArea['shade']): string {
  return shade === 'reach' ? shadeColour.reachEdge : shadeColour.cellEdge;
}

/** The province fill for `code` under `shading`, or null where the shading does not colour provinces. */
export function provinceShade(shading: MapShading | null, code: string): string | null {
  if (shading?.type !== 'teams-per-province') return null;
  return stepColour(shading.steps[code as keyof typeof shading.steps] ?? 0, shading.stepCount);
}
