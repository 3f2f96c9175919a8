// What the handout says, in the interface language: one set of texts for the page (handout-page.tsx) and the PNG.
import type { TeamKind } from '../../domain/team-kinds';

export interface HandoutEntry {
  kind: TeamKind;
  kindName: string;
  /** The team, or the place with its number of teams where several of that kind are there. */
  team: string;
  distance: string;
}

export interface HandoutContent {
  title: string;
  placeLine: string;
  mapTitle: string;
  mapLabel: string;
  listTitle: string;
  entries: HandoutEntry[];
  /** Said where no team of the kinds shown exists. */
  emptyList: string;
  distanceNote: string;
  linkTitle: string;
  link: string;
  /** Source and attribution (required by the licences). */
  footer: string[];
}
