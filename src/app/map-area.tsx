// The map area: the map (whichever picture of it is shown), its description, the way back, the legend and what
// went wrong with the map's files.
import { useRef, type Ref } from 'react';
import { DATA_FILES } from '../data/queries';
import type { MapModel } from '../domain/map-model';
import type { ProvinceCode } from '../domain/provinces';
import type { TeamKind } from '../domain/team-kinds';
import type { Camera } from '../domain/url-state';
import { QueryError } from '../components/data-error';
import { DataProblems } from '../components/data-problems';
import { PanelBoundary } from '../components/panel-boundary';
import { MapLegend } from '../features/map/map-legend';
import { MapView, type MapMode } from '../features/map/map-view';
import type { TeamMapHandle } from '../features/map/team-map';
import { useIntl } from '../i18n/language';
import type { TeamDataState } from './use-team-data';
import { isInFrame } from './use-embed-height';
import { replaceUrlCamera } from './use-url-state';

const SUMMARY_ID = 'map-summary';

interface MapAreaProps {
  mapRef: Ref<TeamMapHandle>;
  firstView: Element | null;
  data: TeamDataState;
  model: MapModel;
  initialCamera: Camera | null;
  /** The map in words (read with the map by screen readers). */
  summary: string;
  /** Something is chosen or searched, or the user moved the map: offer the way back to the whole country. */
  canReset: boolean;
  onReset: () => void;
  /** The user panned or zoomed the map (true), or the app moved it (false). */
  onMovedByUser: (byUser: boolean) => void;
  kindFilter: TeamKind | null;
  onKindFilter: (kind: TeamKind | null) => void;
  onModeChange: (mode: MapMode) => void;
  onProvinceClick: (code: ProvinceCode) => void;
  onPlaceClick: (key: string) => void;
}

export function MapArea(props: MapAreaProps) {
  const { mapRef, firstView, data, model, initialCamera, summary, canReset, onReset, kindFilter, onKindFilter } = props;
  const { onModeChange, onProvinceClick, onPlaceClick, onMovedByUser } = props;
  const area = useRef<HTMLDivElement>(null);
  const { teams, teamsQuery, provincesQuery, waterQuery, provinces } = data;
  const { messages } = useIntl();
  return (
    // What carries data-map-overlay lies over the map where the layout puts it there: a fitted choice keeps clear of it.
    <div className="map-area" id="kaart" tabIndex={-1} ref={area}>
      <PanelBoundary message={messages.panelCrashed} retryLabel={messages.retry}>
        <MapView
          ref={mapRef}
          firstView={firstView}
          model={model}
          provinces={data.mapProvinces}
          water={waterQuery.data}
          initialCamera={initialCamera}
          cooperativeGestures={isInFrame()}
          onUserMove={(camera) => {
            replaceUrlCamera(camera);
            onMovedByUser(true);
          }}
          onAppMove={() => onMovedByUser(false)}
          overlays={() => area.current?.querySelectorAll('[data-map-overlay]') ?? []}
          describedBy={SUMMARY_ID}
          onModeChange={onModeChange}
          onProvinceClick={onProvinceClick}
          onPlaceClick={onPlaceClick}
        />
      </PanelBoundary>
      <p id={SUMMARY_ID} className="visually-hidden">
        {summary}
      </p>
      {canReset && (
        <button type="button" className="map-area__reset" onClick={onReset} data-map-overlay>
          {messages.resetView}
        </button>
      )}
      <div className="map-area__legend" data-map-overlay>
        {teams && (
          <MapLegend kinds={teams.file.kinds} counts={teams.kindCounts} active={kindFilter} onChange={onKindFilter} />
        )}
      </div>
      <div className="map-area__status" data-map-overlay>
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
  );
}
