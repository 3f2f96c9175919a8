// The page: where the features meet. Loads the data files, holds the selection and lays out map, details and list.
import { lazy, memo, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DATA_FILES, provincesQueryOptions, teamsQueryOptions, waterQueryOptions } from '../data/queries';
import { COUNTRY } from '../domain/selection';
import { placeGroups } from '../domain/team-places';
import { countTeamsByKind } from '../domain/teams';
import { TEAM_KINDS, type TeamKind } from '../domain/team-kinds';
import { QueryError } from '../components/data-error';
import { PanelBoundary } from '../components/panel-boundary';
import type { TeamMapHandle } from '../features/map/team-map';
import { MapView, type MapMode } from '../features/map/map-view';
import { DataProblems } from '../components/data-problems';
import { locationsOutsideTheirProvince } from '../domain/data-checks';
import { provinceMismatchText } from './data-problem-texts';
import { NO_PROBLEMS } from '../data/record-list';
import type { ProvincesFile } from '../data/provinces-file';
import { MapLegend } from '../features/map/map-legend';
import { teamFeatures } from '../features/map/map-layers';
import { TeamList } from '../features/team-list/team-list';
import { DetailsPanel } from '../features/details/details-panel';
import { useLanguage } from '../i18n/language';
import { deriveSelection, existingSelection, selectionSubject } from './derive-selection';
import { announcement } from './announcement';
import { mapSummary } from '../features/map/map-summary';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type UrlState } from '../domain/url-state';
import { SHARE_MESSAGES } from '../i18n/share-messages';
import { EmbedDialog } from '../features/share/embed-dialog';
import { MapExportButton } from '../features/map/map-export-button';
import { replaceUrlCamera, urlWithSearch, useUrlState } from './use-url-state';
import { isInFrame, useEmbedHeight } from './use-embed-height';
import type { Place } from '../data/places-file';
import { PlaceSearch } from '../features/place-search/place-search';
import { deriveSearch } from './derive-search';
import { useSelection } from './use-selection';

// Charts are split off so they never delay the map.
const FiguresPanel = memo(lazy(() => import('../features/figures/figures-panel')));

interface AppProps {
  initial?: UrlState;
  /** The static map that index.html brought along (rendered at build time), shown until the data is in. */
  firstView?: Element | null;
}

const NO_TEAM_FEATURES: GeoJSON.FeatureCollection<GeoJSON.Point> = { type: 'FeatureCollection', features: [] };
const NO_PROVINCES: ProvincesFile = { type: 'FeatureCollection', features: [], problems: NO_PROBLEMS };

/** How long the charts wait for the map before they load anyway. */
const FIGURES_WAIT_MS = 10_000;

export function App({ initial = DEFAULT_URL_STATE, firstView = null }: AppProps) {
  const { language, messages, setLanguage } = useLanguage();
  const share = SHARE_MESSAGES[language];
  const { embed } = initial;
  const teamsQuery = useQuery(teamsQueryOptions());
  const provincesQuery = useQuery(provincesQueryOptions());
  const waterQuery = useQuery(waterQueryOptions());
  const { chosen, select, navigate, selectFromPanel, closeDetails, detailsFocusRequest } = useSelection(
    initial.selection,
  );
  const [kindFilter, setKindFilter] = useState<TeamKind | null>(initial.kind);
  const mapRef = useRef<TeamMapHandle>(null);
  const teamsFile = teamsQuery.data;
  const groups = useMemo(() => (teamsFile ? placeGroups(teamsFile.teams) : []), [teamsFile]);
  const selection = teamsFile ? existingSelection(chosen, teamsFile, groups) : chosen;
  useUrlState({ selection, kind: kindFilter, language }, Boolean(teamsFile), (url) => {
    navigate(url.selection);
    setKindFilter(url.kind);
  });
  useEmbedHeight(embed);
  const hasSelection = selection.type !== 'country';
  useEffect(() => {
    if (!hasSelection) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closeDetails();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });
  const visibleKinds = useMemo(() => (kindFilter ? [kindFilter] : TEAM_KINDS), [kindFilter]);
  const [searchPlace, setSearchPlace] = useState<Place | null>(null);
  const chooseSearchPlace = useCallback(
    (place: Place | null) => {
      setSearchPlace(place);
      navigate(COUNTRY);
    },
    [navigate],
  );

  const features = useMemo(() => (teamsFile ? teamFeatures(groups) : undefined), [teamsFile, groups]);
  // A file that failed draws as empty, so that the map shows what did load (its error box says what is missing).
  const mapTeams = features ?? (teamsQuery.isError ? NO_TEAM_FEATURES : undefined);
  const mapGroups = teamsFile ? groups : teamsQuery.isError ? [] : undefined;
  // The charts load once the map has settled, so that they never hold it up.
  const [mapMode, setMapMode] = useState<MapMode>('loading');
  const [figuresWaitOver, setFiguresWaitOver] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setFiguresWaitOver(true), FIGURES_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const loadFigures = mapMode !== 'loading' || figuresWaitOver || teamsQuery.isError || provincesQuery.isError;
  const provinces = provincesQuery.data;
  const mapProvinces = provinces ?? (provincesQuery.isError ? NO_PROVINCES : undefined);
  const mismatches = useMemo(
    () => (teamsFile && provinces ? locationsOutsideTheirProvince(teamsFile.teams, provinces.features) : []),
    [teamsFile, provinces],
  );
  const teamProblems = teamsFile
    ? [...teamsFile.problems.messages, ...mismatches.map((m) => provinceMismatchText(m, messages))]
    : [];
  const derived = useMemo(
    () => deriveSelection(selection, teamsFile, provinces, groups),
    [selection, teamsFile, provinces, groups],
  );
  // The map takes a new kind filter first; the team list, long with many teams, follows when the browser has time.
  // (The filter buttons themselves follow at once: a toggle must say its new state when it is pressed.)
  const listKindFilter = useDeferredValue(kindFilter);
  const publishedTeams = useMemo(
    () => (teamsFile ? { count: teamsFile.published.teams, provinces: teamsFile.published.provinces } : null),
    [teamsFile],
  );
  const search = useMemo(
    () => deriveSearch(searchPlace, teamsFile, groups, visibleKinds),
    [searchPlace, teamsFile, groups, visibleKinds],
  );
  // A team opened from the search results takes over the map; closing it returns to the search.
  const mapView = selection.type === 'country' && searchPlace ? search : derived;
  // Counted once per file, not on every render (a file may hold thousands of teams).
  const kindCounts = useMemo(() => (teamsFile ? countTeamsByKind(teamsFile.teams) : null), [teamsFile]);
  const overview = useMemo(
    () =>
      teamsFile &&
      mapSummary({
        teams: kindFilter ? teamsFile.teams.filter((t) => t.kind === kindFilter) : teamsFile.teams,
        kindName: kindFilter ? (teamsFile.kinds.find((k) => k.id === kindFilter)?.name[language] ?? null) : null,
        language,
      }),
    [teamsFile, kindFilter, language],
  );
  const summary = teamsFile
    ? overview +
      // What is chosen, in the words of the live region ("Zeeland gekozen: 1 team.").
      (selection.type === 'country' ? '' : ` ${announcement(teamsFile, groups, selection, null, messages, language)}`)
    : messages.mapLoading;
  // While a searched place is shown, the search's own status speaks for it (not "Heel Nederland").
  const spoken =
    teamsFile && mapView !== search ? announcement(teamsFile, groups, selection, kindFilter, messages, language) : '';
  const subject = teamsFile ? selectionSubject(selection, teamsFile, groups, messages) : null;
  // The embed code keeps the camera where the user moved it (it lives in the URL, not in React state).
  const viewUrl = (asEmbed: boolean) => {
    const camera = asEmbed ? parseUrlState(window.location.search).camera : null;
    return new URL(
      urlWithSearch(formatUrlState({ selection, kind: kindFilter, language, embed: asEmbed, camera })),
      window.location.href,
    ).href;
  };
  // The exported picture's legend names the kinds it shows.
  const legendEntries =
    teamsFile && kindCounts
      ? teamsFile.kinds
          .filter((k) => visibleKinds.includes(k.id))
          .map((k) => ({ kind: k.id, label: `${k.name[language]} (${kindCounts[k.id]})` }))
      : [];
  // The camera moves when the choice changes: a selection (as its URL) or a searched place with its teams.
  const focusKey =
    mapView === search
      ? `zoeken:${search.focus?.join(',') ?? ''}`
      : formatUrlState({ ...DEFAULT_URL_STATE, selection }) || 'country';

  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      <a className="skip-link" href="#kaart">
        {messages.skipToMap}
      </a>
      <header className="app__header">
        <div>
          <h1>{messages.appTitle}</h1>
          {embed ? (
            <a className="app__full-link" href={viewUrl(false)} target="_blank" rel="noopener">
              {share.openFullDashboard} <span className="visually-hidden">{share.opensInNewWindow}</span>
            </a>
          ) : (
            <p className="app__subtitle">{messages.appSubtitle}</p>
          )}
        </div>
        <div className="app__actions">
          {!embed && (
            <>
              <EmbedDialog
                embedUrl={() => viewUrl(true)}
                appBase={new URL('.', document.baseURI).href}
                frameTitle={share.frameTitle(subject)}
                text={share}
              />
              <MapExportButton
                map={mapRef}
                text={share}
                image={{
                  title: share.exportTitle(subject),
                  legendTitle: messages.legendTitle,
                  legend: legendEntries,
                  footer: [share.exportSource, messages.attribution],
                }}
                fileName={`binnenwerk-teams-2021${subject ? `-${selection.type === 'province' ? selection.code : 'selectie'}` : ''}.png`}
              />
              <button type="button" className="share-button" onClick={() => window.print()}>
                {share.print}
              </button>
            </>
          )}
          <button
            type="button"
            className="app__language"
            lang={language === 'nl' ? 'en' : 'nl'}
            aria-label={messages.languageSwitchLabel}
            onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
          >
            {messages.languageSwitch}
          </button>
        </div>
      </header>
      <main className="app__main">
        <div className="map-area" id="kaart" tabIndex={-1}>
          <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
            <MapView
              ref={mapRef}
              firstView={firstView}
              groups={mapGroups}
              provinces={mapProvinces}
              water={waterQuery.data}
              teams={mapTeams}
              visibleKinds={visibleKinds}
              highlightedProvince={derived.highlightedProvince}
              selectedPlaceKeys={mapView.selectedPlaceKeys}
              placeMarker={search.marker}
              focus={mapView.focus}
              focusKey={focusKey}
              initialCamera={initial.camera}
              cooperativeGestures={isInFrame()}
              controlTexts={share.mapControls}
              onUserMove={replaceUrlCamera}
              label={messages.mapRegionLabel}
              describedBy="map-summary"
              attribution={messages.attribution}
              staticReason={{ noWebGL: messages.mapUnavailable, failed: messages.mapFailed, retry: messages.retry }}
              onModeChange={setMapMode}
              onProvinceClick={(code) => select({ type: 'province', code })}
              onPlaceClick={(key) => select({ type: 'place', key })}
            />
          </PanelBoundary>
          <p id="map-summary" className="visually-hidden">
            {summary}
          </p>
          {(selection.type !== 'country' || searchPlace) && (
            <button
              type="button"
              className="map-area__reset"
              onClick={() => {
                setSearchPlace(null);
                closeDetails();
              }}
            >
              {messages.resetView}
            </button>
          )}
          <div className="map-area__legend">
            {teamsFile && kindCounts && (
              <MapLegend kinds={teamsFile.kinds} counts={kindCounts} active={kindFilter} onChange={setKindFilter} />
            )}
          </div>
          <div className="map-area__status">
            {(teamsQuery.isPending || provincesQuery.isPending) && (
              <p className="map-area__loading">{messages.mapLoading}</p>
            )}
            <QueryError title={messages.dataErrorTitle.provinces} query={provincesQuery} />
            {provinces && (
              <DataProblems
                title={messages.dataProblemsTitle(
                  DATA_FILES.provinces,
                  provinces.problems.rejected,
                  messages.dataProblemsNouns.provinces,
                )}
                hint={messages.dataProblemsHint}
                messages={provinces.problems.messages}
              />
            )}
            <QueryError title={messages.dataErrorTitle.water} query={waterQuery} />
          </div>
        </div>
        <aside className="side-panel">
          {teamsQuery.isError ? (
            <QueryError title={messages.dataErrorTitle.teams} query={teamsQuery} />
          ) : teamsFile ? (
            <>
              <DataProblems
                title={messages.dataProblemsTitle(
                  DATA_FILES.teams,
                  teamsFile.problems.rejected,
                  messages.dataProblemsNouns.teams,
                )}
                hint={messages.dataProblemsHint}
                messages={teamProblems}
              />
              <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
                <PlaceSearch
                  file={teamsFile}
                  groups={groups}
                  place={searchPlace}
                  nearest={search.nearest}
                  onPlaceChange={chooseSearchPlace}
                  onSelect={selectFromPanel}
                />
              </PanelBoundary>
              <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
                <DetailsPanel
                  file={teamsFile}
                  groups={groups}
                  selection={selection}
                  onSelect={selectFromPanel}
                  focusRequest={detailsFocusRequest}
                />
              </PanelBoundary>
            </>
          ) : (
            <p className="side-panel__loading" aria-busy="true">
              {messages.retrying}
            </p>
          )}
          {/* The figures come from their own file: they stay when the team data fails. */}
          {!embed && (
            <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
              {loadFigures ? (
                <Suspense fallback={<div className="skeleton skeleton--chart" aria-busy="true" />}>
                  <FiguresPanel
                    kinds={teamsFile?.kinds}
                    publishedTeams={publishedTeams}
                    kindFilter={kindFilter}
                    onKindFilter={setKindFilter}
                  />
                </Suspense>
              ) : (
                <div className="skeleton skeleton--chart" aria-busy="true" />
              )}
            </PanelBoundary>
          )}
          {teamsFile && (
            <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
              <TeamList
                teams={teamsFile.teams}
                kindFilter={listKindFilter}
                kinds={teamsFile.kinds}
                selection={selection}
                selectedTeamIds={derived.selectedTeamIds}
                onSelect={selectFromPanel}
              />
            </PanelBoundary>
          )}
        </aside>
      </main>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
      <footer className="app__footer">
        <p>{messages.sourceLine}</p>
        <p>{messages.attribution}</p>
      </footer>
    </div>
  );
}
