// Totals computed from a table's rows, compared with the total the report prints, at the precision it prints.

export interface TotalComparison {
  computed: number;
  published: number;
  /** computed − published, rounded to the printed decimals. */
  difference: number;
  matches: boolean;
}

/** Sums in whole units of the last printed decimal, so 0,1 + 0,2 is exactly 0,3. */
export function sumAtPrecision(values: readonly number[], decimals: number): number {
  const factor = 10 ** decimals;
  return values.reduce((sum, value) => sum + Math.round(value * factor), 0) / factor;
}

export function compareWithPublishedTotal(
  values: readonly number[],
  published: number,
  decimals: number,
): TotalComparison {
  const factor = 10 ** decimals;
  const computed = sumAtPrecision(values, decimals);
  const differenceUnits = Math.round(computed * factor) - Math.round(published * factor);
  return { computed, published, difference: differenceUnits / factor, matches: differenceUnits === 0 };
}

/** Largest first; equal values keep the source's order. */
export function sortedByValueDescending<Row>(rows: readonly Row[], value: (row: Row) => number): Row[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => value(b.row) - value(a.row) || a.index - b.index)
    .map(({ row }) => row);
}
