// Schema of public/data/towns.json: the larger towns around the teams (GeoNames), named on the map when zoomed in.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { dataText } from './text-schema';
import { schemaParser } from './load-data-file';
import { nlCoordinates } from './teams-file';

const townsFileSchema = lazySchema(() => {
  const town = z.object({
    name: dataText(),
    population: z.number().check(z.int(), z.positive()),
    coordinates: nlCoordinates(),
  });
  return z.object({
    source: z.string(),
    licence: z.string(),
    attribution: z.string(),
    towns: z.array(town).check(z.minLength(1, 'de lijst met plaatsen is leeg')),
  });
});

export type TownsFile = z.infer<ReturnType<typeof townsFileSchema>>;
export type Town = TownsFile['towns'][number];

export const parseTownsFile = schemaParser(townsFileSchema);
