// How many of the partner's teams are structural (no longer a pilot); the 2021 report does not say which, so the
// map marks none, and this says so. Where the report's count differs from the teams on the map, that shows too.
import type { TeamStatus } from '../../data/report-sections';
import { ReportFigure } from './report-figure';
import { useReportText } from './report-text';

interface TeamStatusSectionProps {
  status: TeamStatus;
  /** The partner's teams in the teams file; null while it loads or where it failed. */
  teamsOnMap: number | null;
}

export function TeamStatusSection({ status, teamsOnMap }: TeamStatusSectionProps) {
  const t = useReportText();
  const { text } = t;
  const structural = t.number(status.structural, 0);
  const teams = t.number(status.teams, 0);
  return (
    <section className="report__section" aria-labelledby="report-teams">
      <h2 id="report-teams">{text.teams.title}</h2>
      <dl className="report__figures">
        <ReportFigure
          label={text.teams.structural(structural, teams, status.partner)}
          value={`${structural} / ${teams}`}
          explanation={status.month ? text.teams.since(t.monthName(status.month)) : undefined}
          quote={status.quote}
        />
      </dl>
      {!status.structuralTeamIds && <p className="report__note">{text.teams.notNamed}</p>}
      {teamsOnMap !== null && teamsOnMap !== status.teams && (
        <p className="report__mismatch">{text.teams.mapMismatch(t.number(teamsOnMap, 0), teams, status.partner)}</p>
      )}
    </section>
  );
}
