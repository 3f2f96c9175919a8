// Schema of public/geo/water.geojson: the IJsselmeer and Markermeer (`lake`), drawn over the provinces that run into
// them, and the neighbouring countries' land (`land`), drawn under them; the sea is the map's background.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { schemaParser } from './load-data-file';
import { quickAreaGeometry } from './area-geometry';

const waterFileSchema = lazySchema(() =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ name: z.string(), kind: z._default(z.enum(['lake', 'land']), 'lake') }),
        geometry: quickAreaGeometry(),
      }),
    ),
  }),
);

export type WaterFile = z.infer<ReturnType<typeof waterFileSchema>>;

export const parseWaterFile = schemaParser(waterFileSchema);
