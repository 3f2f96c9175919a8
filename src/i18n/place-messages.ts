// How many teams of which kinds a place has, in words with the right plurals: "9 pandgebonden en 4 administratieve
// teams", "1 team bos- en natuurbeheer", "9 building-related and 4 administrative teams".
import type { Language } from '../domain/format';
import type { TeamKind } from '../domain/team-kinds';

export interface KindCount {
  kind: TeamKind;
  count: number;
}

/**
 * A kind's words before and after the number's noun. `adjective` set: the noun may be left out before a later kind
 * of the same number ("9 pandgebonden en 4 administratieve teams"); without it the kind follows the noun ("teams
 * bos- en natuurbeheer", as the report writes it) and is always said in full.
 */
interface KindWords {
  adjective?: Record<'one' | 'other', string>;
  after?: string;
}

interface PlaceWords {
  noun: Record<'one' | 'other', string>;
  and: string;
  kinds: Record<TeamKind, KindWords>;
  numberLocale: string;
}

const WORDS: Record<Language, PlaceWords> = {
  nl: {
    noun: { one: 'team', other: 'teams' },
    and: 'en',
    numberLocale: 'nl-NL',
    kinds: {
      natuurbeheer: { after: 'bos- en natuurbeheer' },
      pandgebonden: { adjective: { one: 'pandgebonden', other: 'pandgebonden' } },
      administratief: { adjective: { one: 'administratief', other: 'administratieve' } },
    },
  },
  en: {
    noun: { one: 'team', other: 'teams' },
    and: 'and',
    numberLocale: 'en-GB',
    kinds: {
      natuurbeheer: { adjective: { one: 'forest and nature management', other: 'forest and nature management' } },
      pandgebonden: { adjective: { one: 'building-related', other: 'building-related' } },
      administratief: { adjective: { one: 'administrative', other: 'administrative' } },
    },
  },
};

/** The counts in words; kinds with no teams are left out. An empty list says "0 teams". */
export function kindCountsText(parts: readonly KindCount[], language: Language): string {
  const words = WORDS[language];
  const shown = parts.filter((p) => p.count > 0);
  if (shown.length === 0) return `0 ${words.noun.other}`;
  const form = (count: number) => (count === 1 ? 'one' : 'other');
  const phrases = shown.map((part, index) => {
    const { adjective, after } = words.kinds[part.kind];
    const number = part.count.toLocaleString(words.numberLocale);
    const next = shown[index + 1];
    const noun = words.noun[form(part.count)];
    if (!adjective) return `${number} ${noun} ${after ?? ''}`.trim();
    // "9 pandgebonden en 4 administratieve teams": the noun only once, where the next kind says it in the same number.
    const nextSaysNoun = next && words.kinds[next.kind].adjective && form(next.count) === form(part.count);
    return nextSaysNoun
      ? `${number} ${adjective[form(part.count)]}`
      : `${number} ${adjective[form(part.count)]} ${noun}`;
  });
  const last = phrases.pop()!;
  return phrases.length === 0 ? last : `${phrases.join(', ')} ${words.and} ${last}`;
}
