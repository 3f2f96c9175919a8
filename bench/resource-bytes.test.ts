import { describe, expect, it } from 'vitest';
import { byteCategory, bytesBefore } from './resource-bytes';

const origin = 'http://127.0.0.1:4000';

describe('byteCategory', () => {
  it('sorts by path: page, scripts (the maplibre worker too), styles, data, geometry, the rest', () => {
    expect(byteCategory(`${origin}/?embed=1`)).toBe('html');
    expect(byteCategory(`${origin}/bench/leaflet/`)).toBe('html');
    expect(byteCategory(`${origin}/assets/maplibre-gl-worker-DTh23QKw.js`)).toBe('js');
    expect(byteCategory(`${origin}/assets/index-BU-Ku23f.css`)).toBe('css');
    expect(byteCategory(`${origin}/data/teams.json`)).toBe('data');
    expect(byteCategory(`${origin}/geo/provinces.geojson`)).toBe('geo');
    expect(byteCategory(`${origin}/favicon.svg`)).toBe('other');
  });
});

describe('bytesBefore', () => {
  it('adds up the responses that ended by the moment, per category', () => {
    const resources = [
      { url: `${origin}/`, transferSize: 700, responseEnd: 10 },
      { url: `${origin}/assets/index.js`, transferSize: 90_000, responseEnd: 120 },
      { url: `${origin}/assets/maplibre-gl-worker-x.js`, transferSize: 150_000, responseEnd: 400 },
      { url: `${origin}/geo/provinces.geojson`, transferSize: 13_000, responseEnd: 400.5 },
    ];
    expect(bytesBefore(resources, 400)).toEqual({
      html: 700,
      js: 240_000,
      css: 0,
      data: 0,
      geo: 0,
      other: 0,
      total: 240_700,
    });
    expect(bytesBefore(resources, 5).total).toBe(0);
  });
});
