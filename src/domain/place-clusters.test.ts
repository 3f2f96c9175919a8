import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import { CLUSTER_ABOVE_PLACES, clustersAreDrawn, placeClusters, type ProjectedPlace } from './place-clusters';
import { TEAM_KINDS, type TeamKind } from './team-kinds';
import { placeGroups, type PlaceGroup } from './team-places';

const realPlaces = placeGroups(realTeamsFile().teams);

function place(index: number, kind: TeamKind, x: number, y: number, teams = 1): ProjectedPlace {
  const group: PlaceGroup = {
    key: `p${index}-${kind}`,
    place: `P${index}`,
    province: 'NL-UT',
    coordinates: [5, 52],
    kind,
    teamIds: Array.from({ length: teams }, (_, t) => `t${index}-${t}`),
    slot: 0,
    slots: 1,
  };
  return { group, x, y };
}

/** More places than the threshold, spread over a 400 × 400 picture, kinds in turn, 1 to 3 teams each. */
const many = Array.from({ length: CLUSTER_ABOVE_PLACES + 100 }, (_, i) =>
  place(i, TEAM_KINDS[i % TEAM_KINDS.length]!, (i * 37) % 400, (i * 53) % 400, 1 + (i % 3)),
);
const teamsOf = (places: readonly ProjectedPlace[]) => places.reduce((n, p) => n + p.group.teamIds.length, 0);

describe('placeClusters', () => {
  it('leaves every real place its own symbol, at its own position and slot', () => {
    expect(clustersAreDrawn(realPlaces.length)).toBe(false);
    const projected = realPlaces.map((group, i) => ({ group, x: i * 3, y: i * 2 }));
    const clusters = placeClusters(projected, 80);
    expect(clusters).toHaveLength(realPlaces.length);
    clusters.forEach((cluster, i) => {
      const { group, x, y } = projected[i]!;
      expect(cluster).toEqual({
        key: group.key,
        kind: group.kind,
        x,
        y,
        places: [group],
        teams: group.teamIds.length,
        slot: group.slot,
        slots: group.slots,
      });
    });
  });

  it('groups each kind by grid cell above the threshold, and keeps every team', () => {
    const clusters = placeClusters(many, 100);
    expect(clusters.length).toBeLessThan(many.length);
    // 4 × 4 cells of 100 in a 400 × 400 picture, for each kind at most.
    expect(clusters.length).toBeLessThanOrEqual(16 * TEAM_KINDS.length);
    expect(clusters.reduce((n, c) => n + c.teams, 0)).toBe(teamsOf(many));
    for (const kind of TEAM_KINDS) {
      const ofKind = clusters.filter((c) => c.kind === kind);
      expect(ofKind.reduce((n, c) => n + c.teams, 0)).toBe(teamsOf(many.filter((p) => p.group.kind === kind)));
      for (const cluster of ofKind) expect(cluster.places.every((p) => p.kind === kind)).toBe(true);
    }
    // The kinds in order, then the cells.
    const kindIndexes = clusters.map((c) => TEAM_KINDS.indexOf(c.kind));
    expect(kindIndexes).toEqual([...kindIndexes].sort((a, b) => a - b));
  });

  it('puts a cluster at the mean of its places, its kind beside the others; one place stays where it is', () => {
    const lonely = place(9999, 'administratief', 390, 390, 4);
    const crowd = [
      ...Array.from({ length: CLUSTER_ABOVE_PLACES }, (_, i) => place(i, 'pandgebonden', 10 + (i % 2) * 20, 30)),
      lonely,
    ];
    const clusters = placeClusters(crowd, 100);
    expect(clusters).toHaveLength(2);
    const [cluster, single] = clusters;
    expect(cluster).toMatchObject({ kind: 'pandgebonden', x: 20, y: 30, teams: CLUSTER_ABOVE_PLACES });
    expect(cluster!.places).toHaveLength(CLUSTER_ABOVE_PLACES);
    expect({ slot: cluster!.slot, slots: cluster!.slots }).toEqual({ slot: 1, slots: TEAM_KINDS.length });
    expect(single).toMatchObject({ key: lonely.group.key, x: 390, y: 390, teams: 4, slot: 0, slots: 1 });
  });

  it('gives the same keys for the same picture, and distinct ones', () => {
    const keys = placeClusters(many, 100).map((c) => c.key);
    expect(placeClusters([...many].reverse(), 100).map((c) => c.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
