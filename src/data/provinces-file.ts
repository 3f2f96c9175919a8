// Schema and parser of public/geo/provinces.geojson: the twelve provinces as GeoJSON polygons with code and name.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { PROVINCE_CODES, PROVINCE_NAMES } from '../domain/provinces';
import { InvalidData, describePath, schemaParser, type Parser } from './load-data-file';
import { validRecords, type RecordProblems } from './record-list';

/** [longitude, latitude] in degrees. */
const position = lazySchema(() =>
  z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
);

/** A polygon or multipolygon whose rings are closed and long enough (the water file's lakes use it too). */
export const areaGeometry = lazySchema(() => {
  const ring = z.array(position()).check(
    z.minLength(4, 'een ring heeft minstens 4 punten'),
    z.refine((points) => {
      const first = points[0];
      const last = points[points.length - 1];
      return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    }, 'ring is niet gesloten (eerste en laatste punt verschillen)'),
  );
  const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) });
  const multiPolygon = z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  });
  return z.discriminatedUnion('type', [polygon, multiPolygon]);
});

const schemas = lazySchema(() => ({
  feature: z.object({
    type: z.literal('Feature'),
    properties: z.object({
      code: z.enum(PROVINCE_CODES),
      name: z.string().check(z.minLength(1)),
      // Where the name goes (scripts/build-provinces.ts); without it the app finds the point itself.
      label: z.optional(position()),
    }),
    geometry: areaGeometry(),
  }),
  envelope: z.object({
    type: z.literal('FeatureCollection'),
    // Each province is checked on its own below: one broken geometry leaves the other provinces on the map.
    features: z.array(z.unknown()).check(z.minLength(1, 'de lijst met provincies is leeg')),
  }),
}));

export type ProvinceFeature = z.infer<ReturnType<typeof schemas>['feature']>;
export type ProvinceGeometry = ProvinceFeature['geometry'];
export interface ProvincesFile {
  type: 'FeatureCollection';
  features: ProvinceFeature[];
  /** Provinces left out or missing, with the reasons (a GeoJSON foreign member: maplibre ignores it). */
  problems: RecordProblems;
}

const parseEnvelope = schemaParser(() => schemas().envelope);

export const parseProvincesFile: Parser<ProvincesFile> = (raw) => {
  const envelope = parseEnvelope(raw);
  const { records, problems } = validRecords(
    envelope.features,
    schemas().feature,
    ['features'],
    raw,
    (f) => f.properties.code,
  );
  const present = new Set(records.map((f) => f.properties.code));
  const missing = PROVINCE_CODES.filter((code) => !present.has(code));
  const messages = [
    ...problems.messages,
    ...missing.map(
      (code) => `${describePath(['features'], raw)}: provincie ${code} (${PROVINCE_NAMES[code]}) ontbreekt`,
    ),
  ];
  if (records.length === 0) throw new InvalidData(messages);
  return { type: 'FeatureCollection', features: records, problems: { messages, rejected: problems.rejected } };
};
