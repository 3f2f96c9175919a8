// TanStack Query options for the data files: one factory gives each file its key, fetcher and validator.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { loadDataFile, type Parser } from './load-data-file';
import { parseTeamsFile } from './teams-file';
import { parseProvincesFile } from './provinces-file';
import { parseReportFile } from './report-file';
import { parseWaterFile } from './water-file';
import { parsePlacesFile } from './places-file';
import { parseTownsFile } from './towns-file';
import { parseYearsFile } from './years-file';

/** The files every year shares: the index of the years, the map's outlines and the gazetteers. */
export const DATA_FILES = {
  years: 'data/jaren.json',
  provinces: 'geo/provinces.geojson',
  water: 'geo/water.geojson',
  places: 'data/places.json',
  towns: 'data/towns.json',
} as const;

/** A year's own files: each year's report has its folder, `data/<jaar>/`. */
export function yearFiles(year: number) {
  return { teams: `data/${year}/teams.json`, report: `data/${year}/jaaroverzicht.json` } as const;
}

/** The first part of every data file's query key, so that all of them can be found at once. */
export const DATA_FILE_KEY = 'data-file';

/** The query of one data file. The files change once a year: fetched once per visit, never in the background. */
export function dataFileQuery<T>(path: string, parse: Parser<T>) {
  return queryOptions({
    queryKey: [DATA_FILE_KEY, path],
    queryFn: ({ signal }) => loadDataFile(path, parse, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    // A file that failed is not asked for again because a part of the page mounts (main.tsx fetches the map's files
    // before React's first render): its error shows, with the retry button that asks again.
    retryOnMount: false,
  });
}

/** The index of the years present; the latest is the default year. */
export const yearsQueryOptions = () => dataFileQuery(DATA_FILES.years, parseYearsFile);
export const teamsQueryOptions = (year: number) => dataFileQuery(yearFiles(year).teams, parseTeamsFile);
export const provincesQueryOptions = () => dataFileQuery(DATA_FILES.provinces, parseProvincesFile);
export const reportQueryOptions = (year: number) => dataFileQuery(yearFiles(year).report, parseReportFile);
export const waterQueryOptions = () => dataFileQuery(DATA_FILES.water, parseWaterFile);
/** The gazetteer for the place search; only fetched once the search is first used (`enabled` by the caller). */
export const placesQueryOptions = () => dataFileQuery(DATA_FILES.places, parsePlacesFile);
/** The towns named when zoomed in; fetched only once the map has drawn its first view (`enabled` by the caller). */
export const townsQueryOptions = () => dataFileQuery(DATA_FILES.towns, parseTownsFile);

/**
 * Fetches again every data file that failed. One retry button serves them all: what made one file fail (a dropped
 * connection, a server restart) has usually made the others fail too.
 */
export function refetchFailedDataFiles(client: QueryClient): Promise<void> {
  return client.refetchQueries({
    queryKey: [DATA_FILE_KEY],
    predicate: (query) => query.state.status === 'error',
  });
}
