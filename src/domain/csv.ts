// CSV files of a chart's table that Excel opens as they are meant: in Dutch, `;` between fields and a decimal comma.
import type { Language } from './format';

/*
 * Why this shape (Dutch Excel, the spreadsheet most readers of the dashboard have):
 * - A byte-order mark first: without it Excel reads a CSV as the Windows code page and "Financiën" becomes
 *   "FinanciÃ«n". No `sep=;` line: with one, Excel ignores the byte-order mark again.
 * - Numbers as bare numbers in the notation of the interface language, never grouped: Dutch Excel splits a `;` file
 *   into fields and reads `579,66` as the number 579.66; English Excel does the same with `,` and `579.66`. A
 *   thousands separator (`1.234`) could be read as a decimal point elsewhere, so none is written; the decimals the
 *   source prints are kept (`176,60`), which a spreadsheet shows as it likes.
 * - No marks glued to a number: "579,66*" would be text. The caller puts a footnote marker in a column of its own.
 */

export function csvSeparator(language: Language): string {
  // Dutch spreadsheets read ';' because ',' is the decimal separator.
  return language === 'nl' ? ';' : ',';
}

/** The byte-order mark of UTF-8 (EF BB BF once encoded), by which Excel knows the file is UTF-8. */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** A number cell: written with its decimals, in the decimal notation of the language, without grouping. */
export interface CsvNumber {
  value: number;
  decimals: number;
}

export type CsvCell = string | CsvNumber;

export function csvNumber({ value, decimals }: CsvNumber, language: Language): string {
  const text = value.toFixed(decimals);
  return language === 'nl' ? text.replace('.', ',') : text;
}

function csvField(cell: CsvCell, separator: string, language: Language): string {
  const value = typeof cell === 'string' ? cell : csvNumber(cell, language);
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The file's text: the byte-order mark, then the rows; CRLF line ends as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly CsvCell[])[], language: Language): string {
  const separator = csvSeparator(language);
  const lines = rows.map((row) => row.map((cell) => csvField(cell, separator, language)).join(separator));
  return CSV_BYTE_ORDER_MARK + lines.join('\r\n') + '\r\n';
}
