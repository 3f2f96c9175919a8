import { describe, expect, it } from 'vitest';
import { previousYear, shownYear, yearInUrl } from './report-years';

describe('shownYear', () => {
  const years = [2021, 2099];
  it('shows the latest year by default, and a requested year the index has', () => {
    expect(shownYear(null, years, 2021)).toEqual({ year: 2099, missing: null });
    expect(shownYear(2021, years, 2021)).toEqual({ year: 2021, missing: null });
  });

  it('falls back to the latest year for a year the index lacks, and says which was asked for', () => {
    expect(shownYear(1999, years, 2021)).toEqual({ year: 2099, missing: 1999 });
  });

  it('without the index, trusts the link or the year the page was built with', () => {
    expect(shownYear(null, null, 2021)).toEqual({ year: 2021, missing: null });
    expect(shownYear(2099, null, 2021)).toEqual({ year: 2099, missing: null });
    expect(shownYear(null, null, null)).toBeNull();
    expect(shownYear(null, [2021], null)).toEqual({ year: 2021, missing: null });
  });
});

describe('previousYear', () => {
  it('is the year before in the index, also across a gap', () => {
    expect(previousYear([2019, 2021, 2099], 2099)).toBe(2021);
    expect(previousYear([2019, 2021, 2099], 2021)).toBe(2019);
    expect(previousYear([2021, 2099], 2021)).toBeNull();
    expect(previousYear(null, 2021)).toBeNull();
  });
});

describe('yearInUrl', () => {
  it('leaves the latest year and a year the index lacks out of the link', () => {
    expect(yearInUrl(2021, [2021, 2099])).toBe(2021);
    expect(yearInUrl(2099, [2021, 2099])).toBeNull();
    expect(yearInUrl(1999, [2021, 2099])).toBeNull();
    expect(yearInUrl(null, [2021, 2099])).toBeNull();
  });

  it('keeps a requested year while the index is not known', () => {
    expect(yearInUrl(2021, null)).toBe(2021);
  });
});
