// The figures panels' own text, in the interface language. Kept out of the app's messages so that it loads with the
// panels (a lazy chunk), not before the map.
import { FIGURES_MESSAGES, type FiguresMessages } from '../../i18n/figures-messages';
import { useIntl } from '../../i18n/language';

export function useFiguresText(): FiguresMessages {
  return FIGURES_MESSAGES[useIntl().language];
}
