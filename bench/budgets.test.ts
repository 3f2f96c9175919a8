import { describe, expect, it } from 'vitest';
import { budgetsFailed, evaluateBudgets, formatBudgets, type BudgetFigures, type ProfileFigures } from './budgets';

const withinBudget: ProfileFigures = {
  bytesBeforeFirstView: 90_000,
  bytesBeforeMapReady: 140_000,
  bytesBeforeFirstAnswer: 60_000,
  firstViewMs: 400,
  mapReadyMs: 1_100,
  leafletFirstViewMs: 450,
  leafletMapReadyMs: 600,
  firstInteractionMs: 550,
  leafletFirstInteractionMs: null,
  totalBlockingTimeMs: 150,
  largestContentfulPaintMs: 2_000,
  cumulativeLayoutShift: 0.02,
};

const passing: BudgetFigures = {
  local: withinBudget,
  mobile: { ...withinBudget, bytesBeforeFirstView: 95_000 },
  provinceFileBytes: 13_200,
  stress: { mapReady44Ms: 1_000, mapReady10kMs: 1_900, filterChange10kMs: 80 },
  chartChunks: { loads: 10, beforeMapReady: Array.from({ length: 10 }, () => []) },
};

const statusOf = (figures: BudgetFigures, start: string) =>
  evaluateBudgets(figures).find((result) => result.budget.startsWith(start))?.status;

describe('evaluateBudgets', () => {
  it('passes all sixteen budgets within their limits', () => {
    const results = evaluateBudgets(passing);
    expect(results.map((result) => result.status)).toEqual(Array(16).fill('PASS'));
    expect(budgetsFailed(results)).toBe(false);
  });

  it('judges bytes on the mobile profile and shows the local figure beside it', () => {
    const results = evaluateBudgets({ ...passing, mobile: { ...withinBudget, bytesBeforeFirstView: 100_001 } });
    const bytes = results.find((result) => result.budget.startsWith('bytes up to first view'));
    expect(bytes).toEqual({
      budget: 'bytes up to first view ≤ 100 KB',
      status: 'FAIL',
      measured: '100.0 KB mobile (90.0 KB local)',
    });
    expect(budgetsFailed(results)).toBe(true);
  });

  it('allows map-ready up to exactly twice Leaflet, and first view up to exactly Leaflet', () => {
    expect(
      statusOf({ ...passing, local: { ...withinBudget, mapReadyMs: 1_200 } }, "map-ready ≤ 2× Leaflet's (local"),
    ).toBe('PASS');
    expect(
      statusOf({ ...passing, local: { ...withinBudget, mapReadyMs: 1_201 } }, "map-ready ≤ 2× Leaflet's (local"),
    ).toBe('FAIL');
    expect(
      statusOf(
        { ...passing, mobile: { ...withinBudget, firstViewMs: 451 } },
        "first view no later than Leaflet's (mobile",
      ),
    ).toBe('FAIL');
  });

  it('fails the stress budgets at 2× the 44-team map-ready and at 100 ms for a filter change', () => {
    const stress = { mapReady44Ms: 1_000, mapReady10kMs: 2_001, filterChange10kMs: 100 };
    expect(statusOf({ ...passing, stress }, '10,000 teams: map-ready')).toBe('FAIL');
    expect(statusOf({ ...passing, stress }, '10,000 teams: filter change')).toBe('FAIL');
  });

  it('fails when a chart chunk arrived before map-ready and names it', () => {
    const results = evaluateBudgets({
      ...passing,
      chartChunks: { loads: 2, beforeMapReady: [['http://127.0.0.1:1/assets/figures-panel-abc.js'], []] },
    });
    expect(results.at(-1)).toEqual({
      budget: 'no chart code (figures-panel-*.js) before map-ready',
      status: 'FAIL',
      measured: 'in 1 of 2 loads: /assets/figures-panel-abc.js',
    });
  });

  it('skips what was not measured instead of passing or failing it', () => {
    const results = evaluateBudgets({ provinceFileBytes: null, chartChunks: null });
    expect(results.map((result) => result.status)).toEqual(Array(10).fill('SKIP'));
    expect(budgetsFailed(results)).toBe(false);
  });

  it('skips the byte budgets without the mobile profile, showing the local figure', () => {
    const bytes = evaluateBudgets({ ...passing, mobile: undefined }).find((result) =>
      result.budget.startsWith('bytes up to map-ready'),
    );
    expect(bytes).toEqual({
      budget: 'bytes up to map-ready ≤ 150 KB',
      status: 'SKIP',
      measured: 'mobile not measured (140.0 KB local)',
    });
  });

  it('allows 150 KB up to map-ready on the mobile profile, not a byte more', () => {
    const at = (bytes: number) =>
      statusOf({ ...passing, mobile: { ...withinBudget, bytesBeforeMapReady: bytes } }, 'bytes up to map-ready');
    expect(at(150_000)).toBe('PASS');
    expect(at(150_001)).toBe('FAIL');
  });

  it('allows 150 KB up to the first answer on the mobile profile, and skips it where no click was measured', () => {
    const at = (bytes: number | null) =>
      statusOf(
        { ...passing, mobile: { ...withinBudget, bytesBeforeFirstAnswer: bytes } },
        'bytes up to the first interaction answered',
      );
    expect(at(150_000)).toBe('PASS');
    expect(at(150_001)).toBe('FAIL');
    expect(at(null)).toBe('SKIP');
  });

  it("wants the first interaction answered by Leaflet's map-ready on each profile", () => {
    const mobile = (firstInteractionMs: number | null) =>
      evaluateBudgets({ ...passing, mobile: { ...withinBudget, firstInteractionMs } }).find((result) =>
        result.budget.startsWith("first interaction answered ≤ Leaflet's map-ready (mobile"),
      );
    expect(mobile(600)).toEqual({
      budget: "first interaction answered ≤ Leaflet's map-ready (mobile, median)",
      status: 'PASS',
      measured: '600 ms vs Leaflet 600 ms',
    });
    expect(mobile(601)?.status).toBe('FAIL');
    expect(mobile(null)).toMatchObject({ status: 'SKIP', measured: 'no click measured' });
  });

  it("shows Leaflet's own answer to the same clicks beside the budget, without judging by it", () => {
    const interaction = (leafletFirstInteractionMs: number) =>
      evaluateBudgets({
        ...passing,
        mobile: { ...withinBudget, firstInteractionMs: 650, leafletFirstInteractionMs },
      }).find((result) => result.budget.startsWith("first interaction answered ≤ Leaflet's map-ready (mobile"));
    expect(interaction(700)).toMatchObject({
      status: 'FAIL',
      measured: "650 ms vs Leaflet 600 ms; Leaflet's answer to the same clicks 700 ms",
    });
  });

  it('judges blocking time, largest paint and layout shift on the mobile profile, local beside it', () => {
    const mobile = (figures: Partial<ProfileFigures>) => ({ ...passing, mobile: { ...withinBudget, ...figures } });
    expect(statusOf(mobile({ totalBlockingTimeMs: 200 }), 'total blocking time')).toBe('PASS');
    expect(statusOf(mobile({ totalBlockingTimeMs: 201 }), 'total blocking time')).toBe('FAIL');
    expect(statusOf(mobile({ largestContentfulPaintMs: 2_500 }), 'largest contentful paint')).toBe('PASS');
    expect(statusOf(mobile({ largestContentfulPaintMs: 2_501 }), 'largest contentful paint')).toBe('FAIL');
    expect(statusOf(mobile({ cumulativeLayoutShift: 0.099 }), 'cumulative layout shift')).toBe('PASS');
    expect(statusOf(mobile({ cumulativeLayoutShift: 0.1 }), 'cumulative layout shift')).toBe('FAIL');
    expect(
      evaluateBudgets({
        ...mobile({ totalBlockingTimeMs: 420 }),
        local: { ...withinBudget, totalBlockingTimeMs: 0 },
      }).find((result) => result.budget.startsWith('total blocking time')),
    ).toEqual({
      budget: 'total blocking time, first paint to quiet ≤ 200 ms (median)',
      status: 'FAIL',
      measured: '420 ms mobile (0 ms local)',
    });
  });

  it('skips a figure the mobile loads did not give (no largest paint entry)', () => {
    const results = evaluateBudgets({ ...passing, mobile: { ...withinBudget, largestContentfulPaintMs: null } });
    expect(results.find((result) => result.budget.startsWith('largest contentful paint'))).toMatchObject({
      status: 'SKIP',
      measured: 'mobile not measured (2000 ms local)',
    });
  });
});

describe('formatBudgets', () => {
  it('prints one aligned line per budget, result first', () => {
    const lines = formatBudgets(evaluateBudgets(passing)).split('\n');
    expect(lines[0]).toMatch(/^result {2}budget +measured$/);
    expect(lines[2]).toBe(
      `PASS    ${'bytes up to first view ≤ 100 KB'.padEnd(lines[1]!.split('  ')[1]!.length)}  95.0 KB mobile (90.0 KB local)`,
    );
  });
});
