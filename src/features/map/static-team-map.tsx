// The map as a plain SVG, without WebGL: shown at once (rendered into index.html at build time), while the WebGL
// map loads, and instead of it where the browser has no WebGL. Same projection, colours and symbols as the map.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ProvinceFeature } from '../../data/provinces-file';
import type { WaterFile } from '../../data/water-file';
import type { ProvinceCode } from '../../domain/provinces';
import { TEAM_KINDS, type TeamKind } from '../../domain/team-kinds';
import type { PlaceGroup } from '../../domain/team-places';
import { areaPath, fitProjection } from '../../domain/web-mercator';
import { KIND_STYLE, shapePath } from '../../components/kind-style';
import { COLOURS, COUNTRY_BOUNDS, symbolOffset } from './map-layers';

/** Drawing units across; at this width on screen a symbol is as large as on the WebGL map. */
const VIEW_WIDTH = 800;
const projection = fitProjection(COUNTRY_BOUNDS, VIEW_WIDTH);

export interface StaticTeamMapProps {
  provinces: readonly ProvinceFeature[];
  water: WaterFile['features'];
  groups: readonly PlaceGroup[];
  visibleKinds?: readonly TeamKind[];
  highlightedProvince?: ProvinceCode | null;
  selectedPlaceKeys?: readonly string[];
  /** A searched place, drawn as a purple dot below the team symbols. */
  placeMarker?: readonly [number, number] | null;
  /** An id for the picture (the build-time copy in index.html has one, so that the app can find it). */
  id?: string;
  /** Accessible name; without one the picture is hidden from assistive technology (a stand-in for the real map). */
  label?: string;
  describedBy?: string;
  onProvinceClick?: (code: ProvinceCode) => void;
  onPlaceClick?: (key: string) => void;
}

export function StaticTeamMap(props: StaticTeamMapProps) {
  const { provinces, water, groups, visibleKinds = TEAM_KINDS, highlightedProvince = null, selectedPlaceKeys = [] } = props;
  const { id, placeMarker = null, label, describedBy, onProvinceClick, onPlaceClick } = props;
  const marker = placeMarker && projection.project(placeMarker);
  const svgRef = useRef<SVGSVGElement>(null);
  const scale = useSymbolScale(svgRef);
  const shown = groups.filter((g) => visibleKinds.includes(g.kind));
  // Larger counts on top, as on the WebGL map (symbol-sort-key).
  const ordered = [...shown].sort((a, b) => a.teamIds.length - b.teamIds.length);
  return (
    <svg
      ref={svgRef}
      id={id}
      className="static-map"
      viewBox={`0 0 ${VIEW_WIDTH} ${round(projection.height)}`}
      preserveAspectRatio="xMidYMid meet"
      {...(label ? { role: 'img', 'aria-label': label, 'aria-describedby': describedBy } : { 'aria-hidden': true })}
      focusable="false"
      data-static-map-teams={shown.length}
    >
      <g fill={COLOURS.province} stroke={COLOURS.provinceOutline} strokeWidth={0.8} strokeLinejoin="round" fillRule="evenodd">
        {provinces.map((province) => {
          const { code } = province.properties;
          const selected = code === highlightedProvince;
          return (
            <path
              key={code}
              d={areaPath(province.geometry, projection)}
              data-province={code}
              {...(selected && { fill: COLOURS.provinceSelected, stroke: COLOURS.provinceSelectedOutline, strokeWidth: 2.5 })}
              onClick={onProvinceClick && (() => onProvinceClick(code))}
            />
          );
        })}
      </g>
      <g fill={COLOURS.water} stroke={COLOURS.waterOutline} strokeWidth={0.6} fillRule="evenodd">
        {water.map((lake) => (
          <path key={lake.properties.name} d={areaPath(lake.geometry, projection)} />
        ))}
      </g>
      {marker && (
        <circle cx={round(marker[0])} cy={round(marker[1])} r={7 * scale} fill={COLOURS.searchPlace} stroke="#fff" strokeWidth={3 * scale} />
      )}
      <g>
        {ordered.map((group) => {
          const [x, y] = projection.project(group.coordinates);
          return (
            <TeamSymbol
              key={group.key}
              group={group}
              x={round(x + symbolOffset(group) * scale)}
              y={round(y)}
              scale={scale}
              selected={selectedPlaceKeys.includes(group.key)}
              onClick={onPlaceClick && (() => onPlaceClick(group.key))}
            />
          );
        })}
      </g>
    </svg>
  );
}

interface TeamSymbolProps {
  group: PlaceGroup;
  x: number;
  y: number;
  scale: number;
  selected: boolean;
  onClick: (() => void) | undefined;
}

/** The same layers as the canvas icons of the WebGL map (team-icons.ts): ring when selected, outline, colour, count. */
function TeamSymbol({ group, x, y, scale, selected, onClick }: TeamSymbolProps) {
  const { colour, shape } = KIND_STYLE[group.kind];
  const count = group.teamIds.length;
  return (
    <g transform={`translate(${x} ${y}) scale(${round(scale)})`} data-place={group.key} data-kind={group.kind} onClick={onClick}>
      {selected && <circle r={13.5} fill="#fff" stroke="#1b1b1b" strokeWidth={3} />}
      <path d={shapePath(shape, 11.5)} fill="#1b1b1b" />
      <path d={shapePath(shape, 11)} fill="#fff" />
      <path d={shapePath(shape, 10)} fill={colour} />
      {count > 1 && (
        <text y={1} fill="#fff" fontSize={count > 9 ? 11 : 13} fontWeight="bold" textAnchor="middle" dominantBaseline="middle">
          {count}
        </text>
      )}
    </g>
  );
}

/** Drawing units per screen pixel, so that symbols keep their size on screen whatever the map's width. */
function useSymbolScale(ref: RefObject<SVGSVGElement | null>): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const svg = ref.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const { width, height } = svg.getBoundingClientRect();
      if (width <= 0 || height <= 0) return;
      // With `meet`, the drawing fills the narrower of the two directions.
      const fitted = Math.min(width, (height * VIEW_WIDTH) / projection.height);
      setScale(Math.min(2.5, Math.max(0.5, VIEW_WIDTH / fitted)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref]);
  return scale;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
