// The selection and what derives from it: the highlighted province, the selected map symbols and the camera target.
import type { ProvincesFile } from '../data/provinces-file';
import type { TeamsFile } from '../data/teams-file';
import { geometryBounds, pointsBounds, type Bounds } from '../domain/geometry';
import { PROVINCE_NAMES, type ProvinceCode } from '../domain/provinces';
import { COUNTRY, type Selection } from '../domain/selection';
import type { PlaceGroup } from '../domain/team-places';
import { teamLabel } from '../components/team-label';
import type { Messages } from '../i18n/messages';

export interface DerivedSelection {
  highlightedProvince: ProvinceCode | null;
  selectedPlaceKeys: string[];
  selectedTeamIds: string[];
  focus: Bounds | null;
}

export function deriveSelection(
  selection: Selection,
  teams: TeamsFile | undefined,
  provinces: ProvincesFile | undefined,
  groups: readonly PlaceGroup[],
): DerivedSelection {
  switch (selection.type) {
    case 'country':
      return { highlightedProvince: null, selectedPlaceKeys: [], selectedTeamIds: [], focus: null };
    case 'province': {
      const feature = provinces?.features.find((f) => f.properties.code === selection.code);
      return {
        highlightedProvince: selection.code,
        selectedPlaceKeys: [],
        selectedTeamIds: [],
        focus: feature ? geometryBounds(feature.geometry) : null,
      };
    }
    case 'place': {
      const group = groups.find((g) => g.key === selection.key);
      return {
        highlightedProvince: null,
        selectedPlaceKeys: group ? [group.key] : [],
        selectedTeamIds: group ? group.teamIds : [],
        focus: group ? pointsBounds([group.coordinates]) : null,
      };
    }
    case 'team': {
      const team = teams?.teams.find((t) => t.id === selection.id);
      const places = groups.filter((g) => g.teamIds.includes(selection.id));
      return {
        highlightedProvince: null,
        selectedPlaceKeys: places.map((g) => g.key),
        selectedTeamIds: team ? [team.id] : [],
        focus: team ? pointsBounds(team.locations.map((l) => l.coordinates)) : null,
      };
    }
  }
}

/** A selection from a link may name a team or place that does not exist (any more): that is the whole country. */
export function existingSelection(selection: Selection, teams: TeamsFile, groups: readonly PlaceGroup[]): Selection {
  if (selection.type === 'team' && !teams.teams.some((t) => t.id === selection.id)) return COUNTRY;
  if (selection.type === 'place' && !groups.some((g) => g.key === selection.key)) return COUNTRY;
  return selection;
}

/** What the selection is called (a province, place or team name); null for the whole country. */
export function selectionSubject(
  selection: Selection,
  teams: TeamsFile,
  groups: readonly PlaceGroup[],
  messages: Messages,
): string | null {
  switch (selection.type) {
    case 'country':
      return null;
    case 'province':
      return PROVINCE_NAMES[selection.code];
    case 'place':
      return groups.find((g) => g.key === selection.key)?.place ?? null;
    case 'team': {
      const team = teams.teams.find((t) => t.id === selection.id);
      return team ? teamLabel(team, teams.teams, messages) : null;
    }
  }
}
