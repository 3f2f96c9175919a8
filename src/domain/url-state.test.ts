import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatUrlState, parseCamera, parseUrlState, type UrlState } from './url-state';

describe('parseUrlState', () => {
  it('reads a province, a kind filter, the language and embed mode', () => {
    expect(parseUrlState('?provincie=NL-UT&soort=natuurbeheer&taal=en&embed=1')).toEqual({
      selection: { type: 'province', code: 'NL-UT' },
      kind: 'natuurbeheer',
      language: 'en',
      embed: true,
      camera: null,
      year: null,
      search: null,
    });
  });

  it('reads the searched place as a key, and a name written by hand as its slug', () => {
    expect(parseUrlState('?zoek=amersfoort').search).toBe('amersfoort');
    expect(parseUrlState('?zoek=valkenburg_katwijk').search).toBe('valkenburg_katwijk');
    expect(parseUrlState('?zoek=Den%20Haag').search).toBe('den-haag');
    expect(parseUrlState("?zoek='s-Hertogenbosch").search).toBe('s-hertogenbosch');
    expect(parseUrlState('?zoek=Sint%20Odili%C3%ABnberg').search).toBe('sint-odilienberg');
  });

  it('keeps the other parameters beside a search', () => {
    expect(parseUrlState('?zoek=baarn&soort=natuurbeheer&taal=en')).toEqual({
      ...DEFAULT_URL_STATE,
      kind: 'natuurbeheer',
      language: 'en',
      search: 'baarn',
    });
  });

  it('reads the year of the report, as four digits', () => {
    expect(parseUrlState('?jaar=2021').year).toBe(2021);
    expect(parseUrlState('?jaar=1999&taal=en')).toEqual({ ...DEFAULT_URL_STATE, language: 'en', year: 1999 });
  });

  it('accepts a province code in lower case', () => {
    expect(parseUrlState('?provincie=nl-ge').selection).toEqual({ type: 'province', code: 'NL-GE' });
  });

  it('prefers a team over a place over a province', () => {
    expect(parseUrlState('?provincie=NL-ZH&plaats=den-haag-pandgebonden&team=pand-den-haag-1').selection).toEqual({
      type: 'team',
      id: 'pand-den-haag-1',
    });
    expect(parseUrlState('?provincie=NL-ZH&plaats=den-haag-pandgebonden').selection).toEqual({
      type: 'place',
      key: 'den-haag-pandgebonden',
    });
  });

  it('reads an empty query string as the default view', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it.each([
    ['an unknown province', '?provincie=NL-XX'],
    ['script text as province', '?provincie=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a look-alike province code (dotless i)', '?provincie=nl-l%C4%B1'],
    ['a look-alike province code (ligature fl)', '?provincie=nl-%EF%AC%82'],
    ['script text as team', '?team=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['a path as place', '?plaats=..%2F..%2Fetc%2Fpasswd'],
    ['an absurdly long team id', `?team=${'a'.repeat(5000)}`],
    ['an unknown kind', '?soort=__proto__'],
    ['an unknown language', '?taal=fr'],
    ['embed with another value', '?embed=0'],
    ['an absurd camera', '?kaart=1e308/52/5'],
    ['a camera outside the Netherlands', '?kaart=8/40.7/-74'],
    ['a camera with NaN', '?kaart=NaN/NaN/NaN'],
    ['script text as year', '?jaar=%3Cscript%3E2021'],
    ['a year of five digits', '?jaar=20210'],
    ['a year with a sign or decimals', '?jaar=%2B2021&jaar=2021.5'],
    ['a year written in words', '?jaar=twintig'],
    ['a duplicated, broken query', '?provincie&&provincie==&team=&kaart=//'],
    ['script text as search', '?zoek=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a script URL as search', '?zoek=javascript%3Aalert(1)'],
    ['markup in a search', '?zoek=%22%3E%3Csvg%20onload%3Dalert(1)%3E'],
    ['an absurdly long search', `?zoek=${'a'.repeat(81)}`],
    ['a search of punctuation only', "?zoek=''--..%20"],
    ['a search with a NUL', '?zoek=baarn%00'],
    ['an empty search', '?zoek='],
  ])('ignores %s and keeps the default view', (_case, search) => {
    expect(parseUrlState(search)).toEqual(DEFAULT_URL_STATE);
  });
});

describe('parseCamera', () => {
  it('reads zoom/lat/lon', () => {
    expect(parseCamera('9.5/52.09/5.12')).toEqual({ center: [5.12, 52.09], zoom: 9.5 });
  });

  it('rejects zoom beyond the map limits', () => {
    expect(parseCamera('14/52/5')).toBeNull();
    expect(parseCamera('4.99/52/5')).toBeNull();
  });
});

describe('formatUrlState', () => {
  it('writes nothing for the default view', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes the parameters in a fixed order, camera rounded', () => {
    expect(
      formatUrlState({
        selection: { type: 'team', id: 'natuur-baarn' },
        kind: 'pandgebonden',
        language: 'en',
        embed: true,
        camera: { center: [5.123456789, 52.0987654321], zoom: 8.123 },
        year: 2021,
        search: 'valkenburg_katwijk',
      }),
    ).toBe(
      '?jaar=2021&team=natuur-baarn&zoek=valkenburg_katwijk&soort=pandgebonden&taal=en&embed=1&kaart=8.12/52.09877/5.12346',
    );
  });

  it('round-trips through parseUrlState', () => {
    const state: UrlState = {
      selection: { type: 'province', code: 'NL-LI' },
      kind: 'administratief',
      language: 'nl',
      embed: false,
      camera: { center: [5.9, 51.2], zoom: 8 },
      year: 2099,
      search: 's-hertogenbosch',
    };
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });
});
