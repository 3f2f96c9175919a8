// TanStack Query options, one factory per data file: key, fetcher and validator together.
import { queryOptions } from '@tanstack/react-query';
import { loadDataFile } from './load-data-file';
import { teamsFileSchema } from './teams-file';
import { provincesFileSchema } from './provinces-file';
import { reportFileSchema } from './report-file';
import { waterFileSchema } from './water-file';
import { placesFileSchema } from './places-file';

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
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.teams, teamsFileSchema, signal),
  });
}

export function provincesQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.provinces],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.provinces, provincesFileSchema, signal),
  });
}

export function reportQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.report],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.report, reportFileSchema, signal),
  });
}

export function waterQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.water],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.water, waterFileSchema, signal),
  });
}

/** The gazetteer for the place search; only fetched once the search is first used (`enabled` by the caller). */
export function placesQueryOptions() {
  return queryOptions({
    ...staticFile,
    queryKey: ['data-file', DATA_FILES.places],
    queryFn: ({ signal }) => loadDataFile(DATA_FILES.places, placesFileSchema, signal),
  });
}
