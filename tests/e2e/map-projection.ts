// Where a longitude/latitude lands on screen in the initial view, mirroring maplibre's fitBounds (Web Mercator),
// so tests can click a province or a team symbol without reaching into the app.
import { COUNTRY_BOUNDS } from '../../src/domain/netherlands';
import { COUNTRY_PADDING } from '../../src/features/map/map-layers';

const TILE = 512;

function mercator(lon: number, lat: number): [number, number] {
  const x = (lon + 180) / 360;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [x * TILE, y * TILE];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function initialViewPixel(box: Box, lon: number, lat: number): { x: number; y: number } {
  return fittedViewPixel(box, COUNTRY_BOUNDS, COUNTRY_PADDING, lon, lat);
}

/** Where a point lands after the map's fitBounds(bounds, { padding, maxZoom }) in a canvas of this box. */
export function fittedViewPixel(
  box: Box,
  [west, south, east, north]: readonly [number, number, number, number],
  padding: number,
  lon: number,
  lat: number,
  maxZoom = Infinity,
): { x: number; y: number } {
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const fitted = Math.min((box.width - 2 * padding) / (x1 - x0), (box.height - 2 * padding) / (y1 - y0));
  const scale = Math.min(fitted, 2 ** maxZoom);
  const [px, py] = mercator(lon, lat);
  return {
    x: box.x + box.width / 2 + (px - (x0 + x1) / 2) * scale,
    y: box.y + box.height / 2 + (py - (y0 + y1) / 2) * scale,
  };
}

/** The camera that the map writes on its container after every move (`data-camera`, zoom/lat/lon). */
export interface ScreenCamera {
  zoom: number;
  lat: number;
  lon: number;
}

export function parseScreenCamera(value: string | null): ScreenCamera | null {
  const parts = (value ?? '').split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = parts as [number, number, number];
  return { zoom, lat, lon };
}

/** Where a point lands in a canvas of this box with the camera centred at `camera` (Web Mercator, no rotation). */
export function cameraViewPixel(box: Box, camera: ScreenCamera, lon: number, lat: number): { x: number; y: number } {
  const [cx, cy] = mercator(camera.lon, camera.lat);
  const [px, py] = mercator(lon, lat);
  const scale = 2 ** camera.zoom;
  return { x: box.x + box.width / 2 + (px - cx) * scale, y: box.y + box.height / 2 + (py - cy) * scale };
}
