// What the report's figures mean beyond themselves: which scale a figure belongs on, the figures we derive (always
// shown as derived, with their sum), and the review of the year by month. Pure: the panels and the tests share it.
import type { MeasureGroup, MeasureRow, MeasureUnit, TimelineEvent } from '../data/report-sections';
import { figureChange, type FigureChange } from './figure-change';

/** The whole of each scale: a grade is out of 10, a percentage out of 100. */
export const SCALE_MAX: Record<MeasureUnit, number> = { grade: 10, percent: 100 };

export interface MeasureScale {
  unit: MeasureUnit;
  rows: (MeasureRow & { decimals: number })[];
}

/**
 * A group's rows by scale, in the report's order: grades and percentages are different scales, so "Werkdruk is goed
 * 81,8%" among grades gets a scale of its own instead of an axis shared with them.
 */
export function measureScales(group: MeasureGroup): MeasureScale[] {
  const scales: MeasureScale[] = [];
  for (const row of group.rows) {
    const unit = row.unit ?? group.unit;
    const decimals = row.decimals ?? group.decimals;
    let scale = scales.find((s) => s.unit === unit);
    if (!scale) scales.push((scale = { unit, rows: [] }));
    scale.rows.push({ ...row, decimals });
  }
  return scales;
}

/** The change of a group's own figure (its `current` row) since the same group's in the previous year's report. */
export function currentChange(group: MeasureGroup, previous: MeasureGroup): FigureChange | null {
  const figure = (g: MeasureGroup) => {
    const row = g.rows.find((r) => r.current);
    if (!row || row.bound) return null;
    return { value: row.value, decimals: row.decimals ?? g.decimals, unit: row.unit ?? g.unit };
  };
  const current = figure(group);
  return current ? figureChange(current, figure(previous)) : null;
}

/** A figure the report does not print but that follows from two it does, with the sum that gives it. */
export interface DerivedFigure {
  value: number;
  /** The printed figures and the operation: `[425, '−', 74]`. */
  sum: readonly [number, '−' | '+' | '÷', number];
}

/** The employees at the end of the previous year: those at the end of this one, less the growth. */
export function employeesAYearEarlier(employees: number, change: number): DerivedFigure {
  return { value: employees - change, sum: [employees, '−', change] };
}

/** Jobs per employee: more than one, because a job ("baan") here counts hours, not people. */
export function jobsPerEmployee(jobs: number, employees: number): DerivedFigure | null {
  if (employees <= 0) return null;
  return { value: jobs / employees, sum: [jobs, '÷', employees] };
}

/** Whether the parts the report gives add up to its total, and what they add up to. */
export function partsAddUp(parts: readonly number[], total: number, decimals: number) {
  const sum = parts.reduce((a, b) => a + b, 0);
  const scale = 10 ** decimals;
  return { sum, matches: Math.round(sum * scale) === Math.round(total * scale) };
}

export interface TimelineMonth {
  month: number;
  events: TimelineEvent[];
}

/** The review of the year by month, January first; events of a month in the report's order. */
export function timelineByMonth(events: readonly TimelineEvent[]): TimelineMonth[] {
  const months = new Map<number, TimelineEvent[]>();
  for (const event of events) months.set(event.month, [...(months.get(event.month) ?? []), event]);
  return [...months.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, monthEvents]) => ({ month, events: monthEvents }));
}
