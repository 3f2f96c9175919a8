// What the gazetteer scripts (build-gazetteer.mjs, build-towns.mjs) share: the distance between two places, and
// writing a JSON file of header fields and one list with one record per line (readable diffs when regenerated).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Great-circle distance in km between two [lon, lat] points (as src/domain/distance.ts, for plain node). */
export function distanceKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

/** Writes `{ ...header, [listKey]: records }` to `path`, one record per line; returns the text written. */
export function writeRecordLines(path, header, listKey, records) {
  const text = `{\n${Object.entries(header)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`)
    .join('')}  ${JSON.stringify(listKey)}: [\n${records.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
  JSON.parse(text);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return text;
}
