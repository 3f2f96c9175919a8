import { describe, expect, it } from 'vitest';
import { parseSearchKey, placeNameSlug, placeOfSearchKey, searchKeyOf, type KeyedPlace } from './search-key';

const places: KeyedPlace[] = [
  { name: 'Amersfoort', province: 'NL-UT', seat: true },
  { name: "'s-Hertogenbosch", province: 'NL-NB', aliases: ['Den Bosch'], seat: true },
  { name: 'Valkenburg', province: 'NL-LI', municipality: 'Valkenburg aan de Geul', seat: true },
  { name: 'Valkenburg', province: 'NL-ZH', municipality: 'Katwijk' },
  { name: 'Nes', province: 'NL-FR' },
  { name: 'Nes', province: 'NL-NH' },
];
const [amersfoort, bosch, valkenburgLi, valkenburgZh, nesFr, nesNh] = places as [
  KeyedPlace,
  KeyedPlace,
  KeyedPlace,
  KeyedPlace,
  KeyedPlace,
  KeyedPlace,
];

describe('placeNameSlug', () => {
  it('writes a name in lowercase words joined by hyphens, without accents or apostrophes', () => {
    expect(placeNameSlug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(placeNameSlug('Sint Odiliënberg')).toBe('sint-odilienberg');
    expect(placeNameSlug('Bergen (NH)')).toBe('bergen-nh');
  });
});

describe('parseSearchKey', () => {
  it('keeps a key and makes a hand-written name a key', () => {
    expect(parseSearchKey('valkenburg_katwijk')).toBe('valkenburg_katwijk');
    expect(parseSearchKey('Den Haag')).toBe('den-haag');
  });

  it.each(['<b>', 'a:b', 'a_b_c', '', ' ', 'x'.repeat(81), 'amersfoort\u0000'])('ignores %j', (value) => {
    expect(parseSearchKey(value)).toBeNull();
  });
});

describe('searchKeyOf and placeOfSearchKey', () => {
  it('name a place by its name, and by its municipality where the name is shared', () => {
    expect(searchKeyOf(amersfoort, places)).toBe('amersfoort');
    expect(searchKeyOf(valkenburgLi, places)).toBe('valkenburg_valkenburg-aan-de-geul');
    expect(searchKeyOf(valkenburgZh, places)).toBe('valkenburg_katwijk');
    expect(searchKeyOf(nesNh, places)).toBe('nes_nh');
  });

  it('lead back to the same place', () => {
    for (const place of places) expect(placeOfSearchKey(searchKeyOf(place, places), places)).toBe(place);
  });

  it('find a place by an alias or a shared name as the search would', () => {
    expect(placeOfSearchKey('den-bosch', places)).toBe(bosch);
    expect(placeOfSearchKey('valkenburg', places)).toBe(valkenburgLi);
    expect(placeOfSearchKey('nes_fr', places)).toBe(nesFr);
  });

  it('find nothing for a name that is no place', () => {
    expect(placeOfSearchKey('atlantis', places)).toBeNull();
  });
});
