// The coverage views' text and number formats in the interface language.
import { useIntl } from '../../i18n/language';
import { COVERAGE_MESSAGES, type CoverageMessages } from '../../i18n/coverage-messages';

export interface CoverageText {
  text: CoverageMessages;
  /** A share 0..1 as a whole percentage ("64"), or with one decimal below 1 % ("0,4"), never a bare 0 for some land. */
  percent: (share: number) => string;
  /** Square kilometres, whole ("1.234"). */
  area: (km2: number) => string;
  count: (value: number) => string;
}

export function useCoverageText(): CoverageText {
  const { language, number } = useIntl();
  return {
    text: COVERAGE_MESSAGES[language],
    percent: (share) => {
      const value = share * 100;
      if (value > 0 && value < 1) return number(value, 1);
      if (value > 99 && value < 100) return number(Math.floor(value * 10) / 10, 1);
      return number(Math.round(value), 0);
    },
    area: (km2) => number(Math.round(km2), 0),
    count: (value) => number(value, 0),
  };
}
