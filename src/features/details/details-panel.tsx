// Details of what is selected: a team, the teams at a place, a province's teams, or the country overview.
import { memo, useEffect, useRef, type ReactNode } from 'react';
import type { Contact } from '../../data/report-file';
import type { Team, TeamsFile } from '../../data/teams-file';
import { placeSummary, type PlaceSummary } from '../../domain/place-summary';
import { placeSlug, type PlaceGroup } from '../../domain/team-places';
import type { Selection } from '../../domain/selection';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { ChoiceButton } from '../../components/choice-button';
import {
  countTeamsByKind,
  publishedCountMismatches,
  teamOrdinal,
  teamPlaceNames,
  teamProvinces,
  teamsInProvince,
} from '../../domain/teams';
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
  /** The report's contact, the next step for a candidate; null while it loads or where the file lacks it. */
  contact: Contact | null;
  /** Changes when the panel should take focus (a team or province chosen from a list), so it is read and seen. */
  focusRequest: number;
}

// Memoised: it draws again only when its own props change, not whenever the page does.
export const DetailsPanel = memo(function DetailsPanel({
  file,
  groups,
  selection,
  onSelect,
  contact,
  focusRequest,
}: DetailsPanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequest > 0) panelRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [focusRequest]);
  return (
    <div ref={panelRef} className="details-panel">
      <SelectionDetails file={file} groups={groups} selection={selection} onSelect={onSelect} contact={contact} />
    </div>
  );
});

function SelectionDetails({ file, groups, selection, onSelect, contact }: Omit<DetailsPanelProps, 'focusRequest'>) {
  const { messages } = useIntl();
  const close = (
    <button type="button" className="details__close" onClick={() => onSelect({ type: 'country' })}>
      {messages.close}
    </button>
  );
  switch (selection.type) {
    case 'team': {
      const team = file.teams.find((t) => t.id === selection.id);
      return team ? (
        <TeamDetails file={file} groups={groups} team={team} contact={contact} close={close} onSelect={onSelect} />
      ) : (
        <CountryOverview file={file} />
      );
    }
    case 'place': {
      const place = placeSummary(groups, selection.key);
      if (!place) return <CountryOverview file={file} />;
      const [only] = place.teamIds;
      const team = place.teamIds.length === 1 && file.teams.find((t) => t.id === only);
      if (team)
        return (
          <TeamDetails file={file} groups={groups} team={team} contact={contact} close={close} onSelect={onSelect} />
        );
      return <PlaceDetails file={file} place={place} contact={contact} close={close} onSelect={onSelect} />;
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
      {/* A kind with no teams here is left out: "Administratief: 0" says nothing a reader needs. */}
      {file.kinds
        .flatMap((kind) => (counts[kind.id] === 0 ? [] : [kind]))
        .map((kind) => (
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
              selection={{ type: 'team', id: team.id }}
              onSelect={onSelect}
            />
          </li>
        ))}
      </ul>
      {close}
    </section>
  );
}

/** The teams at a place with more than one: one summary, then per kind its work and its teams one by one. */
function PlaceDetails(props: {
  file: TeamsFile;
  place: PlaceSummary;
  contact: Contact | null;
  close: ReactNode;
  onSelect: (selection: Selection) => void;
}) {
  const { file, place, contact, close, onSelect } = props;
  const intl = useIntl();
  const { local, messages } = intl;
  return (
    <section className="details" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {place.place}
      </h2>
      <p className="details__summary">{intl.kindCounts(place.kinds)}</p>
      {place.kinds.map(({ kind, group, count }) => {
        const info = file.kinds.find((k) => k.id === kind);
        const kindName = intl.kindName(file.kinds, kind);
        const teams = file.teams.filter((t) => group.teamIds.includes(t.id));
        return (
          <div key={kind} className="details__kind">
            <h3>
              <KindSymbol kind={kind} size={16} /> {intl.kindCounts([{ kind, count }])}
            </h3>
            {info && <p>{local(info.description)}</p>}
            <ul className="details__team-numbers">
              {teams.map((team) => {
                const { number, of } = teamOrdinal(team, file.teams);
                // Numbered where the report counts several teams at the place ("Team 3": the heading above says how
                // many and of what kind, the section's heading where); a team of its own keeps its name.
                const shown = of > 1 ? messages.teamNumber(number) : teamLabel(team, file.teams, messages);
                return (
                  <li key={team.id}>
                    <ChoiceButton
                      aria-label={`${shown}, ${kindName}`}
                      selection={{ type: 'team', id: team.id }}
                      onSelect={onSelect}
                    >
                      {shown}
                    </ChoiceButton>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {contact && <ContactDetails contact={contact} />}
      {close}
    </section>
  );
}

function TeamDetails(props: {
  file: TeamsFile;
  groups: readonly PlaceGroup[];
  team: Team;
  contact: Contact | null;
  close: ReactNode;
  onSelect: (selection: Selection) => void;
}) {
  const { file, groups, team, contact, close, onSelect } = props;
  const { local, messages } = useIntl();
  const kind = file.kinds.find((k) => k.id === team.kind);
  const heading = teamLabel(team, file.teams, messages);
  // The heading names the place already; the report's own wording only where it says more ("Den Haag (9 teams)").
  const printedDiffers = squeeze(team.printedAs) !== squeeze(teamPlaceNames(team));
  const [location] = team.locations;
  const place = team.locations.length === 1 && location ? placeSummary(groups, placeSlug(location.place)) : null;
  const shared = place && place.teamIds.length > 1 ? place : null;
  return (
    <section className="details" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {heading}
      </h2>
      {team.locations.length > 1 && <p>{messages.worksAtTwoPlaces}</p>}
      <dl className="details__facts">
        {printedDiffers && (
          <>
            <dt>{messages.asPrinted}</dt>
            <dd>{team.printedAs}</dd>
          </>
        )}
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
      {shared && (
        <ChoiceButton
          className="details__place-link"
          selection={{ type: 'place', key: shared.slug }}
          onSelect={onSelect}
        >
          {messages.allTeamsAtPlace(shared.place, shared.teamIds.length)}
        </ChoiceButton>
      )}
      {kind && (
        <>
          <h3>{messages.work}</h3>
          <p>{local(kind.description)}</p>
        </>
      )}
      {contact && <ContactDetails contact={contact} />}
      {close}
    </section>
  );
}

/** The report's "Contact": where to apply or ask, as links that open mail and the web page. */
function ContactDetails({ contact }: { contact: Contact }) {
  const { messages } = useIntl();
  return (
    <div className="details__contact">
      <h3>{messages.contactTitle}</h3>
      <p>{messages.contactIntro}</p>
      <address>
        {contact.address.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </address>
      <dl className="details__facts">
        <dt>{messages.contactEmail}</dt>
        <dd>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </dd>
        <dt>{messages.contactWebsite}</dt>
        <dd>
          <a href={contact.website}>{contact.website.replace(/^https:\/\//, '')}</a>
        </dd>
      </dl>
    </div>
  );
}

/** Text without its spaces, to compare "Assen/Zwolle" with "Assen / Zwolle". */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
