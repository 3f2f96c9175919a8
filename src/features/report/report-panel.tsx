// The rest of the annual report, beside the figures: the employee survey, absence, people and jobs, the status of
// the teams, development, the context, and the review of the year. Loaded on demand, like the figures; each part
// is checked on its own, so a broken part shows its message and the others stay; a part the year's report does not
// have is not shown.
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reportQueryOptions, yearFiles } from '../../data/queries';
import { DataFileError } from '../../data/load-data-file';
import type { ReportSection } from '../../data/report-file';
import type { People } from '../../data/report-sections';
import type { TeamsFile } from '../../data/teams-file';
import type { Selection } from '../../domain/selection';
import { DataError } from '../../components/data-error';
import { SurveySection } from './survey-section';
import { AbsenceSection } from './absence-section';
import { PeopleSection } from './people-section';
import { TeamStatusSection } from './team-status-section';
import { ContextSection, DevelopmentSection } from './development-section';
import { YearTimeline } from './year-timeline';
import { useReportText } from './report-text';
import { usePreviousReport } from '../../lib/report-year';
import './report.css';

interface ReportPanelProps {
  year: number;
  teams: TeamsFile | undefined;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

export default function ReportPanel({ year, teams, selection, onSelect }: ReportPanelProps) {
  const t = useReportText();
  const { text } = t;
  const report = useQuery(reportQueryOptions(year));
  // Where the year before gives the same figure, this year's shows its change (computed by us, and said so).
  const before = usePreviousReport();
  if (report.isPending) return <div className="skeleton skeleton--block" aria-busy="true" />;
  // The figures above share the file and say that it failed, with the retry: one message, not two.
  if (report.isError) return null;
  const file = report.data;
  const previousSurvey = before?.survey?.ok ? { year: before.year, survey: before.survey.value } : null;
  const previousAbsence = before?.absence?.ok ? { year: before.year, group: before.absence.value } : null;

  /** A part of the file: its content, its error where it is broken, nothing where the file has none. */
  function part<T>(section: ReportSection<T> | null, name: string, show: (value: T) => ReactNode) {
    if (!section) return null;
    if (section.ok) return show(section.value);
    return (
      <DataError
        title={text.sectionError(name)}
        error={new DataFileError(yearFiles(year).report, 'schema', section.problems)}
        onRetry={() => void report.refetch()}
        retrying={report.isFetching}
      />
    );
  }
  const partner = file.teamStatus?.ok ? file.teamStatus.value.partner : null;
  const teamsOnMap = teams && partner ? teams.teams.filter((team) => team.partner === partner).length : null;

  return (
    <details className="report" open>
      <summary className="report__toggle">{text.panelToggle(file.year)}</summary>
      {part(file.survey, text.survey.title, (survey) => (
        <SurveySection survey={survey} previous={previousSurvey} />
      ))}
      {part(file.absence, text.absence.title, (absence) => (
        <AbsenceSection absence={absence} previous={previousAbsence} />
      ))}
      {(file.headlines.ok || file.people) &&
        part<People | null>(file.people ?? { ok: true, value: null }, text.people.title, (people) => (
          <PeopleSection year={file.year} headlines={file.headlines.ok ? file.headlines.value : []} people={people} />
        ))}
      {part(file.teamStatus, text.teams.title, (status) => (
        <TeamStatusSection status={status} teamsOnMap={teamsOnMap} />
      ))}
      {part(file.development, text.development.title, (development) => (
        <DevelopmentSection development={development} />
      ))}
      {part(file.context, text.context.title, (context) => (
        <ContextSection context={context} />
      ))}
      {part(file.timeline, text.timeline.title(file.year), (events) => (
        <YearTimeline year={file.year} events={events} selection={selection} onSelect={onSelect} />
      ))}
    </details>
  );
}
