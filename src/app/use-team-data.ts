// The data files the page draws, with what derives from them: map symbols, counts and the checks across files.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { provincesQueryOptions, teamsQueryOptions, waterQueryOptions } from '../data/queries';
import { NO_PROBLEMS } from '../data/record-list';
import type { ProvincesFile } from '../data/provinces-file';
import { locationsOutsideTheirProvince } from '../domain/data-checks';
import type { PlaceGroup } from '../domain/team-places';
import { teamData } from './team-data';

const NO_PROVINCES: ProvincesFile = { type: 'FeatureCollection', features: [], problems: NO_PROBLEMS };
const NO_PLACES: PlaceGroup[] = [];

/** The files of the map for `year` (null: the year is not known yet, so its teams wait). */
export function useTeamData(year: number | null) {
  const teamsQuery = useQuery({ ...teamsQueryOptions(year ?? 0), select: teamData, enabled: year !== null });
  const provincesQuery = useQuery(provincesQueryOptions());
  const waterQuery = useQuery(waterQueryOptions());
  const teams = teamsQuery.data;
  const provinces = provincesQuery.data;
  const mismatches = useMemo(
    () => (teams && provinces ? locationsOutsideTheirProvince(teams.file.teams, provinces.features) : []),
    [teams, provinces],
  );
  return {
    teamsQuery,
    provincesQuery,
    waterQuery,
    teams,
    provinces,
    /** Teams whose coordinates lie in another province than their record names. */
    mismatches,
    // A file that failed draws as empty, so that the map shows what did load (its error box says what is missing).
    mapPlaces: teams ? teams.groups : teamsQuery.isError ? NO_PLACES : null,
    mapProvinces: provinces ?? (provincesQuery.isError ? NO_PROVINCES : undefined),
  };
}

export type TeamDataState = ReturnType<typeof useTeamData>;
