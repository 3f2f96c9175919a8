// From the selection, the searched place and the kind filter to what the map shows (one model for every picture).
import { useMemo } from 'react';
import type { Place } from '../data/places-file';
import type { MapShading } from '../domain/map-shading';
import { mapModel, searchView, selectionView } from '../domain/map-view';
import type { Selection } from '../domain/selection';
import { TEAM_KINDS, type TeamKind } from '../domain/team-kinds';
import type { TeamDataState } from './use-team-data';

export function useMapView(
  selection: Selection,
  searchPlace: Place | null,
  kindFilter: TeamKind | null,
  data: Pick<TeamDataState, 'teams' | 'provinces' | 'mapPlaces'>,
  shading: MapShading | null = null,
) {
  const { teams, provinces, mapPlaces } = data;
  const file = teams?.file;
  const groups = teams?.groups;
  const visibleKinds = useMemo(() => (kindFilter ? [kindFilter] : TEAM_KINDS), [kindFilter]);
  const chosen = useMemo(
    () => selectionView(selection, file, provinces?.features, groups ?? []),
    [selection, file, provinces, groups],
  );
  const search = useMemo(
    () => searchView(searchPlace, file, groups ?? [], visibleKinds),
    [searchPlace, file, groups, visibleKinds],
  );
  const model = useMemo(
    () => mapModel(mapPlaces, visibleKinds, selection, chosen, search, shading),
    [mapPlaces, visibleKinds, selection, chosen, search, shading],
  );
  /** A searched place is on the map (nothing else is chosen). */
  const showsSearch = selection.type === 'country' && search !== null;
  return { visibleKinds, chosen, search, showsSearch, model };
}
