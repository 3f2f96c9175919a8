// Schema and parser of a year's jaaroverzicht.json (public/data/<jaar>/): the report's contact, headline figures, the
// two job tables and the optional parts of report-sections.ts. Each part is checked on its own, so that a mistake in
// one leaves the others on screen; an optional part a report does not have is simply not shown.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { TEAM_KINDS } from '../domain/team-kinds';
import { issueDetails, schemaParser, type Parser } from './load-data-file';
import {
  OPTIONAL_SECTIONS,
  reportSectionSchemas,
  type Development,
  type MeasureGroup,
  type OptionalSectionKey,
  type People,
  type ReportContext,
  type Survey,
  type TeamStatus,
  type TimelineEvent,
} from './report-sections';

const schemas = lazySchema(() => {
  const jobs = z.number().check(z.nonnegative());
  const decimals = z.int().check(z.gte(0), z.lte(3));

  const headline = z.object({
    id: z.enum(['medewerkers', 'banen', 'nieuweBanen', 'tevredenheid', 'ziekteverzuim']),
    value: z.number(),
    decimals,
    unit: z.enum(['count', 'grade', 'percent']),
    change: z.optional(z.number()),
    parts: z.optional(z.object({ binnenwerk: z.number(), rso: z.number() })),
    hoursPerJob: z.optional(z.number()),
    previous: z.optional(z.object({ year: z.int(), value: z.number() })),
    quote: z.string().check(z.minLength(1)),
  });

  const jobsPerClient = z.object({
    title: z.string(),
    decimals,
    rows: z.array(z.object({ client: z.string().check(z.minLength(1)), jobs })).check(z.minLength(1)),
    publishedTotal: jobs,
    publishedTotalLabel: z.string(),
    footnote: z.string(),
  });

  const jobsPerWorkType = z.object({
    title: z.string(),
    decimals,
    rows: z
      .array(z.object({ workType: z.string().check(z.minLength(1)), jobs, teamKind: z.nullable(z.enum(TEAM_KINDS)) }))
      .check(z.minLength(1)),
    publishedTotal: jobs,
    publishedTotalLabel: z.string(),
  });

  /** The report's "Contact" section: where a candidate or an employer turns next. */
  const contact = z.object({
    address: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    email: z.email(),
    // Only a web page: the link is rendered as it stands, so no other scheme (javascript:, data:) may get in.
    website: z.url({ protocol: /^https$/ }),
    quote: z.string().check(z.minLength(1)),
  });

  const reportEnvelope = z.object({
    source: z.string(),
    year: z.int(),
    contact: z.optional(z.unknown()),
    headlines: z.unknown(),
    jobsPerClient: z.unknown(),
    jobsPerWorkType: z.unknown(),
    ...Object.fromEntries(OPTIONAL_SECTIONS.map((key) => [key, z.optional(z.unknown())])),
  });
  const headlines = z.array(headline).check(z.minLength(1));
  return { contact, headline, headlines, jobsPerClient, jobsPerWorkType, reportEnvelope };
});
type Schemas = ReturnType<typeof schemas>;

/** One part of the report: usable as a whole, or not at all (a table missing a row would give a wrong total). */
export type ReportSection<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export type Contact = z.infer<Schemas['contact']>;
export type Headline = z.infer<Schemas['headline']>;
export type JobsPerClient = z.infer<Schemas['jobsPerClient']>;
export type JobsPerWorkType = z.infer<Schemas['jobsPerWorkType']>;
export interface ReportFile {
  source: string;
  year: number;
  contact: ReportSection<Contact>;
  headlines: ReportSection<Headline[]>;
  jobsPerClient: ReportSection<JobsPerClient>;
  jobsPerWorkType: ReportSection<JobsPerWorkType>;
  /** The optional parts: null where the file has none. */
  survey: ReportSection<Survey> | null;
  absence: ReportSection<MeasureGroup> | null;
  people: ReportSection<People> | null;
  teamStatus: ReportSection<TeamStatus> | null;
  development: ReportSection<Development> | null;
  context: ReportSection<ReportContext> | null;
  timeline: ReportSection<TimelineEvent[]> | null;
}

function section<Schema extends z.ZodMiniType>(
  schema: Schema,
  key: string,
  raw: unknown,
  value: unknown,
): ReportSection<z.infer<Schema>> {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: issueDetails(result.error.issues, raw, [key]) };
}

const parseEnvelope = schemaParser(() => schemas().reportEnvelope);

function optionalSection<K extends OptionalSectionKey>(key: K, raw: unknown, envelope: Record<string, unknown>) {
  const value = envelope[key];
  if (value === undefined) return null;
  return section(reportSectionSchemas()[key] as z.ZodMiniType, key, raw, value) as ReportFile[K];
}

export const parseReportFile: Parser<ReportFile> = (raw) => {
  const envelope = parseEnvelope(raw);
  const { contact, headlines, jobsPerClient, jobsPerWorkType } = schemas();
  return {
    source: envelope.source,
    year: envelope.year,
    contact: section(contact, 'contact', raw, envelope.contact),
    headlines: section(headlines, 'headlines', raw, envelope.headlines),
    jobsPerClient: section(jobsPerClient, 'jobsPerClient', raw, envelope.jobsPerClient),
    jobsPerWorkType: section(jobsPerWorkType, 'jobsPerWorkType', raw, envelope.jobsPerWorkType),
    survey: optionalSection('survey', raw, envelope),
    absence: optionalSection('absence', raw, envelope),
    people: optionalSection('people', raw, envelope),
    teamStatus: optionalSection('teamStatus', raw, envelope),
    development: optionalSection('development', raw, envelope),
    context: optionalSection('context', raw, envelope),
    timeline: optionalSection('timeline', raw, envelope),
  };
};
