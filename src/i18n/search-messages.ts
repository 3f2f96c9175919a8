// Interface text of the place search ("which team is near me?"), Dutch and English.
import type { PlaceArea } from '../domain/place-names';

export interface SearchMessages {
  title: string;
  label: string;
  hint: string;
  listLabel: string;
  clear: string;
  loading: string;
  dataError: string;
  suggestions: (n: number) => string;
  /** The suggestions when only names with a typing error allowed matched. */
  typoSuggestions: (n: number) => string;
  /** How a place found through its municipality or region matched: "gemeente Texel". */
  viaArea: (area: PlaceArea) => string;
  noMatch: (query: string) => string;
  chosen: (place: string, teams: string) => string;
  resultsTitle: (place: string) => string;
  resultsNote: string;
  teamsAtPlace: (place: string, n: number) => string;
  distance: (km: string) => string;
  noTeams: string;
  /** Where a place lies: its province, and its municipality where places share a name. */
  whereabouts: (province: string, municipality: string | undefined) => string;
}

const nl: SearchMessages = {
  title: 'Welk team is bij mij in de buurt?',
  label: 'Plaatsnaam',
  hint: 'Typ een plaats of gemeente in Nederland, bijvoorbeeld Amersfoort, Den Bosch, Ljouwert of Texel.',
  listLabel: 'Plaatsen',
  clear: 'Wis zoekopdracht',
  loading: 'Plaatsen worden geladen…',
  dataError: 'De lijst met plaatsen kon niet worden geladen.',
  suggestions: (n) =>
    n === 1
      ? '1 plaats gevonden; kies met pijltjestoetsen en Enter.'
      : `${n} plaatsen gevonden; kies met pijltjestoetsen en Enter.`,
  typoSuggestions: (n) =>
    n === 1
      ? 'Geen plaats met precies deze naam; 1 plaats die erop lijkt. Kies met pijltjestoetsen en Enter.'
      : `Geen plaats met precies deze naam; ${n} plaatsen die erop lijken. Kies met pijltjestoetsen en Enter.`,
  viaArea: (area) => (area.kind === 'municipality' ? `gemeente ${area.name}` : `regio ${area.name}`),
  noMatch: (query) => `Geen plaats gevonden voor “${query}”.`,
  chosen: (place, teams) => `${place} gekozen. Dichtstbijzijnde teams: ${teams}.`,
  resultsTitle: (place) => `Dichtstbij ${place}`,
  resultsNote: 'Afstand hemelsbreed, vanaf het midden van de plaats. Kies een team voor de details.',
  teamsAtPlace: (place, n) => `${place} (${n} teams)`,
  distance: (km) => `${km} km`,
  noTeams: 'Geen teams van de getoonde soort.',
  whereabouts: (province, municipality) => (municipality ? `gemeente ${municipality}, ${province}` : province),
};

const en: SearchMessages = {
  title: 'Which team is near me?',
  label: 'Place name',
  hint: 'Type a place or municipality in the Netherlands, for example Amersfoort, Den Bosch, Ljouwert or Texel.',
  listLabel: 'Places',
  clear: 'Clear search',
  loading: 'Loading places…',
  dataError: 'The list of places could not be loaded.',
  suggestions: (n) =>
    n === 1
      ? '1 place found; choose with the arrow keys and Enter.'
      : `${n} places found; choose with the arrow keys and Enter.`,
  typoSuggestions: (n) =>
    n === 1
      ? 'No place of exactly this name; 1 place like it. Choose with the arrow keys and Enter.'
      : `No place of exactly this name; ${n} places like it. Choose with the arrow keys and Enter.`,
  viaArea: (area) => (area.kind === 'municipality' ? `${area.name} municipality` : `${area.name} region`),
  noMatch: (query) => `No place found for “${query}”.`,
  chosen: (place, teams) => `${place} chosen. Nearest teams: ${teams}.`,
  resultsTitle: (place) => `Nearest to ${place}`,
  resultsNote: 'Straight-line distance from the centre of the place. Choose a team for its details.',
  teamsAtPlace: (place, n) => `${place} (${n} teams)`,
  distance: (km) => `${km} km`,
  noTeams: 'No teams of the kind shown.',
  whereabouts: (province, municipality) => (municipality ? `${municipality} municipality, ${province}` : province),
};

export const SEARCH_MESSAGES = { nl, en } as const;
