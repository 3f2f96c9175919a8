// Checks across data files that no single file's schema can make: does each team lie in the province it names?
import type { ProvinceFeature } from '../data/provinces-file';
import type { Team } from '../data/teams-file';
import { pointInGeometry } from './geometry';
import type { ProvinceCode } from './provinces';

export interface ProvinceMismatch {
  teamId: string;
  locationIndex: number;
  place: string;
  recorded: ProvinceCode;
  /** The province the coordinates lie in, or null for none (sea, abroad). */
  actual: ProvinceCode | null;
}

/**
 * Locations whose coordinates lie outside the province their record names. A province missing from the province
 * file cannot be checked (that file reports it missing).
 */
export function locationsOutsideTheirProvince(
  teams: readonly Team[],
  provinces: readonly ProvinceFeature[],
): ProvinceMismatch[] {
  const byCode = new Map(provinces.map((p) => [p.properties.code, p]));
  const mismatches: ProvinceMismatch[] = [];
  for (const team of teams) {
    team.locations.forEach((location, locationIndex) => {
      const recorded = byCode.get(location.province);
      // Most locations are right: test the named province first, all others only when it fails.
      if (!recorded || pointInGeometry(location.coordinates, recorded.geometry)) return;
      const actual = provinces.find((p) => pointInGeometry(location.coordinates, p.geometry))?.properties.code ?? null;
      mismatches.push({ teamId: team.id, locationIndex, place: location.place, recorded: location.province, actual });
    });
  }
  return mismatches;
}
