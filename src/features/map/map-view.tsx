// The map area's picture: the static SVG map at once, the WebGL map (loaded on demand) once it has drawn, and the
// static map for good where the browser has no WebGL or the WebGL map cannot load.
import { lazy, Suspense, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { useIntl } from '../../i18n/language';
import { PanelBoundary } from '../../components/panel-boundary';
import type { TeamMapProps } from './team-map';
import { StaticTeamMap } from './static-team-map';
import { supportsWebGL2 } from './webgl-support';
import { afterFirstPaint } from '../../lib/after-first-paint';

// maplibre is most of the page's weight: it loads in its own chunk (index.html preloads it), so the page and the
// static map need not wait for it. It is evaluated right after the first paint, not when React first draws the
// map; and not at all in a browser without WebGL, which could not use it.
const loadTeamMap = () => import('./team-map');
const teamMapModule = afterFirstPaint().then(() => (supportsWebGL2() ? loadTeamMap() : null));
const TeamMap = lazy(async () => ({ default: ((await teamMapModule) ?? (await loadTeamMap())).TeamMap }));

export type MapMode = 'loading' | 'webgl' | 'static';

export interface MapViewProps extends Omit<TeamMapProps, 'onReady' | 'onUnavailable'> {
  /** The static map that index.html brought (rendered at build time), shown until the data has loaded. */
  firstView: Element | null;
  /** Told when the map settles: WebGL map drawn, or static map for good. */
  onModeChange?: (mode: MapMode) => void;
}

export function MapView(props: MapViewProps) {
  const { firstView, onModeChange, ...mapProps } = props;
  const { messages } = useIntl();
  const webGL = supportsWebGL2();
  const [mode, setMode] = useState<MapMode>(webGL ? 'loading' : 'static');
  const reportMode = useEffectEvent((settled: MapMode) => onModeChange?.(settled));
  useEffect(() => reportMode(mode), [mode]);

  const isStatic = mode === 'static';
  const { model, provinces, water } = mapProps;
  // The static map for good is ready once it has its data, as the WebGL map is once drawn (tests and the benchmark
  // wait for `data-map-ready` and the `map-ready` mark, whichever picture it is).
  const staticReady = isStatic && Boolean(provinces && model.places);
  useEffect(() => {
    if (staticReady) performance.mark('map-ready');
  }, [staticReady]);
  const picture =
    provinces && model.places ? (
      <StaticTeamMap
        model={model}
        provinces={provinces.features}
        water={water?.features ?? []}
        {...(isStatic && {
          label: messages.mapRegionLabel,
          describedBy: mapProps.describedBy,
          onProvinceClick: mapProps.onProvinceClick,
          onPlaceClick: mapProps.onPlaceClick,
          onPlaceHover: mapProps.onPlaceHover,
        })}
      />
    ) : (
      firstView && <AdoptedElement element={firstView} />
    );

  return (
    <div className="team-map" data-map-mode={mode} data-map-ready={staticReady ? 'true' : undefined}>
      {mode !== 'webgl' && <div className="team-map__static">{picture}</div>}
      {!isStatic && (
        <PanelBoundary message={messages.mapFailed} retryLabel={messages.retry} onError={() => setMode('static')}>
          <Suspense fallback={null}>
            <TeamMap {...mapProps} onReady={() => setMode('webgl')} onUnavailable={() => setMode('static')} />
          </Suspense>
        </PanelBoundary>
      )}
      {isStatic && (
        <p className="team-map__unavailable" role="status">
          {webGL ? messages.mapFailed : messages.mapUnavailable}
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
