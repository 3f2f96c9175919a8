// Names kept whole inside the map: maplibre places a name that crosses the edge of its canvas and cuts it there
// ("ilversum"), and has no option against it. A row of invisible boxes along each edge, placed before every name,
// makes its collision move such a name to another side of its place, or leave it out.
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { EDGE_BOX_SIZE, SOURCE } from './map-layers';

/** Centre to centre: the boxes (EDGE_BOX_SIZE across) never touch, so none is dropped by the others. */
export const EDGE_SPACING = EDGE_BOX_SIZE + 2;

/**
 * Points along the four edges of a `width` × `height` picture, at most `spacing` apart, corners included: a box
 * centred on each covers the edge without a gap a line of text could pass.
 */
export function edgePoints(width: number, height: number, spacing = EDGE_SPACING): [x: number, y: number][] {
  if (width <= 0 || height <= 0) return [];
  const along = (length: number) => {
    const steps = Math.max(1, Math.ceil(length / spacing));
    return Array.from({ length: steps + 1 }, (_, i) => (length * i) / steps);
  };
  const xs = along(width);
  const ys = along(height).slice(1, -1);
  return [
    ...xs.map((x): [number, number] => [x, 0]),
    ...xs.map((x): [number, number] => [x, height]),
    ...ys.map((y): [number, number] => [0, y]),
    ...ys.map((y): [number, number] => [width, y]),
  ];
}

function edgeFeatures(map: MaplibreMap): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const canvas = map.getCanvas();
  return {
    type: 'FeatureCollection',
    features: edgePoints(canvas.clientWidth, canvas.clientHeight).map((point) => {
      const { lng, lat } = map.unproject(point);
      return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: {} };
    }),
  };
}

const NO_EDGE: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Keeps the edge boxes at the edges of `map`'s canvas: placed after every move and resize, taken away while the map
 * moves (boxes left where the edge was would keep names off the middle of the map).
 */
export function keepNamesInside(map: MaplibreMap): void {
  const source = () => map.getSource<GeoJSONSource>(SOURCE.viewportEdge);
  const place = () => source()?.setData(edgeFeatures(map));
  place();
  map.on('movestart', () => source()?.setData(NO_EDGE));
  map.on('moveend', place);
  map.on('resize', place);
}
