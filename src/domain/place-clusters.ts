// The map's level of detail: above CLUSTER_ABOVE_PLACES symbols, the places of each kind are grouped by a grid on
// screen into one symbol per grid cell, which carries the summed number of teams. Below it every place is its own
// symbol, exactly as it always was. Pure: the caller projects the places (any projection, any unit).
import { TEAM_KINDS, type TeamKind } from './team-kinds';
import type { PlaceGroup } from './team-places';

/**
 * Above this many symbols (places × kinds) the maps cluster: enough for every real team file (44 teams give about
 * 40 symbols), and about where the country's map at its first zoom is so full of symbols that they cover each other.
 */
export const CLUSTER_ABOVE_PLACES = 500;

/** A grid cell's width and height in screen pixels: the three kinds' clusters in one cell stand side by side. */
export const CLUSTER_CELL = 80;

/** A place as projected onto the picture, in the picture's units. */
export interface ProjectedPlace {
  group: PlaceGroup;
  x: number;
  y: number;
}

export interface PlaceCluster {
  /** Stable while the picture keeps its size: the place's key for a cluster of one, else kind and grid cell. */
  key: string;
  kind: TeamKind;
  /** The mean of its places' positions (a single place keeps its own). */
  x: number;
  y: number;
  places: readonly PlaceGroup[];
  /** The teams of all its places. */
  teams: number;
  /**
   * Where it stands among the symbols around its point, as PlaceGroup's slot and slots: a single place's own; a
   * cluster of several places takes its kind's slot of all kinds, so that the kinds' clusters of one cell stand side by
   * side.
   */
  slot: number;
  slots: number;
}

export function clustersAreDrawn(placeCount: number): boolean {
  return placeCount > CLUSTER_ABOVE_PLACES;
}

/**
 * The clusters of `places`: one per kind and grid cell of `cell` units, each kind on its own, so that a kind filter
 * only shows or hides clusters and never computes them again. With CLUSTER_ABOVE_PLACES places or fewer, one cluster
 * per place at its own position. Clusters come in the order of TEAM_KINDS, then of their cells (row by row).
 */
export function placeClusters(places: readonly ProjectedPlace[], cell: number): PlaceCluster[] {
  if (!clustersAreDrawn(places.length)) {
    return places.map(({ group, x, y }) => ({
      key: group.key,
      kind: group.kind,
      x,
      y,
      places: [group],
      teams: group.teamIds.length,
      slot: group.slot,
      slots: group.slots,
    }));
  }
  const cells = new Map<string, { kind: TeamKind; row: number; column: number; members: ProjectedPlace[] }>();
  for (const place of places) {
    const column = Math.floor(place.x / cell);
    const row = Math.floor(place.y / cell);
    const id = `${place.group.kind}:${row}:${column}`;
    const found = cells.get(id);
    if (found) found.members.push(place);
    else cells.set(id, { kind: place.group.kind, row, column, members: [place] });
  }
  const kindOrder = (kind: TeamKind) => TEAM_KINDS.indexOf(kind);
  return [...cells.values()]
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.row - b.row || a.column - b.column)
    .map(({ kind, row, column, members }) => {
      const only = members.length === 1 ? members[0] : undefined;
      if (only) {
        const { group, x, y } = only;
        return {
          key: group.key,
          kind,
          x,
          y,
          places: [group],
          teams: teamsOf(members),
          slot: group.slot,
          slots: group.slots,
        };
      }
      return {
        key: `${kind}-${row}-${column}`,
        kind,
        x: mean(members.map((m) => m.x)),
        y: mean(members.map((m) => m.y)),
        places: members.map((m) => m.group),
        teams: teamsOf(members),
        slot: kindOrder(kind),
        slots: TEAM_KINDS.length,
      };
    });
}

function teamsOf(members: readonly ProjectedPlace[]): number {
  return members.reduce((sum, m) => sum + m.group.teamIds.length, 0);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
