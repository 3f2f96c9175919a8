// The performance budgets: each one checked against the measured medians, PASS or FAIL with the figure it used.
import { formatKb, formatMs, formatShift, formatTable } from './format-table';

/** Medians of the full app (and of Leaflet) under one network profile. */
export interface ProfileFigures {
  bytesBeforeFirstView: number;
  bytesBeforeMapReady: number;
  /** What had arrived when the first click was answered (by whichever picture); null: not measured. */
  bytesBeforeFirstAnswer: number | null;
  firstViewMs: number;
  mapReadyMs: number;
  leafletFirstViewMs: number | null;
  leafletMapReadyMs: number | null;
  /** Click on Baarn's symbol from the first paint on → its details shown; null: not measured. */
  firstInteractionMs: number | null;
  /** The same clicks on Leaflet's page → its popup for Baarn; null: not measured. Shown beside, not judged. */
  leafletFirstInteractionMs: number | null;
  /** From first contentful paint until the page is quiet; null: not measured. */
  totalBlockingTimeMs: number | null;
  largestContentfulPaintMs: number | null;
  cumulativeLayoutShift: number | null;
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
  bytesBeforeMapReady: 150_000,
  provinceFile: 60_000,
  mapReadyPerLeaflet: 2,
  stressMapReadyPer44: 2,
  stressFilterChangeMs: 100,
  totalBlockingTimeMs: 200,
  largestContentfulPaintMs: 2_500,
  /** Strictly below. */
  cumulativeLayoutShift: 0.1,
} as const;

const status = (pass: boolean): BudgetStatus => (pass ? 'PASS' : 'FAIL');
const skipped = (budget: string, why: string): BudgetResult => ({ budget, status: 'SKIP', measured: why });

/**
 * Judged on the mobile profile only, the local figure shown beside it: unthrottled, everything arrives at once, so
 * "before first view" says little, and the issue sets blocking time, largest paint and layout shift for a phone.
 */
function mobileBudget(
  budget: string,
  figures: BudgetFigures,
  pick: (profile: ProfileFigures) => number | null,
  holds: (value: number) => boolean,
  show: (value: number) => string,
): BudgetResult {
  const localValue = figures.local ? pick(figures.local) : null;
  const local = localValue === null ? 'local not measured' : `${show(localValue)} local`;
  const value = figures.mobile ? pick(figures.mobile) : null;
  if (value === null) return skipped(budget, `mobile not measured (${local})`);
  return { budget, status: status(holds(value)), measured: `${show(value)} mobile (${local})` };
}

const kb = (bytes: number) => `${formatKb(bytes)} KB`;
const ms = (value: number) => `${formatMs(value)} ms`;

function leafletBudgets(name: 'local' | 'mobile', profile: ProfileFigures | undefined): BudgetResult[] {
  const firstView = `first view no later than Leaflet's (${name}, median)`;
  const mapReady = `map-ready ≤ ${LIMITS.mapReadyPerLeaflet}× Leaflet's (${name}, median)`;
  const interaction = `first interaction answered ≤ Leaflet's map-ready (${name}, median)`;
  if (!profile) return [];
  const { leafletFirstViewMs, leafletMapReadyMs, firstInteractionMs, leafletFirstInteractionMs } = profile;
  // Leaflet sets its mark before it paints, when no click can land yet; its own answer to the same clicks, beside it.
  const leafletClicked =
    leafletFirstInteractionMs === null
      ? ''
      : `; Leaflet's answer to the same clicks ${formatMs(leafletFirstInteractionMs)} ms`;
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
    leafletMapReadyMs === null || firstInteractionMs === null
      ? skipped(interaction, leafletMapReadyMs === null ? 'Leaflet not measured' : 'no click measured')
      : {
          budget: interaction,
          status: status(firstInteractionMs <= leafletMapReadyMs),
          measured: `${formatMs(firstInteractionMs)} ms vs Leaflet ${formatMs(leafletMapReadyMs)} ms${leafletClicked}`,
        },
  ];
}

export function evaluateBudgets(figures: BudgetFigures): BudgetResult[] {
  const results: BudgetResult[] = [
    mobileBudget(
      `bytes up to first view ≤ ${LIMITS.bytesBeforeFirstView / 1000} KB`,
      figures,
      (p) => p.bytesBeforeFirstView,
      (bytes) => bytes <= LIMITS.bytesBeforeFirstView,
      kb,
    ),
    mobileBudget(
      `bytes up to map-ready ≤ ${LIMITS.bytesBeforeMapReady / 1000} KB`,
      figures,
      (p) => p.bytesBeforeMapReady,
      (bytes) => bytes <= LIMITS.bytesBeforeMapReady,
      kb,
    ),
    // The map is usable once it answers a click: from the first view on (first-view-taps.ts), or from map-ready.
    mobileBudget(
      `bytes up to the first interaction answered ≤ ${LIMITS.bytesBeforeMapReady / 1000} KB`,
      figures,
      (p) => p.bytesBeforeFirstAnswer,
      (bytes) => bytes <= LIMITS.bytesBeforeMapReady,
      kb,
    ),
    mobileBudget(
      `total blocking time, first paint to quiet ≤ ${LIMITS.totalBlockingTimeMs} ms (median)`,
      figures,
      (p) => p.totalBlockingTimeMs,
      (value) => value <= LIMITS.totalBlockingTimeMs,
      ms,
    ),
    mobileBudget(
      `largest contentful paint ≤ ${formatMs(LIMITS.largestContentfulPaintMs)} ms (median)`,
      figures,
      (p) => p.largestContentfulPaintMs,
      (value) => value <= LIMITS.largestContentfulPaintMs,
      ms,
    ),
    mobileBudget(
      `cumulative layout shift < ${LIMITS.cumulativeLayoutShift} (median)`,
      figures,
      (p) => p.cumulativeLayoutShift,
      (value) => value < LIMITS.cumulativeLayoutShift,
      formatShift,
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
