// Schema and parser of public/geo/provinces.geojson: the twelve provinces as GeoJSON polygons with code and name.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { position, quickAreaGeometry, type AreaGeometry } from './area-geometry';
import { PROVINCE_CODES, PROVINCE_NAMES } from '../domain/provinces';
import { InvalidData, describePath, schemaParser, type Parser } from './load-data-file';
import { validRecords, type RecordProblems } from './record-list';

const schemas = lazySchema(() => ({
  feature: z.object({
    type: z.literal('Feature'),
    properties: z.object({
      code: z.enum(PROVINCE_CODES),
      name: z.string().check(z.minLength(1)),
      // Where the name goes (scripts/build-provinces.ts); without it the app finds the point itself.
      label: z.optional(position()),
    }),
    geometry: quickAreaGeometry(),
  }),
  envelope: z.object({
    type: z.literal('FeatureCollection'),
    // Each province is checked on its own below: one broken geometry leaves the other provinces on the map.
    features: z.array(z.unknown()).check(z.minLength(1, 'de lijst met provincies is leeg')),
  }),
}));

export type ProvinceFeature = z.infer<ReturnType<typeof schemas>['feature']>;
export type ProvinceGeometry = AreaGeometry;
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
