// Plain-text tables (monospace, aligned) of the summarized figures, one column per page and ratio.
import type { PageSummary } from './summarize-loads';
import type { ByteCategory } from './resource-bytes';
import type { Spread } from './stats';

type Cell = string;

/** The first `leftColumns` columns are left-aligned (labels), the others right-aligned (figures). */
export function formatTable(rows: readonly (readonly Cell[])[], leftColumns = 1): string {
  const width = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: width }, (_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly Cell[]) =>
    widths
      .map((w, column) => (column < leftColumns ? (row[column] ?? '').padEnd(w) : (row[column] ?? '').padStart(w)))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const MISSING = '–';

export function formatMs(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? MISSING : String(Math.round(value));
}

/** Kilobytes of 1000 bytes (as the repository's size tests count), one decimal. */
export function formatKb(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined || !Number.isFinite(bytes) ? MISSING : (bytes / 1000).toFixed(1);
}

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? MISSING
    : String(Math.round(value * 10) / 10);
}

/** Layout shift is a score without unit: three decimals. */
export function formatShift(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? MISSING : value.toFixed(3);
}

export function formatRatio(numerator: number | null | undefined, denominator: number | null | undefined): string {
  if (numerator == null || denominator == null || !Number.isFinite(numerator) || !(denominator > 0)) return MISSING;
  return `${(numerator / denominator).toFixed(2)}×`;
}

export interface SummaryColumn {
  label: string;
  summary: PageSummary | null;
}

/** A column with `columns[numerator] / columns[denominator]` for the rows that are times. */
export interface RatioColumn {
  label: string;
  numerator: number;
  denominator: number;
}

interface MetricRow {
  metric: string;
  statistic: string;
  value: (summary: PageSummary) => number | null;
  format: (value: number | null) => string;
  isTime: boolean;
}

const byteRows = (metric: string, pick: (summary: PageSummary) => PageSummary['bytesBeforeFirstAnswer']): MetricRow[] =>
  (['total', 'html', 'js', 'css', 'data', 'geo', 'other'] as const satisfies readonly (ByteCategory | 'total')[]).map(
    (part) => ({
      metric: part === 'total' ? metric : '',
      statistic: part,
      value: (summary) => pick(summary)?.[part] ?? null,
      format: formatKb,
      isTime: false,
    }),
  );

/** Median, then min and max, of a figure measured in every run. */
const spreadRows = (
  metric: string,
  pick: (summary: PageSummary) => Spread | null,
  { format = formatMs, isTime = true, statistics = ['median', 'min', 'max'] as (keyof Spread)[] } = {},
): MetricRow[] =>
  statistics.map((statistic, index) => ({
    metric: index === 0 ? metric : '',
    statistic,
    value: (summary) => pick(summary)?.[statistic] ?? null,
    format,
    isTime,
  }));

const METRIC_ROWS: readonly MetricRow[] = [
  ...spreadRows('first view, ms', (s) => s.firstViewMs),
  ...spreadRows('map-ready, ms', (s) => s.mapReadyMs),
  ...spreadRows('first interaction answered, ms', (s) => s.firstInteractionMs),
  ...byteRows('KB before first view', (s) => s.bytesBeforeFirstView),
  ...byteRows('KB before map-ready', (s) => s.bytesBeforeMapReady),
  ...byteRows('KB before first interaction answered', (s) => s.bytesBeforeFirstAnswer),
  {
    metric: 'long tasks before map-ready',
    statistic: 'count',
    value: (s) => s.longTaskCount,
    format: formatCount,
    isTime: false,
  },
  { metric: '', statistic: 'total ms', value: (s) => s.longTaskTotalMs, format: formatMs, isTime: true },
  ...spreadRows('total blocking time, ms', (s) => s.totalBlockingTimeMs),
  ...spreadRows('largest contentful paint, ms', (s) => s.largestContentfulPaintMs),
  ...spreadRows('cumulative layout shift', (s) => s.cumulativeLayoutShift, {
    format: formatShift,
    isTime: false,
    statistics: ['median', 'max'],
  }),
  ...spreadRows('quiet (no long task for 5 s) at, ms', (s) => s.quietAtMs, { statistics: ['median'] }),
  ...spreadRows('filter change, ms', (s) => s.filterChangeMs),
  ...spreadRows('wheel zoom → webgl-ready, ms', (s) => s.gestureToWebglMs),
  ...spreadRows('wheel zoom → camera zoomed, ms', (s) => s.gestureToCameraMs, { statistics: ['median'] }),
  {
    metric: 'maplibre (chunks, worker)',
    statistic: 'KB',
    value: (s) => s.maplibreBytes,
    format: formatKb,
    isTime: false,
  },
];

/** Rows are the metrics (medians and spreads over the runs), columns the pages, then the ratios of their times. */
export function summaryTable(
  columns: readonly SummaryColumn[],
  ratios: readonly RatioColumn[] = [],
  /** The metrics to show (as named in the first column), all of them without. */
  only?: readonly string[],
): string {
  const header = ['metric', '', ...columns.map((column) => column.label), ...ratios.map((ratio) => ratio.label)];
  let metric = '';
  const shown = METRIC_ROWS.filter((row) => {
    metric = row.metric || metric;
    return !only || only.includes(metric);
  });
  const rows = shown.map((row) => {
    const values = columns.map((column) => (column.summary ? row.value(column.summary) : null));
    return [
      row.metric,
      row.statistic,
      ...values.map((value) => row.format(value)),
      ...ratios.map((ratio) => (row.isTime ? formatRatio(values[ratio.numerator], values[ratio.denominator]) : '')),
    ];
  });
  return formatTable([header, ...rows], 2);
}
