// The report panel's own text and formatters, in the interface language: made once per language.
import { useIntl } from '../../i18n/language';
import { INTL, type Intl as AppIntl } from '../../i18n/intl';
import { REPORT_MESSAGES, type ReportMessages } from '../../i18n/report-messages';
import type { DerivedFigure } from '../../domain/report-figures';
import type { Language } from '../../domain/format';

export interface ReportText extends AppIntl {
  text: ReportMessages;
  /** "juli", "15 december" (nl) / "July", "15 December" (en). */
  monthName: (month: number, day?: number) => string;
  /** "1 januari 2013" / "1 January 2013". */
  date: (iso: string) => string;
  /** "425 − 74 = 351" in the interface's notation. */
  derivedSum: (figure: DerivedFigure, decimals: number) => string;
}

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
// Any year: only the month and day are shown.
const A_YEAR = 2001;

function reportText(language: Language): ReportText {
  const intl = INTL[language];
  const month = new globalThis.Intl.DateTimeFormat(LOCALES[language], { month: 'long' });
  const dayMonth = new globalThis.Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long' });
  const longDate = new globalThis.Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
  return {
    ...intl,
    text: REPORT_MESSAGES[language],
    monthName: (m, day) => (day ? dayMonth : month).format(new Date(A_YEAR, m - 1, day ?? 1)),
    date: (iso) => longDate.format(new Date(iso)),
    derivedSum: ({ value, sum: [a, op, b] }, decimals) =>
      `${intl.number(a, 0)} ${op} ${intl.number(b, 0)} = ${intl.number(value, decimals)}`,
  };
}

const TEXT: Record<Language, ReportText> = { nl: reportText('nl'), en: reportText('en') };

export function useReportText(): ReportText {
  return TEXT[useIntl().language];
}
