// One job table from the report as a horizontal bar chart, with its totals, a table alternative and a CSV download.
import { useId, useState } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TotalComparison } from '../../domain/totals';
import { toCsv } from '../../domain/csv';
import { downloadBlob } from '../../lib/download';
import { useIntl } from '../../i18n/language';
import { useFiguresText } from './figures-text';
import { chartColour } from '../../styles/tokens';
import { WrappedTick } from './wrapped-tick';
import type { TeamKind } from '../../domain/team-kinds';

export interface ChartRow {
  label: string;
  value: number;
  colour: string;
  /** Extra table column (e.g. the kind of team a work type belongs to). */
  note?: string;
  /** The kind of team this row belongs to, if any: clicking its bar filters the map. */
  kind?: TeamKind | null;
}

interface JobsChartProps {
  title: string;
  labelHeader: string;
  noteHeader?: string;
  rows: readonly ChartRow[];
  decimals: number;
  total: TotalComparison;
  footnote?: string;
  /** The same count as the report's running text gives it (it may differ from both totals), shown in the note. */
  runningTextTotal?: { value: number; decimals: number } | null;
  /** Where the printed total comes from, when not from the table itself. */
  totalSource?: string;
  csvFileName: string;
  /** Width reserved for the category labels, in px. */
  labelWidth: number;
  /** Mouse shortcut; the same choice is offered by keyboard in the kind filter. */
  onBarClick?: (row: ChartRow) => void;
}

const ROW_HEIGHT = 40;

export function JobsChart(props: JobsChartProps) {
  const {
    title,
    labelHeader,
    noteHeader,
    rows,
    decimals,
    total,
    footnote,
    runningTextTotal,
    totalSource,
    csvFileName,
    labelWidth,
    onBarClick,
  } = props;
  const { language, number } = useIntl();
  const text = useFiguresText();
  const headingId = useId();
  const [tableShown, setTableShown] = useState(false);
  const format = (value: number) => number(value, decimals);
  const mark = footnote ? '*' : '';
  const height = rows.length * ROW_HEIGHT + 40;

  const tableRows: string[][] = [
    [labelHeader, text.jobsHeader, ...(noteHeader ? [noteHeader] : [])],
    ...rows.map((row) => [row.label, format(row.value), ...(noteHeader ? [row.note ?? ''] : [])]),
    [text.computedTotal, format(total.computed), ...(noteHeader ? [''] : [])],
    [text.publishedTotal, `${format(total.published)}${mark}`, ...(noteHeader ? [''] : [])],
  ];

  const download = () =>
    downloadBlob(new Blob([toCsv(tableRows, language)], { type: 'text/csv;charset=utf-8' }), csvFileName);

  return (
    <section className="jobs-chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <div className="jobs-chart__chart" role="img" aria-label={text.chartDescription(title)}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
          <BarChart
            data={[...rows]}
            layout="vertical"
            margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <XAxis type="number" hide domain={[0, 'dataMax']} />
            <YAxis
              type="category"
              dataKey="label"
              width={labelWidth}
              interval={0}
              tickLine={false}
              tick={(props: object) => (
                <WrappedTick {...(props as Parameters<typeof WrappedTick>[0])} maxChars={Math.floor(labelWidth / 7)} />
              )}
            />
            <Tooltip
              cursor={{ fill: chartColour.cursor }}
              formatter={(value) => [format(Number(value)), text.jobsHeader]}
            />
            <Bar dataKey="value" isAnimationActive={false} minPointSize={2}>
              {rows.map((row) => (
                <Cell
                  key={row.label}
                  fill={row.colour}
                  cursor={onBarClick && row.kind ? 'pointer' : undefined}
                  onClick={onBarClick ? () => onBarClick(row) : undefined}
                />
              ))}
              <LabelList
                dataKey="value"
                position="right"
                formatter={(value: unknown) => format(Number(value))}
                className="jobs-chart__value"
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <dl className="jobs-chart__totals">
        <dt>{text.computedTotal}</dt>
        <dd>{format(total.computed)}</dd>
        <dt>{text.publishedTotal}</dt>
        <dd>
          {format(total.published)}
          {mark}
        </dd>
      </dl>
      {footnote && <p className="jobs-chart__footnote">* {footnote}</p>}
      {totalSource && <p className="jobs-chart__total-source">{totalSource}</p>}
      <p className={total.matches ? 'jobs-chart__check' : 'jobs-chart__mismatch'} role="note">
        {text.totalNote({
          matches: total.matches,
          computed: format(total.computed),
          published: format(total.published),
          difference: format(Math.abs(total.difference)),
          runningText: runningTextTotal ? number(runningTextTotal.value, runningTextTotal.decimals) : null,
        })}
      </p>
      <div className="jobs-chart__actions">
        <button type="button" aria-expanded={tableShown} onClick={() => setTableShown(!tableShown)}>
          {tableShown ? text.hideTable : text.showTable}
        </button>
        <button type="button" onClick={download}>
          {text.downloadCsv}
        </button>
      </div>
      {/* Always in the accessibility tree; shown on screen on request. */}
      {/* The wrapper is hidden, not the table: a table ignores the 1px width and would widen the page. */}
      <div className={tableShown ? 'jobs-chart__table-wrap' : 'visually-hidden'}>
        <table className="jobs-chart__table">
          <caption>{title}</caption>
          <thead>
            <tr>
              {tableRows[0]?.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tableRows.slice(1).map((cells) => (
              <tr key={cells[0]}>
                <th scope="row">{cells[0]}</th>
                {cells.slice(1).map((cell, index) => (
                  <td key={index} className={index === 0 ? 'number' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
