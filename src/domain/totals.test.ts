import { describe, expect, it } from 'vitest';
import { realReport } from '../../tests/fixtures/public-files';
import { compareWithPublishedTotal, sortedByValueDescending, sumAtPrecision } from './totals';

const report = realReport();

describe('sumAtPrecision', () => {
  it('adds without floating-point drift', () => {
    expect(sumAtPrecision([0.1, 0.2], 2)).toBe(0.3);
    expect(sumAtPrecision([], 2)).toBe(0);
  });
});

describe('the report’s tables against their printed totals', () => {
  it('jobs per client add up to 579,83, not the printed 579,66: a difference of 0,17', () => {
    const { rows, publishedTotal, decimals } = report.jobsPerClient;
    expect(
      compareWithPublishedTotal(
        rows.map((r) => r.jobs),
        publishedTotal,
        decimals,
      ),
    ).toEqual({
      computed: 579.83,
      published: 579.66,
      difference: 0.17,
      matches: false,
    });
  });

  it('jobs per work type add up to the 579 jobs the text names', () => {
    const { rows, publishedTotal, decimals } = report.jobsPerWorkType;
    expect(
      compareWithPublishedTotal(
        rows.map((r) => r.jobs),
        publishedTotal,
        decimals,
      ),
    ).toEqual({
      computed: 579,
      published: 579,
      difference: 0,
      matches: true,
    });
  });
});

describe('sortedByValueDescending', () => {
  it('puts the largest first and keeps ties in source order', () => {
    const rows = [
      { n: 'a', v: 2.8 },
      { n: 'b', v: 176.6 },
      { n: 'c', v: 2.8 },
    ];
    expect(sortedByValueDescending(rows, (r) => r.v).map((r) => r.n)).toEqual(['b', 'a', 'c']);
  });
});
