// All teams grouped by province, in step with the map: choosing here selects there, and the other way round.
import { memo, useState, type CSSProperties } from 'react';
import type { Team, TeamKindInfo } from '../../data/teams-file';
import type { Selection } from '../../domain/selection';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { teamsByProvince } from '../../domain/teams';
import { TeamButton } from '../../components/team-button';
import { teamLabel } from '../../components/team-label';
import { useIntl } from '../../i18n/language';
import type { TeamKind } from '../../domain/team-kinds';
import './team-list.css';

/** Teams listed per province before a "show all" button: a list of thousands helps no one, by mouse or keyboard. */
/**
 * The height a province's part of the list takes before it is drawn, where it is drawn only as it nears the screen
 * (team-list.css): its heading and rows of about 1,9rem each, within a pixel of the drawn height, so that the page
 * does not change length as the parts are drawn. It has no effect where the part is drawn at once.
 */
function heightBeforeDrawn(rows: number): CSSProperties {
  return { containIntrinsicSize: `auto calc(2.6rem + ${rows} * 1.875rem)` };
}

export const TEAMS_SHOWN_PER_PROVINCE = 50;
/** How many more a press of "show more" lists: a bounded piece of work, however many teams a province has. */
export const TEAMS_SHOWN_MORE = 500;

interface TeamListProps {
  teams: readonly Team[];
  /** Only teams of this kind are listed; null lists all. */
  kindFilter: TeamKind | null;
  kinds: readonly TeamKindInfo[];
  selection: Selection;
  selectedTeamIds: readonly string[];
  onSelect: (selection: Selection) => void;
}

// Memoised: it draws again only when its own props change, not whenever the page does.
export const TeamList = memo(function TeamList({
  teams,
  kindFilter,
  kinds,
  selection,
  selectedTeamIds,
  onSelect,
}: TeamListProps) {
  const intl = useIntl();
  const { messages } = intl;
  const kindName = (team: Team) => intl.kindName(kinds, team.kind);
  // How many teams each province lists beyond the first ones, after "show more".
  const [shownBeyond, setShownBeyond] = useState<ReadonlyMap<string, number>>(new Map());
  return (
    <nav className="team-list" aria-labelledby="team-list-title">
      <h2 id="team-list-title">{messages.teamListTitle}</h2>
      {teamsByProvince(kindFilter ? teams.filter((t) => t.kind === kindFilter) : teams).map(
        ({ province, teams: inProvince }) => {
          const name = PROVINCE_NAMES[province];
          const isSelected = selection.type === 'province' && selection.code === province;
          // A selected team is always listed, even beyond the first ones.
          const lastSelected = inProvince.findLastIndex((t) => selectedTeamIds.includes(t.id));
          const shown = Math.max(TEAMS_SHOWN_PER_PROVINCE + (shownBeyond.get(province) ?? 0), lastSelected + 1);
          const listed = inProvince.slice(0, shown);
          const hidden = inProvince.length - listed.length;
          return (
            <section
              key={province}
              className="team-list__province"
              aria-label={messages.provinceTeamCount(name, inProvince.length)}
              style={heightBeforeDrawn(listed.length + (hidden > 0 ? 1 : 0))}
            >
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
                {listed.map((team) => (
                  <li key={team.id}>
                    <TeamButton
                      team={team}
                      className="team-list__team"
                      label={teamLabel(team, teams, messages)}
                      kindName={kindName(team)}
                      current={selectedTeamIds.includes(team.id)}
                      selection={{ type: 'team', id: team.id }}
                      onSelect={onSelect}
                    />
                  </li>
                ))}
              </ul>
              {hidden > 0 && (
                <button
                  type="button"
                  className="team-list__more"
                  onClick={() =>
                    setShownBeyond(
                      new Map(shownBeyond).set(province, shown - TEAMS_SHOWN_PER_PROVINCE + TEAMS_SHOWN_MORE),
                    )
                  }
                >
                  {hidden <= TEAMS_SHOWN_MORE
                    ? messages.showAllTeams(name, inProvince.length)
                    : messages.showMoreTeams(name, TEAMS_SHOWN_MORE, inProvince.length)}
                </button>
              )}
            </section>
          );
        },
      )}
    </nav>
  );
});
