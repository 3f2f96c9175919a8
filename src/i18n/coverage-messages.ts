// Interface text of the coverage views (features/coverage: the view choice in the legend, its key, and the table per
// province), Dutch and English. Numbers come in already formatted; `kind` is the kind's name in lower case or null.
import type { ShadingType } from '../domain/map-shading';

export interface CoverageMessages {
  choiceTitle: string;
  choice: Record<ShadingType, string>;
  distanceTitle: string;
  km: (km: string) => string;
  computing: string;
  failed: string;
  retry: string;
  /** "van een team" / "van een team voor bos- en natuurbeheer". */
  ofATeam: (kind: string | null) => string;
  noTeam: string;
  teams: (range: string, count: number) => string;
  provincesWithTeams: (withTeams: number, total: number, kind: string | null) => string;
  withinReach: (km: string, kind: string | null) => string;
  fartherAway: string;
  /** "64% van het land ligt binnen 25 km van een team." */
  countryShare: (percent: string, km: string, kind: string | null) => string;
  unreached: (km: string, kind: string | null, provinces: string) => string;
  allReached: (km: string, kind: string | null) => string;
  nearestKey: (kind: string | null) => string;
  nearestHint: string;
  straightLine: string;
  tableTitle: Record<Exclude<ShadingType, 'teams'>, string>;
  column: {
    province: string;
    teams: string;
    land: string;
    reachedShare: (km: string) => string;
    reachedArea: (km: string) => string;
    place: string;
    kinds: string;
    nearestArea: string;
    nearestShare: string;
  };
  total: string;
  noneOfKind: (kind: string | null) => string;
}

const ofNl = (kind: string | null) => (kind ? `van een team voor ${kind}` : 'van een team');
const ofEn = (kind: string | null) => (kind ? `of a ${kind} team` : 'of a team');

export const COVERAGE_MESSAGES: Record<'nl' | 'en', CoverageMessages> = {
  nl: {
    choiceTitle: 'Weergave',
    choice: {
      teams: 'Alleen de teams',
      'teams-per-province': 'Teams per provincie',
      reach: 'Bereik',
      nearest: 'Dichtstbijzijnde team',
    },
    distanceTitle: 'Afstand (hemelsbreed)',
    km: (km) => `${km} km`,
    computing: 'Het bereik wordt berekend…',
    failed: 'Het bereik kon niet worden berekend. De teams staan nog op de kaart.',
    retry: 'Opnieuw proberen',
    ofATeam: ofNl,
    noTeam: 'geen team',
    teams: (range, count) => `${range} ${count === 1 ? 'team' : 'teams'}`,
    provincesWithTeams: (withTeams, total, kind) =>
      `${withTeams} van ${total} provincies hebben een team${kind ? ` voor ${kind}` : ''}.`,
    withinReach: (km, kind) => `Land binnen ${km} km ${ofNl(kind)}`,
    fartherAway: 'Verder weg',
    countryShare: (percent, km, kind) => `${percent}% van het land ligt binnen ${km} km ${ofNl(kind)}.`,
    unreached: (km, kind, provinces) => `Geen land binnen ${km} km ${ofNl(kind)} in: ${provinces}.`,
    allReached: (km, kind) => `Elke provincie heeft land binnen ${km} km ${ofNl(kind)}.`,
    nearestKey: (kind) =>
      `Elk gekleurd gebied ligt het dichtst bij één team${kind ? ` voor ${kind}` : ''}; de lijnen zijn de grenzen.`,
    nearestHint: 'Kies een gebied om het team te zien dat daar het dichtstbij is.',
    straightLine: 'Afstanden hemelsbreed, berekend uit de provinciegrenzen van de kaart.',
    tableTitle: {
      'teams-per-province': 'Teams per provincie',
      reach: 'Bereik per provincie',
      nearest: 'Gebied per team',
    },
    column: {
      province: 'Provincie',
      teams: 'Teams',
      land: 'Land (km²)',
      reachedShare: (km) => `Binnen ${km} km (%)`,
      reachedArea: (km) => `Binnen ${km} km (km²)`,
      place: 'Plaats',
      kinds: 'Soort',
      nearestArea: 'Land dichtst bij (km²)',
      nearestShare: 'Deel van het land (%)',
    },
    total: 'Nederland',
    noneOfKind: (kind) => `Er staat geen team${kind ? ` voor ${kind}` : ''} op de kaart.`,
  },
  en: {
    choiceTitle: 'Map view',
    choice: {
      teams: 'Teams only',
      'teams-per-province': 'Teams per province',
      reach: 'Reach',
      nearest: 'Nearest team',
    },
    distanceTitle: 'Distance (straight line)',
    km: (km) => `${km} km`,
    computing: 'Working out the reach…',
    failed: 'The reach could not be worked out. The teams are still on the map.',
    retry: 'Try again',
    ofATeam: ofEn,
    noTeam: 'no team',
    teams: (range, count) => `${range} ${count === 1 ? 'team' : 'teams'}`,
    provincesWithTeams: (withTeams, total, kind) =>
      `${withTeams} of ${total} provinces have a${kind ? ` ${kind}` : ''} team.`,
    withinReach: (km, kind) => `Land within ${km} km ${ofEn(kind)}`,
    fartherAway: 'Farther away',
    countryShare: (percent, km, kind) => `${percent}% of the land lies within ${km} km ${ofEn(kind)}.`,
    unreached: (km, kind, provinces) => `No land within ${km} km ${ofEn(kind)} in: ${provinces}.`,
    allReached: (km, kind) => `Every province has land within ${km} km ${ofEn(kind)}.`,
    nearestKey: (kind) =>
      `Each coloured area is nearest to one${kind ? ` ${kind}` : ''} team; the lines are the borders.`,
    nearestHint: 'Choose an area to see the team nearest to it.',
    straightLine: "Straight-line distances, worked out from the map's province boundaries.",
    tableTitle: {
      'teams-per-province': 'Teams per province',
      reach: 'Reach per province',
      nearest: 'Area per team',
    },
    column: {
      province: 'Province',
      teams: 'Teams',
      land: 'Land (km²)',
      reachedShare: (km) => `Within ${km} km (%)`,
      reachedArea: (km) => `Within ${km} km (km²)`,
      place: 'Place',
      kinds: 'Kind',
      nearestArea: 'Land nearest (km²)',
      nearestShare: 'Share of the land (%)',
    },
    total: 'The Netherlands',
    noneOfKind: (kind) => `There is no${kind ? ` ${kind}` : ''} team on the map.`,
  },
};
