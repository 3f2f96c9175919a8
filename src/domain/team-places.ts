// Groups teams into map symbols: one symbol per place and kind, with a count where teams share a place.
import type { Team } from '../data/teams-file';
import type { ProvinceCode } from './provinces';
import { TEAM_KINDS, type TeamKind } from './team-kinds';

export interface PlaceGroup {
  /** Stable, URL-safe key such as `den-haag-pandgebonden`. */
  key: string;
  place: string;
  province: ProvinceCode;
  coordinates: [number, number];
  kind: TeamKind;
  teamIds: string[];
  /** Position among the kinds at this place (0-based) and how many kinds share it, to set symbols side by side. */
  slot: number;
  slots: number;
}

export function placeSlug(place: string): string {
  return place
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');
}

export function placeGroups(teams: readonly Team[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const team of teams) {
    for (const location of team.locations) {
      const key = `${placeSlug(location.place)}-${team.kind}`;
      const group = groups.get(key);
      if (group) {
        group.teamIds.push(team.id);
      } else {
        groups.set(key, {
          key,
          place: location.place,
          province: location.province,
          coordinates: location.coordinates,
          kind: team.kind,
          teamIds: [team.id],
          slot: 0,
          slots: 1,
        });
      }
    }
  }
  const list = [...groups.values()];
  const byPlace = new Map<string, PlaceGroup[]>();
  for (const group of list) {
    const slug = placeSlug(group.place);
    const sharing = byPlace.get(slug);
    if (sharing) sharing.push(group);
    else byPlace.set(slug, [group]);
  }
  for (const sharing of byPlace.values()) {
    sharing.sort((a, b) => TEAM_KINDS.indexOf(a.kind) - TEAM_KINDS.indexOf(b.kind));
    sharing.forEach((group, index) => {
      group.slot = index;
      group.slots = sharing.length;
    });
  }
  return list;
}

export function placeGroupsOfTeam(groups: readonly PlaceGroup[], teamId: string): PlaceGroup[] {
  return groups.filter((g) => g.teamIds.includes(teamId));
}
