// Great-circle distance between two [longitude, latitude] points (haversine on a sphere of the Earth's mean radius).
import type { Position } from './geometry';

/** The IUGG mean Earth radius; a sphere is within 0.5% of the ellipsoid, far below what "12,3 km" shows. */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

export function distanceKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const a =
    Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2 +
    Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  // min() guards against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
