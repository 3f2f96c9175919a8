// Reduces repeated page loads of one page to the figures the tables and budgets show (medians and spreads).
import type { PageLoad } from './measure-page';
import { BYTE_CATEGORIES, emptySplit, type ByteSplit } from './resource-bytes';
import { median, spread, type Spread } from './stats';

export interface PageSummary {
  runs: number;
  firstViewMs: Spread;
  /** How the first view was measured, e.g. `first-contentful-paint` (several when runs differ). */
  firstViewSources: string[];
  mapReadyMs: Spread;
  /** Per category the median over the runs (so the parts need not add up to the median total exactly). */
  bytesBeforeFirstView: ByteSplit;
  bytesBeforeMapReady: ByteSplit;
  longTaskCount: number;
  longTaskTotalMs: number;
  /** Over all filter changes of all runs; null when none were measured. */
  filterChangeMs: Spread | null;
  /** Bytes on the wire of geo/provinces.geojson (median), if the page loaded it. */
  provinceFileBytes: number | null;
}

function medianSplit(splits: readonly ByteSplit[]): ByteSplit {
  const result = emptySplit();
  for (const key of [...BYTE_CATEGORIES, 'total'] as const) result[key] = median(splits.map((split) => split[key]));
  return result;
}

export function summarizeLoads(loads: readonly PageLoad[]): PageSummary | null {
  if (loads.length === 0) return null;
  const filterChanges = loads.flatMap((load) => load.filterChangesMs);
  const provinceFile = loads.flatMap((load) =>
    load.resources.filter((resource) => new URL(resource.url).pathname.endsWith('/geo/provinces.geojson')),
  );
  return {
    runs: loads.length,
    firstViewMs: spread(loads.map((load) => load.firstViewMs)),
    firstViewSources: [...new Set(loads.map((load) => load.firstViewSource))],
    mapReadyMs: spread(loads.map((load) => load.mapReadyMs)),
    bytesBeforeFirstView: medianSplit(loads.map((load) => load.bytesBeforeFirstView)),
    bytesBeforeMapReady: medianSplit(loads.map((load) => load.bytesBeforeMapReady)),
    longTaskCount: median(loads.map((load) => load.longTasksBeforeMapReady.count)),
    longTaskTotalMs: median(loads.map((load) => load.longTasksBeforeMapReady.totalMs)),
    filterChangeMs: filterChanges.length > 0 ? spread(filterChanges) : null,
    provinceFileBytes: provinceFile.length > 0 ? median(provinceFile.map((resource) => resource.transferSize)) : null,
  };
}
