// The selection and what derives from it: the highlighted province, the selected map symbols and the camera target.
import type { ProvincesFile } from '../data/provinces-file';
import type { TeamsFile } from '../data/teams-file';
import { geometryBounds, pointsBounds, type Bounds } from '../domain/geometry';
import type { ProvinceCode } from '../domain/provinces';
import type { Selection } from '../domain/selection';
import type { PlaceGroup } from '../domain/team-places';

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
