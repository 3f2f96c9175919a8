// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialViewPixel } from '../tests/e2e/map-projection';
import { CLICKED_PLACE, clickTarget } from './first-interaction';
import { countryZoom } from './webgl-gesture';

const PUBLIC = fileURLToPath(new URL('../public', import.meta.url));

describe('clickTarget', () => {
  it("is the clicked place's coordinates in the teams file", () => {
    const file = JSON.parse(readFileSync(`${PUBLIC}/data/2021/teams.json`, 'utf8')) as {
      teams: { locations: { place: string; coordinates: [number, number] }[] }[];
    };
    const [location] = file.teams.flatMap((team) => team.locations).filter((l) => l.place === CLICKED_PLACE);
    expect(clickTarget(PUBLIC)).toEqual({
      place: CLICKED_PLACE,
      lon: location!.coordinates[0],
      lat: location!.coordinates[1],
    });
  });

  it('refuses a place without exactly one team location', () => {
    expect(() => clickTarget(PUBLIC, 'Nergenshuizen')).toThrow(/expected one team location.*found 0/);
  });
});

describe('countryZoom', () => {
  it('is the zoom at which the map shows the country as initialViewPixel places it', () => {
    const box = { x: 17, y: 116, width: 830, height: 770 };
    const zoom = countryZoom(box);
    // One degree of longitude spans 512 · 2^zoom / 360 pixels at that zoom.
    const degree = initialViewPixel(box, 6, 52).x - initialViewPixel(box, 5, 52).x;
    expect(degree).toBeCloseTo((512 * 2 ** zoom) / 360, 6);
    // A box twice as large in both directions is one zoom level further in.
    expect(countryZoom({ x: 0, y: 0, width: 2 * 830 - 56, height: 2 * 770 - 56 })).toBeCloseTo(zoom + 1, 6);
  });
});
