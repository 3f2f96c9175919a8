// Schemas of the report's parts beyond the job tables: the employee survey, absence, people, the status of the
// teams, development, context and the review of the year. Every figure carries the report's own sentence (`quote`),
// every label both languages, so that next year's report is a new file, not new code.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { dataText } from './text-schema';
import { PROVINCE_CODES } from '../domain/provinces';

export const reportSectionSchemas = lazySchema(() => {
  const text = dataText();
  const localized = z.object({ nl: text, en: text });
  const decimals = z.int().check(z.gte(0), z.lte(3));
  const count = z.int().check(z.nonnegative());
  /** Grades are out of 10, percentages out of 100: never drawn on one axis (see `measureScales`). */
  const unit = z.enum(['grade', 'percent']);
  const notes = z.optional(z.array(localized));

  const measureRow = z.object({
    label: localized,
    value: z.number().check(z.nonnegative()),
    /** Where a row differs from its group: "Werkdruk is goed" is a percentage among grades. */
    unit: z.optional(unit),
    decimals: z.optional(decimals),
    /** "ruim 10%": the report gives a lower bound, shown as printed, never as the bare number. */
    bound: z.optional(z.literal('atLeast')),
    /** The report's own figure for this year, among comparisons. */
    current: z.optional(z.boolean()),
    quote: z.optional(text),
  });
  /** Figures the report compares with each other, on one scale unless a row says otherwise. */
  const measureGroup = z.object({
    title: z.optional(text),
    unit,
    decimals,
    rows: z.array(measureRow).check(z.minLength(1)),
    quote: z.optional(text),
    /** The report's own reservation about the figures ("De scores zijn gemiddeld en verschillen per team"). */
    caveat: z.optional(text),
    /** Where the report disagrees with itself about these figures, in both languages. */
    notes,
  });

  const countWithQuote = z.object({ value: count, quote: text });

  const survey = z.object({
    overall: measureGroup,
    response: z.optional(measureGroup),
    engagement: z.optional(measureGroup),
    otherParts: z.optional(measureGroup),
  });

  const people = z.object({
    /** "Doorstroom": moved on to a job elsewhere in government. */
    onward: z.optional(countWithQuote),
    /** "Uitstroom": left, with the reasons the report gives. */
    left: z.optional(z.object({ value: count, reasons: z.array(localized), quote: text })),
  });

  const teamStatus = z.object({
    partner: text,
    teams: count,
    structural: count,
    month: z.optional(z.int().check(z.gte(1), z.lte(12))),
    /** The team ids the report names as structural; the 2021 report names none. */
    structuralTeamIds: z.optional(z.array(text)),
    quote: text,
  });

  const development = z.object({
    bbl: z.optional(countWithQuote),
    trainings: z.optional(z.object({ items: z.array(localized).check(z.minLength(1)), quote: text })),
    internships: z.optional(z.object({ value: count, working: count, quote: text })),
  });

  const context = z.object({
    targetGroupJobs: z.object({
      value: count,
      since: z.iso.date(),
      quote: text,
    }),
  });

  const timelineEvent = z.object({
    month: z.int().check(z.gte(1), z.lte(12)),
    day: z.optional(z.int().check(z.gte(1), z.lte(31))),
    title: localized,
    text: localized,
    /** A province the event is about: choosing the event shows it on the map. */
    province: z.optional(z.enum(PROVINCE_CODES)),
    quote: text,
    notes,
  });
  const timeline = z.array(timelineEvent).check(z.minLength(1));

  return { measureGroup, survey, absence: measureGroup, people, teamStatus, development, context, timeline };
});
type Schemas = ReturnType<typeof reportSectionSchemas>;

export type MeasureGroup = z.infer<Schemas['measureGroup']>;
export type MeasureRow = MeasureGroup['rows'][number];
export type MeasureUnit = MeasureGroup['unit'];
export type Survey = z.infer<Schemas['survey']>;
export type People = z.infer<Schemas['people']>;
export type TeamStatus = z.infer<Schemas['teamStatus']>;
export type Development = z.infer<Schemas['development']>;
export type ReportContext = z.infer<Schemas['context']>;
export type TimelineEvent = z.infer<Schemas['timeline']>[number];

/** The optional parts, by their key in the file. */
export const OPTIONAL_SECTIONS = [
  'survey',
  'absence',
  'people',
  'teamStatus',
  'development',
  'context',
  'timeline',
] as const;
export type OptionalSectionKey = (typeof OPTIONAL_SECTIONS)[number];
