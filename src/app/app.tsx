// The page: composes header, map area, side panel and footer around the selection, the kind filter and the
// searched place. What the areas show is derived in named hooks (use-team-data, use-map-view, use-map-description).
import { useCallback, useRef, useState } from 'react';
import type { Place } from '../data/places-file';
import { existingSelection } from '../domain/map-view';
import { placeSummary } from '../domain/place-summary';
import { COUNTRY } from '../domain/selection';
import type { TeamKind } from '../domain/team-kinds';
import { DEFAULT_URL_STATE, type UrlState } from '../domain/url-state';
import type { MapMode } from '../features/map/map-view';
import type { TeamMapHandle } from '../features/map/team-map';
import { useIntl } from '../i18n/language';
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

interface AppProps {
  initial?: UrlState;
  /** The static map that index.html brought along (rendered at build time), shown until the data is in. */
  firstView?: Element | null;
}

export function App({ initial = DEFAULT_URL_STATE, firstView = null }: AppProps) {
  const { embed } = initial;
  const { language, messages } = useIntl();
  const data = useTeamData();
  const { teams } = data;
  const { chosen, select, navigate, selectFromPanel, closeDetails, detailsFocusRequest } = useSelection(
    initial.selection,
  );
  const [kindFilter, setKindFilter] = useState<TeamKind | null>(initial.kind);
  const [searchPlace, setSearchPlace] = useState<Place | null>(null);
  const [mapMode, setMapMode] = useState<MapMode>('loading');
  const mapRef = useRef<TeamMapHandle>(null);
  // The camera is not where the first view puts it because the user moved it (a shared view counts as moved).
  const [movedByUser, setMovedByUser] = useState(initial.camera !== null);

  const selection = teams ? existingSelection(chosen, teams.file, teams.groups) : chosen;
  const shared = { selection, kind: kindFilter, language };
  useUrlState(shared, Boolean(teams), (url) => {
    navigate(url.selection);
    setKindFilter(url.kind);
  });
  useEmbedHeight(embed);
  useEscapeKey(selection.type !== 'country', closeDetails);
  const view = useMapView(selection, searchPlace, kindFilter, data);
  const { summary, spoken, subject } = useMapDescription(teams, selection, kindFilter, view.showsSearch);
  const loadFigures = useFiguresGate(mapMode, data.teamsQuery.isError || data.provincesQuery.isError);

  const chooseSearchPlace = useCallback(
    (place: Place | null) => {
      setSearchPlace(place);
      navigate(COUNTRY);
    },
    [navigate],
  );
  // A place is chosen by its name's key (?plaats=den-haag), whichever of its symbols was clicked.
  const placeKey = (key: string) => (teams && placeSummary(teams.groups, key)?.slug) || key;
  const resetView = () => {
    setSearchPlace(null);
    closeDetails();
    // With nothing chosen the camera target stays "the country": the map is told to go back all the same.
    mapRef.current?.showCountry();
    replaceUrlCamera(null);
    setMovedByUser(false);
  };

  return (
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
      />
      <main className="app__main">
        <MapArea
          mapRef={mapRef}
          firstView={firstView}
          data={data}
          model={view.model}
          initialCamera={initial.camera}
          summary={summary}
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
        />
        <SidePanel
          data={data}
          embed={embed}
          selection={selection}
          chosen={view.chosen}
          search={view.search}
          searchPlace={searchPlace}
          onSearchPlace={chooseSearchPlace}
          onSelect={selectFromPanel}
          detailsFocusRequest={detailsFocusRequest}
          kindFilter={kindFilter}
          onKindFilter={setKindFilter}
          loadFigures={loadFigures}
        />
      </main>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
      <footer className="app__footer">
        <p>{messages.sourceLine}</p>
        <p>{messages.attribution}</p>
        <p>
          <a href={messages.accessibilityStatementPath}>{messages.accessibilityStatement}</a>
        </p>
      </footer>
    </div>
  );
}
