// The one owner of the maplibre map: creates it once, removes it on unmount, and applies props as data and filters.
import { useEffect, useEffectEvent, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { AttributionControl, Map as MaplibreMap, NavigationControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapLayerMouseEvent } from 'maplibre-gl';
import { useQuery } from '@tanstack/react-query';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ProvincesFile } from '../../data/provinces-file';
import type { WaterFile } from '../../data/water-file';
import { townsQueryOptions } from '../../data/queries';
import { placeLabels, provinceLabels } from '../../domain/map-labels';
import {
  COUNTRY_CAMERA,
  sameCameraTarget,
  visiblePlaces,
  type CameraTarget,
  type MapModel,
} from '../../domain/map-model';
import { CAMERA_BOUNDS, ZOOM_LIMITS } from '../../domain/netherlands';
import type { ProvinceCode } from '../../domain/provinces';
import type { Camera } from '../../domain/url-state';
import { useIntl } from '../../i18n/language';
import {
  LAYER,
  COUNTRY_PADDING,
  LABEL_LAYERS,
  lngLatBounds,
  labelZoomRanges,
  NETHERLANDS_BOUNDS,
  placeLabelFeatures,
  provinceLabelFeatures,
  townFeatures,
  SOURCE,
  mapStyle,
  provinceFilter,
  provinceStepsColour,
  shadingFeatures,
  searchPlaceFeatures,
  CLUSTER_MAX_ZOOM,
  teamClusterFeatures,
  teamClusterSourceId,
  teamFeatures,
  teamIconExpression,
  teamLayerId,
  visibleTeamLayers,
  type InitialMapData,
} from './map-layers';
import { symbolOffset } from './map-look';
import { nearestSymbol } from './static-team-symbols';
import { TEAM_KINDS, type TeamKind } from '../../domain/team-kinds';
import { clustersAreDrawn } from '../../domain/place-clusters';
import { resolveMissingImages } from './missing-images';
import { maplibreLocale, relabelControls } from './map-control-texts';
import { snapshotOf, usePrintPicture, type MapSnapshot } from './map-snapshot';
import { animates, isAppMove, measureClearance, showCountry, useCameraTarget } from './use-camera-target';
import { renderMap, type RenderSize } from './map-render';
import { keepNamesInside } from './viewport-edge';
import type { ClientPoint, SymbolHit } from './symbol-point';
import { prefersReducedMotion } from './reduced-motion';
import type { Position } from '../../domain/geometry';
import { zoomsToChoice, type MapGesture } from './map-gesture';

// A same-origin worker: no blob: URL, so the Content-Security-Policy needs only worker-src 'self'.
setWorkerUrl(workerUrl);
// Start the worker now, while React still renders, rather than when the map is created.
prewarm();

export interface TeamMapProps {
  /** What to draw and where the camera should be (it moves only when the target changes). */
  model: MapModel;
  provinces: ProvincesFile | undefined;
  water: WaterFile | undefined;
  /** A view to start from instead of the whole country (from a shared link); the camera then waits for a change. */
  initialCamera: Camera | null;
  /** In an embedded page, scrolling must scroll the page: zooming needs Ctrl (or two fingers). */
  cooperativeGestures: boolean;
  /** id of an element that describes the map in words (the generated summary). */
  describedBy: string;
  /** The gesture on the SVG map that started this map: done once the map has drawn, as if made on it. */
  startGesture?: MapGesture | null;
  /** Once provinces and teams have been drawn for the first time. */
  onReady?: () => void;
  /** When the browser cannot create the map after all (WebGL refused); the caller shows something else. */
  onUnavailable?: () => void;
  onProvinceClick: (code: ProvinceCode) => void;
  /** A symbol was clicked or tapped; where it is on screen. */
  onPlaceClick: (key: string, hit: SymbolHit) => void;
  /** The symbol under the mouse, or null (left it, or the map moves). */
  onPlaceHover?: (hit: SymbolHit | null) => void;
  /** A symbol whose place on screen the caller follows (the tap card): reported after every move, null during one. */
  followedPlace?: string | null;
  onFollowedPlaceMove?: (point: ClientPoint | null) => void;
  /** After the user moved the map (not after a move the app asked for). */
  onUserMove: (camera: Camera) => void;
  /** After a move the app asked for (a choice, the way back to the whole country). */
  onAppMove?: () => void;
  /** What lies over the map (legend, buttons, notes): a fitted choice keeps clear of it. Its own controls count too. */
  overlays?: () => Iterable<Element>;
  ref?: Ref<TeamMapHandle>;
}

/** How far inside the map's edges a place focused by keyboard is kept, in CSS pixels. */
const KEEP_IN_VIEW_MARGIN = 64;

export interface TeamMapHandle {
  /** A copy of the map as drawn now, and its device pixels per CSS pixel; null before the map is ready. */
  snapshot(): MapSnapshot | null;
  /**
   * The map drawn again off screen at 2× pixel density: at its own size and camera, or with what it shows now fitted
   * into `size` (CSS pixels); null before the map is ready.
   */
  picture(size?: RenderSize): Promise<MapSnapshot | null>;
  /** Back to the initial view of the whole country (also after the user only panned or zoomed). */
  showCountry(): void;
  /** Where a point of the map is on screen now (client pixels), or null before the map is drawn. */
  pointOf(coordinates: Position): ClientPoint | null;
  /** Moves the map, if need be, so that the point is well inside it (the keyboard's focused place). */
  keepInView(coordinates: Position): void;
  /** Zooms in (by > 0) or out around the centre, as the +/− keys do. */
  zoomBy(by: number): void;
  /** Moves the view by this many CSS pixels east (x) and south (y), as Shift and an arrow key do. */
  panBy(x: number, y: number): void;
}

export function TeamMap(props: TeamMapProps) {
  const { model, provinces, water, ref } = props;
  const { visibleKinds, highlightedProvince, selectedPlaceKeys, camera } = model;
  const { messages } = useIntl();
  const { mapRegionLabel: label, attribution } = messages;
  const controlTexts = messages.share.mapControls;
  // One point per symbol; null while the teams are loading (nothing to draw yet).
  const teams = useMemo(() => model.places && teamFeatures(model.places), [model.places]);
  // Above the threshold each kind is also a clustered source (what the team layers draw); decided when the map is made.
  const [clustered] = useState(() => clustersAreDrawn(model.places?.length ?? 0));
  const teamClusters = useMemo(
    () => (clustered && model.places ? teamClusterFeatures(model.places) : undefined),
    [clustered, model.places],
  );
  // The names of the places of the kinds shown, in the order they are placed.
  const labels = useMemo(
    () => model.places && placeLabelFeatures(placeLabels(visiblePlaces({ places: model.places, visibleKinds }))),
    [model.places, visibleKinds],
  );
  const provinceNames = useMemo(
    () => provinces && provinceLabelFeatures(provinceLabels(provinces.features)),
    [provinces],
  );
  // The towns around the teams come after the first view: they are for zooming in, and must not delay it.
  const [firstViewDrawn, setFirstViewDrawn] = useState(false);
  const towns = useQuery({
    ...townsQueryOptions(),
    enabled: firstViewDrawn,
    select: (file) => townFeatures(file.towns),
  });
  const containerRef = useRef<HTMLDivElement>(null);
  // A shared view is kept until the user chooses something else.
  // Started by a gesture on the SVG map (which shows the whole country), it starts there and does the gesture, also
  // when something is chosen: the gesture, not the choice, says where the visitor wants to look. The "+" button says
  // no more than "closer": with something chosen the map goes to the choice (zoomsToChoice).
  const startsAtChoice = () => zoomsToChoice(props.startGesture, !sameCameraTarget(model.camera, COUNTRY_CAMERA));
  const startCamera = (): CameraTarget =>
    props.initialCamera || (props.startGesture && !startsAtChoice()) ? model.camera : COUNTRY_CAMERA;
  const appliedCamera = useRef(startCamera());
  const [map, setMap] = useState<MaplibreMap | null>(null);
  /** Whether onReady has been told (or will be, at the next idle) for this map. */
  const readyTold = useRef(false);
  /** What each source holds now. */
  const drawnData = useRef<InitialMapData>({});
  /** The pointer that pressed last ('touch', 'mouse', 'pen'): a tap opens a card, a mouse gets a tooltip. */
  const pointerType = useRef('');
  const hoveredKey = useRef<string | null>(null);

  /** A point of the map on screen (client pixels). */
  const clientPoint = (activeMap: MaplibreMap, [lon, lat]: readonly number[]): ClientPoint => {
    const point = activeMap.project([lon!, lat!]);
    const box = activeMap.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  };
  /** A symbol's centre on screen (with its offset beside the other kinds at its place). */
  const symbolPoint = (activeMap: MaplibreMap, key: string): ClientPoint | null => {
    const group = props.model.places?.find((g) => g.key === key);
    if (!group) return null;
    const point = clientPoint(activeMap, group.coordinates);
    return { x: point.x + symbolOffset(group), y: point.y };
  };
  /**
   * Of the team symbols (or clusters) under the pointer, the one whose centre is nearest to it: at the country's zoom
   * the symbols of neighbouring places overlap (Baarn's and Utrecht's), and the one drawn on top is not always the
   * one aimed at. The SVG map chooses the same way (nearestSymbol).
   */
  const teamAt = (activeMap: MaplibreMap, event: MapLayerMouseEvent) => {
    const features = activeMap.queryRenderedFeatures(event.point, {
      layers: visibleTeamLayers(props.model.visibleKinds),
    });
    if (features.length < 2) return features[0];
    const centres = features.flatMap((feature) => {
      const { key } = feature.properties;
      const centre =
        typeof key === 'string'
          ? symbolPoint(activeMap, key)
          : feature.geometry.type === 'Point'
            ? clientPoint(activeMap, feature.geometry.coordinates)
            : null;
      return centre ? [{ feature, ...centre }] : [];
    });
    const { clientX, clientY } = event.originalEvent;
    return nearestSymbol(centres, clientX, clientY, Infinity)?.feature ?? features[0];
  };
  const symbolHit = (activeMap: MaplibreMap, key: string): SymbolHit | null => {
    const point = symbolPoint(activeMap, key);
    return point && { ...point, key, touch: pointerType.current === 'touch' };
  };

  const handleClick = useEffectEvent((event: MapLayerMouseEvent, activeMap: MaplibreMap) => {
    const team = teamAt(activeMap, event);
    if (team?.properties.cluster && team.geometry.type === 'Point') {
      zoomIntoCluster(activeMap, team.layer.source, Number(team.properties.cluster_id), team.geometry, event);
      return;
    }
    const key = team?.properties.key;
    const hit = typeof key === 'string' ? symbolHit(activeMap, key) : null;
    if (typeof key === 'string' && hit) {
      props.onPlaceClick(key, hit);
      return;
    }
    // A click on the lakes selects no province, although the provinces' polygons run under the water.
    if (activeMap.queryRenderedFeatures(event.point, { layers: [LAYER.water] }).length > 0) return;
    // In the nearest-team view a click in a team's area chooses that team's place: the team that serves it.
    const [cell] = activeMap.queryRenderedFeatures(event.point, { layers: [LAYER.shadingFill] });
    const [site] = String(cell?.properties.siteIds ?? '').split(' ');
    const siteHit = site ? symbolHit(activeMap, site) : null;
    if (site && siteHit) {
      props.onPlaceClick(site, siteHit);
      return;
    }
    const [province] = activeMap.queryRenderedFeatures(event.point, { layers: [LAYER.provincesFill] });
    const code = province?.properties.code;
    if (typeof code === 'string') props.onProvinceClick(code as ProvinceCode);
  });
  const reportHover = useEffectEvent((activeMap: MaplibreMap, key: string | null) => {
    if (key === hoveredKey.current) return;
    hoveredKey.current = key;
    props.onPlaceHover?.(key ? symbolHit(activeMap, key) : null);
  });
  const handleHover = useEffectEvent((event: MapLayerMouseEvent, activeMap: MaplibreMap) => {
    const team = teamAt(activeMap, event);
    // The provinces are asked only where no symbol is (this runs on every mouse move).
    const target = team ?? activeMap.queryRenderedFeatures(event.point, { layers: [LAYER.provincesFill] })[0];
    activeMap.getCanvas().style.cursor = target ? 'pointer' : '';
    // A finger's tap also sends mouse moves: the card answers it, not a tooltip.
    const key = pointerType.current === 'touch' ? null : team?.properties.key;
    reportHover(activeMap, typeof key === 'string' ? key : null);
  });
  const handleFollowedMove = useEffectEvent((activeMap: MaplibreMap | null) => {
    const key = props.followedPlace;
    if (key) props.onFollowedPlaceMove?.(activeMap ? symbolPoint(activeMap, key) : null);
  });
  const handleUserMove = useEffectEvent((camera: Camera) => props.onUserMove(camera));
  const handleAppMove = useEffectEvent(() => props.onAppMove?.());
  // Measured when the camera moves: the boxes over the map may have changed since (legend folded, a note shown).
  const clearance = () => measureClearance(containerRef.current, props.overlays?.() ?? []);
  const coveringOverlays = useEffectEvent(() => props.overlays?.() ?? []);
  const handleUnavailable = useEffectEvent(() => props.onUnavailable?.());
  const handleReady = useEffectEvent(() => props.onReady?.());
  // The SVG map's gesture, done on this map as the user made it there (a user move: the URL and "Heel Nederland").
  const doStartGesture = useEffectEvent((activeMap: MaplibreMap) => {
    const gesture = props.startGesture;
    if (!gesture || startsAtChoice()) return;
    const userMove = { originalEvent: new Event('gesture') };
    if (gesture.type === 'pan') {
      activeMap.panBy([-gesture.x, -gesture.y], { animate: false }, userMove);
      return;
    }
    const box = activeMap.getContainer().getBoundingClientRect();
    const around = gesture.around && activeMap.unproject([gesture.around.x - box.left, gesture.around.y - box.top]);
    activeMap.zoomTo(activeMap.getZoom() + gesture.by, { ...(around && { around }), duration: 250 }, userMove);
  });
  const printImageRef = useRef<HTMLImageElement>(null);
  const recordClusters = useEffectEvent((activeMap: MaplibreMap, container: HTMLElement) => {
    if (clustered) recordLargestCluster(activeMap, container, props.model.visibleKinds);
  });

  const overlaysNow = props.overlays;
  useImperativeHandle(
    ref,
    () => ({
      snapshot: () => (map ? snapshotOf(map) : null),
      picture: async (size) => (map ? renderMap(map, size) : null),
      showCountry: () => {
        if (map) showCountry(map);
      },
      pointOf: (coordinates) => {
        if (!map) return null;
        const point = map.project([coordinates[0], coordinates[1]]);
        const box = map.getContainer().getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      },
      keepInView: (coordinates) => {
        if (!map) return;
        const point = map.project([coordinates[0], coordinates[1]]);
        const container = map.getContainer();
        const { clientWidth: width, clientHeight: height } = container;
        const margin = Math.min(KEEP_IN_VIEW_MARGIN, width / 4, height / 4);
        const box = container.getBoundingClientRect();
        const around = { x: box.left + point.x, y: box.top + point.y };
        // Not under the legend, a note or a button either (WCAG 2.4.11): what covers the map, as a choice's fit sees it.
        const overlays = overlaysNow?.() ?? [];
        const covered = [...container.querySelectorAll('.maplibregl-ctrl'), ...overlays].some((element) => {
          const rect = element.getBoundingClientRect();
          return (
            around.x > rect.left - margin / 2 &&
            around.x < rect.right + margin / 2 &&
            around.y > rect.top - margin / 2 &&
            around.y < rect.bottom + margin / 2
          );
        });
        const inside =
          point.x >= margin && point.y >= margin && point.x <= width - margin && point.y <= height - margin;
        if (inside && !covered) return;
        // To the middle of the part of the map that nothing covers.
        const clear = measureClearance(containerRef.current, overlays);
        const offset: [number, number] = [
          ((clear.left ?? 0) - (clear.right ?? 0)) / 2,
          ((clear.top ?? 0) - (clear.bottom ?? 0)) / 2,
        ];
        map.easeTo(
          { center: [coordinates[0], coordinates[1]], offset, duration: prefersReducedMotion() ? 0 : 300 },
          { originalEvent: new Event('keyboard') },
        );
      },
      panBy: (x, y) => {
        map?.panBy([x, y], { duration: prefersReducedMotion() ? 0 : 250 }, { originalEvent: new Event('keyboard') });
      },
      zoomBy: (by) => {
        map?.zoomTo(
          map.getZoom() + by,
          { duration: prefersReducedMotion() ? 0 : 250 },
          { originalEvent: new Event('keyboard') },
        );
      },
    }),
    [map, overlaysNow],
  );

  usePrintPicture(map, printImageRef);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let created: MaplibreMap;
    // Data that is already in goes into the style, so that the first frame can draw it (no setData round trip).
    drawnData.current = {
      provinces,
      water,
      teams: teams ?? undefined,
      placeLabels: labels ?? undefined,
      provinceLabels: provinceNames ?? undefined,
      teamClusters,
    };
    try {
      created = new MaplibreMap({
        container,
        style: mapStyle(drawnData.current),
        ...(props.initialCamera
          ? { center: props.initialCamera.center, zoom: props.initialCamera.zoom }
          : { bounds: NETHERLANDS_BOUNDS, fitBoundsOptions: { padding: COUNTRY_PADDING } }),
        cooperativeGestures: props.cooperativeGestures,
        locale: maplibreLocale(controlTexts),
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        // The camera stays where a link may put it (the URL parser accepts this box): no panning off onto blank grey.
        maxBounds: lngLatBounds(CAMERA_BOUNDS),
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
    // Team symbols (and the names' obstacles) are drawn on demand, for the kinds, counts and states the data needs.
    resolveMissingImages(created, window.devicePixelRatio || 1);
    created.on('click', (event) => handleClick(event, created));
    created.on('mousemove', (event) => handleHover(event, created));
    container.addEventListener('pointerdown', (event) => (pointerType.current = event.pointerType), true);
    created.getCanvas().addEventListener('mouseleave', () => reportHover(created, null));
    // While the map moves, a tooltip or card would point at where the symbol was: hidden, and placed again after.
    created.on('movestart', () => {
      reportHover(created, null);
      handleFollowedMove(null);
    });
    created.on('moveend', () => handleFollowedMove(created));
    // The camera as data, for tests: where a team lands on screen follows from it (tests/e2e/map-projection.ts).
    const recordCamera = () => {
      const center = created.getCenter();
      container.dataset.camera = `${created.getZoom()}/${center.lat}/${center.lng}`;
    };
    created.on('moveend', (event) => {
      recordCamera();
      const center = created.getCenter();
      if (isAppMove(event)) handleAppMove();
      if (!event.originalEvent) return;
      handleUserMove({ center: [center.lng, center.lat], zoom: created.getZoom() });
    });
    // Which names show from which zoom depends on the zoom that shows this map the whole country (its size).
    const fitLabelZooms = () => {
      const countryZoom = created.cameraForBounds(NETHERLANDS_BOUNDS, { padding: COUNTRY_PADDING })?.zoom;
      if (countryZoom === undefined) return;
      for (const [layer, minzoom, maxzoom] of labelZoomRanges(countryZoom))
        created.setLayerZoomRange(layer, minzoom, maxzoom);
    };
    created.on('load', () => {
      fitLabelZooms();
      keepNamesInside(created, coveringOverlays);
      created.on('resize', fitLabelZooms);
      // Where places are clustered a name would stand beside no symbol of its own: the places are named from the zoom
      // at which every place is its own symbol again.
      if (clustered) {
        for (const layer of [LAYER.placeLabels, LAYER.leadingPlaceLabels])
          created.setLayerZoomRange(layer, CLUSTER_MAX_ZOOM + 1, 24);
      }
      // The compact attribution opens at first; the same text is in the page footer, so start it folded.
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      recordCamera();
      setMap(created);
    });
    // The names drawn, for tests: the canvas itself cannot be read for text.
    created.on('idle', () => {
      const drawn = created.queryRenderedFeatures({ layers: [...LABEL_LAYERS] });
      for (const layer of LABEL_LAYERS) {
        const names = drawn.filter((f) => f.layer.id === layer).map((f) => String(f.properties.name));
        container.setAttribute(`data-${layer}`, [...new Set(names)].sort().join('|'));
      }
      recordClusters(created, container);
    });
    return () => {
      setMap(null);
      readyTold.current = false;
      appliedCamera.current = startCamera();
      created.remove();
    };
    // The attribution text is fixed for the map's lifetime; a language switch re-creates nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  // maplibre reads its locale once; a language switch renames its controls in place.
  useEffect(() => {
    const container = containerRef.current;
    if (map && container) relabelControls(container, controlTexts);
  }, [map, controlTexts]);

  // Data that changed (or arrived) after the map was created.
  useEffect(() => {
    if (!map) return;
    const drawn = drawnData.current;
    const sources = [
      [SOURCE.provinces, 'provinces', provinces],
      [SOURCE.water, 'water', water],
      [SOURCE.teams, 'teams', teams],
      [SOURCE.placeLabels, 'placeLabels', labels],
      [SOURCE.provinceLabels, 'provinceLabels', provinceNames],
    ] as const;
    for (const [source, key, data] of sources) {
      if (!data || drawn[key] === data) continue;
      drawn[key] = data;
      map.getSource<GeoJSONSource>(source)?.setData(data);
    }
    if (teamClusters && drawn.teamClusters !== teamClusters) {
      drawn.teamClusters = teamClusters;
      for (const kind of TEAM_KINDS)
        map.getSource<GeoJSONSource>(teamClusterSourceId(kind))?.setData(teamClusters[kind]);
    }
  }, [map, provinces, water, teams, labels, provinceNames, teamClusters]);

  useEffect(() => {
    if (map && towns.data) map.getSource<GeoJSONSource>(SOURCE.towns)?.setData(towns.data);
  }, [map, towns.data]);

  useEffect(() => {
    if (!map) return;
    for (const kind of TEAM_KINDS)
      map.setPaintProperty(teamLayerId(kind), 'icon-opacity', visibleKinds.includes(kind) ? 1 : 0);
    // Observed by the benchmark: the filter is on screen once the map has rendered and gone idle.
    map.once('idle', () => performance.mark('map-filter-drawn'));
  }, [map, visibleKinds]);

  useEffect(() => {
    for (const kind of TEAM_KINDS) {
      const icon = clustered ? teamIconExpression(selectedPlaceKeys, kind) : teamIconExpression(selectedPlaceKeys);
      map?.setLayoutProperty(teamLayerId(kind), 'icon-image', icon);
    }
  }, [map, selectedPlaceKeys, clustered]);

  const markerKey = model.searchMarker ? model.searchMarker.join(',') : '';
  useEffect(() => {
    map?.getSource<GeoJSONSource>(SOURCE.searchPlace)?.setData(searchPlaceFeatures(model.searchMarker));
    // markerKey stands for the marker: a new array with the same point needs no new data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, markerKey]);

  const { shading } = model;
  useEffect(() => {
    if (!map) return;
    map.getSource<GeoJSONSource>(SOURCE.shading)?.setData(shadingFeatures(shading));
    map.setLayoutProperty(
      LAYER.provinceSteps,
      'visibility',
      shading?.type === 'teams-per-province' ? 'visible' : 'none',
    );
    map.setPaintProperty(LAYER.provinceSteps, 'fill-color', provinceStepsColour(shading));
  }, [map, shading]);

  useEffect(() => {
    map?.setFilter(LAYER.provinceSelectedFill, provinceFilter(highlightedProvince));
    map?.setFilter(LAYER.provinceSelectedOutline, provinceFilter(highlightedProvince));
  }, [map, highlightedProvince]);

  useCameraTarget(map, camera, appliedCamera, clearance);

  // A newly followed symbol gets its place at once (unless the map is moving: then after the move).
  const followed = props.followedPlace;
  useEffect(() => {
    if (map && followed && !map.isMoving()) handleFollowedMove(map);
  }, [map, followed]);

  // Ready once provinces and teams have been drawn for the first time (map-view.tsx tells tests and the benchmark).
  const hasData = Boolean(provinces && teams);
  useEffect(() => {
    if (!map || !hasData || readyTold.current) return;
    readyTold.current = true;
    map.once('idle', () => {
      handleReady();
      setFirstViewDrawn(true);
      doStartGesture(map);
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

/** The largest cluster on screen, for tests: `x y count` in the container's pixels (the canvas cannot be queried). */
function recordLargestCluster(map: MaplibreMap, container: HTMLElement, kinds: readonly TeamKind[]): void {
  let largest: { x: number; y: number; count: number } | null = null;
  for (const feature of map.queryRenderedFeatures({ layers: visibleTeamLayers(kinds) })) {
    const count = Number(feature.properties.count);
    const kind = TEAM_KINDS.find((k) => teamLayerId(k) === feature.layer.id);
    if (!feature.properties.cluster || feature.geometry.type !== 'Point' || !kind) continue;
    if (largest && largest.count >= count) continue;
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const point = map.project([lng, lat]);
    const offset = symbolOffset({ slot: TEAM_KINDS.indexOf(kind), slots: TEAM_KINDS.length });
    largest = { x: Math.round(point.x + offset), y: Math.round(point.y), count };
  }
  if (largest) container.dataset.largestCluster = `${largest.x} ${largest.y} ${largest.count}`;
  else delete container.dataset.largestCluster;
}

/**
 * A click on a cluster: the camera eases, centred on it, to the zoom at which it falls apart (maplibre's own answer,
 * getClusterExpansionZoom); a user's move, like any zoom (the URL keeps the view).
 */
function zoomIntoCluster(
  map: MaplibreMap,
  source: string,
  clusterId: number,
  point: GeoJSON.Point,
  event: MapLayerMouseEvent,
): void {
  const [lng = 0, lat = 0] = point.coordinates;
  void map
    .getSource<GeoJSONSource>(source)
    ?.getClusterExpansionZoom(clusterId)
    .then((expansion) => {
      // The answer can be the zoom the map already shows (between whole zooms it draws a whole zoom's clusters):
      // at least one step in, so that every click does something (a known trait of supercluster's expansion zoom).
      const zoom = Math.min(ZOOM_LIMITS.max, Math.max(expansion, map.getZoom() + 1));
      map.easeTo(
        { center: [lng, lat], zoom, duration: animates(map) ? 400 : 0 },
        { originalEvent: event.originalEvent },
      );
    })
    .catch(() => undefined);
}
