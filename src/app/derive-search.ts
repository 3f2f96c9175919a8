// What a searched place shows: the nearest team of each kind, their map symbols, the marker and the camera target.
import type { Place } from '../data/places-file';
import type { TeamsFile } from '../data/teams-file';
import { pointsBounds, type Bounds, type Position } from '../domain/geometry';
import { nearestPlaceGroup, nearestTeamsByKind, type NearestTeams } from '../domain/nearest-teams';
import type { TeamKind } from '../domain/team-kinds';
import type { PlaceGroup } from '../domain/team-places';

export interface DerivedSearch {
  nearest: NearestTeams[];
  selectedPlaceKeys: string[];
  marker: Position | null;
  /** The place and its nearest teams together. */
  focus: Bounds | null;
}

const NOTHING: DerivedSearch = { nearest: [], selectedPlaceKeys: [], marker: null, focus: null };

export function deriveSearch(
  place: Place | null,
  teams: TeamsFile | undefined,
  groups: readonly PlaceGroup[],
  kinds: readonly TeamKind[],
): DerivedSearch {
  if (!place || !teams) return NOTHING;
  const nearest = nearestTeamsByKind(place.coordinates, teams.teams, kinds);
  return {
    nearest,
    selectedPlaceKeys: nearest.flatMap((n) => nearestPlaceGroup(n, groups)?.key ?? []),
    marker: place.coordinates,
    focus: pointsBounds([place.coordinates, ...nearest.map((n) => n.location.coordinates)]),
  };
}
