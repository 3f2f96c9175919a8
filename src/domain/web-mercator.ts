// Web Mercator (the projection maplibre draws in) onto a flat drawing, and GeoJSON areas as compact SVG paths.
import type { Bounds, Position } from './geometry';

export interface Projection {
  /** The drawing's size in its own units, for an SVG viewBox of `0 0 width height`. */
  width: number;
  height: number;
  project: (position: Position) => [x: number, y: number];
}

function mercator([lon, lat]: Position): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** Fits `bounds` ([west, south, east, north]) into a drawing `width` units wide, as maplibre's fitBounds does. */
export function fitProjection(bounds: Bounds, width: number): Projection {
  const [west, south, east, north] = bounds;
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  const scale = width / (x1 - x0);
  return {
    width,
    height: (y1 - y0) * scale,
    project: (position) => {
      const [x, y] = mercator(position);
      return [(x - x0) * scale, (y - y0) * scale];
    },
  };
}

type Ring = readonly Position[];
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: readonly Ring[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

/**
 * The SVG path of a (multi)polygon, in relative moves rounded to `precision` drawing units: small numbers that
 * compress well, with the points that rounding makes coincide left out. Holes stay holes under `fill-rule: evenodd`.
 */
export function areaPath(geometry: AreaGeometry, projection: Projection, precision = 0.1): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const decimals = Math.max(0, Math.round(-Math.log10(precision)));
  const round = (value: number) => Math.round(value / precision) * precision;
  // In whole units a difference of rounded values is a whole number, written as it is (String(-0) is "0"). This runs
  // once per position of every outline while the app starts: plain concatenation, no regular expression per point.
  const text =
    decimals === 0
      ? String
      : (value: number) => {
          const fixed = value.toFixed(decimals);
          const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
          return trimmed === '-0' ? '0' : trimmed;
        };
  let path = '';
  let penX = 0;
  let penY = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let started = false;
      let startX = 0;
      let startY = 0;
      // The last point repeats the first: 'z' closes the ring.
      for (let i = 0; i < ring.length - 1; i++) {
        const [projectedX, projectedY] = projection.project(ring[i]!);
        const x = round(projectedX);
        const y = round(projectedY);
        if (started && x === penX && y === penY) continue;
        const dy = text(y - penY);
        // A minus sign separates the numbers by itself.
        path += (started ? 'l' : 'm') + text(x - penX) + (dy.startsWith('-') ? '' : ' ') + dy;
        penX = x;
        penY = y;
        if (!started) {
          started = true;
          startX = x;
          startY = y;
        }
      }
      if (started) {
        path += 'z';
        // After 'z' the pen is back at the ring's first point.
        penX = startX;
        penY = startY;
      }
    }
  }
  return path;
}
