// The nearest team of each kind to a point: what "which team is near me?" answers. Straight-line distances.
import type { Team, TeamLocation } from '../data/teams-file';
import { distanceKm } from './distance';
import type { Position } from './geometry';
import type { PlaceGroup } from './team-places';
import { TEAM_KINDS, type TeamKind } from './team-kinds';

export interface NearestTeams {
  kind: TeamKind;
  /** The nearest location of this kind; a team at two places counts at the one nearer to the point. */
  location: TeamLocation;
  distanceKm: number;
  /** Every team of this kind at that location (Den Haag has nine), in data order. */
  teams: Team[];
}

/** One entry per kind that has teams, in the order of `kinds`. */
export function nearestTeamsByKind(
  origin: Position,
  teams: readonly Team[],
  kinds: readonly TeamKind[] = TEAM_KINDS,
): NearestTeams[] {
  const result: NearestTeams[] = [];
  for (const kind of kinds) {
    let best: NearestTeams | undefined;
    for (const team of teams) {
      if (team.kind !== kind) continue;
      for (const location of team.locations) {
        const distance = distanceKm(origin, location.coordinates);
        if (!best || distance < best.distanceKm) {
          best = { kind, location, distanceKm: distance, teams: [team] };
        } else if (samePoint(location.coordinates, best.location.coordinates) && !best.teams.includes(team)) {
          best.teams.push(team);
        }
      }
    }
    if (best) result.push(best);
  }
  return result;
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The map symbol (place group) that stands for a nearest result: the teams of that kind at that place. */
export function nearestPlaceGroup(nearest: NearestTeams, groups: readonly PlaceGroup[]): PlaceGroup | undefined {
  return groups.find((g) => g.kind === nearest.kind && g.place === nearest.location.place);
}
