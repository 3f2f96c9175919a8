import { describe, expect, it } from 'vitest';
import { columnFacts, problemsSeen } from './format-report';
import type { PageLoad } from './measure-page';
import { emptySplit } from './resource-bytes';
import { summarizeLoads } from './summarize-loads';

const MAPLIBRE = { bytes: 449_700, files: ['/assets/team-map-a.js', '/assets/maplibre-gl-worker-b.js'] };

function load(overrides: Partial<PageLoad> = {}): PageLoad {
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

describe('summarizeLoads', () => {
  it("takes the first interaction from the click loads, and Leaflet's from its map-ready", () => {
    const interactions = [600, 800, 700].map((answeredMs) => ({
      answeredMs,
      clicks: 3,
      firstClickMs: 450,
      mapReadyMs: 900,
      consoleErrors: [],
      pageErrors: [],
      foreignRequests: [],
    }));
    expect(summarizeLoads([load()], interactions)?.firstInteractionMs).toEqual({ median: 700, min: 600, max: 800 });
    expect(summarizeLoads([load()])?.firstInteractionMs).toBeNull();
    const leaflet = [load({ page: 'leaflet', mapReadyMs: 950 }), load({ page: 'leaflet', mapReadyMs: 1_050 })];
    expect(summarizeLoads(leaflet)?.firstInteractionMs).toEqual({ median: 1_000, min: 950, max: 1_050 });
  });

  it('summarizes blocking time, paint and shift over the loads that waited for quiet', () => {
    const summary = summarizeLoads([
      load({ totalBlockingTimeMs: 100 }),
      load({ totalBlockingTimeMs: 300, quiet: { atMs: 25_000, capped: true } }),
      load({ quiet: null, totalBlockingTimeMs: null, largestContentfulPaint: null, cumulativeLayoutShift: null }),
    ])!;
    expect(summary.totalBlockingTimeMs).toEqual({ median: 200, min: 100, max: 300 });
    expect(summary.quietCapped).toBe(1);
    expect(summary.largestContentfulPaintElements).toEqual([{ element: 'svg#first-view-map', loads: 2 }]);
  });

  it('leaves out the wheel zooms whose webgl-ready mark did not come, and counts them', () => {
    const summary = summarizeLoads([
      load(),
      load({
        gesture: { wheelAtMs: 9_000, toWebglReadyMs: null, webglBeforeGesture: true, toCameraChangeMs: 600 },
        maplibre: { ...MAPLIBRE, requestedBefore: true },
      }),
    ])!;
    expect(summary.gestureToWebglMs).toEqual({ median: 2_000, min: 2_000, max: 2_000 });
    expect(summary.gestureToCameraMs).toEqual({ median: 1_350, min: 600, max: 2_100 });
    expect(summary.gestures).toEqual({ loads: 2, noWebglReady: 1, webglBefore: 1, maplibreBefore: 1 });
    expect(summary.maplibreBytes).toBe(449_700);
  });
});

describe('columnFacts', () => {
  it("names each column's largest paints and when maplibre came", () => {
    const ours = summarizeLoads([
      load(),
      load({
        largestContentfulPaint: { startTime: 1_800, size: 9, element: 'div.maplibregl-ctrl-attrib-inner' },
        maplibre: { ...MAPLIBRE, requestedBefore: true },
        gesture: { wheelAtMs: 9_000, toWebglReadyMs: null, webglBeforeGesture: true, toCameraChangeMs: 600 },
      }),
      load(),
    ]);
    const leaflet = summarizeLoads([
      load({ page: 'leaflet', gesture: null, maplibre: { bytes: 0, files: [], requestedBefore: null } }),
    ]);
    expect(
      columnFacts([
        { label: 'ours (full)', summary: ours },
        { label: 'Leaflet', summary: leaflet },
        { label: 'missing', summary: null },
      ]),
    ).toEqual([
      'ours (full): largest contentful paint svg#first-view-map (2 of 3); div.maplibregl-ctrl-attrib-inner (1 of 3)',
      'ours (full): maplibre (/assets/team-map-a.js, /assets/maplibre-gl-worker-b.js) requested before the wheel ' +
        'zoom in 1 of 3 loads; WebGL map drawn before it in 1 of 3',
      'Leaflet: largest contentful paint svg#first-view-map (1 of 1)',
    ]);
  });
});

describe('problemsSeen', () => {
  it("names a load not quiet by the cap, a missing webgl-ready mark and the click loads' page errors", () => {
    const interaction = {
      answeredMs: 900,
      clicks: 2,
      firstClickMs: 500,
      mapReadyMs: 800,
      consoleErrors: [],
      pageErrors: ['boom'],
      foreignRequests: [],
    };
    const problems = problemsSeen([
      {
        profile: 'mobile',
        teams: 44,
        page: 'ours-full',
        loads: [
          load({ quiet: { atMs: 25_000, capped: true } }),
          load({
            gesture: { wheelAtMs: 9_000, toWebglReadyMs: null, webglBeforeGesture: false, toCameraChangeMs: null },
          }),
        ],
        interactions: [interaction],
        failures: [],
      },
    ]);
    expect(problems).toEqual([
      '- page error: boom (mobile 44 ours-full)',
      '- not quiet 25 s after navigation start: blocking time, paint and shift counted to there (mobile 44 ours-full)',
      '- no webgl-ready mark after the wheel zoom (mobile 44 ours-full)',
    ]);
  });
});
