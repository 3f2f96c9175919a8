// The map drawn once more, off screen, at a chosen size and pixel density: for the PNG export at 2×. It is the same
// style (sources, layers, labels) as the map on screen, so the picture carries whatever the map draws.
import { Map as MaplibreMap } from 'maplibre-gl';
import { lngLatBounds } from './map-layers';
import { resolveMissingImages } from './missing-images';
import { keepNamesInside } from './viewport-edge';
import type { MapSnapshot } from './map-snapshot';

export interface RenderSize {
  /** CSS pixels. */
  width: number;
  height: number;
}

/** Device pixels per CSS pixel of an exported picture. */
export const EXPORT_PIXEL_RATIO = 2;

/** Room round the view fitted into a picture of another shape than the map: nothing is cut at its edges. */
const FIT_PADDING = 16;

/**
 * Draws `source`'s style at `size` (default: the map's own size, with its camera) or, given a size of another shape,
 * with the part of the world that `source` shows now fitted into it. Resolves once everything has drawn.
 */
export function renderMap(
  source: MaplibreMap,
  size?: RenderSize,
  pixelRatio = EXPORT_PIXEL_RATIO,
): Promise<MapSnapshot> {
  const canvas = source.getCanvas();
  const width = size?.width ?? canvas.clientWidth;
  const height = size?.height ?? canvas.clientHeight;
  const container = document.createElement('div');
  // In the document (maplibre measures its container), but out of sight and out of the accessibility tree.
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = `position:fixed;left:-${width + 100}px;top:0;width:${width}px;height:${height}px;`;
  document.body.append(container);
  const center = source.getCenter();
  const bounds = source.getBounds();
  const [west, south, east, north] = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
  let map: MaplibreMap;
  try {
    map = new MaplibreMap({
      container,
      style: source.getStyle(),
      pixelRatio,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      ...(size
        ? { bounds: lngLatBounds([west, south, east, north]), fitBoundsOptions: { padding: FIT_PADDING } }
        : { center, zoom: source.getZoom() }),
    });
  } catch (error) {
    container.remove();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  resolveMissingImages(map, pixelRatio);
  return new Promise<MapSnapshot>((resolve, reject) => {
    const done = () => {
      map.remove();
      container.remove();
    };
    map.once('error', (event) => {
      done();
      reject(event.error);
    });
    // The edge boxes of the map on screen stand at its edges: this picture has its own.
    map.once('load', () => keepNamesInside(map));
    map.once('idle', () => {
      const drawn = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = drawn.width;
      copy.height = drawn.height;
      copy.getContext('2d')?.drawImage(drawn, 0, 0);
      done();
      resolve({ canvas: copy, scale: pixelRatio });
    });
  });
}
