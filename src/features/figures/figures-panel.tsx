// The figures side panel: headline figures and the jobs per work type and per client, linked to the kind filter.
import { useQuery } from '@tanstack/react-query';
import { reportQueryOptions, yearFiles } from '../../data/queries';
import type { Headline, JobsPerClient, JobsPerWorkType, ReportSection } from '../../data/report-file';
import { DataFileError } from '../../data/load-data-file';
import type { TeamKindInfo } from '../../data/teams-file';
import { compareWithPublishedTotal, sortedByValueDescending } from '../../domain/totals';
import type { TeamKind } from '../../domain/team-kinds';
import { KIND_STYLE } from '../../components/kind-style';
import { chartColour } from '../../styles/tokens';
import { DataError, QueryError } from '../../components/data-error';
import { useIntl } from '../../i18n/language';
import { useReportYear } from '../../lib/report-year';
import { useFiguresText } from './figures-text';
import type { Intl } from '../../i18n/intl';
import { HeadlineFigures } from './headline-figures';
import { JobsChart, type ChartRow } from './jobs-chart';
import { KindFilter } from './kind-filter';
import './figures.css';

interface FiguresPanelProps {
  kinds: readonly TeamKindInfo[] | undefined;
  publishedTeams: { count: number; provinces: number } | null;
  kindFilter: TeamKind | null;
  onKindFilter: (kind: TeamKind | null) => void;
}

export default function FiguresPanel({ kinds, publishedTeams, kindFilter, onKindFilter }: FiguresPanelProps) {
  const intl = useIntl();
  const { messages } = intl;
  const text = useFiguresText();
  const { year } = useReportYear();
  const report = useQuery(reportQueryOptions(year));

  if (report.isPending) {
    return (
      <div className="figures figures--loading" aria-busy="true">
        <p>{text.loading}</p>
        <div className="skeleton skeleton--block" />
        <div className="skeleton skeleton--chart" />
      </div>
    );
  }
  if (report.isError) return <QueryError title={messages.dataErrorTitle.report} query={report} />;
  const kindName = (kind: TeamKind | null) => (kind ? intl.kindName(kinds, kind) : text.noTeamKind);

  const sectionError = (section: { ok: false; problems: string[] }, title: string) => (
    <DataError
      title={title}
      error={new DataFileError(yearFiles(year).report, 'schema', section.problems)}
      onRetry={() => void report.refetch()}
      retrying={report.isFetching}
    />
  );
  const { headlines, jobsPerWorkType, jobsPerClient } = report.data;

  return (
    <details className="figures" open>
      <summary className="figures__toggle">{text.figuresToggle}</summary>
      {headlines.ok ? (
        <HeadlineFigures headlines={headlines.value} teams={publishedTeams} />
      ) : (
        sectionError(headlines, text.sectionErrorTitle.headlines)
      )}
      {kinds && (
        <KindFilter
          kinds={kinds}
          workTypes={workTypesByKind(jobsPerWorkType.ok ? jobsPerWorkType.value : null, intl)}
          active={kindFilter}
          onChange={onKindFilter}
        />
      )}
      {jobsPerWorkType.ok ? (
        <>
          <JobsChart
            title={text.workTypeTitle}
            labelHeader={text.workTypeHeader}
            noteHeader={text.kindHeader}
            rows={workTypeRows(jobsPerWorkType.value, kindName, intl)}
            decimals={jobsPerWorkType.value.decimals}
            total={tableTotal(jobsPerWorkType.value)}
            totalSource={text.workTypeTotalSource(
              intl.number(jobsPerWorkType.value.publishedTotal, jobsPerWorkType.value.decimals),
            )}
            csvFileName={`binnenwerk-${year}-banen-per-werksoort.csv`}
            labelWidth={150}
            onBarClick={(row) => row.kind && onKindFilter(row.kind === kindFilter ? null : row.kind)}
            chosenKind={kindFilter}
          />
          <p className="figures__note">{text.workTypeMappingNote}</p>
        </>
      ) : (
        sectionError(jobsPerWorkType, text.sectionErrorTitle.workTypes)
      )}
      {jobsPerClient.ok ? (
        <JobsChart
          title={text.clientTitle}
          labelHeader={text.clientHeader}
          rows={clientRows(jobsPerClient.value, intl)}
          decimals={jobsPerClient.value.decimals}
          total={tableTotal(jobsPerClient.value)}
          footnote={intl.sourceName(jobsPerClient.value.footnote)}
          runningTextTotal={runningTextJobs(headlines)}
          csvFileName={`binnenwerk-${year}-banen-per-opdrachtgever.csv`}
          labelWidth={170}
        />
      ) : (
        sectionError(jobsPerClient, text.sectionErrorTitle.clients)
      )}
      <p className="figures__note">{text.sourceNote(year)}</p>
    </details>
  );
}

function workTypeRows(table: JobsPerWorkType, kindName: (kind: TeamKind | null) => string, intl: Intl): ChartRow[] {
  return sortedByValueDescending(table.rows, (r) => r.jobs).map((row) => ({
    label: intl.sourceName(row.workType),
    value: row.jobs,
    colour: row.teamKind ? KIND_STYLE[row.teamKind].colour : chartColour.noKind,
    note: kindName(row.teamKind),
    kind: row.teamKind,
  }));
}

function workTypesByKind(table: JobsPerWorkType | null, intl: Intl): Record<TeamKind, string[]> {
  const byKind: Record<TeamKind, string[]> = { natuurbeheer: [], pandgebonden: [], administratief: [] };
  for (const row of table?.rows ?? []) if (row.teamKind) byKind[row.teamKind].push(intl.sourceName(row.workType));
  return byKind;
}

function clientRows(table: JobsPerClient, intl: Intl): ChartRow[] {
  return sortedByValueDescending(table.rows, (r) => r.jobs).map((row) => ({
    label: intl.sourceName(row.client),
    value: row.jobs,
    colour: chartColour.client,
  }));
}

function tableTotal({
  rows,
  publishedTotal,
  decimals,
}: {
  rows: readonly { jobs: number }[];
  publishedTotal: number;
  decimals: number;
}) {
  return compareWithPublishedTotal(
    rows.map((r) => r.jobs),
    publishedTotal,
    decimals,
  );
}

/** The jobs at the end of the year as the running text gives them; none when the headlines are not usable. */
function runningTextJobs(headlines: ReportSection<Headline[]>): { value: number; decimals: number } | null {
  const jobs = headlines.ok ? headlines.value.find((h) => h.id === 'banen') : undefined;
  return jobs ? { value: jobs.value, decimals: jobs.decimals } : null;
}
