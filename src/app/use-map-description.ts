// The map in words: the description screen readers read with the map, what the live region says after a change,
// and the name of what is chosen (for the embed's title and the exported picture).
import { useMemo } from 'react';
import { PROVINCE_NAMES } from '../domain/provinces';
import type { Selection } from '../domain/selection';
import type { TeamKind } from '../domain/team-kinds';
import { placeSummary } from '../domain/place-summary';
import { teamLabel } from '../components/team-label';
import { mapSummary } from '../features/map/map-summary';
import type { Intl } from '../i18n/intl';
import { useIntl } from '../i18n/language';
import { announcement } from './announcement';
import type { TeamData } from './team-data';

/** What the selection is called (a province, place or team name); null for the whole country. */
export function selectionSubject(selection: Selection, teams: TeamData, intl: Intl): string | null {
  switch (selection.type) {
    case 'country':
      return null;
    case 'province':
      return PROVINCE_NAMES[selection.code];
    case 'place':
      return placeSummary(teams.groups, selection.key)?.place ?? null;
    case 'team': {
      const team = teams.file.teams.find((t) => t.id === selection.id);
      return team ? teamLabel(team, teams.file.teams, intl.messages) : null;
    }
  }
}

export function useMapDescription(
  teams: TeamData | undefined,
  selection: Selection,
  kindFilter: TeamKind | null,
  showsSearch: boolean,
) {
  const intl = useIntl();
  const file = teams?.file;
  // Once per file and filter, not on every render (a file may hold thousands of teams).
  const overview = useMemo(
    () =>
      file &&
      mapSummary(
        kindFilter ? file.teams.filter((t) => t.kind === kindFilter) : file.teams,
        kindFilter ? intl.kindName(file.kinds, kindFilter) : null,
        intl,
      ),
    [file, kindFilter, intl],
  );
  // Once per change of what it describes, not on every render of the page.
  return useMemo(() => {
    if (!teams || overview === undefined) return { summary: intl.messages.mapLoading, spoken: '', subject: null };
    const { groups } = teams;
    return {
      // What is chosen, in the words of the live region ("Zeeland gekozen: 1 team.").
      summary:
        selection.type === 'country'
          ? overview
          : `${overview} ${announcement(teams.file, groups, selection, null, intl)}`,
      // While a searched place is shown, the search's own status speaks for it (not "Heel Nederland").
      spoken: showsSearch ? '' : announcement(teams.file, groups, selection, kindFilter, intl),
      subject: selectionSubject(selection, teams, intl),
    };
  }, [teams, overview, selection, kindFilter, showsSearch, intl]);
}
