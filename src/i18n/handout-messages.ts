// Interface text of a search as a link (`?zoek=`) and of its handout "Teams bij jou in de buurt", Dutch and English.

export interface HandoutMessages {
  /** A link's searched place is not in the gazetteer. */
  linkNotFound: (query: string) => string;
  /** The gazetteer did not load, so a link's searched place could not be looked up. */
  linkUnavailable: (query: string) => string;
  openButton: string;
  title: string;
  /** Under the title: the place and where it lies. */
  placeLine: (place: string, whereabouts: string) => string;
  listTitle: string;
  /** One line of the list: kind, team or place, distance. */
  distanceNote: string;
  mapTitle: string;
  /** The map's accessible name. */
  mapLabel: (place: string) => string;
  linkTitle: string;
  print: string;
  savePng: string;
  saving: string;
  saveFailed: string;
  close: string;
  /** The PNG's file name, without extension. */
  fileName: (placeSlug: string) => string;
}

const nl: HandoutMessages = {
  linkNotFound: (query) =>
    `De link zoekt naar “${query}”, maar die plaats staat niet in de plaatsenlijst. De rest van de link is wel gevolgd; zoek hieronder een andere plaats.`,
  linkUnavailable: (query) =>
    `De link zoekt naar “${query}”, maar de plaatsenlijst kon niet worden geladen. De rest van de link is wel gevolgd.`,
  openButton: 'Maak een handout',
  title: 'Teams bij jou in de buurt',
  placeLine: (place, whereabouts) => `${place} (${whereabouts})`,
  listTitle: 'Dichtstbijzijnde team van elke soort',
  distanceNote: 'Afstand hemelsbreed, vanaf het midden van de plaats.',
  mapTitle: 'Kaart van de omgeving',
  mapLabel: (place) => `Kaart van de omgeving van ${place} met de dichtstbijzijnde teams`,
  linkTitle: 'Deze weergave online',
  print: 'Afdrukken (A4)',
  savePng: 'Opslaan als PNG (1920 × 1080)',
  saving: 'Bezig met opslaan…',
  saveFailed: 'De PNG kon niet worden gemaakt.',
  close: 'Sluiten',
  fileName: (slug) => `binnenwerk-teams-bij-${slug}`,
};

const en: HandoutMessages = {
  linkNotFound: (query) =>
    `The link searches for “${query}”, but that place is not in the list of places. The rest of the link was followed; search for another place below.`,
  linkUnavailable: (query) =>
    `The link searches for “${query}”, but the list of places could not be loaded. The rest of the link was followed.`,
  openButton: 'Make a handout',
  title: 'Teams near you',
  placeLine: (place, whereabouts) => `${place} (${whereabouts})`,
  listTitle: 'Nearest team of each kind',
  distanceNote: 'Straight-line distance from the centre of the place.',
  mapTitle: 'Map of the area',
  mapLabel: (place) => `Map of the area around ${place} with the nearest teams`,
  linkTitle: 'This view online',
  print: 'Print (A4)',
  savePng: 'Save as PNG (1920 × 1080)',
  saving: 'Saving…',
  saveFailed: 'The PNG could not be made.',
  close: 'Close',
  fileName: (slug) => `binnenwerk-teams-near-${slug}`,
};

export const HANDOUT_MESSAGES = { nl, en } as const;
