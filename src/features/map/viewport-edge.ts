// Names kept whole where they can be seen: maplibre places a name that crosses the edge of its canvas and cuts it
// there ("ilversum"), and has no option against it; the same happens at the edge of what lies over the map (legend,
// zoom buttons, "Heel Nederland"). A row of invisible boxes along each of those edges, placed before every name,
// makes its collision move such a name to another side of its place, or leave it out.
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { EDGE_BOX_SIZE, SOURCE } from './map-layers';

/** Centre to centre: the boxes (EDGE_BOX_SIZE across) never touch, so none is dropped by the others. */
export const EDGE_SPACING = EDGE_BOX_SIZE + 2;

/** A rectangle on the canvas, in CSS pixels from its top left corner. */
export interface CanvasRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Points along the four edges of a rectangle, at most `spacing` apart, corners included: a box centred on each covers
 * the edge without a gap a line of text could pass.
 */
export function outlinePoints(
  { left, top, right, bottom }: CanvasRect,
  spacing = EDGE_SPACING,
): [x: number, y: number][] {
  const [width, height] = [right - left, bottom - top];
  if (width <= 0 || height <= 0) return [];
  const along = (length: number) => {
    const steps = Math.max(1, Math.ceil(length / spacing));
    return Array.from({ length: steps + 1 }, (_, i) => (length * i) / steps);
  };
  const xs = along(width).map((x) => left + x);
  const ys = along(height)
    .slice(1, -1)
    .map((y) => top + y);
  return [
    ...xs.map((x): [number, number] => [x, top]),
    ...xs.map((x): [number, number] => [x, bottom]),
    ...ys.map((y): [number, number] => [left, y]),
    ...ys.map((y): [number, number] => [right, y]),
  ];
}

/** Points along the canvas's own edges and along the part of each overlay that lies over it. */
export function edgePoints(width: number, height: number, overlays: readonly CanvasRect[] = []): [number, number][] {
  if (width <= 0 || height <= 0) return [];
  const over = overlays
    .map((rect) => ({
      left: Math.max(0, rect.left),
      top: Math.max(0, rect.top),
      right: Math.min(width, rect.right),
      bottom: Math.min(height, rect.bottom),
    }))
    .filter((rect) => rect.right > rect.left && rect.bottom > rect.top);
  return [{ left: 0, top: 0, right: width, bottom: height }, ...over].flatMap((rect) => outlinePoints(rect));
}

const NO_EDGE: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Keeps the edge boxes at the edges of `map`'s canvas and of what lies over it (its own controls and `overlays`):
 * placed after every move and resize and whenever the map has settled (a button may have appeared over it), taken
 * away while the map moves (boxes left where an edge was would keep names off the middle of the map).
 */
export function keepNamesInside(map: MaplibreMap, overlays: () => Iterable<Element> = () => []): void {
  const source = () => map.getSource<GeoJSONSource>(SOURCE.viewportEdge);
  let placed = '';
  const place = () => {
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    const covering = [...map.getContainer().querySelectorAll('.maplibregl-ctrl'), ...overlays()].map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        left: rect.left - box.left,
        top: rect.top - box.top,
        right: rect.right - box.left,
        bottom: rect.bottom - box.top,
      };
    });
    const points = edgePoints(canvas.clientWidth, canvas.clientHeight, covering);
    // Only when something changed: new data makes the map draw and settle again.
    const key = points.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`).join(' ');
    if (key === placed) return;
    placed = key;
    source()?.setData({
      type: 'FeatureCollection',
      features: points.map((point) => {
        const { lng, lat } = map.unproject(point);
        return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: {} };
      }),
    });
  };
  place();
  map.on('movestart', () => {
    placed = '';
    source()?.setData(NO_EDGE);
  });
  map.on('moveend', place);
  map.on('resize', place);
  map.on('idle', place);
}
