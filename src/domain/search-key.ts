// The searched place as a link's key (`?zoek=amersfoort`): a readable slug of its name, with its municipality after
// an underscore where places share a name (`valkenburg_katwijk`), and finding the place a key stands for.
import { matchPlaces, placeIndex, type NamedPlace, type PlaceIndex } from './place-names';

/** What a key needs of a place: the gazetteer's places have more. */
export interface KeyedPlace extends NamedPlace {
  province: string;
  municipality?: string | undefined;
}

export const MAX_SEARCH_KEY_LENGTH = 80;
/** Words of lowercase letters and digits joined by hyphens; a second such part after `_` tells places apart. */
export const SEARCH_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:_[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
/** What a hand-written value may hold before it is made a key: letters, digits, spaces and a name's punctuation. */
const HAND_WRITTEN = /^[\p{L}\p{M}\p{N} '’.()/-]+$/u;

/** "'s-Hertogenbosch" → "s-hertogenbosch", "Sint Odiliënberg" → "sint-odilienberg". */
export function placeNameSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A `?zoek=` value as a key: a key stays as it is; a name written by hand ("Den Haag") becomes its slug; anything
 * else (markup, a script URL, very long text) is null, ignored as the other parameters' hostile values are.
 */
export function parseSearchKey(value: string | null): string | null {
  if (!value || value.length > MAX_SEARCH_KEY_LENGTH) return null;
  if (SEARCH_KEY.test(value)) return value;
  if (!HAND_WRITTEN.test(value)) return null;
  const slug = placeNameSlug(value);
  return slug && SEARCH_KEY.test(slug) ? slug : null;
}

/** Where a key leads in one gazetteer: every place by name and municipality (or province), and unique names alone. */
interface KeyTable<P extends KeyedPlace> {
  byKey: Map<string, P>;
  nameCount: Map<string, number>;
  index: PlaceIndex<P>;
}

const tables = new WeakMap<readonly KeyedPlace[], KeyTable<KeyedPlace>>();

function keyTable<P extends KeyedPlace>(places: readonly P[]): KeyTable<P> {
  const cached = tables.get(places) as KeyTable<P> | undefined;
  if (cached) return cached;
  const nameCount = new Map<string, number>();
  for (const place of places) {
    const name = placeNameSlug(place.name);
    nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
  }
  const byKey = new Map<string, P>();
  for (const place of places) {
    for (const key of [qualifiedKey(place), provinceKey(place)]) if (!byKey.has(key)) byKey.set(key, place);
    const name = placeNameSlug(place.name);
    if (nameCount.get(name) === 1) byKey.set(name, place);
  }
  const table = { byKey, nameCount, index: placeIndex(places) };
  tables.set(places, table as KeyTable<KeyedPlace>);
  return table;
}

function qualifiedKey(place: KeyedPlace): string {
  return place.municipality ? `${placeNameSlug(place.name)}_${placeNameSlug(place.municipality)}` : provinceKey(place);
}

/** "NL-ZH" → "valkenburg_zh": for places that share a name and have no municipality to tell them apart. */
function provinceKey(place: KeyedPlace): string {
  return `${placeNameSlug(place.name)}_${placeNameSlug(place.province.replace(/^NL-/, ''))}`;
}

/** The key of `place` among `places`: its name's slug, or with its municipality where another place has that name. */
export function searchKeyOf<P extends KeyedPlace>(place: P, places: readonly P[]): string {
  const name = placeNameSlug(place.name);
  return (keyTable(places).nameCount.get(name) ?? 0) > 1 ? qualifiedKey(place) : name;
}

/**
 * The place a key stands for: the place with that key, or else the search's best match for its words (so
 * `?zoek=den-bosch` finds 's-Hertogenbosch by its alias and `?zoek=valkenburg` the larger Valkenburg); null if none.
 */
export function placeOfSearchKey<P extends KeyedPlace>(key: string, places: readonly P[]): P | null {
  const table = keyTable(places);
  const exact = table.byKey.get(key);
  if (exact) return exact;
  const [match] = matchPlaces(table.index, key.replace(/[-_]/g, ' '), 1);
  return match?.place ?? null;
}
