// A place with its teams, whatever their kinds: what a 'place' selection, the map's tooltip and its card describe
// ("Den Haag: 9 pandgebonden en 4 administratieve teams"). Only the kinds the place has, in the legend's order.
import type { Position } from './geometry';
import type { ProvinceCode } from './provinces';
import { TEAM_KINDS, type TeamKind } from './team-kinds';
import { placeSlug, type PlaceGroup } from './team-places';

export interface KindAtPlace {
  kind: TeamKind;
  /** The map symbol of this kind at the place. */
  group: PlaceGroup;
  count: number;
}

export interface PlaceSummary {
  /** The place's slug (`den-haag`), the same for all its symbols. */
  slug: string;
  place: string;
  province: ProvinceCode;
  coordinates: Position;
  /** One entry per kind the place has (never a kind with no teams), in TEAM_KINDS order. */
  kinds: KindAtPlace[];
  teamIds: string[];
}

/**
 * The place that `key` names: a place's slug (`den-haag`) or one of its symbols (`den-haag-pandgebonden`, as links
 * made before places covered all their kinds say). Null when no symbol is there.
 */
export function placeSummary(groups: readonly PlaceGroup[], key: string): PlaceSummary | null {
  const symbol = groups.find((g) => g.key === key);
  const slug = symbol ? placeSlug(symbol.place) : key;
  const atPlace = groups.filter((g) => placeSlug(g.place) === slug);
  return atPlace.length > 0 ? summaryOf(slug, atPlace) : null;
}

/** A place's summary from its symbols (at least one), put in the legend's order. */
function summaryOf(slug: string, atPlace: PlaceGroup[]): PlaceSummary {
  atPlace.sort((a, b) => TEAM_KINDS.indexOf(a.kind) - TEAM_KINDS.indexOf(b.kind));
  const first = atPlace[0]!;
  return {
    slug,
    place: first.place,
    province: first.province,
    coordinates: first.coordinates,
    kinds: atPlace.map((group) => ({ kind: group.kind, group, count: group.teamIds.length })),
    teamIds: atPlace.flatMap((g) => g.teamIds),
  };
}

/** Every place of `groups` once, with all its kinds, in one pass (a file may have tens of thousands of places). */
export function placeSummaries(groups: readonly PlaceGroup[]): PlaceSummary[] {
  const bySlug = new Map<string, PlaceGroup[]>();
  for (const group of groups) {
    const slug = placeSlug(group.place);
    const atPlace = bySlug.get(slug);
    if (atPlace) atPlace.push(group);
    else bySlug.set(slug, [group]);
  }
  return [...bySlug].map(([slug, atPlace]) => summaryOf(slug, atPlace));
}
