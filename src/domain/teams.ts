// Counting and grouping of teams: per kind, per province, and the comparison with the published counts.
import type { Team, TeamsFile } from '../data/teams-file';
import { PROVINCES_BY_NAME, type ProvinceCode } from './provinces';
import { TEAM_KINDS, type TeamKind } from './team-kinds';

export type KindCounts = Record<TeamKind, number>;

export function countTeamsByKind(teams: readonly Team[]): KindCounts {
  const counts: KindCounts = { natuurbeheer: 0, pandgebonden: 0, administratief: 0 };
  for (const team of teams) counts[team.kind] += 1;
  return counts;
}

export function teamProvinces(team: Team): ProvinceCode[] {
  return [...new Set(team.locations.map((l) => l.province))];
}

/** A team that works in two provinces (Assen/Zwolle) belongs to both; the national total still counts it once. */
export function teamsInProvince(teams: readonly Team[], province: ProvinceCode): Team[] {
  return teams.filter((team) => team.locations.some((l) => l.province === province));
}

export interface ProvinceGroup {
  province: ProvinceCode;
  teams: Team[];
}

/** All twelve provinces in alphabetical order, each with its teams (possibly none). */
export function teamsByProvince(teams: readonly Team[]): ProvinceGroup[] {
  return PROVINCES_BY_NAME.map((province) => ({ province, teams: teamsInProvince(teams, province) }));
}

export function provincesWithoutTeams(teams: readonly Team[]): ProvinceCode[] {
  return teamsByProvince(teams)
    .filter((group) => group.teams.length === 0)
    .map((group) => group.province);
}

/** The province with the most teams; ties go to the alphabetically first. */
export function busiestProvince(teams: readonly Team[]): ProvinceGroup | undefined {
  return teamsByProvince(teams).reduce<ProvinceGroup | undefined>(
    (best, group) => (!best || group.teams.length > best.teams.length ? group : best),
    undefined,
  );
}

export interface Ordinal {
  number: number;
  of: number;
}

// Worked out once per list of teams: naming every team in a long list must not look through the list each time.
const ordinalsByList = new WeakMap<readonly Team[], Map<Team, Ordinal>>();

function ordinals(teams: readonly Team[]): Map<Team, Ordinal> {
  const known = ordinalsByList.get(teams);
  if (known) return known;
  const siblings = new Map<string, Team[]>();
  for (const team of teams) {
    const key = `${team.kind}\u0000${team.printedAs}`;
    const group = siblings.get(key);
    if (group) group.push(team);
    else siblings.set(key, [team]);
  }
  const result = new Map<Team, Ordinal>();
  for (const group of siblings.values())
    group.forEach((team, index) => result.set(team, { number: index + 1, of: group.length }));
  ordinalsByList.set(teams, result);
  return result;
}

/** Where several teams of one kind share a printed place ("Den Haag (9 teams)"), the 1-based number of this one. */
export function teamOrdinal(team: Team, teams: readonly Team[]): Ordinal {
  return ordinals(teams).get(team) ?? { number: 1, of: 1 };
}

export function teamPlaceNames(team: Team): string {
  return team.locations.map((l) => l.place).join(' / ');
}

export interface CountComparison {
  subject: TeamKind | 'total';
  counted: number;
  published: number;
}

/** Counts of the records against the counts the report prints; only differences are returned. */
export function publishedCountMismatches(file: Pick<TeamsFile, 'teams' | 'kinds' | 'published'>): CountComparison[] {
  const counts = countTeamsByKind(file.teams);
  const comparisons: CountComparison[] = TEAM_KINDS.map((kind) => ({
    subject: kind,
    counted: counts[kind],
    published: file.kinds.find((k) => k.id === kind)?.publishedCount ?? 0,
  }));
  comparisons.push({ subject: 'total', counted: file.teams.length, published: file.published.teams });
  return comparisons.filter((c) => c.counted !== c.published);
}
