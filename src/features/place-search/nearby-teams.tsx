// The answer to the search: the nearest team of each kind with its distance, each a button that opens the team; and
// what the page adds to it (the handout).
import type { TeamsFile } from '../../data/teams-file';
import { nearestPlaceGroup, type NearestTeams } from '../../domain/nearest-teams';
import type { Selection } from '../../domain/selection';
import type { PlaceGroup } from '../../domain/team-places';
import { useSearchResultActions } from '../../components/search-result-actions';
import { TeamButton } from '../../components/team-button';
import { teamLabel } from '../../components/team-label';
import { useIntl } from '../../i18n/language';

interface NearbyTeamsProps {
  file: TeamsFile;
  groups: readonly PlaceGroup[];
  title: string;
  nearest: readonly NearestTeams[];
  distanceText: (nearest: NearestTeams) => string;
  onSelect: (selection: Selection) => void;
}

export function NearbyTeams({ file, groups, title, nearest, distanceText, onSelect }: NearbyTeamsProps) {
  const intl = useIntl();
  const { messages } = intl;
  const text = messages.search;
  const actions = useSearchResultActions();
  return (
    <div className="nearby">
      <h3 className="nearby__title">{title}</h3>
      {nearest.length === 0 ? (
        <p>{text.noTeams}</p>
      ) : (
        <ul className="nearby__list">
          {nearest.map((n) => {
            const [team] = n.teams;
            if (!team) return null;
            const kindName = intl.kindName(file.kinds, n.kind);
            // Several teams at one place (Den Haag): the button opens the place, which lists them all.
            const group = n.teams.length > 1 ? nearestPlaceGroup(n, groups) : undefined;
            return (
              <li key={n.kind} className="nearby__item">
                <span className="nearby__kind">{kindName}</span>
                <TeamButton
                  team={team}
                  className="nearby__team"
                  label={
                    group ? text.teamsAtPlace(n.location.place, n.teams.length) : teamLabel(team, file.teams, messages)
                  }
                  kindName={kindName}
                  detail={distanceText(n)}
                  selection={group ? { type: 'place', key: group.key } : { type: 'team', id: team.id }}
                  onSelect={onSelect}
                />
              </li>
            );
          })}
        </ul>
      )}
      <p className="nearby__note">{text.resultsNote}</p>
      {nearest.length > 0 && actions}
    </div>
  );
}
