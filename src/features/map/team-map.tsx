// The one owner of the maplibre map: creates it once, removes it on unmount, and applies props as data and filters.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { AttributionControl, Map as MaplibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ProvincesFile } from '../../data/provinces-file';
import type { WaterFile } from '../../data/water-file';
import type { Bounds } from '../../domain/geometry';
import type { ProvinceCode } from '../../domain/provinces';
import type { TeamKind } from '../../domain/team-kinds';
import {
  LAYER,
  COUNTRY_PADDING,
  NETHERLANDS_BOUNDS,
  SOURCE,
  mapStyle,
  provinceFilter,
  searchPlaceFeatures,
  teamIconExpression,
  visibleKindsFilter,
} from './map-layers';
import { drawTeamIcon, parseTeamIconId } from './team-icons';
import { prefersReducedMotion } from './reduced-motion';
import { supportsWebGL2 } from './webgl-support';

// A same-origin worker: no blob: URL, so the Content-Security-Policy needs only worker-src 'self'.
setWorkerUrl(workerUrl);

export interface TeamMapProps {
  provinces: ProvincesFile | undefined;
  water: WaterFile | undefined;
  teams: GeoJSON.FeatureCollection<GeoJSON.Point> | undefined;
  visibleKinds: readonly TeamKind[];
  highlightedProvince: ProvinceCode | null;
  selectedPlaceKeys: readonly string[];
  /** A searched place, drawn as a marker; null draws none. */
  placeMarker?: readonly [number, number] | null;
  /** Where the camera should go; null is the whole country. */
  focus: Bounds | null;
  label: string;
  /** id of an element that describes the map in words (the generated summary). */
  describedBy: string;
  attribution: string;
  /** Shown instead of the map when the browser cannot create it (no WebGL). */
  unavailableText: string;
  onProvinceClick: (code: ProvinceCode) => void;
  onPlaceClick: (key: string) => void;
}

export function TeamMap(props: TeamMapProps) {
  const { provinces, water, teams, visibleKinds, highlightedProvince, selectedPlaceKeys, focus, label, attribution } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const appliedFocus = useRef('country');
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [unavailable, setUnavailable] = useState(() => !supportsWebGL2());

  const handleClick = useEffectEvent((event: MapLayerMouseEvent, activeMap: MaplibreMap) => {
    const [team] = activeMap.queryRenderedFeatures(event.point, { layers: [LAYER.teams] });
    const key = team?.properties.key;
    if (typeof key === 'string') {
      props.onPlaceClick(key);
      return;
    }
    // A click on the lakes selects no province, although the provinces' polygons run under the water.
    if (activeMap.queryRenderedFeatures(event.point, { layers: [LAYER.water] }).length > 0) return;
    const [province] = activeMap.queryRenderedFeatures(event.point, { layers: [LAYER.provincesFill] });
    const code = province?.properties.code;
    if (typeof code === 'string') props.onProvinceClick(code as ProvinceCode);
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container || unavailable) return;
    let created: MaplibreMap;
    try {
      created = new MaplibreMap({
        container,
        style: mapStyle(),
        bounds: NETHERLANDS_BOUNDS,
        fitBoundsOptions: { padding: COUNTRY_PADDING },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxZoom: 13,
        minZoom: 5,
      });
    } catch (error) {
      console.warn('De kaart kon niet worden gemaakt:', error);
      queueMicrotask(() => setUnavailable(true));
      return;
    }
    // The canvas is the keyboard-focusable part of the map (arrow keys pan, +/- zoom): name and describe it.
    const canvas = created.getCanvas();
    canvas.setAttribute('aria-label', label);
    canvas.setAttribute('aria-describedby', props.describedBy);
    created.touchZoomRotate.disableRotation();
    created.keyboard.disableRotation();
    created.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    created.addControl(new AttributionControl({ compact: true, customAttribution: attribution }), 'bottom-right');
    // Team symbols are drawn on demand, for the kinds, counts and selection states that the data needs.
    created.setMissingStyleImageResolver((id) => {
      const icon = parseTeamIconId(id);
      const drawn = icon && drawTeamIcon(icon, window.devicePixelRatio || 1);
      if (drawn && !created.hasImage(id)) created.addImage(id, drawn.image, drawn.options);
    });
    created.on('click', (event) => handleClick(event, created));
    created.on('mousemove', (event) => {
      const hits = created.queryRenderedFeatures(event.point, { layers: [LAYER.teams, LAYER.provincesFill] });
      created.getCanvas().style.cursor = hits.length > 0 ? 'pointer' : '';
    });
    created.on('load', () => {
      // The compact attribution opens at first; the same text is in the page footer, so start it folded.
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      setMap(created);
    });
    return () => {
      setMap(null);
      appliedFocus.current = 'country';
      created.remove();
    };
    // The attribution text is fixed for the map's lifetime; a language switch re-creates nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  useEffect(() => {
    if (map && provinces) map.getSource<GeoJSONSource>(SOURCE.provinces)?.setData(provinces);
  }, [map, provinces]);

  useEffect(() => {
    if (map && water) map.getSource<GeoJSONSource>(SOURCE.water)?.setData(water);
  }, [map, water]);

  useEffect(() => {
    if (map && teams) map.getSource<GeoJSONSource>(SOURCE.teams)?.setData(teams);
  }, [map, teams]);

  useEffect(() => {
    if (!map) return;
    map.setFilter(LAYER.teams, visibleKindsFilter(visibleKinds));
    // Observed by the benchmark: the filter is on screen once the map has rendered and gone idle.
    map.once('idle', () => performance.mark('map-filter-drawn'));
  }, [map, visibleKinds]);

  useEffect(() => {
    map?.setLayoutProperty(LAYER.teams, 'icon-image', teamIconExpression(selectedPlaceKeys));
  }, [map, selectedPlaceKeys]);

  const markerKey = props.placeMarker ? props.placeMarker.join(',') : '';
  useEffect(() => {
    map?.getSource<GeoJSONSource>(SOURCE.searchPlace)?.setData(searchPlaceFeatures(props.placeMarker ?? null));
    // markerKey stands for placeMarker: a new array with the same point needs no new data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, markerKey]);

  useEffect(() => {
    map?.setFilter(LAYER.provinceSelectedFill, provinceFilter(highlightedProvince));
    map?.setFilter(LAYER.provinceSelectedOutline, provinceFilter(highlightedProvince));
  }, [map, highlightedProvince]);

  const focusKey = focus ? focus.join(',') : 'country';
  useEffect(() => {
    if (!map || appliedFocus.current === focusKey) return;
    appliedFocus.current = focusKey;
    const animate = !prefersReducedMotion();
    if (focus) {
      map.fitBounds([[focus[0], focus[1]], [focus[2], focus[3]]], { padding: 40, maxZoom: 10, animate, duration: 600 });
    } else {
      // Same padding as the initial view, so "reset" returns exactly there. (An explicit maxZoom of undefined
      // would make maplibre compute NaN.)
      map.fitBounds(NETHERLANDS_BOUNDS, { padding: COUNTRY_PADDING, animate, duration: 600 });
    }
    // focusKey stands for focus: a new array with the same bounds must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, focusKey]);

  // Ready once provinces and teams have been drawn for the first time (observed by tests and the benchmark).
  const hasData = Boolean(provinces && teams);
  useEffect(() => {
    if (!map || !hasData) return;
    const container = containerRef.current;
    if (!container || container.dataset.mapReady === 'true') return;
    map.once('idle', () => {
      container.dataset.mapReady = 'true';
      performance.mark('map-ready');
    });
  }, [map, hasData]);

  return (
    <div className="team-map">
      {/* The highlighted symbols as data, for tests: the canvas itself cannot be queried. */}
      <div ref={containerRef} className="team-map__canvas" data-selected-places={selectedPlaceKeys.join(' ')} />
      {unavailable && (
        <p className="team-map__unavailable" role="alert">
          {props.unavailableText}
        </p>
      )}
    </div>
  );
}
