// Schema of public/geo/provinces.geojson: the twelve provinces as GeoJSON polygons with code and name.
import { z } from 'zod';
import { PROVINCE_CODES } from '../domain/provinces';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'een ring heeft minstens 4 punten').refine(
  (points) => {
    const first = points[0];
    const last = points[points.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  },
  { message: 'ring is niet gesloten (eerste en laatste punt verschillen)' },
);
export const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
export const multiPolygonGeometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) });

const provinceFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: z.enum(PROVINCE_CODES), name: z.string().min(1) }),
  geometry: z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]),
});

export const provincesFileSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(provinceFeature) })
  .superRefine((file, ctx) => {
    const codes = new Set(file.features.map((f) => f.properties.code));
    for (const code of PROVINCE_CODES) {
      if (!codes.has(code)) ctx.addIssue({ code: 'custom', path: ['features'], message: `provincie ${code} ontbreekt` });
    }
  });

export type ProvincesFile = z.infer<typeof provincesFileSchema>;
export type ProvinceFeature = ProvincesFile['features'][number];
export type ProvinceGeometry = ProvinceFeature['geometry'];
