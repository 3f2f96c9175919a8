import { describe, expect, it } from 'vitest';
import { formatKb, formatMs, formatRatio, formatTable, summaryTable } from './format-table';
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

  it('right-aligns each figure under its column heading', () => {
    const lines = table.split('\n');
    const leafletEnd = lines[0]!.indexOf('Leaflet') + 'Leaflet'.length;
    const ends = lines.slice(2).map((line) => line.slice(0, leafletEnd).trimEnd().length);
    expect(new Set(ends)).toEqual(new Set([leafletEnd]));
  });
});
