// The performance budgets: each one checked against the measured medians, PASS or FAIL with the figure it used.
import { formatKb, formatMs, formatTable } from './format-table';

/** Medians of the full app (and of Leaflet) under one network profile. */
export interface ProfileFigures {
  bytesBeforeFirstView: number;
  bytesBeforeMapReady: number;
  firstViewMs: number;
  mapReadyMs: number;
  leafletFirstViewMs: number | null;
  leafletMapReadyMs: number | null;
}

export interface BudgetFigures {
  local?: ProfileFigures;
  mobile?: ProfileFigures;
  /** Bytes on the wire of geo/provinces.geojson. */
  provinceFileBytes: number | null;
  stress?: { mapReady44Ms: number; mapReady10kMs: number; filterChange10kMs: number | null };
  /** Of the app's 44-team loads: how many, and the chart chunks that had arrived before map-ready in each. */
  chartChunks: { loads: number; beforeMapReady: string[][] } | null;
}

export type BudgetStatus = 'PASS' | 'FAIL' | 'SKIP';

export interface BudgetResult {
  budget: string;
  status: BudgetStatus;
  measured: string;
}

export const LIMITS = {
  bytesBeforeFirstView: 100_000,
  bytesBeforeMapReady: 600_000,
  provinceFile: 60_000,
  mapReadyPerLeaflet: 2,
  stressMapReadyPer44: 2,
  stressFilterChangeMs: 100,
} as const;

const status = (pass: boolean): BudgetStatus => (pass ? 'PASS' : 'FAIL');
const skipped = (budget: string, why: string): BudgetResult => ({ budget, status: 'SKIP', measured: why });

/**
 * A byte budget is judged on the mobile profile only: unthrottled, everything arrives at once, so "before first
 * view" says little. The local figure is shown beside it.
 */
function byteBudget(
  budget: string,
  limit: number,
  figures: BudgetFigures,
  pick: (profile: ProfileFigures) => number,
): BudgetResult {
  const local = figures.local ? `${formatKb(pick(figures.local))} KB local` : 'local not measured';
  if (!figures.mobile) return skipped(budget, `mobile not measured (${local})`);
  return {
    budget,
    status: status(pick(figures.mobile) <= limit),
    measured: `${formatKb(pick(figures.mobile))} KB mobile (${local})`,
  };
}

function leafletBudgets(name: 'local' | 'mobile', profile: ProfileFigures | undefined): BudgetResult[] {
  const firstView = `first view no later than Leaflet's (${name}, median)`;
  const mapReady = `map-ready ≤ ${LIMITS.mapReadyPerLeaflet}× Leaflet's (${name}, median)`;
  if (!profile) return [];
  const { leafletFirstViewMs, leafletMapReadyMs } = profile;
  return [
    leafletFirstViewMs === null
      ? skipped(firstView, 'Leaflet not measured')
      : {
          budget: firstView,
          status: status(profile.firstViewMs <= leafletFirstViewMs),
          measured: `${formatMs(profile.firstViewMs)} ms vs Leaflet ${formatMs(leafletFirstViewMs)} ms`,
        },
    leafletMapReadyMs === null
      ? skipped(mapReady, 'Leaflet not measured')
      : {
          budget: mapReady,
          status: status(profile.mapReadyMs <= LIMITS.mapReadyPerLeaflet * leafletMapReadyMs),
          measured: `${formatMs(profile.mapReadyMs)} ms vs Leaflet ${formatMs(leafletMapReadyMs)} ms (${(profile.mapReadyMs / leafletMapReadyMs).toFixed(2)}×)`,
        },
  ];
}

export function evaluateBudgets(figures: BudgetFigures): BudgetResult[] {
  const results: BudgetResult[] = [
    byteBudget(
      `bytes up to first view ≤ ${LIMITS.bytesBeforeFirstView / 1000} KB`,
      LIMITS.bytesBeforeFirstView,
      figures,
      (p) => p.bytesBeforeFirstView,
    ),
    byteBudget(
      `bytes up to map-ready ≤ ${LIMITS.bytesBeforeMapReady / 1000} KB`,
      LIMITS.bytesBeforeMapReady,
      figures,
      (p) => p.bytesBeforeMapReady,
    ),
  ];
  const provinceBudget = `geo/provinces.geojson ≤ ${LIMITS.provinceFile / 1000} KB compressed`;
  results.push(
    figures.provinceFileBytes === null
      ? skipped(provinceBudget, 'file not loaded')
      : {
          budget: provinceBudget,
          status: status(figures.provinceFileBytes <= LIMITS.provinceFile),
          measured: `${formatKb(figures.provinceFileBytes)} KB`,
        },
  );
  results.push(...leafletBudgets('local', figures.local), ...leafletBudgets('mobile', figures.mobile));

  const stressMapReady = `10,000 teams: map-ready ≤ ${LIMITS.stressMapReadyPer44}× the 44-team map-ready (median)`;
  const stressFilter = `10,000 teams: filter change < ${LIMITS.stressFilterChangeMs} ms (median)`;
  const { stress } = figures;
  if (!stress) {
    results.push(skipped(stressMapReady, 'stress not measured'), skipped(stressFilter, 'stress not measured'));
  } else {
    results.push({
      budget: stressMapReady,
      status: status(stress.mapReady10kMs <= LIMITS.stressMapReadyPer44 * stress.mapReady44Ms),
      measured: `${formatMs(stress.mapReady10kMs)} ms vs ${formatMs(stress.mapReady44Ms)} ms (${(stress.mapReady10kMs / stress.mapReady44Ms).toFixed(2)}×)`,
    });
    results.push(
      stress.filterChange10kMs === null
        ? skipped(stressFilter, 'no filter change measured')
        : {
            budget: stressFilter,
            status: status(stress.filterChange10kMs < LIMITS.stressFilterChangeMs),
            measured: `${formatMs(stress.filterChange10kMs)} ms`,
          },
    );
  }

  const charts = 'no chart code (figures-panel-*.js) before map-ready';
  const chunks = figures.chartChunks;
  if (chunks === null || chunks.loads === 0) {
    results.push(skipped(charts, 'app not measured'));
  } else {
    const early = chunks.beforeMapReady.filter((urls) => urls.length > 0);
    const names = [...new Set(early.flat().map((url) => new URL(url).pathname))];
    results.push({
      budget: charts,
      status: status(early.length === 0),
      measured: `in ${early.length} of ${chunks.loads} loads${names.length > 0 ? `: ${names.join(', ')}` : ''}`,
    });
  }
  return results;
}

export function budgetsFailed(results: readonly BudgetResult[]): boolean {
  return results.some((result) => result.status === 'FAIL');
}

export function formatBudgets(results: readonly BudgetResult[]): string {
  return formatTable(
    [['result', 'budget', 'measured'], ...results.map((result) => [result.status, result.budget, result.measured])],
    3,
  );
}
