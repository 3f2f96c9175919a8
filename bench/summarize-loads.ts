// Reduces repeated page loads of one page to the figures the tables and budgets show (medians and spreads).
import type { FirstInteraction } from './first-interaction';
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
  /** Click on Baarn → its details (or Leaflet's popup), in loads of their own. null: not measured. */
  firstInteractionMs: Spread | null;
  /** What had arrived by that answer; null: not measured. */
  bytesBeforeFirstAnswer: ByteSplit | null;
  /** Which picture answered, with how many loads it did, most frequent first. */
  firstAnswerBy: { element: string; loads: number }[];
  /** Over the loads that waited for quiet; null when none did. */
  totalBlockingTimeMs: Spread | null;
  largestContentfulPaintMs: Spread | null;
  /** The largest paint's element, with how many loads had it there, most frequent first. */
  largestContentfulPaintElements: { element: string; loads: number }[];
  cumulativeLayoutShift: Spread | null;
  quietAtMs: Spread | null;
  /** Loads that were not quiet by the cap (their figures count up to the cap). */
  quietCapped: number;
  /** Wheel → webgl-ready mark, over the loads where it came after the wheel. */
  gestureToWebglMs: Spread | null;
  gestureToCameraMs: Spread | null;
  /** Loads with a gesture: how many, and in how many the mark did not come or WebGL had drawn before it. */
  gestures: { loads: number; noWebglReady: number; webglBefore: number; maplibreBefore: number };
  /** maplibre's chunks and worker, median bytes over the loads that fetched any. */
  maplibreBytes: number | null;
  maplibreFiles: string[];
}

function spreadOf(values: readonly (number | null | undefined)[]): Spread | null {
  const present = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return present.length > 0 ? spread(present) : null;
}

/** Each distinct value with its count, most frequent first. */
function tally(values: readonly string[]): { element: string; loads: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([element, loads]) => ({ element, loads })).sort((a, b) => b.loads - a.loads);
}

function medianSplit(splits: readonly ByteSplit[]): ByteSplit {
  const result = emptySplit();
  for (const key of [...BYTE_CATEGORIES, 'total'] as const) result[key] = median(splits.map((split) => split[key]));
  return result;
}

export function summarizeLoads(
  loads: readonly PageLoad[],
  interactions: readonly FirstInteraction[] = [],
): PageSummary | null {
  if (loads.length === 0) return null;
  const quiet = loads.filter((load) => load.quiet !== null);
  const gestures = loads.flatMap((load) => (load.gesture ? [{ gesture: load.gesture, load }] : []));
  const maplibre = loads.filter((load) => load.maplibre.bytes > 0);
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
    firstInteractionMs: spreadOf(interactions.map((interaction) => interaction.answeredMs)),
    bytesBeforeFirstAnswer:
      interactions.length > 0 ? medianSplit(interactions.map((interaction) => interaction.bytesBeforeAnswer)) : null,
    firstAnswerBy: tally(interactions.map((interaction) => interaction.answeredBy)),
    totalBlockingTimeMs: spreadOf(quiet.map((load) => load.totalBlockingTimeMs)),
    largestContentfulPaintMs: spreadOf(quiet.map((load) => load.largestContentfulPaint?.startTime)),
    largestContentfulPaintElements: tally(
      quiet.flatMap((load) =>
        load.largestContentfulPaint ? [load.largestContentfulPaint.element ?? '(removed)'] : [],
      ),
    ),
    cumulativeLayoutShift: spreadOf(quiet.map((load) => load.cumulativeLayoutShift)),
    quietAtMs: spreadOf(quiet.map((load) => load.quiet?.atMs)),
    quietCapped: quiet.filter((load) => load.quiet?.capped).length,
    gestureToWebglMs: spreadOf(gestures.map(({ gesture }) => gesture.toWebglReadyMs)),
    gestureToCameraMs: spreadOf(gestures.map(({ gesture }) => gesture.toCameraChangeMs)),
    gestures: {
      loads: gestures.length,
      noWebglReady: gestures.filter(({ gesture }) => gesture.toWebglReadyMs === null).length,
      webglBefore: gestures.filter(({ gesture }) => gesture.webglBeforeGesture).length,
      maplibreBefore: gestures.filter(({ load }) => load.maplibre.requestedBefore === true).length,
    },
    maplibreBytes: maplibre.length > 0 ? median(maplibre.map((load) => load.maplibre.bytes)) : null,
    maplibreFiles: [...new Set(maplibre.flatMap((load) => load.maplibre.files))],
  };
}
