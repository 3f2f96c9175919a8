// The map area: the map (whichever picture of it is shown), its description, the way back, the legend, the
// tooltip and card at a symbol, and what went wrong with the map's files.
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DATA_FILES, townsQueryOptions } from '../data/queries';
import type { MapModel } from '../domain/map-model';
import type { ProvinceCode } from '../domain/provinces';
import type { TeamKind } from '../domain/team-kinds';
import type { Camera } from '../domain/url-state';
import { QueryError, QueryNote } from '../components/data-error';
import { DataProblems } from '../components/data-problems';
import { PanelBoundary } from '../components/panel-boundary';
import { MapLegend } from '../features/map/map-legend';
import { MapView, type MapMode } from '../features/map/map-view';
import type { TeamMapHandle } from '../features/map/team-map';
import { MapTooltip } from '../features/map/map-tooltip';
import { PlaceCard } from '../features/map/place-card';
import type { ClientPoint, SymbolHit } from '../features/map/symbol-point';
import type { Point } from '../features/map/overlay-placement';
import { placeSummaries, placeSummary } from '../domain/place-summary';
import type { Position } from '../domain/geometry';
import { visiblePlaces } from '../domain/map-model';
import { MapKeyboard } from '../features/map/map-keyboard';
import { provinceLabels } from '../domain/map-labels';
import { media } from '../styles/tokens';
import { useIntl } from '../i18n/language';
import type { FirstTap } from '../first-view-taps';
import type { TeamDataState } from './use-team-data';
import { isInFrame } from './use-embed-height';
import { replaceUrlCamera } from './use-url-state';

const SUMMARY_ID = 'map-summary';

/** The map area's id: the skip link's target, and where a choice made far below the map scrolls to. */
export const MAP_AREA_ID = 'kaart';
interface MapAreaProps {
  /** What the first view in index.html was clicked on before the app started (first-view-taps.ts), if still shown. */
  firstTap?: FirstTap | null;
  /** The page is the embed (`?embed=1`): its own layout decides where the details stand. */
  embed: boolean;
  mapRef: RefObject<TeamMapHandle | null>;
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
  /** The place whose details are open (a 'place' selection's key), or null. */
  selectedPlace: string | null;
  /** The card's way to the full details: they take focus (and so come into view). */
  onShowPlaceDetails: (key: string) => void;
  /** The searched place (the keyboard's moves say how far from it), or null. */
  searchPlace: { name: string; coordinates: Position } | null;
  /** The coverage view's choice and key, shown in the legend under the kinds. */
  coverage: ReactNode;
}

/**
 * Whether the details panel stands under the map rather than beside it: a phone or tablet, and an embed narrower than
 * its side panel needs (layout.css; from 760 px wide the embed has its details beside the map).
 */
function detailsUnderMap(embed: boolean): boolean {
  const matches = (query: string) => Boolean(window.matchMedia?.(query).matches);
  return embed ? !matches(media.embedSidePanel) : matches(media.stacked);
}

/**
 * A tap, or a click where the details are under the map: the answer comes where the finger or the mouse was. Where
 * they stand beside the map, a click's answer is there, and a card would only cover the map.
 */
function opensCard(touch: boolean, embed: boolean): boolean {
  return touch || detailsUnderMap(embed);
}

/**
 * The place whose card the app opens for the first view's choice: a symbol tapped on its map, where a tap opens a
 * card. A place chosen with a button in the first view's answer has no point: the answer was its card.
 */
function firstTapCard(firstTap: FirstTap | null | undefined, embed: boolean): string | null {
  return firstTap?.place && firstTap.point && opensCard(firstTap.touch, embed) ? firstTap.place : null;
}

/** A card opened by a tap, at its symbol (in the map area's coordinates; null while the map moves). */
interface OpenCard {
  key: string;
  anchor: Point | null;
}

export function MapArea(props: MapAreaProps) {
  const { mapRef, firstView, data, model, initialCamera, summary, canReset, onReset, kindFilter, onKindFilter } = props;
  const { onModeChange, onProvinceClick, onPlaceClick, onMovedByUser } = props;
  const { teams, teamsQuery, provincesQuery, waterQuery, provinces } = data;
  const { messages } = useIntl();
  // The WebGL map fetches the towns after its first view; here only whether that failed (this one fetches nothing).
  const townsQuery = useQuery({ ...townsQueryOptions(), enabled: false });
  const areaRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ key: string; anchor: Point } | null>(null);
  /** A point on screen in the map area's coordinates (they stay right when the page scrolls). */
  const inArea = (point: ClientPoint | null): Point | null => {
    const box = areaRef.current?.getBoundingClientRect();
    return point && box ? { x: point.x - box.left, y: point.y - box.top } : null;
  };
  // A symbol tapped on the first view goes on as a tap on this map: the app opens on its place (from the URL), and
  // where a tap opens a card, the card is there, at the symbol once this map has drawn it (the app's page is laid out
  // a little differently from index.html's, so the symbol may have moved).
  const { firstTap, embed } = props;
  const [card, setCard] = useState<OpenCard | null>(() => {
    const key = firstTapCard(firstTap, embed);
    return key ? { key, anchor: null } : null;
  });
  useEffect(() => {
    const key = firstTapCard(firstTap, embed);
    if (!key) return;
    // After layout, before the symbols' size on screen is settled (a kind's offset beside another follows it): twice.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const ring = areaRef.current?.querySelector(`[data-selected-place="${CSS.escape(key)}"]`);
        const box = ring?.getBoundingClientRect();
        const centre = box && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        setCard((open) => (open?.key === key && centre ? { key, anchor: inArea(centre) } : open));
      });
    });
    return () => cancelAnimationFrame(frame);
    // Once, when the app starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const placeOf = (key: string | undefined) => (key && teams ? placeSummary(teams.groups, key) : null);
  const hovered = placeOf(hover?.key);
  // The card belongs to the chosen place: choosing something else (or Escape, or Heel Nederland) closes it.
  const cardPlace = placeOf(card?.key);
  const shownCard = cardPlace && cardPlace.slug === placeOf(props.selectedPlace ?? undefined)?.slug ? cardPlace : null;

  // The places on the map, each once (all its kinds), for the keyboard.
  const { places: groups, visibleKinds } = model;
  const keyboardPlaces = useMemo(
    () => placeSummaries(visiblePlaces({ places: groups, visibleKinds })),
    [groups, visibleKinds],
  );
  const mapProvinces = data.mapProvinces;
  const keyboardProvinces = useMemo(() => (mapProvinces ? provinceLabels(mapProvinces.features) : []), [mapProvinces]);

  const placeClick = (key: string, hit?: SymbolHit) => {
    onPlaceClick(key);
    setHover(null);
    setCard(hit && opensCard(hit.touch, embed) ? { key, anchor: inArea(hit) } : null);
  };

  return (
    // What carries data-map-overlay lies over the map where the layout puts it there: a fitted choice keeps clear of it.
    <div ref={areaRef} className="map-area" id={MAP_AREA_ID} tabIndex={-1}>
      {keyboardPlaces.length > 0 && (
        <MapKeyboard
          places={keyboardPlaces}
          map={mapRef}
          chosenPlace={placeOf(props.selectedPlace ?? undefined)?.slug ?? null}
          searchPlace={props.searchPlace}
          describedBy={SUMMARY_ID}
          onChoose={(place) => placeClick(place.kinds[0]!.group.key)}
          provinces={keyboardProvinces}
          onChooseProvince={onProvinceClick}
        />
      )}
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
          overlays={() => areaRef.current?.querySelectorAll('[data-map-overlay]') ?? []}
          describedBy={SUMMARY_ID}
          onModeChange={onModeChange}
          onProvinceClick={onProvinceClick}
          onPlaceClick={placeClick}
          onPlaceHover={(hit) => setHover(hit && { key: hit.key, anchor: inArea(hit)! })}
          followedPlace={shownCard ? card?.key : null}
          onFollowedPlaceMove={(point) => setCard((open) => open && { ...open, anchor: inArea(point) })}
        />
      </PanelBoundary>
      {hovered && hover && !shownCard && <MapTooltip place={hovered} anchor={hover.anchor} />}
      {shownCard && card && (
        <PlaceCard
          place={shownCard}
          anchor={card.anchor}
          onClose={() => setCard(null)}
          onShowDetails={() => {
            setCard(null);
            props.onShowPlaceDetails(card.key);
          }}
        />
      )}
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
          <MapLegend kinds={teams.file.kinds} counts={teams.kindCounts} active={kindFilter} onChange={onKindFilter}>
            {props.coverage}
          </MapLegend>
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
        <QueryNote text={messages.townsUnavailable} query={townsQuery} />
      </div>
    </div>
  );
}
