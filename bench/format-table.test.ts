import { describe, expect, it } from 'vitest';
import { formatKb, formatMs, formatRatio, formatShift, formatTable, summaryTable } from './format-table';
import type { PageSummary } from './summarize-loads';

function summary(mapReady: number, filter: number | null = null): PageSummary {
  const bytes = { html: 700, js: 90_000, css: 5_000, data: 2_900, geo: 14_100, other: 0, total: 112_700 };
  return {
    runs: 3,
    firstViewMs: { median: 300, min: 280, max: 350 },
    firstViewSources: ['first-contentful-paint'],
    mapReadyMs: { median: mapReady, min: mapReady - 10, max: mapReady + 10 },
    bytesBeforeFirstView: bytes,
    bytesBeforeMapReady: bytes,
    longTaskCount: 2,
    longTaskTotalMs: 120,
    filterChangeMs: filter === null ? null : { median: filter, min: filter, max: filter },
    provinceFileBytes: 13_200,
    firstInteractionMs: { median: mapReady + 100, min: mapReady + 50, max: mapReady + 400 },
    bytesBeforeFirstAnswer: bytes,
    firstAnswerBy: [{ element: 'first view', loads: 3 }],
    totalBlockingTimeMs: { median: 180, min: 120, max: 240 },
    largestContentfulPaintMs: { median: 1_900, min: 1_850, max: 2_100 },
    largestContentfulPaintElements: [{ element: 'svg#first-view-map', loads: 3 }],
    cumulativeLayoutShift: { median: 0.0123, min: 0, max: 0.05 },
    quietAtMs: { median: 4_000, min: 3_900, max: 4_400 },
    quietCapped: 0,
    gestureToWebglMs: filter === null ? null : { median: 1_234, min: 1_000, max: 1_500 },
    gestureToCameraMs: filter === null ? null : { median: 1_300, min: 1_100, max: 1_600 },
    gestures: { loads: 3, noWebglReady: 0, webglBefore: 0, maplibreBefore: 0 },
    maplibreBytes: 449_700,
    maplibreFiles: ['/assets/team-map-x.js', '/assets/maplibre-gl-worker-y.js'],
  };
}

describe('formatTable', () => {
  it('left-aligns the label columns, right-aligns the figures and rules the header', () => {
    expect(
      formatTable([
        ['metric', 'a', 'bb'],
        ['first', '1', '1234'],
        ['x', '22', '5'],
      ]),
    ).toBe(['metric   a    bb', '------  --  ----', 'first    1  1234', 'x       22     5'].join('\n'));
  });
});

describe('number formats', () => {
  it('rounds ms, shows KB of 1000 bytes with one decimal and ratios with two', () => {
    expect(formatMs(1234.6)).toBe('1235');
    expect(formatMs(null)).toBe('–');
    expect(formatKb(99_950)).toBe('100.0');
    expect(formatRatio(600, 400)).toBe('1.50×');
    expect(formatRatio(600, 0)).toBe('–');
    expect(formatRatio(null, 400)).toBe('–');
    expect(formatShift(0.01234)).toBe('0.012');
    expect(formatShift(null)).toBe('–');
  });
});

describe('summaryTable', () => {
  const table = summaryTable(
    [
      { label: 'ours', summary: summary(900, 40) },
      { label: 'Leaflet', summary: summary(600) },
      { label: 'missing', summary: null },
    ],
    [{ label: 'ours/Leaflet', numerator: 0, denominator: 1 }],
  );
  const row = (start: string) =>
    table
      .split('\n')
      .find((line) => line.startsWith(start))
      ?.trim()
      .split(/\s{2,}/);

  it('has one column per page and the ratio only for times', () => {
    expect(row('metric')).toEqual(['metric', 'ours', 'Leaflet', 'missing', 'ours/Leaflet']);
    expect(row('map-ready, ms')).toEqual(['map-ready, ms', 'median', '900', '600', '–', '1.50×']);
    expect(row('KB before first view')).toEqual(['KB before first view', 'total', '112.7', '112.7', '–']);
    expect(row('filter change, ms')).toEqual(['filter change, ms', 'median', '40', '–', '–', '–']);
  });

  it('shows the first interaction, blocking time, largest paint, shift, wheel zoom and maplibre rows', () => {
    expect(row('first interaction answered, ms')).toEqual([
      'first interaction answered, ms',
      'median',
      '1000',
      '700',
      '–',
      '1.43×',
    ]);
    expect(row('total blocking time, ms')).toEqual(['total blocking time, ms', 'median', '180', '180', '–', '1.00×']);
    expect(row('largest contentful paint, ms')).toEqual([
      'largest contentful paint, ms',
      'median',
      '1900',
      '1900',
      '–',
      '1.00×',
    ]);
    // A score, not a time: no ratio.
    expect(row('cumulative layout shift')).toEqual(['cumulative layout shift', 'median', '0.012', '0.012', '–']);
    expect(row('wheel zoom → webgl-ready, ms')).toEqual([
      'wheel zoom → webgl-ready, ms',
      'median',
      '1234',
      '–',
      '–',
      '–',
    ]);
    expect(row('maplibre (chunks, worker)')).toEqual(['maplibre (chunks, worker)', 'KB', '449.7', '449.7', '–']);
  });

  it('shows only the metrics asked for, with their spreads', () => {
    const only = summaryTable(
      [{ label: 'ours', summary: summary(900, 40) }],
      [],
      ['map-ready, ms', 'filter change, ms'],
    );
    expect(only.split('\n').map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['metric', 'ours'],
      [expect.stringMatching(/^-+$/), expect.stringMatching(/^-+$/), expect.stringMatching(/^-+$/)],
      ['map-ready, ms', 'median', '900'],
      ['min', '890'],
      ['max', '910'],
      ['filter change, ms', 'median', '40'],
      ['min', '40'],
      ['max', '40'],
    ]);
  });

  it('gives the layout shift its median and max only', () => {
    const lines = table.split('\n');
    const at = lines.findIndex((line) => line.startsWith('cumulative layout shift'));
    expect(lines[at + 1]?.trim().split(/\s{2,}/)).toEqual(['max', '0.050', '0.050', '–']);
    expect(lines[at + 2]?.startsWith('quiet (no long task for 5 s) at, ms')).toBe(true);
  });

  it('right-aligns each figure under its column heading', () => {
    const lines = table.split('\n');
    const leafletEnd = lines[0]!.indexOf('Leaflet') + 'Leaflet'.length;
    const ends = lines.slice(2).map((line) => line.slice(0, leafletEnd).trimEnd().length);
    expect(new Set(ends)).toEqual(new Set([leafletEnd]));
  });
});
