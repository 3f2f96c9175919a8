import { describe, expect, it } from 'vitest';
import { byteCategory, bytesBefore, maplibreBytes } from './resource-bytes';

const origin = 'http://127.0.0.1:4000';

describe('byteCategory', () => {
  it('sorts by path: page, scripts (the maplibre worker too), styles, data, geometry, the rest', () => {
    expect(byteCategory(`${origin}/?embed=1`)).toBe('html');
    expect(byteCategory(`${origin}/bench/leaflet/`)).toBe('html');
    expect(byteCategory(`${origin}/assets/maplibre-gl-worker-DTh23QKw.js`)).toBe('js');
    expect(byteCategory(`${origin}/assets/index-BU-Ku23f.css`)).toBe('css');
    expect(byteCategory(`${origin}/data/2021/teams.json`)).toBe('data');
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

describe('maplibreBytes', () => {
  const resources = [
    { url: `${origin}/assets/index-BMskq4Rp.js`, transferSize: 95_000, startTime: 20, responseEnd: 90 },
    { url: `${origin}/assets/team-map-BVC5poZv.js`, transferSize: 290_000, startTime: 30, responseEnd: 900 },
    { url: `${origin}/assets/team-map-qvkd0SPb.css`, transferSize: 10_000, startTime: 35, responseEnd: 300 },
    {
      url: `${origin}/assets/maplibre-gl-worker-DTh23QKw.js`,
      transferSize: 150_000,
      startTime: 950,
      responseEnd: 1900,
    },
    { url: `${origin}/data/2021/teams.json`, transferSize: 2_900, startTime: 25, responseEnd: 60 },
  ];

  it("adds up the map chunk's script and style and maplibre's worker, in the order requested", () => {
    expect(maplibreBytes(resources, null)).toEqual({
      bytes: 450_000,
      files: [
        '/assets/team-map-BVC5poZv.js',
        '/assets/team-map-qvkd0SPb.css',
        '/assets/maplibre-gl-worker-DTh23QKw.js',
      ],
      requestedBefore: null,
    });
  });

  it('says whether any of them was requested before the moment (the gesture)', () => {
    expect(maplibreBytes(resources, 31).requestedBefore).toBe(true);
    expect(maplibreBytes(resources, 30).requestedBefore).toBe(false);
    expect(maplibreBytes(resources.slice(0, 1), 5_000)).toEqual({ bytes: 0, files: [], requestedBefore: false });
  });
});
