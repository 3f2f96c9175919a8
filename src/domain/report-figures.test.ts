import { describe, expect, it } from 'vitest';
import type { MeasureGroup, TimelineEvent } from '../data/report-sections';
import { employeesAYearEarlier, jobsPerEmployee, measureScales, partsAddUp, timelineByMonth } from './report-figures';

const label = (nl: string) => ({ nl, en: nl });

describe('measureScales', () => {
  it('keeps a percentage among grades off the grades’ scale, in the report’s order', () => {
    const group: MeasureGroup = {
      unit: 'grade',
      decimals: 1,
      rows: [
        { label: label('a'), value: 8.7 },
        { label: label('werkdruk'), value: 81.8, unit: 'percent' },
        { label: label('b'), value: 7.3, decimals: 2 },
      ],
    };
    const scales = measureScales(group);
    expect(scales.map((s) => [s.unit, s.rows.map((r) => [r.label.nl, r.decimals])])).toEqual([
      [
        'grade',
        [
          ['a', 1],
          ['b', 2],
        ],
      ],
      ['percent', [['werkdruk', 1]]],
    ]);
  });
});

describe('derived figures', () => {
  it('gives the employees a year earlier as the difference, with the sum', () => {
    expect(employeesAYearEarlier(425, 74)).toEqual({ value: 351, sum: [425, '−', 74] });
  });

  it('gives jobs per employee, and nothing for no employees', () => {
    expect(jobsPerEmployee(510, 425)).toEqual({ value: 1.2, sum: [510, '÷', 425] });
    expect(jobsPerEmployee(510, 0)).toBeNull();
  });

  it('checks that parts add up to a total at the printed decimals', () => {
    expect(partsAddUp([510, 69], 579, 0)).toEqual({ sum: 579, matches: true });
    expect(partsAddUp([0.1, 0.2], 0.3, 2)).toEqual({ sum: 0.1 + 0.2, matches: true });
    expect(partsAddUp([510, 70], 579, 0)).toEqual({ sum: 580, matches: false });
  });
});

describe('timelineByMonth', () => {
  const event = (month: number, title: string): TimelineEvent => ({
    month,
    title: label(title),
    text: label(title),
    quote: title,
  });

  it('orders months from January and keeps the events of a month in the report’s order', () => {
    const months = timelineByMonth([event(10, 'c'), event(5, 'a'), event(10, 'd'), event(5, 'b')]);
    expect(months.map((m) => [m.month, m.events.map((e) => e.title.nl)])).toEqual([
      [5, ['a', 'b']],
      [10, ['c', 'd']],
    ]);
  });
});
