// The map area's picture. The SVG map answers clicks and taps as soon as the data is in; the WebGL map (maplibre) is
// started only when it serves the visitor: the first zoom or pan gesture, a click on a cluster of many teams, a view
// the SVG map cannot show (a shared camera; on a desktop also a choice or a search), a PNG export, or on a desktop once
// the page has been quiet. It takes over with the same selection, filter and names, and does what the gesture asked.
// Without WebGL the SVG map stays.
import {
  lazy,
  Suspense,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useIntl } from '../../i18n/language';
import { PanelBoundary } from '../../components/panel-boundary';
import { webglNeed } from '../../domain/map-renderer';
import { afterNextPaint, whenQuiet } from '../../lib/after-first-paint';
import type { TeamMapHandle, TeamMapProps } from './team-map';
import { StaticTeamMap, svgClientPoint } from './static-team-map';
import { StaticZoomButtons } from './static-zoom-buttons';
import { supportsWebGL2 } from './webgl-support';
import { fetchMapFilesAhead } from './map-files';
import { useMapGestures, type MapGesture } from './map-gesture';
import type { ClientPoint } from './symbol-point';

// maplibre is most of the page's weight: its chunk is imported only when the WebGL map is started.
const TeamMap = lazy(async () => ({ default: (await import('./team-map')).TeamMap }));

/**
 * 'loading': no data yet (the build-time picture from index.html); 'svg': the SVG map answers, the WebGL map has not
 * drawn (yet); 'webgl': the WebGL map has drawn; 'static': the SVG map for good (no WebGL, or the map failed).
 */
export type MapMode = 'loading' | 'svg' | 'webgl' | 'static';

/** How long the page must have been quiet (after the map is usable) before the WebGL map's files are fetched ahead. */
const QUIET_MS = 2000;

/**
 * How many zoom levels a click on a cluster of the SVG map zooms in (on the WebGL map it starts): its grid cell then
 * spans 16 times the area on screen, and the WebGL map's own clusters (map-layers.ts) break up into smaller ones.
 */
const CLUSTER_ZOOM_STEP = 2;

/**
 * A desktop (mouse, hover) can afford the WebGL map's start in an idle moment, and for a choice; a phone waits for a
 * gesture (a tap must never wait for maplibre).
 */
function isRoomy(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(hover: hover) and (pointer: fine)').matches;
}

export interface MapViewProps extends Omit<TeamMapProps, 'onReady' | 'onUnavailable' | 'startGesture'> {
  /** The static map that index.html brought (rendered at build time), shown until the data has loaded. */
  firstView: Element | null;
  /** Told when the picture changes: SVG map usable, WebGL map drawn, SVG map for good. */
  onModeChange?: (mode: MapMode) => void;
}

export function MapView(props: MapViewProps) {
  const { firstView, onModeChange, ref, ...mapProps } = props;
  const { model, provinces, water, initialCamera } = mapProps;
  const { messages } = useIntl();
  /** null: not asked yet (asking makes a WebGL context, so it waits until the answer matters). */
  const [webGL, setWebGL] = useState<boolean | null>(null);
  /**
   * Who asked for the WebGL map: the visitor (a gesture, +/−, the PNG export), or the page itself once quiet on a
   * desktop, where nobody waits for it (no note). A visitor's ask is not undone by the quiet one that may follow.
   */
  const [askedBy, setAskedBy] = useState<'visitor' | 'quiet' | null>(null);
  const [started, setStarted] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const [failed, setFailed] = useState(false);
  const [gesture, setGesture] = useState<MapGesture | null>(null);
  const teamMap = useRef<TeamMapHandle>(null);
  const staticRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const hasData = Boolean(provinces && model.places);
  const need = hasData ? webglNeed(model, initialCamera !== null, isRoomy()) : null;
  const wanted = (askedBy !== null || need !== null) && webGL !== false && !failed;
  const mode: MapMode =
    webGL === false || failed ? (hasData ? 'static' : 'loading') : drawn ? 'webgl' : hasData ? 'svg' : 'loading';

  const reportMode = useEffectEvent((settled: MapMode) => onModeChange?.(settled));
  useEffect(() => reportMode(mode), [mode]);

  // Asked for: make sure the browser can, then start the WebGL map after the next paint, so that whatever answered
  // the visitor (a card, the details, the note below) is on screen before maplibre takes the main thread.
  useEffect(() => {
    if (!wanted || started) return;
    let cancelled = false;
    void afterNextPaint().then(() => {
      if (cancelled) return;
      const can = webGL ?? supportsWebGL2();
      setWebGL(can);
      if (can) setStarted(true);
    });
    return () => {
      cancelled = true;
    };
  }, [wanted, started, webGL]);

  // Usable: the readiness contract (tests and the benchmark wait for `data-map-ready` and the `map-ready` mark).
  const usable = mode === 'svg' || mode === 'webgl' || (mode === 'static' && hasData);
  useEffect(() => {
    if (usable && performance.getEntriesByName('map-ready').length === 0) performance.mark('map-ready');
  }, [usable]);
  useEffect(() => {
    if (drawn) performance.mark('webgl-ready');
  }, [drawn]);

  // Once the page has been quiet: the WebGL map's files into the cache, and on a desktop the WebGL map itself.
  useEffect(() => {
    if (mode !== 'svg') return;
    return whenQuiet(QUIET_MS, () => {
      const can = supportsWebGL2();
      setWebGL(can);
      if (!can) return;
      fetchMapFilesAhead();
      if (isRoomy()) setAskedBy((by) => by ?? 'quiet');
    });
  }, [mode]);

  // The filter drawn (observed by the benchmark); the WebGL map sets the mark itself once it has drawn.
  const { visibleKinds } = model;
  useEffect(() => {
    if (mode === 'webgl') return;
    let current = true;
    void afterNextPaint().then(() => {
      if (current) performance.mark('map-filter-drawn');
    });
    return () => {
      current = false;
    };
    // Only a new filter is measured, not a change of picture.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visibleKinds]);

  const askForWebGL = (next: MapGesture | null) => {
    if (next) setGesture(next);
    setAskedBy('visitor');
  };
  const canZoom = mode === 'svg' && webGL !== false;
  useMapGestures(staticRef, mapProps.cooperativeGestures, canZoom ? askForWebGL : null);

  // A PNG export needs the WebGL map: it waits for it.
  const waiting = useRef<((map: TeamMapHandle | null) => void)[]>([]);
  useEffect(() => {
    if (!drawn && mode !== 'static') return;
    for (const resolve of waiting.current.splice(0)) resolve(drawn ? teamMap.current : null);
  }, [drawn, mode]);
  useImperativeHandle(
    ref,
    (): TeamMapHandle => ({
      snapshot: () => teamMap.current?.snapshot() ?? null,
      picture: async (size) => {
        let map = drawn ? teamMap.current : null;
        if (!map && mode !== 'static') {
          askForWebGL(null);
          map = await new Promise<TeamMapHandle | null>((resolve) => waiting.current.push(resolve));
        }
        return map ? map.picture(size) : null;
      },
      showCountry: () => teamMap.current?.showCountry(),
      pointOf: (coordinates) => {
        if (drawn) return teamMap.current?.pointOf(coordinates) ?? null;
        const svg = staticRef.current?.querySelector<SVGSVGElement>('svg.static-map');
        return svg ? svgClientPoint(svg, coordinates) : null;
      },
      // The SVG map always shows the whole country.
      keepInView: (coordinates) => {
        if (drawn) teamMap.current?.keepInView(coordinates);
      },
      // On the SVG map a pan starts the WebGL map, which then makes it (a drag by the opposite amount).
      panBy: (x, y) => {
        if (drawn) teamMap.current?.panBy(x, y);
        else if (canZoom) askForWebGL({ type: 'pan', x: -x, y: -y });
      },
      zoomBy: (by) => {
        if (drawn) teamMap.current?.zoomBy(by);
        else if (canZoom) askForWebGL({ type: 'zoom', by, around: null });
      },
    }),
    [drawn, mode, canZoom],
  );

  // A keyboard user who pressed a zoom button keeps the focus on the same button of the WebGL map.
  const focusedZoom = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (mode !== 'webgl' || focusedZoom.current === null) return;
    const selector = focusedZoom.current > 0 ? '.maplibregl-ctrl-zoom-in' : '.maplibregl-ctrl-zoom-out';
    rootRef.current?.querySelector<HTMLElement>(selector)?.focus();
    focusedZoom.current = null;
  }, [mode]);

  const interactive = mode === 'svg' || mode === 'static';
  const picture = hasData ? (
    <StaticTeamMap
      model={model}
      provinces={provinces!.features}
      water={water?.features ?? []}
      {...(interactive && {
        label: messages.mapRegionLabel,
        describedBy: mapProps.describedBy,
        onProvinceClick: mapProps.onProvinceClick,
        onPlaceClick: mapProps.onPlaceClick,
        onPlaceHover: mapProps.onPlaceHover,
      })}
      {...(canZoom && {
        onClusterClick: (around: ClientPoint) => askForWebGL({ type: 'zoom', by: CLUSTER_ZOOM_STEP, around }),
      })}
    />
  ) : (
    firstView && <AdoptedElement element={firstView} />
  );

  return (
    <div
      ref={rootRef}
      className="team-map"
      data-map-mode={mode}
      data-map-ready={usable ? 'true' : undefined}
      data-webgl-ready={drawn ? 'true' : undefined}
    >
      {mode !== 'webgl' && (
        <div ref={staticRef} className="team-map__static">
          {picture}
        </div>
      )}
      {canZoom && (
        <div
          onFocus={(event) => (focusedZoom.current = Number((event.target as HTMLElement).dataset.zoom) || null)}
          onBlur={() => (focusedZoom.current = null)}
        >
          <StaticZoomButtons onZoom={askForWebGL} busy={started} />
        </div>
      )}
      {/* Only where someone waits for it: the visitor's zoom, or a link to a view closer in. */}
      {mode === 'svg' && started && askedBy !== 'quiet' && (
        <p className="team-map__switching" role="status">
          {messages.mapLoading}
        </p>
      )}
      {started && !failed && (
        <PanelBoundary message={messages.mapFailed} retryLabel={messages.retry} onError={() => setFailed(true)}>
          <Suspense fallback={null}>
            <TeamMap
              {...mapProps}
              ref={teamMap}
              startGesture={gesture}
              onReady={() => setDrawn(true)}
              onUnavailable={() => setFailed(true)}
            />
          </Suspense>
        </PanelBoundary>
      )}
      {mode === 'static' && (
        <p className="team-map__unavailable" role="status">
          {webGL === false ? messages.mapUnavailable : messages.mapFailed}
        </p>
      )}
    </div>
  );
}

/** Shows an element that React did not make (the build-time map from index.html) by moving it into place. */
function AdoptedElement({ element }: { element: Element }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    host.current?.append(element);
    return () => element.remove();
  }, [element]);
  return <div ref={host} className="team-map__adopted" />;
}
