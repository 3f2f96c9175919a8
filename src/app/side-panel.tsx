// The side panel: what is wrong with the team data, the place search, the details, the figures, the team list and
// the rest of the report.
import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reportQueryOptions, yearFiles } from '../data/queries';
import type { Place } from '../data/places-file';
import type { SelectionView, SearchView } from '../domain/map-view';
import type { Selection } from '../domain/selection';
import type { TeamKind } from '../domain/team-kinds';
import { QueryError } from '../components/data-error';
import { DataProblems } from '../components/data-problems';
import { WhenNear } from '../components/when-near';
import { PanelBoundary } from '../components/panel-boundary';
import { DetailsPanel } from '../features/details/details-panel';
import { PlaceSearch } from '../features/place-search/place-search';
import { TeamList } from '../features/team-list/team-list';
import { useIntl } from '../i18n/language';
import { useReportYear } from '../lib/report-year';
import { provinceMismatchText } from './data-problem-texts';
import { MAP_AREA_ID } from './map-area';
import { prefersReducedMotion } from '../features/map/reduced-motion';
import type { TeamDataState } from './use-team-data';

// Charts are split off so they never delay the map.
const FiguresPanel = memo(lazy(() => import('../features/figures/figures-panel')));
// The rest of the report: its own chunk, loaded when it comes near the screen.
const ReportPanel = memo(lazy(() => import('../features/report/report-panel')));

interface SidePanelProps {
  data: TeamDataState;
  embed: boolean;
  selection: Selection;
  chosen: SelectionView;
  search: SearchView | null;
  searchPlace: Place | null;
  onSearchPlace: (place: Place | null) => void;
  onSelect: (selection: Selection) => void;
  /** A choice that the map answers (the report's "show on the map"): focus stays where it is. */
  onShowOnMap: (selection: Selection) => void;
  detailsFocusRequest: number;
  kindFilter: TeamKind | null;
  onKindFilter: (kind: TeamKind | null) => void;
  /** The charts may load (the map has settled). */
  loadFigures: boolean;
  /** The shaded map's table (a coverage view), under the details; null when nothing is shaded. */
  coverage: ReactNode;
}

export function SidePanel(props: SidePanelProps) {
  const { data, embed, selection, kindFilter, onSelect } = props;
  const { teams, teamsQuery, mismatches } = data;
  const { messages } = useIntl();
  const { year } = useReportYear();
  // The map takes a new kind filter first; the team list, long with many teams, follows when the browser has time.
  // (The filter buttons themselves follow at once: a toggle must say its new state when it is pressed.)
  const listKindFilter = useDeferredValue(kindFilter);
  const file = teams?.file;
  const publishedTeams = useMemo(
    () => (file ? { count: file.published.teams, provinces: file.published.provinces } : null),
    [file],
  );
  // The report's contact goes with the details of a team or place: fetched once something is chosen (the figures,
  // which share the file, may have fetched it already).
  const report = useQuery({ ...reportQueryOptions(year), enabled: selection.type !== 'country' });
  const contactSection = report.data?.contact;
  const contact = contactSection?.ok ? contactSection.value : null;
  const skeleton = <div className="skeleton skeleton--chart" aria-busy="true" />;
  /** A lazily loaded panel of the report (not in the embed): once the map has settled and the panel comes near. */
  const lazyPanel = (panel: ReactNode) =>
    !embed && (
      <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
        {props.loadFigures ? (
          <WhenNear placeholder={skeleton}>
            <Suspense fallback={skeleton}>{panel}</Suspense>
          </WhenNear>
        ) : (
          skeleton
        )}
      </PanelBoundary>
    );
  // A choice made far below the map (the review of the year's Limburg) is answered where it shows: the map scrolls
  // into view; the focus stays where it was (the details taking it would scroll the page back to them), and the
  // choice is announced as any other. `nearest`: a map already on screen (the sticky one on a desktop) stays put.
  const { onShowOnMap } = props;
  const showOnMap = useCallback(
    (choice: Selection) => {
      onShowOnMap(choice);
      document
        .getElementById(MAP_AREA_ID)
        ?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    },
    [onShowOnMap],
  );
  return (
    <aside className="side-panel">
      {teamsQuery.isError ? (
        <QueryError title={messages.dataErrorTitle.teams} query={teamsQuery} />
      ) : teams ? (
        <>
          <DataProblems
            title={messages.dataProblemsTitle(
              yearFiles(year).teams,
              teams.file.problems.rejected,
              messages.dataProblemsNouns.teams,
            )}
            hint={messages.dataProblemsHint}
            messages={[...teams.file.problems.messages, ...mismatches.map((m) => provinceMismatchText(m, messages))]}
          />
          <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
            <PlaceSearch
              file={teams.file}
              groups={teams.groups}
              place={props.searchPlace}
              nearest={props.search?.nearest ?? NO_NEAREST}
              onPlaceChange={props.onSearchPlace}
              onSelect={onSelect}
            />
          </PanelBoundary>
          <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
            <DetailsPanel
              file={teams.file}
              groups={teams.groups}
              selection={selection}
              onSelect={onSelect}
              contact={contact}
              focusRequest={props.detailsFocusRequest}
            />
          </PanelBoundary>
          {props.coverage && (
            <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
              {props.coverage}
            </PanelBoundary>
          )}
        </>
      ) : (
        <p className="side-panel__loading" aria-busy="true">
          {messages.retrying}
        </p>
      )}
      {/* The figures come from their own file: they stay when the team data fails. */}
      {lazyPanel(
        <FiguresPanel
          kinds={file?.kinds}
          publishedTeams={publishedTeams}
          kindFilter={kindFilter}
          onKindFilter={props.onKindFilter}
        />,
      )}
      {teams && (
        <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
          <TeamList
            teams={teams.file.teams}
            kindFilter={listKindFilter}
            kinds={teams.file.kinds}
            selection={selection}
            selectedTeamIds={props.chosen.selectedTeamIds}
            onSelect={onSelect}
          />
        </PanelBoundary>
      )}
      {lazyPanel(<ReportPanel year={year} teams={file} selection={selection} onSelect={showOnMap} />)}
    </aside>
  );
}

const NO_NEAREST: [] = [];
