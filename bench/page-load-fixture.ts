// A page load with plausible figures for the tests of the summaries and the report; each test overrides what it checks.
import type { PageLoad } from './measure-page';
import { emptySplit } from './resource-bytes';

export const MAPLIBRE = { bytes: 449_700, files: ['/assets/team-map-a.js', '/assets/maplibre-gl-worker-b.js'] };

export function load(overrides: Partial<PageLoad> = {}): PageLoad {
  return {
    page: 'ours-full',
    url: 'http://127.0.0.1:4000/',
    profile: 'mobile',
    firstContentfulPaintMs: 500,
    firstViewMs: 500,
    firstViewSource: 'first-contentful-paint',
    mapReadyMs: 900,
    resources: [],
    bytesBeforeFirstView: emptySplit(),
    bytesBeforeMapReady: emptySplit(),
    longTasksBeforeMapReady: { count: 1, totalMs: 80 },
    quiet: { atMs: 3_000, capped: false },
    totalBlockingTimeMs: 120,
    largestContentfulPaint: { startTime: 1_500, size: 40_000, element: 'svg#first-view-map' },
    cumulativeLayoutShift: 0.01,
    filterChangesMs: [],
    filterError: null,
    webglReadyMs: null,
    gesture: { wheelAtMs: 9_000, toWebglReadyMs: 2_000, webglBeforeGesture: false, toCameraChangeMs: 2_100 },
    maplibre: { ...MAPLIBRE, requestedBefore: false },
    chartChunksBeforeMapReady: [],
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    ...overrides,
  };
}
