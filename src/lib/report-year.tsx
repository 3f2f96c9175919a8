// The report year the page shows, with the index of the years, for every part that reads a year's files; and the
// previous year's files, for the parts that show how a figure changed.
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reportQueryOptions, teamsQueryOptions } from '../data/queries';
import type { ReportFile } from '../data/report-file';
import type { TeamsFile } from '../data/teams-file';

export interface ReportYear {
  /** The year shown: its files are data/<year>/teams.json and data/<year>/jaaroverzicht.json. */
  year: number;
  /** The years data/jaren.json lists, oldest first; null while it loads or when it could not be read. */
  years: readonly number[] | null;
  /** The year before the shown one in the index, or null. */
  previousYear: number | null;
}

const ReportYearContext = createContext<ReportYear | null>(null);

export function ReportYearProvider({ value, children }: { value: ReportYear; children: ReactNode }) {
  return <ReportYearContext.Provider value={value}>{children}</ReportYearContext.Provider>;
}

export function useReportYear(): ReportYear {
  const value = useContext(ReportYearContext);
  if (!value) throw new Error('useReportYear needs a <ReportYearProvider>');
  return value;
}

/**
 * The previous year's report (the year before the shown one in data/jaren.json), parsed and validated as the
 * shown one is; null when there is no previous year, while it loads, or when it could not be read (a comparison is
 * an extra: its failure shows no error). Each part of it is a `ReportSection`, so check `.ok` as for the shown year.
 */
export function usePreviousReport(): ReportFile | null {
  const { previousYear } = useReportYear();
  const query = useQuery({ ...reportQueryOptions(previousYear ?? 0), enabled: previousYear !== null });
  return previousYear !== null && query.data ? query.data : null;
}

/** The previous year's teams file, on the same terms as `usePreviousReport`. */
export function usePreviousTeamsFile(): TeamsFile | null {
  const { previousYear } = useReportYear();
  const query = useQuery({ ...teamsQueryOptions(previousYear ?? 0), enabled: previousYear !== null });
  return previousYear !== null && query.data ? query.data : null;
}
