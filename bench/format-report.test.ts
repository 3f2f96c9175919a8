import { describe, expect, it } from 'vitest';
import { columnFacts, problemsSeen } from './format-report';
import { load, MAPLIBRE } from './page-load-fixture';
import { summarizeLoads } from './summarize-loads';

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
      answeredBy: 'app' as const,
      bytesBeforeAnswer: { html: 0, js: 0, css: 0, data: 0, geo: 0, other: 0, total: 0 },
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
