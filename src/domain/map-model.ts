// What the map shows, in one description that every picture of the map draws: the WebGL map, the SVG map that
// stands in before it (and without WebGL), and the SVG drawn into index.html at build time.
import type { Bounds, Position } from './geometry';
import type { MapShading } from './map-shading';
import type { ProvinceCode } from './provinces';
import { sameSelection, type Selection } from './selection';
import { TEAM_KINDS, type TeamKind } from './team-kinds';
import type { PlaceGroup } from './team-places';

/**
 * Where the camera should be. It moves only when the target changes (`sameCameraTarget`), not when the same target
 * is computed again (new bounds for the same choice, a re-render).
 */
export type CameraTarget =
  | { type: 'country' }
  /** `bounds` is null while the data that gives them is loading: the camera waits for them. */
  | { type: 'selection'; selection: Exclude<Selection, { type: 'country' }>; bounds: Bounds | null }
  /** A searched place with its nearest teams: a new search, or another kind filter, gives other bounds. */
  | { type: 'search'; bounds: Bounds };

export const COUNTRY_CAMERA: CameraTarget = { type: 'country' };

export function sameCameraTarget(a: CameraTarget, b: CameraTarget): boolean {
  switch (a.type) {
    case 'country':
      return b.type === 'country';
    case 'selection':
      return b.type === 'selection' && sameSelection(a.selection, b.selection);
    case 'search':
      return b.type === 'search' && a.bounds.every((value, index) => value === b.bounds[index]);
  }
}

export interface MapModel {
  /**
   * Every map symbol: one per place and kind, with the number of teams it stands for; null while the teams are still
   * loading (nothing to draw yet, and the map is not ready). A teams file that failed gives an empty list.
   */
  places: readonly PlaceGroup[] | null;
  /** The kinds shown (the kind filter); the others' symbols are hidden, not removed. */
  visibleKinds: readonly TeamKind[];
  highlightedProvince: ProvinceCode | null;
  /** Symbols drawn with a ring: the chosen place or team, or the teams nearest to a searched place. */
  selectedPlaceKeys: readonly string[];
  /** A searched place, drawn as a purple dot; null draws none. */
  searchMarker: Position | null;
  /** What is shaded under the symbols (a coverage view), or null: the provinces in their own colour. */
  shading: MapShading | null;
  camera: CameraTarget;
}

/** The whole country with every symbol and nothing chosen: the first view. */
export function overviewMapModel(places: readonly PlaceGroup[]): MapModel {
  return {
    places,
    visibleKinds: TEAM_KINDS,
    highlightedProvince: null,
    selectedPlaceKeys: [],
    searchMarker: null,
    shading: null,
    camera: COUNTRY_CAMERA,
  };
}

/** The symbols a picture draws: those of the visible kinds. */
export function visiblePlaces(model: Pick<MapModel, 'places' | 'visibleKinds'>): PlaceGroup[] {
  return (model.places ?? []).filter((place) => model.visibleKinds.includes(place.kind));
}
