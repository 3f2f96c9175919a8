// Schema and parser of public/data/<jaar>/teams.json: the teams, their kinds and places. Types are inferred from the schema.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { dataText, isDataText } from './text-schema';
import { hasExactKeys, withQuickCheck } from './quick-schema';
import { isInCountryBounds } from '../domain/netherlands';
import { isProvinceCode, PROVINCE_CODES } from '../domain/provinces';
import { TEAM_KINDS } from '../domain/team-kinds';
import { InvalidData, schemaParser, type Parser } from './load-data-file';
import { validRecords, type RecordProblems } from './record-list';

/** Longitude/latitude, limited to the box around the Netherlands so a swapped or mistyped pair is caught. */
export const nlCoordinates = lazySchema(() =>
  z
    .tuple([z.number(), z.number()])
    .check(z.refine(isInCountryBounds, 'coördinaten [lengte, breedte] liggen niet in Nederland (zijn ze verwisseld?)')),
);

const TEAM_ID = /^[a-z0-9-]+$/;

export const provinceCode = lazySchema(() => z.enum(PROVINCE_CODES));

const schemas = lazySchema(() => {
  const text = dataText();
  const localizedText = z.object({ nl: text, en: text });
  const location = z.object({ place: text, province: provinceCode(), coordinates: nlCoordinates() });
  const team = z.object({
    id: z.string().check(z.regex(TEAM_ID, 'een id bestaat alleen uit kleine letters, cijfers en koppeltekens')),
    kind: z.enum(TEAM_KINDS),
    printedAs: text,
    partner: z.nullable(text),
    locations: z.array(location).check(z.minLength(1)),
  });
  const teamKindInfo = z.object({
    id: z.enum(TEAM_KINDS),
    publishedCount: z.int().check(z.nonnegative()),
    partner: z.nullable(z.string()),
    name: localizedText,
    description: localizedText,
    sourceQuote: z.string(),
  });
  const envelope = z.object({
    source: z.string(),
    year: z.int(),
    published: z.object({ teams: z.int(), provinces: z.int(), sentence: z.string() }),
    kinds: z.array(teamKindInfo).check(
      z.superRefine((kinds, ctx) => {
        for (const kind of TEAM_KINDS) {
          if (!kinds.some((k) => k.id === kind))
            ctx.addIssue({ code: 'custom', input: kinds, message: `soort team "${kind}" ontbreekt` });
        }
      }),
    ),
    notes: z.array(z.string()),
    // Each team is checked on its own below, so that one bad record does not hide the others.
    teams: z.array(z.unknown()).check(z.minLength(1, 'de lijst met teams is leeg')),
  });
  return { localizedText, team, teamKindInfo, envelope };
});
type Schemas = ReturnType<typeof schemas>;

export type Team = z.infer<Schemas['team']>;
export type TeamLocation = Team['locations'][number];
export type TeamKindInfo = z.infer<Schemas['teamKindInfo']>;
export type LocalizedText = z.infer<Schemas['localizedText']>;
export interface TeamsFile extends Omit<z.infer<Schemas['envelope']>, 'teams'> {
  teams: Team[];
  /** Teams left out because their record is wrong, with the reasons. */
  problems: RecordProblems;
}

const TEAM_KEYS = ['id', 'kind', 'printedAs', 'partner', 'locations'];
const LOCATION_KEYS = ['place', 'province', 'coordinates'];
const isTeamKind = (value: unknown) => TEAM_KINDS.includes(value as (typeof TEAM_KINDS)[number]);

function isExactLocation(value: unknown): boolean {
  if (!hasExactKeys(value, LOCATION_KEYS)) return false;
  const { place, province, coordinates } = value;
  return (
    isDataText(place) &&
    isProvinceCode(province) &&
    Array.isArray(coordinates) &&
    coordinates.length === 2 &&
    coordinates.every(Number.isFinite) &&
    isInCountryBounds(coordinates as [number, number])
  );
}

/**
 * Whether the team schema accepts `value` and gives it back unchanged, without zod: a teams file can hold 10,000
 * records, and zod's walk of each costs a slow phone about 200 ms at start-up.
 */
export function isExactTeam(value: unknown): value is Team {
  if (!hasExactKeys(value, TEAM_KEYS)) return false;
  const { id, kind, printedAs, partner, locations } = value;
  return (
    typeof id === 'string' &&
    TEAM_ID.test(id) &&
    isTeamKind(kind) &&
    isDataText(printedAs) &&
    (partner === null || isDataText(partner)) &&
    Array.isArray(locations) &&
    locations.length > 0 &&
    locations.every(isExactLocation)
  );
}

/** The team schema, with every message. */
export const teamSchema = () => schemas().team;

/** The team schema with the quick check first. */
export const quickTeam = lazySchema(() => withQuickCheck(isExactTeam, teamSchema));

const parseEnvelope = schemaParser(() => schemas().envelope);

export const parseTeamsFile: Parser<TeamsFile> = (raw) => {
  const envelope = parseEnvelope(raw);
  const { records, problems } = validRecords(envelope.teams, quickTeam(), ['teams'], raw, (team) => team.id);
  if (records.length === 0) throw new InvalidData([...problems.messages, 'teams: geen enkel team is bruikbaar']);
  return { ...envelope, teams: records, problems };
};
