import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import type { Team } from '../data/teams-file';
import { nearestTeamsByKind } from './nearest-teams';

const { teams } = realTeamsFile();
const summary = (origin: readonly [number, number], kinds?: Parameters<typeof nearestTeamsByKind>[2]) =>
  nearestTeamsByKind(origin, teams, kinds).map((n) => ({
    kind: n.kind,
    place: n.location.place,
    km: Number(n.distanceKm.toFixed(1)),
    teams: n.teams.map((t) => t.id),
  }));

describe('nearestTeamsByKind', () => {
  it('finds Baarn, Utrecht and Zutphen nearest to Amersfoort', () => {
    expect(summary([5.3875, 52.155])).toEqual([
      { kind: 'natuurbeheer', place: 'Baarn', km: 9.3, teams: ['natuur-baarn'] },
      { kind: 'pandgebonden', place: 'Utrecht', km: 19.5, teams: ['pand-utrecht'] },
      { kind: 'administratief', place: 'Zutphen', km: 55.6, teams: ['admin-zutphen'] },
    ]);
  });

  it('returns all teams that share the nearest place (the nine in Den Haag)', () => {
    const [pand, admin] = summary([4.2986, 52.0767], ['pandgebonden', 'administratief']);
    expect(pand).toMatchObject({ place: 'Den Haag', km: 0.9 });
    expect(pand?.teams).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `pand-den-haag-${n}`));
    expect(admin?.teams).toHaveLength(4);
  });

  it('counts the Assen/Zwolle team at its nearest location', () => {
    // Near Assen: the two-place team is nearest through Assen, not Zwolle.
    const [pand] = summary([6.56, 53.0], ['pandgebonden']);
    expect(pand).toMatchObject({ place: 'Assen', teams: ['pand-assen-zwolle'], km: 0.9 });
    // Near Zwolle the same team counts at Zwolle.
    const [nearZwolle] = summary([6.09, 52.5], ['pandgebonden']);
    expect(nearZwolle).toMatchObject({ place: 'Zwolle', teams: ['pand-assen-zwolle'] });
  });

  it('only answers for the kinds asked, and leaves out kinds without teams', () => {
    expect(summary([5.3875, 52.155], ['administratief']).map((n) => n.kind)).toEqual(['administratief']);
    const onlyNature = teams.filter((t: Team) => t.kind === 'natuurbeheer');
    expect(nearestTeamsByKind([5.3875, 52.155], onlyNature).map((n) => n.kind)).toEqual(['natuurbeheer']);
  });
});
