import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import { countSteps, provinceCountShading, teamsPerProvince } from './map-shading';
import { teamsByProvince } from './teams';
import { TEAM_KINDS } from './team-kinds';

describe('countSteps', () => {
  it('splits the provinces with a team into ranges of about equal size, starting at 1', () => {
    expect(countSteps([2, 2, 2, 2, 3, 4, 4, 4, 5, 6, 7, 14])).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 5 },
      { from: 6, to: 14 },
    ]);
  });

  it('gives fewer ranges where counts repeat, and none without teams', () => {
    expect(countSteps([1, 1, 1, 1, 0])).toEqual([{ from: 1, to: 1 }]);
    expect(countSteps([0, 0])).toEqual([]);
    expect(countSteps([3, 1])).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 3 },
    ]);
  });
});

describe('teamsPerProvince', () => {
  const { teams } = realTeamsFile();

  it.each([null, ...TEAM_KINDS])('counts the teams per province as the details do (kind %s)', (kind) => {
    const shown = kind ? teams.filter((t) => t.kind === kind) : teams;
    const expected = teamsByProvince(shown);
    const counts = teamsPerProvince(teams, kind);
    expect(counts.provinces.map((p) => [p.code, p.teams])).toEqual(expected.map((g) => [g.province, g.teams.length]));
    expect(counts.withTeams).toBe(expected.filter((g) => g.teams.length > 0).length);
    expect(counts.total).toBe(expected.length);
    // Every province with teams is in the range its step names; the others have step 0.
    for (const province of counts.provinces) {
      if (province.teams === 0) expect(province.step).toBe(0);
      else {
        const step = counts.steps[province.step - 1]!;
        expect(province.teams).toBeGreaterThanOrEqual(step.from);
        expect(province.teams).toBeLessThanOrEqual(step.to);
      }
    }
  });

  it('gives the map each province its step', () => {
    const counts = teamsPerProvince(teams, null);
    const shading = provinceCountShading(counts);
    expect(shading.type).toBe('teams-per-province');
    if (shading.type !== 'teams-per-province') return;
    expect(shading.stepCount).toBe(counts.steps.length);
    for (const province of counts.provinces) expect(shading.steps[province.code]).toBe(province.step);
  });
});
