// Schema of public/data/places.json: the offline gazetteer of Dutch places for the search. Types are inferred from it.
import { z } from 'zod';
import { PROVINCE_CODES } from '../domain/provinces';
import { NL_BOUNDS } from './teams-file';

const coordinates = z
  .tuple([z.number(), z.number()])
  .refine(
    ([lon, lat]) => lon >= NL_BOUNDS.west && lon <= NL_BOUNDS.east && lat >= NL_BOUNDS.south && lat <= NL_BOUNDS.north,
    { message: 'coördinaten [lengte, breedte] liggen niet in Nederland' },
  );

const place = z.object({
  name: z.string().min(1),
  province: z.enum(PROVINCE_CODES),
  coordinates,
  /** Other names for the same place ("Den Bosch" for 's-Hertogenbosch). */
  aliases: z.array(z.string().min(1)).optional(),
  /** The municipality, given only where places share a name, to tell them apart. */
  municipality: z.string().min(1).optional(),
  /** The place that gives its municipality its name; ranked first among equal matches. */
  seat: z.literal(true).optional(),
  /** "teams": a team place that GeoNames lacks, taken from teams.json. */
  source: z.literal('teams').optional(),
});

export const placesFileSchema = z.object({
  source: z.string(),
  licence: z.string(),
  attribution: z.string(),
  places: z.array(place).min(1, 'de lijst met plaatsen is leeg'),
});

export type PlacesFile = z.infer<typeof placesFileSchema>;
export type Place = PlacesFile['places'][number];
