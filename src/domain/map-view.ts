// From what the user chose (a selection, or a searched place) to what the map shows: the highlighted province, the
// ringed symbols, the teams in the details and the camera target; `mapModel` puts them together for the renderers.
import type { Place } from '../data/places-file';
import type { ProvinceFeature } from '../data/provinces-file';
import type { TeamsFile } from '../data/teams-file';
import { geometryBounds, pointsBounds } from './geometry';
import { COUNTRY_CAMERA, type CameraTarget, type MapModel } from './map-model';
import type { MapShading } from './map-shading';
import { nearestPlaceGroup, nearestTeamsByKind, type NearestTeams } from './nearest-teams';
import type { ProvinceCode } from './provinces';
import { COUNTRY, type Selection } from './selection';
import type { TeamKind } from './team-kinds';
import type { PlaceGroup } from './team-places';
import { placeSummary } from './place-summary';

export interface SelectionView {
  highlightedProvince: ProvinceCode | null;
  selectedPlaceKeys: string[];
  selectedTeamIds: string[];
  camera: CameraTarget;
}

const NOTHING_CHOSEN: SelectionView = {
  highlightedProvince: null,
  selectedPlaceKeys: [],
  selectedTeamIds: [],
  camera: COUNTRY_CAMERA,
};

export function selectionView(
  selection: Selection,
  teams: TeamsFile | undefined,
  provinces: readonly ProvinceFeature[] | undefined,
  groups: readonly PlaceGroup[],
): SelectionView {
  switch (selection.type) {
    case 'country':
      return NOTHING_CHOSEN;
    case 'province': {
      const feature = provinces?.find((f) => f.properties.code === selection.code);
      return {
        highlightedProvince: selection.code,
        selectedPlaceKeys: [],
        selectedTeamIds: [],
        camera: { type: 'selection', selection, bounds: feature ? geometryBounds(feature.geometry) : null },
      };
    }
    case 'place': {
      // A place is all its teams, of every kind: Den Haag's two symbols are ringed together.
      const place = placeSummary(groups, selection.key);
      return {
        highlightedProvince: null,
        selectedPlaceKeys: place ? place.kinds.map((k) => k.group.key) : [],
        selectedTeamIds: place ? place.teamIds : [],
        camera: { type: 'selection', selection, bounds: place ? pointsBounds([place.coordinates]) : null },
      };
    }
    case 'team': {
      const team = teams?.teams.find((t) => t.id === selection.id);
      return {
        highlightedProvince: null,
        selectedPlaceKeys: groups.filter((g) => g.teamIds.includes(selection.id)).map((g) => g.key),
        selectedTeamIds: team ? [team.id] : [],
        camera: {
          type: 'selection',
          selection,
          bounds: team ? pointsBounds(team.locations.map((l) => l.coordinates)) : null,
        },
      };
    }
  }
}

/** A selection from a link may name a team or place that does not exist (any more): that is the whole country. */
export function existingSelection(selection: Selection, teams: TeamsFile, groups: readonly PlaceGroup[]): Selection {
  if (selection.type === 'team' && !teams.teams.some((t) => t.id === selection.id)) return COUNTRY;
  if (selection.type === 'place' && !placeSummary(groups, selection.key)) return COUNTRY;
  return selection;
}

export interface SearchView {
  place: Place;
  /** The nearest team of each visible kind. */
  nearest: NearestTeams[];
  selectedPlaceKeys: string[];
  /** The place and its nearest teams together. */
  camera: CameraTarget;
}

export function searchView(
  place: Place | null,
  teams: TeamsFile | undefined,
  groups: readonly PlaceGroup[],
  kinds: readonly TeamKind[],
): SearchView | null {
  if (!place || !teams) return null;
  const nearest = nearestTeamsByKind(place.coordinates, teams.teams, kinds);
  return {
    place,
    nearest,
    selectedPlaceKeys: nearest.flatMap((n) => nearestPlaceGroup(n, groups)?.key ?? []),
    camera: {
      type: 'search',
      bounds: pointsBounds([place.coordinates, ...nearest.map((n) => n.location.coordinates)]),
    },
  };
}

/**
 * What the map shows. A searched place takes the map while nothing else is chosen; a team opened from its results
 * takes over, and closing that team returns to the search.
 */
export function mapModel(
  places: readonly PlaceGroup[] | null,
  visibleKinds: readonly TeamKind[],
  selection: Selection,
  chosen: SelectionView,
  search: SearchView | null,
  shading: MapShading | null = null,
): MapModel {
  const showsSearch = selection.type === 'country' && search !== null;
  return {
    places,
    visibleKinds,
    highlightedProvince: chosen.highlightedProvince,
    selectedPlaceKeys: showsSearch ? search.selectedPlaceKeys : chosen.selectedPlaceKeys,
    searchMarker: search ? search.place.coordinates : null,
    shading,
    camera: showsSearch ? search.camera : chosen.camera,
  };
}
