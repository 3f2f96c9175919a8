import { describe, expect, it } from 'vitest';
import { realPlacesFile, realTeamsFile } from '../../tests/fixtures/public-files';
import { distanceKm } from './distance';
import { matchPlaces, normalisePlaceName, placeIndex } from './place-names';

const places = realPlacesFile().places;
const index = placeIndex(places);
const names = (query: string, limit?: number) =>
  matchPlaces(index, query, limit).map((m) => (m.alias ? `${m.place.name} (${m.alias})` : m.place.name));
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

  it('ranks exact matches, then municipality seats, then shorter names', () => {
    // "Ede" is a seat and exact; Edam and others only start with "ede".
    expect(names('ede', 3)[0]).toBe('Ede');
    const utr = names('utr', 3);
    expect(utr[0]).toBe('Utrecht');
    const ams = names('ams');
    expect(ams.slice(0, 2)).toEqual(['Amsterdam', 'Amstelveen']);
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
  it('carry their municipality, so that the two Bergs in Limburg can be told apart', () => {
    expect(matchPlaces(index, 'Berg', 2).map((m) => [m.place.name, m.place.province, m.place.municipality])).toEqual([
      ['Berg', 'NL-LI', 'Stein'],
      ['Berg', 'NL-LI', 'Valkenburg aan de Geul'],
    ]);
    expect(first('Amersfoort')?.municipality).toBeUndefined();
  });
});
