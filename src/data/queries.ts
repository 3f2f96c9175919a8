// TanStack Query options, one factory per data file: key, fetcher and validator together.
import { queryOptions } from '@tanstack/react-query';
import { loadDataFile } from './load-data-file';
import { parseTeamsFile } from './teams-file';
import { parseProvincesFile } from './provinces-file';
import { parseReportFile } from './report-file';
import { parseWaterFile } from './water-file';
import { parsePlacesFile } from './places-file';

export const DATA_FILES = {
  teams: 'data/teams.json',
  provinces: 'geo/provinces.geojson',
  report: 'data/jaaroverzicht-2021.json',
  water: 'geo/water.geojson',
  places: 'data/places.json',
} as const;

// The files change once a year: fetch once per visit, never refetch in the background.
const staticFile = { staleTime: Infinity, gcTime: Infinity, refetchOnWindowFocus: false } as const;

export function teamsQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.teams],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.teams, parseTeamsFile, signal),
  });
}

export function provincesQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.provinces],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.provinces, parseProvincesFile, signal),
  });
}

export function reportQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.report],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.report, parseReportFile, signal),
  });
}

export function waterQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.water],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.water, parseWaterFile, signal),
  });
}

/** The gazetteer for the place search; only fetched once the search is first used (`enabled` by the caller). */
export function placesQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.places],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.places, parsePlacesFile, signal),
  });
}
