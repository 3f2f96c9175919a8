// What the live region says after a change of selection or filter: one short sentence for each.
import type { TeamsFile } from '../data/teams-file';
import { PROVINCE_NAMES } from '../domain/provinces';
import type { Selection } from '../domain/selection';
import type { PlaceGroup } from '../domain/team-places';
import { placeSummary } from '../domain/place-summary';
import { teamProvinces, teamsInProvince } from '../domain/teams';
import type { TeamKind } from '../domain/team-kinds';
import type { Intl } from '../i18n/intl';
import { teamLabel } from '../components/team-label';

export function announcement(
  file: TeamsFile,
  groups: readonly PlaceGroup[],
  selection: Selection,
  kindFilter: TeamKind | null,
  intl: Intl,
): string {
  const { messages } = intl;
  const kindName = (kind: TeamKind) => intl.kindName(file.kinds, kind);
  const filter = kindFilter
    ? ` ${messages.announceFilter(kindName(kindFilter), file.teams.filter((t) => t.kind === kindFilter).length)}`
    : '';
  switch (selection.type) {
    case 'country':
      return `${messages.announceCountry(file.teams.length)}${filter}`;
    case 'province':
      return `${messages.announceProvince(PROVINCE_NAMES[selection.code], teamsInProvince(file.teams, selection.code).length)}${filter}`;
    case 'place': {
      const place = placeSummary(groups, selection.key);
      return place ? `${messages.announcePlace(place.place, intl.kindCounts(place.kinds))}${filter}` : filter.trim();
    }
    case 'team': {
      const team = file.teams.find((t) => t.id === selection.id);
      if (!team) return filter.trim();
      const provinces = teamProvinces(team)
        .map((code) => PROVINCE_NAMES[code])
        .join(', ');
      return `${messages.announceTeam(teamLabel(team, file.teams, messages), kindName(team.kind), provinces)}${filter}`;
    }
  }
}
