// Schema of public/data/teams.json: the 44 teams, their kinds and places. Types are inferred from it.
import { z } from 'zod';
import { PROVINCE_CODES } from '../domain/provinces';
import { TEAM_KINDS } from '../domain/team-kinds';

const localizedText = z.object({ nl: z.string().min(1), en: z.string().min(1) });

/** Longitude/latitude, limited to a box around the Netherlands so a swapped or mistyped pair is caught. */
export const NL_BOUNDS = { west: 3.2, south: 50.7, east: 7.3, north: 53.7 } as const;

const coordinates = z
  .tuple([z.number(), z.number()])
  .refine(
    ([lon, lat]) =>
      lon >= NL_BOUNDS.west && lon <= NL_BOUNDS.east && lat >= NL_BOUNDS.south && lat <= NL_BOUNDS.north,
    { message: 'coördinaten [lengte, breedte] liggen niet in Nederland' },
  );

const location = z.object({
  place: z.string().min(1),
  province: z.enum(PROVINCE_CODES),
  coordinates,
});

const team = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en koppeltekens'),
  kind: z.enum(TEAM_KINDS),
  printedAs: z.string().min(1),
  partner: z.string().min(1).nullable(),
  locations: z.array(location).min(1),
});

const teamKindInfo = z.object({
  id: z.enum(TEAM_KINDS),
  publishedCount: z.number().int().nonnegative(),
  partner: z.string().nullable(),
  name: localizedText,
  description: localizedText,
  sourceQuote: z.string(),
});

export const teamsFileSchema = z
  .object({
    source: z.string(),
    year: z.number().int(),
    published: z.object({ teams: z.number().int(), provinces: z.number().int(), sentence: z.string() }),
    kinds: z.array(teamKindInfo).length(TEAM_KINDS.length),
    notes: z.array(z.string()),
    teams: z.array(team).min(1, 'de lijst met teams is leeg'),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.teams.forEach((t, index) => {
      if (seen.has(t.id)) {
        ctx.addIssue({ code: 'custom', path: ['teams', index, 'id'], message: `dubbele id "${t.id}"` });
      }
      seen.add(t.id);
    });
    for (const kind of TEAM_KINDS) {
      if (!file.kinds.some((k) => k.id === kind)) {
        ctx.addIssue({ code: 'custom', path: ['kinds'], message: `soort team "${kind}" ontbreekt` });
      }
    }
  });

export type TeamsFile = z.infer<typeof teamsFileSchema>;
export type Team = TeamsFile['teams'][number];
export type TeamLocation = Team['locations'][number];
export type TeamKindInfo = TeamsFile['kinds'][number];
export type LocalizedText = z.infer<typeof localizedText>;
