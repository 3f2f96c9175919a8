// The measured series (one page under one network profile with one teams file): which to measure, and their figures.
import type { BenchOptions } from './bench-options';
import type { FirstInteraction } from './first-interaction';
import type { BudgetFigures, ProfileFigures } from './budgets';
import type { PageKind, PageLoad } from './measure-page';
import { NETWORK_PROFILES, type NetworkProfile } from './network-profiles';
import { summarizeLoads, type PageSummary } from './summarize-loads';
import { SYNTHETIC_TEAM_COUNT } from './synthetic-teams';

export const OURS: readonly PageKind[] = ['ours-full', 'ours-embed'];

export type TeamCount = 44 | typeof SYNTHETIC_TEAM_COUNT;

/** The loads of one page under one profile with one teams file. */
export interface Series {
  profile: NetworkProfile['name'];
  teams: TeamCount;
  page: PageKind;
  loads: PageLoad[];
  /** The separate loads in which Baarn's symbol is clicked from the first paint on (ours-full and Leaflet, 44 teams). */
  interactions: FirstInteraction[];
  failures: string[];
}

/** Groups of pages whose runs alternate (ours, ours, Leaflet, ours, …). */
export interface Group {
  profile: NetworkProfile;
  teams: TeamCount;
  pages: PageKind[];
}

export function plan(options: BenchOptions): Group[] {
  const groups: Group[] = [];
  if (!options.stressOnly) {
    for (const name of options.profiles) {
      groups.push({ profile: NETWORK_PROFILES[name], teams: 44, pages: ['ours-full', 'ours-embed', 'leaflet'] });
    }
  }
  if (options.stress) {
    // The stress comparison is unthrottled, and needs the 44-team map-ready under the same profile.
    if (options.stressOnly || !options.profiles.includes('local')) {
      groups.push({ profile: NETWORK_PROFILES.local, teams: 44, pages: ['ours-full'] });
    }
    groups.push({ profile: NETWORK_PROFILES.local, teams: SYNTHETIC_TEAM_COUNT, pages: ['ours-full', 'leaflet'] });
  }
  return groups;
}

export function findSeries(
  series: readonly Series[],
  profile: NetworkProfile['name'],
  teams: TeamCount,
  page: PageKind,
) {
  return series.find((s) => s.profile === profile && s.teams === teams && s.page === page);
}

export function seriesSummary(
  series: readonly Series[],
  profile: NetworkProfile['name'],
  teams: TeamCount,
  page: PageKind,
) {
  const found = findSeries(series, profile, teams, page);
  return summarizeLoads(found?.loads ?? [], found?.interactions ?? []);
}

function profileFigures(ours: PageSummary | null, leaflet: PageSummary | null): ProfileFigures | undefined {
  if (!ours) return undefined;
  return {
    bytesBeforeFirstView: ours.bytesBeforeFirstView.total,
    bytesBeforeMapReady: ours.bytesBeforeMapReady.total,
    bytesBeforeFirstAnswer: ours.bytesBeforeFirstAnswer?.total ?? null,
    firstViewMs: ours.firstViewMs.median,
    mapReadyMs: ours.mapReadyMs.median,
    leafletFirstViewMs: leaflet?.firstViewMs.median ?? null,
    leafletMapReadyMs: leaflet?.mapReadyMs.median ?? null,
    firstInteractionMs: ours.firstInteractionMs?.median ?? null,
    leafletFirstInteractionMs: leaflet?.firstInteractionMs?.median ?? null,
    totalBlockingTimeMs: ours.totalBlockingTimeMs?.median ?? null,
    largestContentfulPaintMs: ours.largestContentfulPaintMs?.median ?? null,
    cumulativeLayoutShift: ours.cumulativeLayoutShift?.median ?? null,
  };
}

export function budgetFigures(series: readonly Series[]): BudgetFigures {
  const local = profileFigures(
    seriesSummary(series, 'local', 44, 'ours-full'),
    seriesSummary(series, 'local', 44, 'leaflet'),
  );
  const mobile = profileFigures(
    seriesSummary(series, 'mobile', 44, 'ours-full'),
    seriesSummary(series, 'mobile', 44, 'leaflet'),
  );
  const ours44 = series.filter((s) => s.teams === 44 && s.page === 'ours-full');
  const appLoads = ours44.flatMap((s) => s.loads);
  const stress44 = seriesSummary(series, 'local', 44, 'ours-full');
  const stress10k = seriesSummary(series, 'local', SYNTHETIC_TEAM_COUNT, 'ours-full');
  return {
    ...(local ? { local } : {}),
    ...(mobile ? { mobile } : {}),
    provinceFileBytes:
      summarizeLoads(series.filter((s) => OURS.includes(s.page)).flatMap((s) => s.loads))?.provinceFileBytes ?? null,
    ...(stress44 && stress10k
      ? {
          stress: {
            mapReady44Ms: stress44.mapReadyMs.median,
            mapReady10kMs: stress10k.mapReadyMs.median,
            filterChange10kMs: stress10k.filterChangeMs?.median ?? null,
          },
        }
      : {}),
    chartChunks: { loads: appLoads.length, beforeMapReady: appLoads.map((load) => load.chartChunksBeforeMapReady) },
  };
}
