// Details of what is selected: a team, the teams at a place, a province's teams, or the country overview.
import { memo, useEffect, useRef, type ReactNode } from 'react';
import type { Team, TeamsFile } from '../../data/teams-file';
import type { PlaceGroup } from '../../domain/team-places';
import type { Selection } from '../../domain/selection';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { countTeamsByKind, publishedCountMismatches, teamProvinces, teamsInProvince } from '../../domain/teams';
import { KindSymbol } from '../../components/kind-symbol';
import { teamLabel } from '../../components/team-label';
import { TeamButton } from '../../components/team-button';
import { useIntl } from '../../i18n/language';
import './details.css';

interface DetailsPanelProps {
  file: TeamsFile;
  groups: readonly PlaceGroup[];
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** Changes when the panel should take focus (a team or province chosen from a list), so it is read and seen. */
  focusRequest: number;
}

// Memoised: it draws again only when its own props change, not whenever the page does.
export const DetailsPanel = memo(function DetailsPanel({
  file,
  groups,
  selection,
  onSelect,
  focusRequest,
}: DetailsPanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequest > 0) panelRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [focusRequest]);
  return (
    <div ref={panelRef} className="details-panel">
      <SelectionDetails file={file} groups={groups} selection={selection} onSelect={onSelect} />
    </div>
  );
});

function SelectionDetails({ file, groups, selection, onSelect }: Omit<DetailsPanelProps, 'focusRequest'>) {
  const { messages } = useIntl();
  const close = (
    <button type="button" className="details__close" onClick={() => onSelect({ type: 'country' })}>
      {messages.close}
    </button>
  );
  switch (selection.type) {
    case 'team': {
      const team = file.teams.find((t) => t.id === selection.id);
      return team ? <TeamDetails file={file} team={team} close={close} /> : <CountryOverview file={file} />;
    }
    case 'place': {
      const group = groups.find((g) => g.key === selection.key);
      if (!group) return <CountryOverview file={file} />;
      const teams = file.teams.filter((t) => group.teamIds.includes(t.id));
      const [only] = teams;
      if (teams.length === 1 && only) return <TeamDetails file={file} team={only} close={close} />;
      return (
        <TeamGroup
          file={file}
          title={messages.teamsAtPlace(group.place, teams.length)}
          teams={teams}
          close={close}
          onSelect={onSelect}
        />
      );
    }
    case 'province': {
      const name = PROVINCE_NAMES[selection.code];
      return (
        <TeamGroup
          file={file}
          title={name}
          summary={messages.teamsInProvince(name, teamsInProvince(file.teams, selection.code).length)}
          teams={teamsInProvince(file.teams, selection.code)}
          close={close}
          onSelect={onSelect}
        />
      );
    }
    case 'country':
      return <CountryOverview file={file} />;
  }
}

function KindCountsList({ file, teams }: { file: TeamsFile; teams: readonly Team[] }) {
  const { local } = useIntl();
  const counts = countTeamsByKind(teams);
  return (
    <ul className="details__kind-counts">
      {file.kinds.map((kind) => (
        <li key={kind.id}>
          <KindSymbol kind={kind.id} size={16} /> {local(kind.name)}: <strong>{counts[kind.id]}</strong>
        </li>
      ))}
    </ul>
  );
}

function CountryOverview({ file }: { file: TeamsFile }) {
  const intl = useIntl();
  const { messages } = intl;
  const mismatches = publishedCountMismatches(file);
  return (
    <section className="details details--overview" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {messages.detailsTitle}
      </h2>
      <p>{messages.detailsEmpty}</p>
      <KindCountsList file={file} teams={file.teams} />
      {mismatches.map((m) => (
        <p key={m.subject} className="details__mismatch" role="note">
          {messages.countMismatch(
            m.subject === 'total' ? messages.total : intl.kindName(file.kinds, m.subject),
            m.counted,
            m.published,
          )}
        </p>
      ))}
    </section>
  );
}

interface TeamGroupProps {
  file: TeamsFile;
  title: string;
  summary?: string;
  teams: readonly Team[];
  close: ReactNode;
  onSelect: (selection: Selection) => void;
}

function TeamGroup({ file, title, summary, teams, close, onSelect }: TeamGroupProps) {
  const intl = useIntl();
  const { messages } = intl;
  return (
    <section className="details" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {title}
      </h2>
      {summary && <p>{summary}</p>}
      <KindCountsList file={file} teams={teams} />
      <ul className="details__teams">
        {teams.map((team) => (
          <li key={team.id}>
            <TeamButton
              team={team}
              label={teamLabel(team, file.teams, messages)}
              kindName={intl.kindName(file.kinds, team.kind)}
              onClick={() => onSelect({ type: 'team', id: team.id })}
            />
          </li>
        ))}
      </ul>
      {close}
    </section>
  );
}

function TeamDetails({ file, team, close }: { file: TeamsFile; team: Team; close: ReactNode }) {
  const { local, messages } = useIntl();
  const kind = file.kinds.find((k) => k.id === team.kind);
  return (
    <section className="details" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {teamLabel(team, file.teams, messages)}
      </h2>
      {team.locations.length > 1 && <p>{messages.worksAtTwoPlaces}</p>}
      <dl className="details__facts">
        <dt>{messages.place}</dt>
        <dd>{team.printedAs}</dd>
        <dt>{messages.province}</dt>
        <dd>
          {teamProvinces(team)
            .map((code) => PROVINCE_NAMES[code])
            .join(', ')}
        </dd>
        <dt>{messages.kind}</dt>
        <dd>
          <KindSymbol kind={team.kind} size={16} /> {kind ? local(kind.name) : team.kind}
        </dd>
        <dt>{messages.partner}</dt>
        <dd>{team.partner ?? messages.noPartnerNamed}</dd>
      </dl>
      {kind && (
        <>
          <h3>{messages.work}</h3>
          <p>{local(kind.description)}</p>
        </>
      )}
      {close}
    </section>
  );
}
