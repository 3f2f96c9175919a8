// The change of a figure between two years' reports, as we compute it (the reports print only their own year).

/** A figure as a report prints it: its value, the decimals it is printed with, and what kind of number it is. */
export interface PrintedFigure {
  value: number;
  decimals: number;
  unit?: string;
}

export interface FigureChange {
  /** This year's value minus the other year's, rounded to the decimals the figures are printed with. */
  difference: number;
  /** The decimals to print the difference with: the more precise of the two figures. */
  decimals: number;
  /** The other year's value, as printed there. */
  previous: number;
}

/**
 * How much `current` changed since `previous` (the same figure in an earlier report), or null when there is nothing
 * to compare: no earlier figure, or figures of different kinds (a grade and a percentage are not comparable).
 * Rounded to the printed decimals, so that 8,8 after 8,6 is +0,2 and not +0,20000000000000107.
 */
export function figureChange(current: PrintedFigure, previous: PrintedFigure | null | undefined): FigureChange | null {
  if (!previous || !Number.isFinite(current.value) || !Number.isFinite(previous.value)) return null;
  if ((current.unit ?? null) !== (previous.unit ?? null)) return null;
  const decimals = Math.max(current.decimals, previous.decimals);
  const factor = 10 ** decimals;
  const difference = Math.round((current.value - previous.value) * factor) / factor;
  return { difference: difference === 0 ? 0 : difference, decimals, previous: previous.value };
}

/** The changes of figures found by id in both years: each id of `current` with its change, or null. */
export function figureChanges<Id extends string>(
  current: readonly (PrintedFigure & { id: Id })[],
  previous: readonly (PrintedFigure & { id: Id })[] | null | undefined,
): Map<Id, FigureChange | null> {
  return new Map(
    current.map((figure) => [
      figure.id,
      figureChange(
        figure,
        previous?.find((p) => p.id === figure.id),
      ),
    ]),
  );
}
