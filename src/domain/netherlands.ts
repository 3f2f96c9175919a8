// The Netherlands as the map, the data checks and the links see it: one box around the country, and the zoom range.
import type { Bounds, Position } from './geometry';

/**
 * The country with a little margin, [west, south, east, north]: the map's initial view, and where a team's
 * coordinates may lie (every province lies inside it, so a team outside it has swapped or mistyped coordinates).
 */
export const COUNTRY_BOUNDS: Bounds = [3.3, 50.72, 7.25, 53.58];

/**
 * How far the map zooms out (the whole country and its neighbours) and in (a town and its neighbours): closer than
 * 12 a view between the towns it names (5,000 inhabitants and more, public/data/towns.json) can be empty.
 */
export const ZOOM_LIMITS = { min: 5, max: 12 } as const;

/** How far beside the country, in degrees, a camera in a link may be centred and still show it. */
export const CAMERA_MARGIN = 1;

/** Where the camera's centre may be: the country's box widened by CAMERA_MARGIN (links, and the map's own limit). */
export const CAMERA_BOUNDS: Bounds = [
  COUNTRY_BOUNDS[0] - CAMERA_MARGIN,
  COUNTRY_BOUNDS[1] - CAMERA_MARGIN,
  COUNTRY_BOUNDS[2] + CAMERA_MARGIN,
  COUNTRY_BOUNDS[3] + CAMERA_MARGIN,
];

/** Whether [longitude, latitude] lies in the country's box, widened by `margin` degrees on every side. */
export function isInCountryBounds([lon, lat]: Position, margin = 0): boolean {
  const [west, south, east, north] = COUNTRY_BOUNDS;
  return lon >= west - margin && lon <= east + margin && lat >= south - margin && lat <= north + margin;
}

/**
 * How far the camera zooms in on a single team or place: far enough to pick it out, not so far that the
 * neighbouring towns (named on the map from about zoom 8) fall off the edges.
 */
export const SINGLE_PLACE_MAX_ZOOM = 9;

/** How far the camera zooms in on a province or a searched place with its nearest teams. */
export const AREA_MAX_ZOOM = 10;
