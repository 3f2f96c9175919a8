// Schema and parser of public/data/jaren.json: the years whose report files are in public/data/<jaar>/.
import { z } from './zod';
import { lazySchema } from './lazy-schema';
import { schemaParser, type Parser } from './load-data-file';

/** A report year as a folder name and a `?jaar=` value: four digits. */
export const YEAR_PATTERN = /^\d{4}$/;

const yearsFileSchema = lazySchema(() => {
  const year = z.int().check(z.gte(1000), z.lte(9999));
  return z.object({
    source: z.optional(z.string()),
    years: z.array(year).check(
      z.minLength(1, 'de lijst met jaren is leeg'),
      z.refine((years) => new Set(years).size === years.length, 'een jaar staat er twee keer in'),
    ),
  });
});

export interface YearsFile {
  /** Oldest first. */
  years: readonly number[];
  latest: number;
}

const parseYears = schemaParser(yearsFileSchema);

export const parseYearsFile: Parser<YearsFile> = (raw) => {
  const years = [...parseYears(raw).years].sort((a, b) => a - b);
  return { years, latest: years[years.length - 1]! };
};
