import { describe, expect, it } from 'vitest';
import { realPlacesFile, realTeamsFile } from '../../tests/fixtures/public-files';
import { distanceKm } from './distance';
import { allowedTypos, matchPlaces, normalisePlaceName, placeIndex, typoDistance } from './place-names';

const places = realPlacesFile().places;
const index = placeIndex(places);
const names = (query: string, limit?: number) =>
  matchPlaces(index, query, limit).map(
    (m) => `${m.place.name}${m.alias ? ` (${m.alias})` : ''}${m.area ? ` — ${m.area.kind} ${m.area.name}` : ''}`,
  );
const first = (query: string) => matchPlaces(index, query, 1)[0]?.place;

describe('normalisePlaceName', () => {
  it.each([
    ["'s-Hertogenbosch", 's hertogenbosch'],
    ['’s-Hertogenbosch', 's hertogenbosch'],
    ['Sint Odiliënberg', 'sint odilienberg'],
    ['St. Anthonis', 'sint anthonis'],
    ['St.Anthonis', 'sint anthonis'],
    ['st anthonis', 'sint anthonis'],
    ['Sint-Oedenrode', 'sint oedenrode'],
    ['  DEN   HAAG ', 'den haag'],
    ['Feanwâlden', 'feanwalden'],
    ['Ĳmuiden', 'ijmuiden'],
    ['St', 'st'],
    ['Stadskanaal', 'stadskanaal'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePlaceName(input)).toBe(expected);
  });
});

describe('matchPlaces on the real gazetteer', () => {
  it('finds Amersfoort first, in Utrecht, from a few letters in any case', () => {
    expect(first('Amersfoort')).toMatchObject({ name: 'Amersfoort', province: 'NL-UT', coordinates: [5.3875, 52.155] });
    expect(first('amersf')?.name).toBe('Amersfoort');
    expect(first('AMERSFOORT')?.name).toBe('Amersfoort');
  });

  it('knows the common variants of Den Bosch and Den Haag', () => {
    expect(names('Den Bosch', 1)).toEqual(["'s-Hertogenbosch (Den Bosch)"]);
    expect(names('s-hertogenbosch', 1)).toEqual(["'s-Hertogenbosch"]);
    expect(names('Hertogenbosch', 1)).toEqual(["'s-Hertogenbosch"]);
    expect(names('shertogenbosch', 1)).toEqual(["'s-Hertogenbosch"]);
    expect(names('Den Haag', 1)).toEqual(['Den Haag']);
    expect(names("'s-Gravenhage", 1)).toEqual(["Den Haag ('s-Gravenhage)"]);
    expect(names('The Hague', 1)).toEqual(['Den Haag (The Hague)']);
  });

  it('treats St. and Sint, accents, hyphens and apostrophes alike', () => {
    expect(names('St. Anthonis', 1)).toEqual(['Sint Anthonis']);
    expect(names('sint-anthonis', 1)).toEqual(['Sint Anthonis']);
    expect(names('St Oedenrode', 1)).toEqual(['Sint-Oedenrode']);
    expect(names('sint odilienberg', 1)).toEqual(['Sint Odiliënberg']);
    expect(names('feanwalden', 1)).toEqual(['Feanwâlden']);
    expect(names('s gravenzande', 1)).toEqual(["'s-Gravenzande"]);
  });

  it('ranks exact matches first, then the larger place among equally good ones', () => {
    // "Ede" is exact; Ederveen only starts with "ede".
    expect(names('ede', 3)[0]).toBe('Ede');
    expect(names('utr', 3)[0]).toBe('Utrecht');
    // Amsterdam-Zuidoost, a district, carries no population of its own and comes after Amstelveen.
    expect(names('ams').slice(0, 2)).toEqual(['Amsterdam', 'Amstelveen']);
    const prefixed = matchPlaces(index, 'ams', 20).filter(
      (m) => m.place.population !== undefined && normalisePlaceName(m.place.name).startsWith('ams'),
    );
    const populations = prefixed.map((m) => m.place.population!);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('puts an exact other name before names that only start with the text', () => {
    // Noordwijk is the other name of Noordwijk-Binnen; Noordwijkerhout only starts with it.
    expect(names('Noordwijk', 2)).toEqual(['Noordwijk-Binnen (Noordwijk)', 'Noordwijkerhout']);
  });

  it('matches a word inside a name after the names that start with it', () => {
    const haag = names('haag');
    expect(haag).toContain('Den Haag');
    expect(haag.indexOf('Den Haag')).toBeGreaterThan(haag.findIndex((n) => n.startsWith('Haag')));
  });

  it('lists both places called Afferden, and nothing for nonsense', () => {
    expect(matchPlaces(index, 'Afferden').map((m) => m.place.province)).toEqual(['NL-GE', 'NL-LI']);
    expect(matchPlaces(index, 'xqzt')).toEqual([]);
    expect(matchPlaces(index, '  ')).toEqual([]);
  });

  it('resolves every team place to a gazetteer place within 5 km of the team', () => {
    for (const team of realTeamsFile().teams) {
      for (const location of team.locations) {
        const candidates = matchPlaces(index, location.place, 20).filter(
          (m) => normalisePlaceName(m.alias ?? m.place.name) === normalisePlaceName(location.place),
        );
        const near = candidates.some((m) => distanceKm(m.place.coordinates, location.coordinates) <= 5);
        expect(near, `${location.place} (${team.id})`).toBe(true);
      }
    }
  });
});

describe('places that share a name', () => {
  it('carry their municipality, so that the two Bergs in Limburg can be told apart, the larger first', () => {
    const bergs = places.filter((p) => p.name === 'Berg' && p.province === 'NL-LI');
    expect(bergs.map((p) => p.municipality).sort()).toEqual(['Stein', 'Valkenburg aan de Geul']);
    const byPopulation = [...bergs].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
    expect(matchPlaces(index, 'Berg', 2).map((m) => m.place)).toEqual(byPopulation);
    expect(first('Amersfoort')?.municipality).toBeUndefined();
  });
});

describe('typing errors', () => {
  it('measures insertions, deletions, substitutions and swapped neighbours, whole and at the beginning', () => {
    expect(typoDistance('amsterdm', 'amsterdam', 2)).toEqual({ whole: 1, prefix: 1 });
    expect(typoDistance('rotterdma', 'rotterdam', 2)).toEqual({ whole: 1, prefix: 1 });
    expect(typoDistance('amstrd', 'amsterdam', 1)).toMatchObject({ prefix: 1 });
    expect(typoDistance('xqzt', 'amsterdam', 1)).toBeNull();
    expect(typoDistance('ab', 'abcdef', 1)).toMatchObject({ prefix: 0 });
  });

  it('tolerates none in a text under four letters, one up to seven, two from eight', () => {
    expect([3, 4, 7, 8, 12].map(allowedTypos)).toEqual([0, 1, 1, 2, 2]);
  });

  it.each([
    ['Amsterdm', 'Amsterdam'],
    ['Rotterdma', 'Rotterdam'],
    ['Groningne', 'Groningen'],
    ['Apeldorn', 'Apeldoorn'],
    ['Leeuwaarden', 'Leeuwarden'],
    ['sHertogenbosh', "'s-Hertogenbosch"],
  ])('%s suggests %s first, marked as a near match', (typed, expected) => {
    const [best] = matchPlaces(index, typed, 1);
    expect(best?.place.name).toBe(expected);
    expect(best?.typo).toBe(true);
  });

  it('finds a municipality through a typing error too', () => {
    expect(matchPlaces(index, 'Haarlemermeer', 1)[0]).toMatchObject({
      place: { name: 'Hoofddorp' },
      area: { name: 'Haarlemmermeer', kind: 'municipality' },
      typo: true,
    });
  });

  it('adds no near matches while something matches without, and finds nothing for nonsense', () => {
    expect(matchPlaces(index, 'Zwol').every((m) => !m.typo)).toBe(true);
    expect(names('Texel')).toEqual(['Den Burg — municipality Texel']);
    expect(matchPlaces(index, 'qqqqqqqq')).toEqual([]);
  });
});

describe('municipalities, islands and regions', () => {
  it.each([
    ['Texel', 'Den Burg'],
    ['Westland', 'Naaldwijk'],
    ['Haarlemmermeer', 'Hoofddorp'],
    ['Súdwest-Fryslân', 'Sneek'],
    ['Sudwest Fryslan', 'Sneek'],
    ['Goeree-Overflakkee', 'Middelharnis'],
    ['Schouwen-Duiveland', 'Zierikzee'],
  ])('%s finds %s, saying that it stands for the municipality', (municipality, place) => {
    const [best] = matchPlaces(index, municipality, 1);
    expect(best?.place.name).toBe(place);
    expect(normalisePlaceName(best?.area?.name ?? '')).toBe(normalisePlaceName(municipality));
    expect(best?.area?.kind).toBe('municipality');
  });

  it('finds Nes on Ameland for Ameland, not the Nes in Heerenveen', () => {
    expect(matchPlaces(index, 'Ameland', 1)[0]?.place).toMatchObject({ name: 'Nes', municipality: 'Ameland' });
  });

  // Rough outlines of the Wadden islands, [west, south, east, north]: a place found for an island lies on it.
  const ISLANDS: Record<string, [number, number, number, number]> = {
    Texel: [4.7, 52.99, 4.92, 53.19],
    Vlieland: [4.9, 53.22, 5.12, 53.31],
    Terschelling: [5.15, 53.35, 5.6, 53.47],
    Ameland: [5.6, 53.42, 5.95, 53.5],
    Schiermonnikoog: [6.1, 53.46, 6.33, 53.51],
  };
  it.each(Object.entries(ISLANDS))('%s finds a place on the island', (island, [west, south, east, north]) => {
    const [lon, lat] = matchPlaces(index, island, 1)[0]!.place.coordinates;
    expect(lon).toBeGreaterThan(west);
    expect(lon).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
  });

  it('finds regions without a municipality of their name through their main town', () => {
    expect(names('Walcheren', 1)).toEqual(['Middelburg — region Walcheren']);
    expect(names('Zuid-Beveland', 1)).toEqual(['Goes — region Zuid-Beveland']);
  });

  it('finds every municipality or region a place stands for, first, unless a place has that very name', () => {
    const ownNames = new Set(places.map((p) => normalisePlaceName(p.name)));
    const areas = places.flatMap((p) => (p.centreOf ?? []).map((area) => ({ place: p, area })));
    expect(areas.length).toBeGreaterThan(100);
    for (const { place, area } of areas) {
      if (ownNames.has(normalisePlaceName(area.name))) continue;
      expect(matchPlaces(index, area.name, 1)[0]?.place, area.name).toBe(place);
    }
  });
});

describe('Frisian names', () => {
  it.each([
    ['Ljouwert', 'Leeuwarden (Ljouwert)'],
    ['Snits', 'Sneek (Snits)'],
    ['It Hearrenfean', 'Heerenveen (It Hearrenfean)'],
    ['De Jouwer', 'Joure (De Jouwer)'],
    ['Boalsert', 'Bolsward (Boalsert)'],
    ['Bergum', 'Burgum (Bergum)'],
    ['Feanwoude', 'Feanwâlden (Feanwoude)'],
  ])('%s finds %s', (typed, expected) => {
    expect(names(typed, 1)).toEqual([expected]);
  });

  it('finds a village that GeoNames spells in Frisian by its Dutch name: Kollumerzwaag is Kollumersweach', () => {
    expect(names('Kollumerzwaag', 1)).toEqual(['Kollumersweach (Kollumerzwaag)']);
  });

  it('shows the Frisian name as typed, also when GeoNames uses the Dutch one', () => {
    expect(matchPlaces(index, 'ljouw', 1)[0]).toMatchObject({ place: { name: 'Leeuwarden' }, alias: 'Ljouwert' });
  });
});
