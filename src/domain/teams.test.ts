import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import { PROVINCE_CODES } from './provinces';
import {
  busiestProvince,
  countTeamsByKind,
  provincesWithoutTeams,
  publishedCountMismatches,
  teamOrdinal,
  teamsByProvince,
  teamsInProvince,
} from './teams';

const file = realTeamsFile();

describe('the 2021 teams', () => {
  it('are 44 = 25 nature + 13 building-related + 6 administrative, as the report prints', () => {
    expect(file.teams).toHaveLength(44);
    expect(countTeamsByKind(file.teams)).toEqual({ natuurbeheer: 25, pandgebonden: 13, administratief: 6 });
    expect(publishedCountMismatches(file)).toEqual([]);
  });

  it('cover every one of the 12 provinces', () => {
    expect(provincesWithoutTeams(file.teams)).toEqual([]);
    expect(
      teamsByProvince(file.teams)
        .map((g) => g.province)
        .sort(),
    ).toEqual([...PROVINCE_CODES].sort());
  });

  it('count the Assen/Zwolle team in Drenthe and in Overijssel, but once nationally', () => {
    const assenZwolle = file.teams.filter((t) => t.printedAs === 'Assen/Zwolle');
    expect(assenZwolle).toHaveLength(1);
    expect(teamsInProvince(file.teams, 'NL-DR').map((t) => t.id)).toContain('pand-assen-zwolle');
    expect(teamsInProvince(file.teams, 'NL-OV').map((t) => t.id)).toContain('pand-assen-zwolle');
  });

  it('put most teams in Zuid-Holland: 13 in Den Haag and Numansdorp', () => {
    const busiest = busiestProvince(file.teams);
    expect(busiest?.province).toBe('NL-ZH');
    expect(busiest?.teams).toHaveLength(14);
  });

  it('number teams that share a printed place', () => {
    const denHaag = file.teams.filter((t) => t.printedAs === 'Den Haag (9 teams)');
    expect(denHaag.map((t) => teamOrdinal(t, file.teams))).toEqual(
      Array.from({ length: 9 }, (_, i) => ({ number: i + 1, of: 9 })),
    );
    const afferden = file.teams.find((t) => t.id === 'natuur-afferden');
    expect(afferden && teamOrdinal(afferden, file.teams)).toEqual({ number: 1, of: 1 });
  });
});

describe('publishedCountMismatches', () => {
  it('reports a kind whose records differ from the published count, and the total', () => {
    const fewer = { ...file, teams: file.teams.filter((t) => t.id !== 'natuur-baarn') };
    expect(publishedCountMismatches(fewer)).toEqual([
      { subject: 'natuurbeheer', counted: 24, published: 25 },
      { subject: 'total', counted: 43, published: 44 },
    ]);
  });
});
