// The page: composes header, map area, side panel and footer around the selection, the kind filter and the
// searched place. What the areas show is derived in named hooks (use-team-data, use-map-view, use-map-description).
import { lazy, Suspense, useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Place } from '../data/places-file';
import { yearsQueryOptions } from '../data/queries';
import { existingSelection } from '../domain/map-view';
import { placeSummary } from '../domain/place-summary';
import { previousYear, shownYear, yearInUrl } from '../domain/report-years';
import { COUNTRY } from '../domain/selection';
import { isProvinceCode } from '../domain/provinces';
import type { TeamKind } from '../domain/team-kinds';
import { DEFAULT_URL_STATE, type UrlState } from '../domain/url-state';
import { NO_SHADING, type ShadingChoice } from '../domain/map-shading';
import { CoverageChoice } from '../features/coverage/coverage-choice';
import { CoverageKey, useCoverageSummary } from '../features/coverage/coverage-key';
import { useCoverage } from '../features/coverage/use-coverage';
import type { MapMode } from '../features/map/map-view';
import type { TeamMapHandle } from '../features/map/team-map';
import { followFirstTaps, type FirstTap } from '../first-view-taps';
import { SearchResultActions } from '../components/search-result-actions';
import { useIntl } from '../i18n/language';
import { ReportYearProvider } from '../lib/report-year';
import { AppHeader } from './app-header';
import { MapArea } from './map-area';
import { SidePanel } from './side-panel';
import { useEmbedHeight } from './use-embed-height';
import { useEscapeKey } from './use-escape-key';
import { useFiguresGate } from './use-figures-gate';
import { useMapDescription } from './use-map-description';
import { useMapView } from './use-map-view';
import { useSelection } from './use-selection';
import { useTeamData } from './use-team-data';
import { replaceUrlCamera, useUrlState, viewUrl } from './use-url-state';
import { SearchLinkNote, useSearchLink } from './search-link';

// Shown only after a search or with a coverage view on: each in a chunk of its own, fetched when first shown, so that
// the page's own script stays small for the first view (README "Performance").
const HandoutButton = lazy(async () => ({
  default: (await import('../features/handout/handout-dialog')).HandoutButton,
}));
const CoverageTable = lazy(async () => ({
  default: (await import('../features/coverage/coverage-table')).CoverageTable,
}));

interface AppProps {
  initial?: UrlState;
  /** The static map that index.html brought along (rendered at build time), shown until the data is in. */
  firstView?: Element | null;
  /** The latest year when the page was built (index.html's `data-jaar`): shown until data/jaren.json says more. */
  builtInYear?: number | null;
  /** What the first view was clicked on before the app started (first-view-taps.ts), if its answer is shown. */
  firstTap?: FirstTap | null;
}

export function App({ initial = DEFAULT_URL_STATE, firstView = null, builtInYear = null, firstTap = null }: AppProps) {
  const { embed } = initial;
  const { language, local, messages } = useIntl();
  // The year the link or the visitor asked for (null: the latest); which one is shown depends on the index.
  const [requestedYear, setRequestedYear] = useState(initial.year);
  const yearsQuery = useQuery(yearsQueryOptions());
  const years = yearsQuery.data?.years ?? null;
  const shown = shownYear(requestedYear, years, builtInYear);
  const year = shown?.year ?? null;
  const data = useTeamData(year);
  const { teams } = data;
  const { chosen, select, navigate, selectFromPanel, closeDetails, detailsFocusRequest } = useSelection(
    initial.selection,
  );
  const [kindFilter, setKindFilter] = useState<TeamKind | null>(initial.kind);
  const searchLink = useSearchLink(initial.search);
  const searchPlace = searchLink.place;
  const [mapMode, setMapMode] = useState<MapMode>('loading');
  const mapRef = useRef<TeamMapHandle>(null);
  // The camera is not where the first view puts it because the user moved it (a shared view counts as moved).
  const [movedByUser, setMovedByUser] = useState(initial.camera !== null);

  const selection = teams ? existingSelection(chosen, teams.file, teams.groups) : chosen;
  const shared = {
    selection,
    kind: kindFilter,
    language,
    year: yearInUrl(requestedYear, years),
    search: searchLink.key,
  };
  useUrlState(shared, Boolean(teams), (url) => {
    navigate(url.selection);
    setKindFilter(url.kind);
    setRequestedYear(url.year);
    searchLink.setKey(url.search);
  });
  useEffect(() => {
    if (year !== null) document.title = messages.appTitle(year);
  }, [messages, year]);
  useEmbedHeight(embed);
  useEscapeKey(selection.type !== 'country', closeDetails);
  const [shadingChoice, setShadingChoice] = useState<ShadingChoice>(NO_SHADING);
  const coverage = useCoverage(shadingChoice, kindFilter, {
    teams: teams?.file.teams,
    groups: teams?.groups,
    provinces: data.provinces?.features,
    water: data.waterQuery.data?.features,
  });
  const view = useMapView(selection, searchPlace, kindFilter, data, coverage.shading);
  const kindInfo = teams?.file.kinds.find((kind) => kind.id === kindFilter);
  const kindName = kindInfo ? local(kindInfo.name).toLowerCase() : null;
  const coverageSummary = useCoverageSummary(coverage, kindName);
  const { summary, spoken, subject } = useMapDescription(teams, selection, kindFilter, view.showsSearch);
  const loadFigures = useFiguresGate(mapMode, data.teamsQuery.isError || data.provincesQuery.isError);

  const { choose: chooseSearch } = searchLink;
  const chooseSearchPlace = useCallback(
    (place: Place | null) => {
      chooseSearch(place);
      navigate(COUNTRY);
    },
    [chooseSearch, navigate],
  );
  // A place is chosen by its name's key (?plaats=den-haag), whichever of its symbols was clicked.
  const placeKey = (key: string) => (teams && placeSummary(teams.groups, key)?.slug) || key;
  // What is chosen on the first view while the app's first render is under way (first-view-taps.ts) is chosen here.
  const onFirstTap = useEffectEvent((tap: FirstTap) => {
    if (tap.team) select({ type: 'team', id: tap.team });
    else if (tap.place) select({ type: 'place', key: placeKey(tap.place) });
    else if (isProvinceCode(tap.province)) select({ type: 'province', code: tap.province });
    else select(COUNTRY);
  });
  useEffect(() => followFirstTaps(onFirstTap), []);
  const resetView = () => {
    searchLink.setKey(null);
    closeDetails();
    // With nothing chosen the camera target stays "the country": the map is told to go back all the same.
    mapRef.current?.showCountry();
    replaceUrlCamera(null);
    setMovedByUser(false);
  };

  // Only a page without its built-in year (not the built app) waits here for the index.
  if (year === null) return <p className="side-panel__loading">{messages.retrying}</p>;
  const reportYear = { year, years, previousYear: previousYear(years, year) };

  return (
    <ReportYearProvider value={reportYear}>
      <div className={embed ? 'app app--embed' : 'app'}>
        <a className="skip-link" href="#kaart">
          {messages.skipToMap}
        </a>
        <AppHeader
          embed={embed}
          viewUrl={(asEmbed) => viewUrl(shared, asEmbed)}
          subject={subject}
          selection={selection}
          teams={teams}
          visibleKinds={view.visibleKinds}
          map={mapRef}
          missingYear={shown?.missing ?? null}
          yearUrl={(y) => viewUrl({ ...shared, year: yearInUrl(y, years) }, false)}
          onChooseYear={setRequestedYear}
        />
        <SearchLinkNote searchKey={searchLink.key} problem={searchLink.problem} />
        <main className="app__main">
          <MapArea
            mapRef={mapRef}
            firstView={firstView}
            firstTap={firstTap}
            embed={embed}
            data={data}
            model={view.model}
            initialCamera={initial.camera}
            summary={coverageSummary ? `${summary} ${coverageSummary}` : summary}
            canReset={selection.type !== 'country' || searchPlace !== null || movedByUser}
            onReset={resetView}
            onMovedByUser={setMovedByUser}
            kindFilter={kindFilter}
            onKindFilter={setKindFilter}
            onModeChange={setMapMode}
            onProvinceClick={(code) => select({ type: 'province', code })}
            onPlaceClick={(key) => select({ type: 'place', key: placeKey(key) })}
            selectedPlace={selection.type === 'place' ? selection.key : null}
            onShowPlaceDetails={(key) => selectFromPanel({ type: 'place', key: placeKey(key) })}
            searchPlace={searchPlace && { name: searchPlace.name, coordinates: searchPlace.coordinates }}
            coverage={
              // Not in the embed: a small map in someone else's page shows the teams; the coverage views are the
              // dashboard's.
              !embed && (
                <>
                  <CoverageChoice choice={shadingChoice} onChange={setShadingChoice} />
                  <CoverageKey coverage={coverage} kindName={kindName} />
                </>
              )
            }
          />
          <SearchResultActions
            value={
              !embed &&
              view.search &&
              teams && (
                <Suspense fallback={null}>
                  <HandoutButton
                    place={view.search.place}
                    nearest={view.search.nearest}
                    file={teams.file}
                    link={() => viewUrl(shared, false)}
                  />
                </Suspense>
              )
            }
          >
            <SidePanel
              data={data}
              embed={embed}
              selection={selection}
              chosen={view.chosen}
              search={view.search}
              searchPlace={searchPlace}
              onSearchPlace={chooseSearchPlace}
              onSelect={selectFromPanel}
              onShowOnMap={select}
              detailsFocusRequest={detailsFocusRequest}
              kindFilter={kindFilter}
              onKindFilter={setKindFilter}
              loadFigures={loadFigures}
              coverage={
                teams &&
                coverage.report && (
                  <Suspense fallback={null}>
                    <CoverageTable
                      coverage={coverage}
                      kindName={kindName}
                      groups={teams.groups}
                      kindLabel={(group) => {
                        const info = teams.file.kinds.find((kind) => kind.id === group.kind);
                        return info ? local(info.name) : group.kind;
                      }}
                    />
                  </Suspense>
                )
              }
            />
          </SearchResultActions>
        </main>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {spoken}
        </p>
        <footer className="app__footer">
          <p>{messages.sourceLine(year)}</p>
          <p>{messages.attribution}</p>
          <p>
            <a href={messages.accessibilityStatementPath}>{messages.accessibilityStatement}</a>
          </p>
        </footer>
      </div>
    </ReportYearProvider>
  );
}
