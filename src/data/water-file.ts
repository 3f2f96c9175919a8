// Schema of public/geo/water.geojson: the IJsselmeer and Markermeer, drawn over the provinces that run into them.
import { z } from 'zod';
import { multiPolygonGeometry, polygonGeometry } from './provinces-file';

export const waterFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ name: z.string() }),
      geometry: z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]),
    }),
  ),
});

export type WaterFile = z.infer<typeof waterFileSchema>;
