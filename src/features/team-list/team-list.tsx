// All teams grouped by province, in step with the map: choosing here selects there, and the other way round.
import type { Team, TeamKindInfo } from '../../data/teams-file';
import type { Selection } from '../../domain/selection';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { teamsByProvince } from '../../domain/teams';
import { TeamButton } from '../../components/team-button';
import { teamLabel } from '../../components/team-label';
import { useLanguage } from '../../i18n/language';
import type { TeamKind } from '../../domain/team-kinds';

interface TeamListProps {
  teams: readonly Team[];
  /** Only teams of this kind are listed; null lists all. */
  kindFilter: TeamKind | null;
  kinds: readonly TeamKindInfo[];
  selection: Selection;
  selectedTeamIds: readonly string[];
  onSelect: (selection: Selection) => void;
}

export function TeamList({ teams, kindFilter, kinds, selection, selectedTeamIds, onSelect }: TeamListProps) {
  const { language, messages } = useLanguage();
  const kindName = (team: Team) => kinds.find((k) => k.id === team.kind)?.name[language] ?? team.kind;
  return (
    <nav className="team-list" aria-labelledby="team-list-title">
      <h2 id="team-list-title">{messages.teamListTitle}</h2>
      {teamsByProvince(kindFilter ? teams.filter((t) => t.kind === kindFilter) : teams).map(({ province, teams: inProvince }) => {
        const name = PROVINCE_NAMES[province];
        const isSelected = selection.type === 'province' && selection.code === province;
        return (
          <section key={province} className="team-list__province" aria-label={messages.provinceTeamCount(name, inProvince.length)}>
            <h3>
              <button
                type="button"
                className="team-list__province-button"
                aria-pressed={isSelected}
                onClick={() => onSelect(isSelected ? { type: 'country' } : { type: 'province', code: province })}
              >
                {name} <span className="team-list__count">({messages.teamCount(inProvince.length)})</span>
              </button>
            </h3>
            <ul>
              {inProvince.map((team) => (
                <li key={team.id}>
                  <TeamButton
                    team={team}
                    className="team-list__team"
                    label={teamLabel(team, teams, messages)}
                    kindName={kindName(team)}
                    current={selectedTeamIds.includes(team.id)}
                    onClick={() => onSelect({ type: 'team', id: team.id })}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
