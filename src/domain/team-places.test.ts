import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import { placeGroups, placeGroupsOfTeam, placeSlug } from './team-places';

const groups = placeGroups(realTeamsFile().teams);

describe('placeGroups', () => {
  it('makes one symbol per place and kind, with the teams it stands for', () => {
    const denHaag = groups.filter((g) => g.place === 'Den Haag');
    expect(denHaag.map((g) => [g.key, g.teamIds.length, g.slot, g.slots])).toEqual([
      ['den-haag-pandgebonden', 9, 0, 2],
      ['den-haag-administratief', 4, 1, 2],
    ]);
  });

  it('shows the Assen/Zwolle team at both places, next to the Zwolle administrative team', () => {
    const ofTeam = placeGroupsOfTeam(groups, 'pand-assen-zwolle');
    expect(ofTeam.map((g) => g.key)).toEqual(['assen-pandgebonden', 'zwolle-pandgebonden']);
    const zwolle = groups.filter((g) => g.place === 'Zwolle');
    expect(zwolle.map((g) => g.kind)).toEqual(['pandgebonden', 'administratief']);
  });

  it('accounts for every team location exactly once', () => {
    const locations = realTeamsFile().teams.reduce((sum, t) => sum + t.locations.length, 0);
    expect(groups.reduce((sum, g) => sum + g.teamIds.length, 0)).toBe(locations);
    expect(locations).toBe(45);
  });
});

describe('placeSlug', () => {
  it('makes URL-safe keys from place names', () => {
    expect(placeSlug('St. Anthonis')).toBe('st-anthonis');
    expect(placeSlug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(placeSlug('Fryslân')).toBe('fryslan');
  });
});
