// The map put into words for screen readers: how many teams, where most are, and what is filtered or selected.
import type { Team } from '../../data/teams-file';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { busiestProvince, provincesWithoutTeams, teamsByProvince } from '../../domain/teams';
import type { Language } from '../../domain/format';

interface SummaryInput {
  /** The teams visible on the map (after the kind filter). */
  teams: readonly Team[];
  /** The filtered kind's name, or null when all kinds are shown. */
  kindName: string | null;
  language: Language;
}

const teamsWord = (n: number, language: Language) => (n === 1 ? 'team' : language === 'nl' ? 'teams' : 'teams');

export function mapSummary({ teams, kindName, language }: SummaryInput): string {
  const provinces = 12 - provincesWithoutTeams(teams).length;
  const busiest = busiestProvince(teams);
  const ranked = teamsByProvince(teams)
    .filter((g) => g.teams.length > 0)
    .sort(
      (a, b) =>
        b.teams.length - a.teams.length || PROVINCE_NAMES[a.province].localeCompare(PROVINCE_NAMES[b.province], 'nl'),
    )
    .map((g) => `${PROVINCE_NAMES[g.province]} (${g.teams.length})`);
  const n = teams.length;
  if (language === 'nl') {
    const what = kindName
      ? `${n} ${teamsWord(n, language)} ${kindName.toLowerCase()}`
      : `${n} ${teamsWord(n, language)}`;
    if (!busiest || n === 0) return `De kaart toont geen teams.`;
    return `De kaart toont ${what} in ${provinces} ${provinces === 1 ? 'provincie' : 'provincies'}; de meeste in ${PROVINCE_NAMES[busiest.province]} (${busiest.teams.length}). Per provincie: ${ranked.join(', ')}.`;
  }
  const what = kindName ? `${n} ${kindName.toLowerCase()} ${teamsWord(n, language)}` : `${n} ${teamsWord(n, language)}`;
  if (!busiest || n === 0) return 'The map shows no teams.';
  return `The map shows ${what} in ${provinces} ${provinces === 1 ? 'province' : 'provinces'}; most in ${PROVINCE_NAMES[busiest.province]} (${busiest.teams.length}). By province: ${ranked.join(', ')}.`;
}
