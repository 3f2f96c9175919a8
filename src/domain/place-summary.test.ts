import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import { placeSummaries, placeSummary } from './place-summary';
import { placeGroups, placeSlug } from './team-places';

const { teams } = realTeamsFile();
const groups = placeGroups(teams);
const teamsAt = (place: string, kind: string) =>
  teams.filter((t) => t.kind === kind && t.locations.some((l) => l.place === place)).length;

describe('placeSummary', () => {
  it('puts all kinds of a place together, counted from the data, in the legend’s order', () => {
    const denHaag = placeSummary(groups, 'den-haag');
    expect(denHaag?.place).toBe('Den Haag');
    expect(denHaag?.kinds.map((k) => [k.kind, k.count])).toEqual([
      ['pandgebonden', teamsAt('Den Haag', 'pandgebonden')],
      ['administratief', teamsAt('Den Haag', 'administratief')],
    ]);
    expect(denHaag?.teamIds).toHaveLength(teamsAt('Den Haag', 'pandgebonden') + teamsAt('Den Haag', 'administratief'));
  });

  it('finds the same place from either of its symbols (links made before say the symbol)', () => {
    const bySymbol = placeSummary(groups, 'den-haag-administratief');
    expect(bySymbol).toEqual(placeSummary(groups, 'den-haag'));
    expect(bySymbol?.slug).toBe('den-haag');
  });

  it('has no entry for a kind the place lacks', () => {
    const baarn = placeSummary(groups, 'baarn');
    expect(baarn?.kinds.map((k) => k.kind)).toEqual(['natuurbeheer']);
  });

  it('is null for a place without teams', () => {
    expect(placeSummary(groups, 'nergens')).toBeNull();
    expect(placeSummary(groups, 'nergens-pandgebonden')).toBeNull();
  });
});

describe('placeSummaries', () => {
  it('gives every place once, as placeSummary does for it, in one pass', () => {
    const all = placeSummaries(groups);
    const slugs = new Set(groups.map((g) => placeSlug(g.place)));
    expect(all.map((p) => p.slug).sort()).toEqual([...slugs].sort());
    for (const summary of all) expect(summary).toEqual(placeSummary(groups, summary.slug));
  });
});
