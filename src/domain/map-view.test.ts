import { describe, expect, it } from 'vitest';
import { realProvincesFile, realTeamsFile } from '../../tests/fixtures/public-files';
import type { Place } from '../data/places-file';
import { geometryBounds } from './geometry';
import { COUNTRY_CAMERA, overviewMapModel, sameCameraTarget, visiblePlaces } from './map-model';
import { existingSelection, mapModel, searchView, selectionView } from './map-view';
import { COUNTRY } from './selection';
import { TEAM_KINDS } from './team-kinds';
import { placeGroups } from './team-places';

const file = realTeamsFile();
const provinces = realProvincesFile().features;
const groups = placeGroups(file.teams);
const amersfoort: Place = { name: 'Amersfoort', province: 'NL-UT', coordinates: [5.3875, 52.155] };

describe('selectionView', () => {
  it('highlights a chosen province and aims the camera at its outline', () => {
    const view = selectionView({ type: 'province', code: 'NL-ZE' }, file, provinces, groups);
    const zeeland = provinces.find((p) => p.properties.code === 'NL-ZE')!;
    expect(view.highlightedProvince).toBe('NL-ZE');
    expect(view.selectedPlaceKeys).toEqual([]);
    expect(view.camera).toEqual({
      type: 'selection',
      selection: { type: 'province', code: 'NL-ZE' },
      bounds: geometryBounds(zeeland.geometry),
    });
  });

  it('rings both places of the team that works at two, and lists that one team', () => {
    const view = selectionView({ type: 'team', id: 'pand-assen-zwolle' }, file, provinces, groups);
    expect(view.selectedPlaceKeys.sort()).toEqual(['assen-pandgebonden', 'zwolle-pandgebonden']);
    expect(view.selectedTeamIds).toEqual(['pand-assen-zwolle']);
  });

  it('lists every team of a shared place, of every kind, and rings all its symbols', () => {
    const atDenHaag = groups.filter((g) => g.place === 'Den Haag');
    expect(atDenHaag.length).toBeGreaterThan(1);
    for (const key of ['den-haag', 'den-haag-pandgebonden']) {
      const view = selectionView({ type: 'place', key }, file, provinces, groups);
      expect(view.selectedTeamIds.sort()).toEqual(atDenHaag.flatMap((g) => g.teamIds).sort());
      expect(view.selectedPlaceKeys.sort()).toEqual(atDenHaag.map((g) => g.key).sort());
    }
  });

  it('waits for the bounds while the data is loading, with the same camera target', () => {
    const loading = selectionView({ type: 'province', code: 'NL-UT' }, undefined, undefined, []);
    const loaded = selectionView({ type: 'province', code: 'NL-UT' }, file, provinces, groups);
    expect(loading.camera).toMatchObject({ type: 'selection', bounds: null });
    expect(sameCameraTarget(loading.camera, loaded.camera)).toBe(true);
  });

  it('aims at the whole country when nothing is chosen', () => {
    expect(selectionView(COUNTRY, file, provinces, groups).camera).toEqual(COUNTRY_CAMERA);
  });
});

describe('existingSelection', () => {
  it('turns a team or place that is not in the file into the whole country', () => {
    expect(existingSelection({ type: 'team', id: 'bestaat-niet' }, file, groups)).toBe(COUNTRY);
    expect(existingSelection({ type: 'place', key: 'nergens-pandgebonden' }, file, groups)).toBe(COUNTRY);
    expect(existingSelection({ type: 'place', key: 'nergens' }, file, groups)).toBe(COUNTRY);
    const place = { type: 'place', key: 'den-haag' } as const;
    expect(existingSelection(place, file, groups)).toBe(place);
    const team = { type: 'team', id: 'natuur-baarn' } as const;
    expect(existingSelection(team, file, groups)).toBe(team);
  });
});

describe('searchView and mapModel', () => {
  it('rings the nearest team of each kind and aims at the place with them', () => {
    const search = searchView(amersfoort, file, groups, TEAM_KINDS)!;
    expect(search.selectedPlaceKeys).toEqual(['baarn-natuurbeheer', 'utrecht-pandgebonden', 'zutphen-administratief']);
    const model = mapModel(groups, TEAM_KINDS, COUNTRY, selectionView(COUNTRY, file, provinces, groups), search);
    expect(model.selectedPlaceKeys).toEqual(search.selectedPlaceKeys);
    expect(model.searchMarker).toEqual(amersfoort.coordinates);
    expect(model.camera).toBe(search.camera);
  });

  it('lets a team chosen from the search take the map, and keeps the searched place marked', () => {
    const search = searchView(amersfoort, file, groups, TEAM_KINDS);
    const team = { type: 'team', id: 'natuur-baarn' } as const;
    const chosen = selectionView(team, file, provinces, groups);
    const model = mapModel(groups, TEAM_KINDS, team, chosen, search);
    expect(model.selectedPlaceKeys).toEqual(['baarn-natuurbeheer']);
    expect(model.camera).toBe(chosen.camera);
    expect(model.searchMarker).toEqual(amersfoort.coordinates);
  });

  it('moves the camera again when the kind filter changes the nearest teams', () => {
    const all = searchView(amersfoort, file, groups, TEAM_KINDS)!;
    const admin = searchView(amersfoort, file, groups, ['administratief'])!;
    expect(sameCameraTarget(all.camera, admin.camera)).toBe(false);
    expect(sameCameraTarget(all.camera, searchView(amersfoort, file, groups, TEAM_KINDS)!.camera)).toBe(true);
  });

  it('shows nothing searched without a place', () => {
    expect(searchView(null, file, groups, TEAM_KINDS)).toBeNull();
  });
});

describe('overviewMapModel', () => {
  it('shows every symbol, nothing chosen, the whole country', () => {
    const model = overviewMapModel(groups);
    expect(visiblePlaces(model)).toHaveLength(groups.length);
    expect(
      visiblePlaces({ ...model, visibleKinds: ['administratief'] }).every((g) => g.kind === 'administratief'),
    ).toBe(true);
    expect(model.camera).toEqual(COUNTRY_CAMERA);
  });
});
