// The one owner of the maplibre map: creates it once, removes it on unmount, and applies props as data and filters.
import { useEffect, useEffectEvent, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { AttributionControl, Map as MaplibreMap, NavigationControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ProvincesFile } from '../../data/provinces-file';
import type { WaterFile } from '../../data/water-file';
import type { Bounds } from '../../domain/geometry';
import { ZOOM_LIMITS } from '../../domain/netherlands';
import type { ProvinceCode } from '../../domain/provinces';
import type { TeamKind } from '../../domain/team-kinds';
import type { Camera } from '../../domain/url-state';
import type { MapControlTexts } from '../../i18n/share-messages';
import {
  LAYER,
  COUNTRY_PADDING,
  NETHERLANDS_BOUNDS,
  SOURCE,
  mapStyle,
  provinceFilter,
  searchPlaceFeatures,
  TEAM_LAYERS,
  teamIconExpression,
  teamLayerId,
  visibleTeamLayers,
  type InitialMapData,
} from './map-layers';
import { TEAM_KINDS } from '../../domain/team-kinds';
import { drawTeamIcon, parseTeamIconId } from './team-icons';
import { prefersReducedMotion } from './reduced-motion';

// A same-origin worker: no blob: URL, so the Content-Security-Policy needs only worker-src 'self'.
setWorkerUrl(workerUrl);
// Start the worker now, while React still renders, rather than when the map is created.
prewarm();

export interface TeamMapProps {
  provinces: ProvincesFile | undefined;
  water: WaterFile | undefined;
  teams: GeoJSON.FeatureCollection<GeoJSON.Point> | undefined;
  visibleKinds: readonly TeamKind[];
  highlightedProvince: ProvinceCode | null;
  selectedPlaceKeys: readonly string[];
  /** A searched place, drawn as a marker; null draws none. */
  placeMarker?: readonly [number, number] | null;
  /** Where the camera should go (null bounds: the whole country); it moves only when `focusKey` changes. */
  focus: Bounds | null;
  focusKey: string;
  /** A view to start from instead of the whole country (from a shared link); the focus then waits for a change. */
  initialCamera: Camera | null;
  /** In an embedded page, scrolling must scroll the page: zooming needs Ctrl (or two fingers). */
  cooperativeGestures: boolean;
  /** maplibre's own control texts (zoom buttons, attribution) in the page's language. */
  controlTexts: MapControlTexts;
  label: string;
  /** id of an element that describes the map in words (the generated summary). */
  describedBy: string;
  attribution: string;
  /** Once provinces and teams have been drawn for the first time. */
  onReady?: () => void;
  /** When the browser cannot create the map after all (WebGL refused); the caller shows something else. */
  onUnavailable?: () => void;
  onProvinceClick: (code: ProvinceCode) => void;
  onPlaceClick: (key: string) => void;
  /** After the user moved the map (not after a move the app asked for). */
  onUserMove: (camera: Camera) => void;
  ref?: Ref<TeamMapHandle>;
}

export interface TeamMapHandle {
  /** A copy of the map as drawn now, and its device pixels per CSS pixel; null before the map is ready. */
  snapshot(): { canvas: HTMLCanvasElement; scale: number } | null;
}

function snapshotOf(map: MaplibreMap): { canvas: HTMLCanvasElement; scale: number } {
  // A synchronous redraw leaves the drawing buffer readable until this task ends (no preserveDrawingBuffer needed).
  map.redraw();
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return { canvas: copy, scale: source.width / Math.max(1, source.clientWidth) };
}

function maplibreLocale(texts: MapControlTexts): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': texts.zoomIn,
    'NavigationControl.ZoomOut': texts.zoomOut,
    'AttributionControl.ToggleAttribution': texts.toggleAttribution,
    'CooperativeGesturesHandler.WindowsHelpText': texts.cooperativeGestures.windows,
    'CooperativeGesturesHandler.MacHelpText': texts.cooperativeGestures.mac,
    'CooperativeGesturesHandler.MobileHelpText': texts.cooperativeGestures.mobile,
  };
}

export function TeamMap(props: TeamMapProps) {
  const {
    provinces,
    water,
    teams,
    visibleKinds,
    highlightedProvince,
    selectedPlaceKeys,
    focus,
    focusKey,
    label,
    attribution,
  } = props;
  const { ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  // A shared view is kept until the user chooses something else.
  const appliedFocus = useRef(props.initialCamera ? focusKey : 'country');
  const [map, setMap] = useState<MaplibreMap | null>(null);
  /** What each source holds now. */
  const drawnData = useRef<InitialMapData>({});

  const handleClick = useEffectEvent((event: MapLayerMouseEvent, activeMap: MaplibreMap) => {
    const [team] = activeMap.queryRenderedFeatures(event.point, { layers: visibleTeamLayers(props.visibleKinds) });
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
  const handleHover = useEffectEvent((event: MapLayerMouseEvent, activeMap: MaplibreMap) => {
    const hits = activeMap.queryRenderedFeatures(event.point, {
      layers: [...visibleTeamLayers(props.visibleKinds), LAYER.provincesFill],
    });
    activeMap.getCanvas().style.cursor = hits.length > 0 ? 'pointer' : '';
  });
  const handleUserMove = useEffectEvent((camera: Camera) => props.onUserMove(camera));
  const handleUnavailable = useEffectEvent(() => props.onUnavailable?.());
  const handleReady = useEffectEvent(() => props.onReady?.());
  const printImageRef = useRef<HTMLImageElement>(null);

  useImperativeHandle(ref, () => ({ snapshot: () => (map ? snapshotOf(map) : null) }), [map]);

  // A WebGL canvas does not print reliably: print a picture of it instead (see the print styles).
  useEffect(() => {
    if (!map) return;
    const beforePrint = () => {
      const image = printImageRef.current;
      if (image) image.src = snapshotOf(map).canvas.toDataURL('image/png');
    };
    const afterPrint = () => printImageRef.current?.removeAttribute('src');
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [map]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let created: MaplibreMap;
    // Data that is already in goes into the style, so that the first frame can draw it (no setData round trip).
    drawnData.current = { provinces, water, teams };
    try {
      created = new MaplibreMap({
        container,
        style: mapStyle(drawnData.current),
        ...(props.initialCamera
          ? { center: props.initialCamera.center, zoom: props.initialCamera.zoom }
          : { bounds: NETHERLANDS_BOUNDS, fitBoundsOptions: { padding: COUNTRY_PADDING } }),
        cooperativeGestures: props.cooperativeGestures,
        locale: maplibreLocale(props.controlTexts),
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxZoom: ZOOM_LIMITS.max,
        minZoom: ZOOM_LIMITS.min,
        // Symbols appear at once: no fade-in, so the map is ready (idle) as soon as it has drawn.
        fadeDuration: 0,
      });
    } catch (error) {
      console.warn('De kaart kon niet worden gemaakt:', error);
      handleUnavailable();
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
    created.on('mousemove', (event) => handleHover(event, created));
    created.on('moveend', (event) => {
      if (!event.originalEvent) return;
      const center = created.getCenter();
      handleUserMove({ center: [center.lng, center.lat], zoom: created.getZoom() });
    });
    created.on('load', () => {
      // The compact attribution opens at first; the same text is in the page footer, so start it folded.
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      setMap(created);
    });
    return () => {
      setMap(null);
      appliedFocus.current = props.initialCamera ? focusKey : 'country';
      created.remove();
    };
    // The attribution text is fixed for the map's lifetime; a language switch re-creates nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  // maplibre reads its locale once; a language switch renames its controls in place.
  const { controlTexts } = props;
  useEffect(() => {
    const container = containerRef.current;
    if (!map || !container) return;
    const labels: [selector: string, text: string][] = [
      ['.maplibregl-ctrl-zoom-in', controlTexts.zoomIn],
      ['.maplibregl-ctrl-zoom-out', controlTexts.zoomOut],
      ['.maplibregl-ctrl-attrib-button', controlTexts.toggleAttribution],
    ];
    for (const [selector, text] of labels) {
      container.querySelector(selector)?.setAttribute('title', text);
      container.querySelector(selector)?.setAttribute('aria-label', text);
    }
    const gestures = controlTexts.cooperativeGestures;
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    const desktop = container.querySelector('.maplibregl-desktop-message');
    if (desktop) desktop.textContent = mac ? gestures.mac : gestures.windows;
    const mobile = container.querySelector('.maplibregl-mobile-message');
    if (mobile) mobile.textContent = gestures.mobile;
  }, [map, controlTexts]);

  // Data that changed (or arrived) after the map was created.
  useEffect(() => {
    if (!map) return;
    const drawn = drawnData.current;
    const sources = [
      [SOURCE.provinces, 'provinces', provinces],
      [SOURCE.water, 'water', water],
      [SOURCE.teams, 'teams', teams],
    ] as const;
    for (const [source, key, data] of sources) {
      if (!data || drawn[key] === data) continue;
      drawn[key] = data;
      map.getSource<GeoJSONSource>(source)?.setData(data);
    }
  }, [map, provinces, water, teams]);

  useEffect(() => {
    if (!map) return;
    for (const kind of TEAM_KINDS)
      map.setPaintProperty(teamLayerId(kind), 'icon-opacity', visibleKinds.includes(kind) ? 1 : 0);
    // Observed by the benchmark: the filter is on screen once the map has rendered and gone idle.
    map.once('idle', () => performance.mark('map-filter-drawn'));
  }, [map, visibleKinds]);

  useEffect(() => {
    for (const layer of TEAM_LAYERS) map?.setLayoutProperty(layer, 'icon-image', teamIconExpression(selectedPlaceKeys));
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

  useEffect(() => {
    // Wait for the bounds (the data may still be loading) unless the target is the whole country.
    if (!map || appliedFocus.current === focusKey || (!focus && focusKey !== 'country')) return;
    appliedFocus.current = focusKey;
    const animate = !prefersReducedMotion();
    if (focus) {
      map.fitBounds(
        [
          [focus[0], focus[1]],
          [focus[2], focus[3]],
        ],
        { padding: 40, maxZoom: 10, animate, duration: 600 },
      );
    } else {
      // Same padding as the initial view, so "reset" returns exactly there. (An explicit maxZoom of undefined
      // would make maplibre compute NaN.)
      map.fitBounds(NETHERLANDS_BOUNDS, { padding: COUNTRY_PADDING, animate, duration: 600 });
    }
    // focusKey stands for focus: new bounds for the same choice must not move the camera.
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
      handleReady();
    });
  }, [map, hasData]);

  return (
    <>
      {/* The highlighted symbols as data, for tests: the canvas itself cannot be queried. */}
      <div ref={containerRef} className="team-map__canvas" data-selected-places={selectedPlaceKeys.join(' ')} />
      <img ref={printImageRef} className="team-map__print" alt="" aria-hidden="true" />
    </>
  );
}
