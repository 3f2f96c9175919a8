// Finding places by name as people type them: tolerant of case, accents, apostrophes, hyphens and "St."/"Sint",
// ranked exact match first, then names that start with the text, then names with a word that starts with it.
import { compareDutch } from './dutch-order';

/** What the matcher needs of a place; the gazetteer's places have more. */
export interface NamedPlace {
  name: string;
  aliases?: readonly string[] | undefined;
  /** The place that gives its municipality its name, ranked before smaller places with an equally good match. */
  seat?: boolean | undefined;
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
  /** The alias that matched, when the place's own name did not match as well. */
  alias: string | null;
}

interface IndexedName {
  text: string;
  normal: string;
  compact: string;
  isAlias: boolean;
}

export interface PlaceIndex<P extends NamedPlace> {
  entries: { place: P; names: IndexedName[] }[];
}

/** Normalises every name once, so each keystroke only compares strings. */
export function placeIndex<P extends NamedPlace>(places: readonly P[]): PlaceIndex<P> {
  return {
    entries: places.map((place) => ({
      place,
      names: [place.name, ...(place.aliases ?? [])].map((text, i) => {
        const normal = normalisePlaceName(text);
        return { text, normal, compact: normal.replaceAll(' ', ''), isAlias: i > 0 };
      }),
    })),
  };
}

/** How well a name matches; lower is better. */
const TIER = { exact: 0, prefix: 1, wordPrefix: 2 } as const;
type Tier = (typeof TIER)[keyof typeof TIER];

function tier(name: IndexedName, normal: string, compact: string): Tier | null {
  if (name.normal === normal || name.compact === compact) return TIER.exact;
  if (name.normal.startsWith(normal) || name.compact.startsWith(compact)) return TIER.prefix;
  if (name.normal.includes(` ${normal}`)) return TIER.wordPrefix;
  return null;
}

/**
 * Places whose name or alias matches what was typed, best first: exact, then prefix, then word prefix; within a
 * tier municipality seats first, then shorter names, then alphabetical (Dutch order).
 */
export function matchPlaces<P extends NamedPlace>(index: PlaceIndex<P>, query: string, limit = 8): PlaceMatch<P>[] {
  const normal = normalisePlaceName(query);
  if (!normal) return [];
  const compact = normal.replaceAll(' ', '');
  const found: { match: PlaceMatch<P>; tier: Tier; length: number }[] = [];
  for (const { place, names } of index.entries) {
    let best: { tier: Tier; name: IndexedName } | null = null;
    for (const name of names) {
      const t = tier(name, normal, compact);
      if (t !== null && (!best || t < best.tier)) best = { tier: t, name };
    }
    if (best) {
      found.push({
        match: { place, alias: best.name.isAlias ? best.name.text : null },
        tier: best.tier,
        length: best.name.normal.length,
      });
    }
  }
  found.sort(
    (a, b) =>
      a.tier - b.tier ||
      Number(Boolean(b.match.place.seat)) - Number(Boolean(a.match.place.seat)) ||
      a.length - b.length ||
      compareDutch(a.match.place.name, b.match.place.name),
  );
  return found.slice(0, limit).map((f) => f.match);
}
