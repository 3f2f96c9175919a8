// Schema of public/geo/water.geojson: the IJsselmeer and Markermeer, drawn over the provinces that run into them.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { schemaParser } from './load-data-file';
import { areaGeometry } from './provinces-file';

const waterFileSchema = lazySchema(() =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({ type: z.literal('Feature'), properties: z.object({ name: z.string() }), geometry: areaGeometry() }),
    ),
  }),
);

export type WaterFile = z.infer<ReturnType<typeof waterFileSchema>>;

export const parseWaterFile = schemaParser(waterFileSchema);
