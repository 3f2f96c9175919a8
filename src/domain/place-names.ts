// Finding places by name as people type them: tolerant of case, accents, apostrophes, hyphens, "St."/"Sint" and
// small typing errors; finds places by their other names (Frisian, "Den Bosch") and by the municipality or region
// they stand for (Texel → Den Burg). Ranked: exact, then other name exact, then prefix, then word prefix, then typo;
// within each, the more populous place first.
import { compareDutch } from './dutch-order';

/** A municipality (Texel) or region (Walcheren) without a place of its name, found through its main place. */
export interface PlaceArea {
  name: string;
  kind: 'municipality' | 'region';
}

/** What the matcher needs of a place; the gazetteer's places have more. */
export interface NamedPlace {
  name: string;
  aliases?: readonly string[] | undefined;
  /** The place that gives its municipality its name, ranked before places with an equal match and population. */
  seat?: boolean | undefined;
  /** Inhabitants, where known: the larger place first among equally good matches. */
  population?: number | undefined;
  /** The municipalities and regions this place stands for. */
  centreOf?: readonly PlaceArea[] | undefined;
}

/**
 * Lower case, no accents or apostrophes, words separated by single spaces: "'s-Hertogenbosch" → "s hertogenbosch",
 * "Sint Odiliënberg" → "sint odilienberg". "St." and "St " before another word become "sint"; a lone "st" at the end
 * stays, so that typing "St" still finds "Stadskanaal".
 */
export function normalisePlaceName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/\bst\.\s*/g, 'sint ')
    .replace(/\bst\s+(?=[a-z0-9])/g, 'sint ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface PlaceMatch<P extends NamedPlace> {
  place: P;
  /** The other name that matched ("Ljouwert" for Leeuwarden), when the place's own name did not match as well. */
  alias: string | null;
  /** The municipality or region that matched ("Texel" for Den Burg), when neither the name nor an alias did. */
  area: PlaceArea | null;
  /** True when the text matched only with a typing error allowed ("Amsterdm"). */
  typo: boolean;
}

interface IndexedName {
  normal: string;
  compact: string;
  /** Null for the place's own name. */
  via: { alias: string } | { area: PlaceArea } | null;
}

export interface PlaceIndex<P extends NamedPlace> {
  entries: { place: P; names: IndexedName[] }[];
}

function indexedName(text: string, via: IndexedName['via']): IndexedName {
  const normal = normalisePlaceName(text);
  return { normal, compact: normal.replaceAll(' ', ''), via };
}

/** Normalises every name once, so each keystroke only compares strings. */
export function placeIndex<P extends NamedPlace>(places: readonly P[]): PlaceIndex<P> {
  return {
    entries: places.map((place) => ({
      place,
      names: [
        indexedName(place.name, null),
        ...(place.aliases ?? []).map((alias) => indexedName(alias, { alias })),
        ...(place.centreOf ?? []).map((area) => indexedName(area.name, { area })),
      ],
    })),
  };
}

/** How well a name matches; lower is better. */
const TIER = { exact: 0, otherExact: 1, prefix: 2, otherPrefix: 3, wordPrefix: 4, typo: 5 } as const;
type Tier = (typeof TIER)[keyof typeof TIER];

/** Typing errors tolerated: none in a short text (too many names lie one letter from "Ede"), two in a long one. */
export function allowedTypos(compactLength: number): number {
  if (compactLength < 4) return 0;
  return compactLength < 8 ? 1 : 2;
}

/**
 * The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two neighbouring
 * letters) from `typed` to `name` as a whole and to its best-fitting beginning, or null when both exceed `max`.
 */
export function typoDistance(typed: string, name: string, max: number): { whole: number; prefix: number } | null {
  const m = typed.length;
  const n = name.length;
  if (n < m - max) return null;
  // Three rows of the distance table, reused: this runs for every name on every keystroke that needs it.
  let before = new Uint8Array(n + 1);
  let previous = new Uint8Array(n + 1);
  let current = new Uint8Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = Math.min(j, 255);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = typed.charCodeAt(i - 1) === name.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && typed[i - 1] === name[j - 2] && typed[i - 2] === name[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return null;
    [before, previous, current] = [previous, current, before];
  }
  const whole = previous[n]!;
  // A beginning of the name as long as the text, give or take the errors allowed.
  let prefix = whole;
  for (let j = Math.max(0, m - max); j <= Math.min(n, m + max); j++) prefix = Math.min(prefix, previous[j]!);
  return whole <= max || prefix <= max ? { whole, prefix } : null;
}

interface Found {
  tier: Tier;
  /** Typing errors; 0 outside the typo tier. */
  errors: number;
  name: IndexedName;
}

function exactTier(name: IndexedName, normal: string, compact: string): Tier | null {
  const own = name.via === null;
  if (name.normal === normal || name.compact === compact) return own ? TIER.exact : TIER.otherExact;
  if (name.normal.startsWith(normal) || name.compact.startsWith(compact)) return own ? TIER.prefix : TIER.otherPrefix;
  if (name.normal.includes(` ${normal}`)) return TIER.wordPrefix;
  return null;
}

function bestMatch(names: readonly IndexedName[], normal: string, compact: string): Found | null {
  let best: Found | null = null;
  for (const name of names) {
    const tier = exactTier(name, normal, compact);
    if (tier !== null && (!best || tier < best.tier)) best = { tier, errors: 0, name };
  }
  return best;
}

function bestTypoMatch(names: readonly IndexedName[], compact: string, typos: number): Found | null {
  let best: Found | null = null;
  for (const name of names) {
    const distance = typoDistance(compact, name.compact, typos);
    if (!distance) continue;
    // An error in the whole name counts as much as one in its beginning; the whole name wins a tie.
    const errors = Math.min(distance.whole, distance.prefix + 0.5);
    if (!best || errors < best.errors) best = { tier: TIER.typo, errors, name };
  }
  return best;
}

function collect<P extends NamedPlace>(
  index: PlaceIndex<P>,
  match: (names: readonly IndexedName[]) => Found | null,
): { place: P; best: Found }[] {
  const found: { place: P; best: Found }[] = [];
  for (const { place, names } of index.entries) {
    const best = match(names);
    if (best) found.push({ place, best });
  }
  return found;
}

/**
 * Places whose name, other name, municipality or region matches what was typed, best first: exact, other name
 * exact, prefix, other name prefix, word prefix, typo (fewest errors first); within a tier the larger population,
 * then municipality seats, then shorter names, then alphabetical (Dutch order).
 */
export function matchPlaces<P extends NamedPlace>(index: PlaceIndex<P>, query: string, limit = 8): PlaceMatch<P>[] {
  const normal = normalisePlaceName(query);
  if (!normal) return [];
  const compact = normal.replaceAll(' ', '');
  const typos = allowedTypos(compact.length);
  let found = collect(index, (names) => bestMatch(names, normal, compact));
  // Typing errors only when nothing matches without: "Zwol" suggests Zwolle, not also Wolvega one letter away.
  if (found.length === 0 && typos > 0) found = collect(index, (names) => bestTypoMatch(names, compact, typos));
  found.sort(
    (a, b) =>
      a.best.tier - b.best.tier ||
      a.best.errors - b.best.errors ||
      (b.place.population ?? 0) - (a.place.population ?? 0) ||
      Number(Boolean(b.place.seat)) - Number(Boolean(a.place.seat)) ||
      a.best.name.normal.length - b.best.name.normal.length ||
      compareDutch(a.place.name, b.place.name),
  );
  return found.slice(0, limit).map(({ place, best: { tier, name } }) => ({
    place,
    alias: name.via && 'alias' in name.via ? name.via.alias : null,
    area: name.via && 'area' in name.via ? name.via.area : null,
    typo: tier === TIER.typo,
  }));
}
