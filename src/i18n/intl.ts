// Everything a view needs to say things in the interface language: its messages and formatters bound to it. Made
// once per language; components get it from `useIntl()`, pure text builders take it as an argument.
import type { LocalizedText, TeamKindInfo } from '../data/teams-file';
import { formatNumber, formatSignedNumber, type Language } from '../domain/format';
import type { TeamKind } from '../domain/team-kinds';
import { MESSAGES, type Messages } from './messages';
import { sourceName } from './source-names';
import { kindCountsText, type KindCount } from './place-messages';

export interface Intl {
  language: Language;
  messages: Messages;
  /** A number with the decimals the source prints, in the language's notation (579,66 / 579.66). */
  number: (value: number, decimals: number) => string;
  /** The same with a sign: +74, −3. */
  signedNumber: (value: number, decimals: number) => string;
  /** A text the data gives in both languages. */
  local: (text: LocalizedText) => string;
  /** A kind of team by its name in the data (the kind's id where the file does not name it). */
  kindName: (kinds: readonly TeamKindInfo[] | undefined, kind: TeamKind) => string;
  /** A name the report prints in Dutch, in the interface language where we know its official translation. */
  sourceName: (printed: string) => string;
  /** Teams per kind in words, without the kinds that have none: "9 pandgebonden en 4 administratieve teams". */
  kindCounts: (parts: readonly KindCount[]) => string;
}

function createIntl(language: Language): Intl {
  return {
    language,
    messages: MESSAGES[language],
    number: (value, decimals) => formatNumber(value, decimals, language),
    signedNumber: (value, decimals) => formatSignedNumber(value, decimals, language),
    local: (text) => text[language],
    kindName: (kinds, kind) => kinds?.find((k) => k.id === kind)?.name[language] ?? kind,
    sourceName: (printed) => sourceName(printed, language),
    kindCounts: (parts) => kindCountsText(parts, language),
  };
}

export const INTL: Record<Language, Intl> = { nl: createIntl('nl'), en: createIntl('en') };
