// How a team is named in the interface: its place(s), and its number where several share a place.
import type { Team } from '../data/teams-file';
import { teamOrdinal, teamPlaceNames } from '../domain/teams';
import type { Messages } from '../i18n/messages';

export function teamLabel(team: Team, teams: readonly Team[], messages: Messages): string {
  const { number, of } = teamOrdinal(team, teams);
  const places = teamPlaceNames(team);
  return of > 1 ? `${places}, ${messages.teamOrdinal(number, of)}` : places;
}
