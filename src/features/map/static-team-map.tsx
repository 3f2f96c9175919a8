// The map as a plain SVG, without WebGL: shown at once (rendered into index.html at build time), while the WebGL
// map loads, and instead of it where the browser has no WebGL. Same projection, colours and symbols as the map.
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type RefObject } from 'react';
import type { ProvinceFeature } from '../../data/provinces-file';
import type { WaterFile } from '../../data/water-file';
import type { Box } from '../../domain/map-labels';
import { visiblePlaces, type MapModel } from '../../domain/map-model';
import type { ProvinceCode } from '../../domain/provinces';
import { areaPath, fitProjection, type AreaGeometry } from '../../domain/web-mercator';
import { clipToBox, simplifyLine, type Bounds, type Position } from '../../domain/geometry';
import { COUNTRY_BOUNDS } from '../../domain/netherlands';
import { CLUSTER_CELL, clustersAreDrawn, placeClusters } from '../../domain/place-clusters';
import type { PlaceGroup } from '../../domain/team-places';
import type { TeamKind } from '../../domain/team-kinds';
import { COLOURS, symbolOffset } from './map-look';
import { areaColour, areaEdgeColour, provinceShade } from '../../components/shading-look';
import { round, symbolAt, TeamSymbols, type PlacedSymbol } from './static-team-symbols';
import type { ClientPoint, SymbolHit } from './symbol-point';
import { StaticMapLabels, staticLabels } from './static-map-labels';
import './map.css';

/** Drawing units across; at this width on screen a symbol is as large as on the WebGL map. */
const VIEW_WIDTH = 800;
/**
 * The sizes (drawing units per screen pixel, as pictureFit gives them) at which index.html's first view carries
 * its symbols and names: a wide picture's (a desktop: about 1.3), and a phone's or a small embed's (2.5, the largest
 * scale). map.css picks one by the size of the picture's box (FIRST_VIEW_NARROW_BELOW).
 */
export const FIRST_VIEW_SCALES = [1.3, 2.5] as const;
/** The fitted picture's width on screen below which the first view shows its phone-sized symbols and names. */
export const FIRST_VIEW_NARROW_BELOW = 420;
const projection = fitProjection(COUNTRY_BOUNDS, VIEW_WIDTH);
/**
 * The neighbouring land's outline may be off by this many degrees (about a drawing unit): context, and fewer
 * bytes in index.html. Its edge of its own colour, a little wider, closes the gaps this leaves along the border.
 */
const ABROAD_TOLERANCE = 0.005;
const ABROAD_EDGE = 4;

/**
 * What the picture can show around the country: it overflows its box up to the map area's edges, which on a wide
 * embed lie more than two degrees east and west of it, and on a tall phone a degree north and south. The land beyond
 * is one colour, so a larger frame costs only the few points of its edge.
 */
const ABROAD_FRAME: Bounds = [
  COUNTRY_BOUNDS[0] - 3,
  COUNTRY_BOUNDS[1] - 1.5,
  COUNTRY_BOUNDS[2] + 3,
  COUNTRY_BOUNDS[3] + 1.5,
];

function simplifiedArea(geometry: AreaGeometry): AreaGeometry {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: clipToBox(polygons, ABROAD_FRAME).map((polygon) =>
      polygon.map((ring) => simplifyLine(ring, ABROAD_TOLERANCE)),
    ),
  };
}
/** Where a point of the map is on screen (client pixels) in this picture, drawn as `svg`. */
export function svgClientPoint(svg: SVGSVGElement, coordinates: Position): ClientPoint | null {
  const [x, y] = projection.project(coordinates);
  return drawingToClient(svg, x, y);
}

/** A point in drawing units on screen (client pixels), or null where the picture is not laid out. */
function drawingToClient(svg: SVGSVGElement | null, x: number, y: number): ClientPoint | null {
  const matrix = svg?.getScreenCTM?.();
  if (!matrix) return null;
  const point = new DOMPoint(x, y).matrixTransform(matrix);
  return { x: point.x, y: point.y };
}

/** A chosen province's outline, in drawing units. */
const CHOSEN_PROVINCE_EDGE = 2.5;

/** How far from a symbol's centre a click still hits it, in screen pixels. */
const HIT_RADIUS = 13;

export interface StaticTeamMapProps {
  /** What to draw (the camera target does not apply: this picture always shows the whole country). */
  model: MapModel;
  provinces: readonly ProvinceFeature[];
  water: WaterFile['features'];
  /** An id for the picture (the build-time copy in index.html has one, so that the app can find it). */
  id?: string;
  /** Accessible name; without one the picture is hidden from assistive technology (a stand-in for the real map). */
  label?: string;
  describedBy?: string;
  onProvinceClick?: (code: ProvinceCode) => void;
  onPlaceClick?: (key: string, hit: SymbolHit) => void;
  /** The symbol under the mouse, or null. */
  onPlaceHover?: (hit: SymbolHit | null) => void;
  /** A cluster of several places was clicked or tapped (its centre on screen); without this, the province selects. */
  onClusterClick?: (point: ClientPoint) => void;
  /**
   * The build-time copy in index.html: it carries what first-view-taps.ts needs to answer a click before the app has
   * started (where each symbol is, its hidden ring, how far a click reaches, how a chosen province looks).
   */
  answersFirstTaps?: boolean;
}

export function StaticTeamMap(props: StaticTeamMapProps) {
  const { model, provinces, water, id, label, describedBy, onProvinceClick, onPlaceClick, onPlaceHover } = props;
  const { onClusterClick, answersFirstTaps = false } = props;
  const { highlightedProvince, selectedPlaceKeys, searchMarker, shading } = model;
  const svgRef = useRef<SVGSVGElement>(null);
  const { scale, frame } = usePictureFit(svgRef);
  const { places: allPlaces, visibleKinds } = model;
  const clustered = clustersAreDrawn(allPlaces?.length ?? 0);
  // Every kind's symbols (or clusters) at this size on screen; a kind filter only picks among them.
  const allSymbols = useMemo(() => placedSymbols(allPlaces ?? [], scale), [allPlaces, scale]);
  const symbols = useMemo(() => ofKinds(allSymbols, visibleKinds), [allSymbols, visibleKinds]);
  // Names change with the places shown and the size on screen, not with a selection.
  const labels = useMemo(
    () => namesFor(model, symbols, provinces, scale, frame),
    // symbols follow from the places, kinds and scale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [allPlaces, visibleKinds, provinces, scale, frame],
  );
  const marker = searchMarker && projection.project(searchMarker);
  // The outlines change only with the files, not with a selection or a resize. Whole units of the 800-wide picture:
  // finer than a CSS pixel wherever the picture is shown, and half the bytes of the first view in index.html.
  const provincePaths = useMemo(() => provinces.map((p) => areaPath(p.geometry, projection, 1)), [provinces]);
  // The lakes go over the provinces, the neighbouring land under them (coarser: it is only context).
  const lakes = useMemo(() => water.filter((area) => area.properties.kind !== 'land'), [water]);
  const lakePaths = useMemo(() => lakes.map((lake) => areaPath(lake.geometry, projection, 1)), [lakes]);
  const shadedAreas = useMemo(
    () =>
      shading?.type === 'areas'
        ? shading.areas.map((area, index) => ({ area, index, path: areaPath(area.geometry, projection, 1) }))
        : [],
    [shading],
  );
  const shadingEdges = useMemo(() => {
    if (shading?.type !== 'areas' || shading.edges.length === 0) return null;
    const path = shading.edges
      .map((line) =>
        line
          .map(
            (point, i) =>
              `${i === 0 ? 'M' : 'L'}${projection
                .project(point)
                .map((v) => round(v))
                .join(' ')}`,
          )
          .join(''),
      )
      .join('');
    return { path, colour: areaEdgeColour(shading.areas[0]?.shade ?? 'reach') };
  }, [shading]);
  const landPaths = useMemo(
    () =>
      water
        .filter((area) => area.properties.kind === 'land')
        .map((land) => [land.properties.name, areaPath(simplifiedArea(land.geometry), projection, 1)] as const)
        .filter(([, path]) => path !== ''),
    [water],
  );

  // The pointer that pressed last: a tap opens a card, a mouse gets a tooltip.
  const pointerType = useRef('');
  const hovered = useRef<string | null>(null);
  /** A symbol's centre on screen. */
  const hitOf = (symbol: PlacedSymbol): SymbolHit | null => {
    const point = drawingToClient(svgRef.current, symbol.x, symbol.y);
    return point && { key: symbol.cluster.key, ...point, touch: pointerType.current === 'touch' };
  };
  const onMouseMove = (event: MouseEvent<SVGSVGElement>) => {
    const found = pointerType.current === 'touch' ? null : symbolAt(svgRef.current, symbols, event, HIT_RADIUS * scale);
    // A cluster of several places has no details to show in a tooltip.
    const symbol = found && found.cluster.places.length === 1 ? found : null;
    const key = symbol?.cluster.key ?? null;
    if (key === hovered.current) return;
    hovered.current = key;
    onPlaceHover?.(symbol ? hitOf(symbol) : null);
  };
  const onMouseLeave = () => {
    hovered.current = null;
    onPlaceHover?.(null);
  };

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const symbol = (onPlaceClick || onClusterClick) && symbolAt(svgRef.current, symbols, event, HIT_RADIUS * scale);
    const hit = symbol && hitOf(symbol);
    if (symbol && hit && symbol.cluster.places.length > 1 && onClusterClick) {
      onClusterClick(hit);
      return;
    }
    if (symbol && hit && symbol.cluster.places.length === 1 && onPlaceClick) {
      onPlaceClick(symbol.cluster.key, hit);
      return;
    }
    // In the nearest-team view a click in a team's area chooses that team's place: the team that serves it.
    const site = (event.target as Element).getAttribute('data-sites')?.split(' ')[0];
    const siteSymbol = site ? symbols.find((s) => s.cluster.key === site) : undefined;
    const siteHit = siteSymbol && hitOf(siteSymbol);
    if (site && siteHit && onPlaceClick) {
      onPlaceClick(site, siteHit);
      return;
    }
    const code = (event.target as Element).getAttribute('data-province');
    if (code && onProvinceClick) onProvinceClick(code as ProvinceCode);
  };

  return (
    <svg
      ref={svgRef}
      id={id}
      className="static-map"
      viewBox={`0 0 ${VIEW_WIDTH} ${round(projection.height)}`}
      preserveAspectRatio="xMidYMid meet"
      {...(label ? { role: 'img', 'aria-label': label, 'aria-describedby': describedBy } : { 'aria-hidden': true })}
      focusable="false"
      data-static-map-teams={symbols.length}
      data-static-map-clustered={clustered || undefined}
      {...(answersFirstTaps && { 'data-hit-radius': HIT_RADIUS })}
      onClick={onProvinceClick || onPlaceClick || onClusterClick ? onClick : undefined}
      onPointerDown={(event) => (pointerType.current = event.pointerType)}
      {...(onPlaceHover && { onMouseMove, onMouseLeave })}
    >
      {/* The sea is the map area's background (--map-background). */}
      <g fill={COLOURS.abroad} stroke={COLOURS.abroad} strokeWidth={ABROAD_EDGE} strokeLinejoin="round">
        {landPaths.map(([name, path]) => (
          <path key={name} d={path} data-abroad={name} />
        ))}
      </g>
      <g
        fill={COLOURS.province}
        stroke={COLOURS.provinceOutline}
        strokeWidth={0.8}
        strokeLinejoin="round"
        fillRule="evenodd"
        {...(answersFirstTaps && {
          'data-chosen-look': `${COLOURS.provinceSelected} ${COLOURS.provinceSelectedOutline} ${CHOSEN_PROVINCE_EDGE}`,
        })}
      >
        {provinces.map((province, index) => {
          const { code } = province.properties;
          const selected = code === highlightedProvince;
          const shade = provinceShade(shading, code);
          return (
            <path
              key={code}
              d={provincePaths[index]}
              data-province={code}
              {...(shade && { fill: shade, 'data-shade': shade })}
              {...(selected && {
                fill: COLOURS.provinceSelected,
                stroke: COLOURS.provinceSelectedOutline,
                strokeWidth: CHOSEN_PROVINCE_EDGE,
              })}
            />
          );
        })}
      </g>
      {shadedAreas.length > 0 && shading?.type === 'areas' && (
        // Not a target of its own: a click falls through to the province (or, by data-sites, the cell's team).
        <g strokeLinejoin="round" fillRule="evenodd" data-shading>
          {shadedAreas.map(({ area, index, path }) => (
            <path
              key={index}
              d={path}
              fill={areaColour(area.shade)}
              stroke={shading.outlined ? areaEdgeColour(area.shade) : 'none'}
              strokeWidth={1.2 * scale}
              data-shade={area.shade}
              data-sites={area.siteIds?.join(' ')}
            />
          ))}
          {shadingEdges && (
            <path d={shadingEdges.path} fill="none" stroke={shadingEdges.colour} strokeWidth={1.6 * scale} />
          )}
        </g>
      )}
      <g fill={COLOURS.water} stroke={COLOURS.waterOutline} strokeWidth={0.6} fillRule="evenodd">
        {lakes.map((lake, index) => (
          <path key={lake.properties.name} d={lakePaths[index]} />
        ))}
      </g>
      {marker && (
        <circle
          cx={round(marker[0])}
          cy={round(marker[1])}
          r={7 * scale}
          fill={COLOURS.searchPlace}
          stroke={COLOURS.searchPlaceOutline}
          strokeWidth={3 * scale}
        />
      )}
      {answersFirstTaps ? (
        // index.html cannot measure its box before a script runs: it carries its names and symbols at each of the
        // first view's sizes, and map.css shows the one for the box's size.
        FIRST_VIEW_SCALES.map((at) => {
          const placed = ofKinds(placedSymbols(allPlaces ?? [], at), visibleKinds);
          const names = namesFor(model, placed, provinces, at);
          return (
            <g key={at} data-first-view-scale={at}>
              <StaticMapLabels labels={names} scale={at} />
              <TeamSymbols symbols={placed} scale={at} selectedPlaceKeys={selectedPlaceKeys} answersFirstTaps />
            </g>
          );
        })
      ) : (
        <>
          <StaticMapLabels labels={labels} scale={scale} />
          <TeamSymbols symbols={symbols} scale={scale} selectedPlaceKeys={selectedPlaceKeys} />
        </>
      )}
    </svg>
  );
}

/**
 * The symbols of all places, or above the threshold their clusters by a grid of CLUSTER_CELL screen pixels, each set
 * beside the other kinds at its point.
 */
function placedSymbols(places: readonly PlaceGroup[], scale: number): PlacedSymbol[] {
  const projected = places.map((group) => {
    const [x, y] = projection.project(group.coordinates);
    return { group, x, y };
  });
  return placeClusters(projected, CLUSTER_CELL * scale).map((cluster) => ({
    cluster,
    x: round(cluster.x + symbolOffset(cluster) * scale),
    y: round(cluster.y),
  }));
}

const ofKinds = (symbols: readonly PlacedSymbol[], kinds: readonly TeamKind[]) =>
  symbols.filter((symbol) => kinds.includes(symbol.cluster.kind));

/**
 * The names beside `symbols`, within `frame` (the picture's own by default). Above the clustering threshold no place
 * is named: a name would stand for one of hundreds of places (zoomed in, the WebGL map names them).
 */
function namesFor(
  { places, visibleKinds }: MapModel,
  symbols: readonly PlacedSymbol[],
  provinces: readonly ProvinceFeature[],
  scale: number,
  frame?: Box,
) {
  const named = clustersAreDrawn(places?.length ?? 0) ? [] : visiblePlaces({ places, visibleKinds });
  return staticLabels(named, symbols, provinces, projection, scale, frame);
}

/**
 * How the picture sits in a box of `width` × `height` screen pixels (`meet`: the drawing fills the narrower of the two
 * directions): the drawing units per screen pixel its symbols and names are drawn at (kept between 0.5 and 2.5), and
 * the box in drawing units, where names may go: beside a tall picture in a wide box there is room the picture's own
 * 800 units do not have (the picture's land runs on into it).
 */
export function pictureFit(width: number, height: number): PictureFit {
  const pictureHeight = projection.height;
  const fitted = Math.min(width, (height * VIEW_WIDTH) / pictureHeight);
  const units = VIEW_WIDTH / fitted;
  const aside = ((width - fitted) / 2) * units;
  const above = (height * units - pictureHeight) / 2;
  return {
    scale: Math.min(2.5, Math.max(0.5, units)),
    frame: [round(-aside), round(-above), round(VIEW_WIDTH + aside), round(pictureHeight + above)],
  };
}

export interface PictureFit {
  scale: number;
  frame: Box;
}

/** The picture's fit in its box as it is on screen, so that symbols keep their size whatever the map's width. */
function usePictureFit(ref: RefObject<SVGSVGElement | null>): PictureFit {
  const [fit, setFit] = useState<PictureFit>(() => ({ scale: 1, frame: [0, 0, VIEW_WIDTH, round(projection.height)] }));
  useLayoutEffect(() => {
    const svg = ref.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    // The observer reports the size after layout: measuring here ourselves would force a layout of the page.
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry?.contentRect ?? { width: 0, height: 0 };
      if (width <= 0 || height <= 0) return;
      const next = pictureFit(width, height);
      // A new object only for a new fit: the names are placed again for it.
      setFit((now) => (now.scale === next.scale && now.frame.join() === next.frame.join() ? now : next));
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref]);
  return fit;
}
