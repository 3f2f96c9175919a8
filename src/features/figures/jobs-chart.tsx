// One job table from the report as a horizontal bar chart, with its totals, a table alternative and a CSV download.
import { useId, useState } from 'react';
import type { TotalComparison } from '../../domain/totals';
import { toCsv } from '../../domain/csv';
import { jobsCsvRows, jobsScreenRows, type JobsTable } from './jobs-table';
import type { BarChoice } from './jobs-bar';
import { BarChoicesContext, JobsBarChart } from './jobs-bar-chart';
import { downloadBlob } from '../../lib/download';
import { useIntl } from '../../i18n/language';
import { useFiguresText } from './figures-text';
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
  /**
   * Makes each bar a toggle button (mouse, touch, Enter or Space), called for a bar whose row has a kind; a bar
   * whose row has none (`kind: null`) says so under the chart instead. The kind filter offers the same choice.
   */
  onBarClick?: (row: ChartRow) => void;
  /** The kind of team the map shows: its bars are marked as chosen (and pressed). */
  chosenKind?: TeamKind | null;
}

const ROW_HEIGHT = 40;

export function JobsChart(props: JobsChartProps) {
  const {
    title,
    labelHeader,
    noteHeader,
    rows: rowsAsGiven,
    decimals,
    total,
    footnote,
    runningTextTotal,
    totalSource,
    csvFileName,
    labelWidth,
    onBarClick,
    chosenKind = null,
  } = props;
  const { language, number } = useIntl();
  const text = useFiguresText();
  const headingId = useId();
  const [tableShown, setTableShown] = useState(false);
  const rows = useSameRows(rowsAsGiven);
  // The bar without a team last chosen, and the kind the map showed then: the note goes once the map shows another.
  const [noTeamChoice, setNoTeamChoice] = useState<{ label: string; whileKind: TeamKind | null } | null>(null);
  const format = (value: number) => number(value, decimals);
  const mark = footnote ? '*' : '';
  const height = rows.length * ROW_HEIGHT + 40;
  const noTeamNote = noTeamChoice && noTeamChoice.whileKind === chosenKind ? text.noTeamOnMap(noTeamChoice.label) : '';

  const table: JobsTable = {
    labelHeader,
    jobsHeader: text.jobsHeader,
    noteHeader,
    footnoteHeader: text.csvFootnoteHeader,
    rows,
    totals: [
      { label: text.computedTotal, value: total.computed },
      { label: text.publishedTotal, value: total.published, footnote },
    ],
    decimals,
  };
  const tableRows = jobsScreenRows(table, format);

  const download = () =>
    downloadBlob(new Blob([toCsv(jobsCsvRows(table), language)], { type: 'text/csv;charset=utf-8' }), csvFileName);

  const choiceOf = (label: string): BarChoice | undefined => {
    const row = rows.find((r) => r.label === label);
    if (!onBarClick || row?.kind === undefined) return undefined;
    const jobs = format(row.value);
    if (row.kind === null)
      return {
        name: text.barChoiceName(row.label, jobs, null),
        pressed: undefined,
        onChoose: () => setNoTeamChoice({ label: row.label, whileKind: chosenKind }),
      };
    return {
      name: text.barChoiceName(row.label, jobs, row.note ?? row.kind),
      pressed: row.kind === chosenKind,
      onChoose: () => {
        setNoTeamChoice(null);
        onBarClick(row);
      },
    };
  };
  const isChosen = (label: string) => rows.some((row) => row.label === label && row.kind && row.kind === chosenKind);

  return (
    <section className="jobs-chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {/* With buttons for bars the chart is a group: an image's content would be hidden from screen readers. */}
      <div
        className="jobs-chart__chart"
        role={onBarClick ? 'group' : 'img'}
        aria-label={onBarClick ? text.chartChoiceDescription(title) : text.chartDescription(title)}
      >
        <BarChoicesContext value={{ choiceOf, isChosen }}>
          <JobsBarChart rows={rows} decimals={decimals} labelWidth={labelWidth} height={height} />
        </BarChoicesContext>
      </div>
      {onBarClick && (
        <p className="jobs-chart__choice-note" role="status">
          {noTeamNote}
        </p>
      )}
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

/**
 * The rows as last given while their content stays the same. The panel builds new rows on every render, and
 * recharts draws new bars for new data: the bar that has the keyboard's focus would lose it on being chosen.
 */
function useSameRows(rows: readonly ChartRow[]): ChartRow[] {
  const [kept, setKept] = useState<ChartRow[]>(() => [...rows]);
  const same =
    kept.length === rows.length &&
    kept.every((row, i) => {
      const other = rows[i]!;
      return (
        row.label === other.label &&
        row.value === other.value &&
        row.colour === other.colour &&
        row.note === other.note &&
        row.kind === other.kind
      );
    });
  if (!same) setKept([...rows]);
  return same ? kept : [...rows];
}
