// Schema of public/data/jaaroverzicht-2021.json: the report's headline figures and its two job tables.
import { z } from 'zod';
import { TEAM_KINDS } from '../domain/team-kinds';

const jobs = z.number().nonnegative();

const headline = z.object({
  id: z.enum(['medewerkers', 'banen', 'nieuweBanen', 'tevredenheid', 'ziekteverzuim']),
  value: z.number(),
  decimals: z.number().int().min(0).max(3),
  unit: z.enum(['count', 'grade', 'percent']),
  change: z.number().optional(),
  parts: z.object({ binnenwerk: z.number(), rso: z.number() }).optional(),
  hoursPerJob: z.number().optional(),
  previous: z.object({ year: z.number().int(), value: z.number() }).optional(),
  quote: z.string().min(1),
});

export const reportFileSchema = z.object({
  source: z.string(),
  year: z.number().int(),
  headlines: z.array(headline),
  jobsPerClient: z.object({
    title: z.string(),
    decimals: z.number().int().min(0).max(3),
    rows: z.array(z.object({ client: z.string().min(1), jobs })).min(1),
    publishedTotal: jobs,
    publishedTotalLabel: z.string(),
    footnote: z.string(),
  }),
  jobsPerWorkType: z.object({
    title: z.string(),
    decimals: z.number().int().min(0).max(3),
    rows: z.array(z.object({ workType: z.string().min(1), jobs, teamKind: z.enum(TEAM_KINDS).nullable() })).min(1),
    publishedTotal: jobs,
    publishedTotalLabel: z.string(),
  }),
});

export type ReportFile = z.infer<typeof reportFileSchema>;
export type Headline = ReportFile['headlines'][number];
