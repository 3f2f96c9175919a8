import { describe, expect, it } from 'vitest';
import { load, MAPLIBRE } from './page-load-fixture';
import { summarizeLoads } from './summarize-loads';

describe('summarizeLoads', () => {
  it('takes the first interaction from the click loads, for the app and for Leaflet alike', () => {
    const interactions = [600, 800, 700].map((answeredMs, index) => ({
      answeredMs,
      clicks: 3,
      firstClickMs: 450,
      mapReadyMs: 900,
      answeredBy: index === 1 ? ('app' as const) : ('first view' as const),
      bytesBeforeAnswer: { html: 17_000, js: 1_000 * (index + 1), css: 5_000, data: 0, geo: 0, other: 0, total: 0 },
      consoleErrors: [],
      pageErrors: [],
      foreignRequests: [],
    }));
    const summary = summarizeLoads([load()], interactions)!;
    expect(summary.firstInteractionMs).toEqual({ median: 700, min: 600, max: 800 });
    // What had arrived by each answer, per part the median; and which picture answered.
    expect(summary.bytesBeforeFirstAnswer).toMatchObject({ html: 17_000, js: 2_000, css: 5_000 });
    expect(summary.firstAnswerBy).toEqual([
      { element: 'first view', loads: 2 },
      { element: 'app', loads: 1 },
    ]);
    expect(summarizeLoads([load()])?.firstInteractionMs).toBeNull();
    // Leaflet's is its clicks' too, not its map-ready (a mark it sets before its first paint).
    const leaflet = [load({ page: 'leaflet', mapReadyMs: 950 }), load({ page: 'leaflet', mapReadyMs: 1_050 })];
    const popups = interactions.map((interaction) => ({ ...interaction, answeredBy: 'Leaflet popup' as const }));
    expect(summarizeLoads(leaflet, popups)?.firstInteractionMs).toEqual({ median: 700, min: 600, max: 800 });
    expect(summarizeLoads(leaflet, popups)?.firstAnswerBy).toEqual([{ element: 'Leaflet popup', loads: 3 }]);
    expect(summarizeLoads(leaflet)?.firstInteractionMs).toBeNull();
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
