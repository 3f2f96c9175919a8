// What the map can shade under its symbols (the coverage views, issue 18): the number of teams per province, the
// land within reach of a team, or the land each team is nearest to. Part of the map model, so that every picture of
// the map (WebGL and SVG) draws the same thing; the pictures choose the colours (features/map/map-look.ts).
import type { Team } from '../data/teams-file';
import { teamsByProvince } from './teams';
import type { ProvinceCode } from './provinces';
import type { TeamKind } from './team-kinds';
import type { AreaGeometry } from './web-mercator';
import type { Position } from './geometry';

/** The distances the reach view offers, in km (straight line). */
export const REACH_DISTANCES = [10, 25, 50] as const;
export type ReachKm = (typeof REACH_DISTANCES)[number];
export const DEFAULT_REACH_KM: ReachKm = 25;

/** What the user chose to shade; "teams" shades nothing (the map as it was). */
export type ShadingChoice =
  { type: 'teams' } | { type: 'teams-per-province' } | { type: 'reach'; km: ReachKm } | { type: 'nearest' };

export const NO_SHADING: ShadingChoice = { type: 'teams' };

export type ShadingType = ShadingChoice['type'];
export const SHADING_TYPES: readonly ShadingType[] = ['teams', 'teams-per-province', 'reach', 'nearest'];

export function isReachKm(value: number): value is ReachKm {
  return (REACH_DISTANCES as readonly number[]).includes(value);
}

/** A range of team counts that share a shade (`from` = `to` for a single count). */
export interface CountStep {
  from: number;
  to: number;
}

export interface ProvinceCount {
  code: ProvinceCode;
  teams: number;
  /** Index into `steps` plus one; 0: no team. */
  step: number;
}

export interface TeamsPerProvince {
  provinces: ProvinceCount[];
  /** The shades from light to dark, each a range of counts (the first starts at 1). */
  steps: CountStep[];
  withTeams: number;
  total: number;
}

/** The most shades a legend can tell apart at a glance on a light map. */
const MAX_STEPS = 4;

/**
 * Up to four ranges of counts, each holding about as many provinces (quantiles of the provinces that have a team):
 * a few provinces with many teams do not leave all the others in one shade. The first range starts at 1.
 */
export function countSteps(counts: readonly number[]): CountStep[] {
  const sorted = counts.filter((count) => count > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const steps: CountStep[] = [];
  let from = 1;
  for (let i = 1; i <= MAX_STEPS; i++) {
    const to = sorted[Math.ceil((sorted.length * i) / MAX_STEPS) - 1]!;
    if (to >= from) steps.push({ from, to });
    from = Math.max(from, to + 1);
  }
  return steps;
}

/**
 * Teams per province for one kind (or all): a team working in two provinces counts in both, as in the details.
 * Every province of the data is listed, in the order of `teamsByProvince` (alphabetical).
 */
export function teamsPerProvince(teams: readonly Team[], kind: TeamKind | null): TeamsPerProvince {
  const shown = kind ? teams.filter((team) => team.kind === kind) : teams;
  const groups = teamsByProvince(shown);
  const steps = countSteps(groups.map((group) => group.teams.length));
  const stepOf = (count: number) => (count === 0 ? 0 : steps.findIndex((s) => count >= s.from && count <= s.to) + 1);
  const provinces = groups.map((group) => ({
    code: group.province,
    teams: group.teams.length,
    step: stepOf(group.teams.length),
  }));
  return { provinces, steps, withTeams: provinces.filter((p) => p.teams > 0).length, total: provinces.length };
}

/** One area of a shaded view: its geometry and a shade the picture turns into a colour. */
export interface ShadedArea {
  geometry: AreaGeometry;
  /** 'reach': within reach; 'cell-<n>': the nth of the cells' colours (neighbours differ). */
  shade: 'reach' | `cell-${number}`;
  /** For a cell: the map symbols (place group keys) it belongs to. */
  siteIds?: readonly string[];
}

/** What the map draws for a choice: shaded areas over the provinces, or the provinces filled by their step. */
export type MapShading =
  | { type: 'teams-per-province'; steps: Partial<Record<ProvinceCode, number>>; stepCount: number }
  | {
      type: 'areas';
      areas: readonly ShadedArea[];
      /** Each area drawn with its own edge (the cells), or not (the reach's pieces: `edges` is their outer edge). */
      outlined: boolean;
      /** Lines drawn in the areas' edge colour: the outer edge of the reach. */
      edges: readonly (readonly Position[])[];
    };

export function provinceCountShading(counts: TeamsPerProvince): MapShading {
  return {
    type: 'teams-per-province',
    steps: Object.fromEntries(counts.provinces.map((p) => [p.code, p.step])),
    stepCount: counts.steps.length,
  };
}
