// What the app reads off the teams file once per file: its map symbols and the count per kind.
import type { TeamsFile } from '../data/teams-file';
import { placeGroups, type PlaceGroup } from '../domain/team-places';
import { countTeamsByKind, type KindCounts } from '../domain/teams';

export interface TeamData {
  file: TeamsFile;
  /** One map symbol per place and kind. */
  groups: PlaceGroup[];
  kindCounts: KindCounts;
}

/** TanStack Query's `select` for the teams file: computed once per file (a file may hold thousands of teams). */
export function teamData(file: TeamsFile): TeamData {
  return { file, groups: placeGroups(file.teams), kindCounts: countTeamsByKind(file.teams) };
}
