// CSV text for a chart's table, in the notation shown on screen (Dutch: semicolon separator, decimal comma).
import type { Language } from './format';

export function csvSeparator(language: Language): string {
  // Dutch spreadsheets read ';' because ',' is the decimal separator.
  return language === 'nl' ? ';' : ',';
}

function csvField(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of already formatted cells; CRLF line ends as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly string[])[], language: Language): string {
  const separator = csvSeparator(language);
  return rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}
