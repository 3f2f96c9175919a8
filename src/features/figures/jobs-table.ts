// The rows of a job chart's table, described once: shown on screen as formatted text, written to CSV as numbers.
import type { CsvCell } from '../../domain/csv';

export interface JobsTable {
  labelHeader: string;
  jobsHeader: string;
  /** An extra text column (the kind of team of a work type), if any. */
  noteHeader?: string;
  /** The header of the CSV's footnote column. */
  footnoteHeader: string;
  rows: readonly { label: string; value: number; note?: string }[];
  /** The computed and the printed total; `footnote` is the text behind the `*` the report prints with a total. */
  totals: readonly { label: string; value: number; footnote?: string }[];
  decimals: number;
}

export const FOOTNOTE_MARK = '*';

/** On screen the total keeps the report's notation, "579,66*"; the footnote itself is printed under the chart. */
export function jobsScreenRows(table: JobsTable, format: (value: number) => string): string[][] {
  const note = (text: string | undefined) => (table.noteHeader ? [text ?? ''] : []);
  return [
    [table.labelHeader, table.jobsHeader, ...note(table.noteHeader)],
    ...table.rows.map((row) => [row.label, format(row.value), ...note(row.note)]),
    ...table.totals.map((total) => [
      total.label,
      `${format(total.value)}${total.footnote ? FOOTNOTE_MARK : ''}`,
      ...note(''),
    ]),
  ];
}

/**
 * In the CSV every number is a number cell, and a footnote goes to a column of its own, marker and text
 * ("* banen bij RSO meegerekend"): glued to the number, "579,66*" would be read as text, and a marker alone would
 * say nothing without the chart's note beside it.
 */
export function jobsCsvRows(table: JobsTable): CsvCell[][] {
  const { decimals } = table;
  const hasFootnote = table.totals.some((total) => total.footnote);
  const note = (text: string | undefined) => (table.noteHeader ? [text ?? ''] : []);
  const footnote = (text: string | undefined) => (hasFootnote ? [text ? `${FOOTNOTE_MARK} ${text}` : ''] : []);
  return [
    [table.labelHeader, table.jobsHeader, ...note(table.noteHeader), ...(hasFootnote ? [table.footnoteHeader] : [])],
    ...table.rows.map((row) => [row.label, { value: row.value, decimals }, ...note(row.note), ...footnote(undefined)]),
    ...table.totals.map((total) => [
      total.label,
      { value: total.value, decimals },
      ...note(''),
      ...footnote(total.footnote),
    ]),
  ];
}
