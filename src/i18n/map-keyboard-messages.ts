// What a screen reader hears while moving through the map by keyboard (issue 16), Dutch and English: the place, its
// province and teams, its position in reading order, and where it lies from the previous place and from a searched
// place; the end of a direction; a province. Built from domain/spatial-focus.ts's answers.
import { formatNumber, type Language } from '../domain/format';
import type { CompassPoint, Direction } from '../domain/spatial-focus';

export interface PlaceMove {
  place: string;
  province: string;
  /** Its teams in words ("9 pandgebonden en 4 administratieve teams", place-messages.ts). */
  teams: string;
  /** 1-based position in reading order (north to south), of how many places. */
  position: number;
  of: number;
  /** Where it lies from the place the focus came from; null for the first place. */
  from: { place: string; km: number; towards: CompassPoint } | null;
  /** The distance to the searched place, if a place was searched. */
  search: { place: string; km: number } | null;
}

interface KeyboardWords {
  towards: Record<CompassPoint, string>;
  /** "3 van 30" */
  position: (position: number, of: number) => string;
  fromPlace: (distance: string, towards: string, place: string) => string;
  toSearch: (distance: string, place: string) => string;
  last: (direction: string, place: string) => string;
  lastProvince: (direction: string, province: string) => string;
  province: (province: string, teams: string, position: number, of: number) => string;
}

/** An arrow's direction as the point of the compass it is said as. */
const COMPASS_OF: Record<Direction, CompassPoint> = { north: 'n', east: 'e', south: 's', west: 'w' };

const WORDS: Record<Language, KeyboardWords> = {
  nl: {
    towards: {
      n: 'het noorden',
      ne: 'het noordoosten',
      e: 'het oosten',
      se: 'het zuidoosten',
      s: 'het zuiden',
      sw: 'het zuidwesten',
      w: 'het westen',
      nw: 'het noordwesten',
    },
    position: (position, of) => `${position} van ${of}`,
    fromPlace: (distance, towards, place) => `${distance} naar ${towards} van ${place}`,
    toSearch: (distance, place) => `${distance} van ${place}`,
    last: (direction, place) => `Geen plaats met teams meer naar ${direction} van ${place}.`,
    lastProvince: (direction, province) => `Geen provincie meer naar ${direction} van ${province}.`,
    province: (province, teams, position, of) => `${province}: ${teams}. Provincie ${position} van ${of}.`,
  },
  en: {
    towards: {
      n: 'the north',
      ne: 'the north-east',
      e: 'the east',
      se: 'the south-east',
      s: 'the south',
      sw: 'the south-west',
      w: 'the west',
      nw: 'the north-west',
    },
    position: (position, of) => `${position} of ${of}`,
    fromPlace: (distance, towards, place) => `${distance} to ${towards} of ${place}`,
    toSearch: (distance, place) => `${distance} from ${place}`,
    last: (direction, place) => `No more places with teams to ${direction} of ${place}.`,
    lastProvince: (direction, province) => `No more provinces to ${direction} of ${province}.`,
    province: (province, teams, position, of) => `${province}: ${teams}. Province ${position} of ${of}.`,
  },
};

/** "12 km", "3,4 km" below 10 km (a place a few streets away is not "3 km" from one 3,4 km away). */
export function distanceText(km: number, language: Language): string {
  return `${formatNumber(km, km < 10 ? 1 : 0, language)} km`;
}

/** "Zwolle, Overijssel: 1 pandgebonden team. 12 van 30. 35 km naar het noordoosten van Kalenberg." */
export function placeMoveText(move: PlaceMove, language: Language): string {
  const words = WORDS[language];
  const parts = [`${move.place}, ${move.province}: ${move.teams}.`, `${words.position(move.position, move.of)}.`];
  if (move.from) {
    const { km, towards, place } = move.from;
    parts.push(`${capitalise(words.fromPlace(distanceText(km, language), words.towards[towards], place))}.`);
  }
  if (move.search)
    parts.push(`${capitalise(words.toSearch(distanceText(move.search.km, language), move.search.place))}.`);
  return parts.join(' ');
}

/** Said when an arrow finds no place (or province) further that way: the focus stays where it is. */
export function lastInDirectionText(
  direction: Direction,
  name: string,
  language: Language,
  moving: 'places' | 'provinces' = 'places',
): string {
  const words = WORDS[language];
  return (moving === 'places' ? words.last : words.lastProvince)(words.towards[COMPASS_OF[direction]], name);
}

/** "Gelderland: 10 teams. Provincie 3 van 12." */
export function provinceMoveText(
  province: string,
  teams: string,
  position: number,
  of: number,
  language: Language,
): string {
  return WORDS[language].province(province, teams, position, of);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The keyboard layer's own words: its name, the short hint every visit hears, and the help's list of keys. */
export interface MapKeyboardText {
  label: string;
  roleDescription: string;
  hint: string;
  helpTitle: string;
  helpIntro: string;
  keys: readonly (readonly [keys: string, what: string])[];
  close: string;
  /** Said when Enter chose the focused place. */
  chosen: (place: string) => string;
  /** Said when P switches what the arrows move between. */
  provincesMode: string;
  placesMode: string;
}

export const MAP_KEYBOARD_TEXT: Record<Language, MapKeyboardText> = {
  nl: {
    label: 'Plaatsen met teams op de kaart',
    roleDescription: 'kaart',
    hint: 'Pijltjestoetsen: naar de dichtstbijzijnde plaats in die richting. Enter: de details. P: provincies. Vraagteken: alle toetsen.',
    helpTitle: 'Toetsen op de kaart',
    helpIntro: 'Met de focus op de kaart:',
    keys: [
      ['Pijltje omhoog, omlaag, links, rechts', 'naar de dichtstbijzijnde plaats met teams in die richting'],
      ['Home en End', 'naar de noordelijkste en de zuidelijkste plaats'],
      ['Page Up en Page Down', 'naar de vorige en de volgende plaats, van noord naar zuid'],
      ['Enter of spatie', 'de details van de plaats openen'],
      ['Escape', 'de details sluiten; de focus blijft op dezelfde plaats'],
      ['P', 'wisselen tussen plaatsen en provincies'],
      ['Shift en een pijltje', 'de kaart verschuiven'],
      ['Plus en min', 'in- en uitzoomen'],
      ['Tab', 'verder naar de rest van de pagina'],
      ['Vraagteken', 'deze lijst'],
    ],
    close: 'Sluiten',
    chosen: (place) => `${place} gekozen; de details zijn geopend.`,
    provincesMode: 'Provincies: de pijltjes gaan nu van provincie naar provincie. P: terug naar de plaatsen.',
    placesMode: 'Plaatsen: de pijltjes gaan weer van plaats naar plaats.',
  },
  en: {
    label: 'Places with teams on the map',
    roleDescription: 'map',
    hint: 'Arrow keys: to the nearest place in that direction. Enter: its details. P: provinces. Question mark: all keys.',
    helpTitle: 'Keys on the map',
    helpIntro: 'With the focus on the map:',
    keys: [
      ['Arrow up, down, left, right', 'to the nearest place with teams in that direction'],
      ['Home and End', 'to the northernmost and the southernmost place'],
      ['Page Up and Page Down', 'to the previous and the next place, north to south'],
      ['Enter or space', 'open the place’s details'],
      ['Escape', 'close the details; the focus stays on the same place'],
      ['P', 'switch between places and provinces'],
      ['Shift and an arrow key', 'move the map'],
      ['Plus and minus', 'zoom in and out'],
      ['Tab', 'on to the rest of the page'],
      ['Question mark', 'this list'],
    ],
    close: 'Close',
    chosen: (place) => `${place} chosen; its details are open.`,
    provincesMode: 'Provinces: the arrows now move from province to province. P: back to the places.',
    placesMode: 'Places: the arrows move from place to place again.',
  },
};
