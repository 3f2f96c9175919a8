import { describe, expect, it } from 'vitest';
import { realProvincesFile } from '../../tests/fixtures/public-files';
import { geometryBounds } from './geometry';
import { COUNTRY_BOUNDS, isInCountryBounds } from './netherlands';

describe('COUNTRY_BOUNDS', () => {
  it('holds every province, so that it can also check where a team lies', () => {
    for (const feature of realProvincesFile().features) {
      const [west, south, east, north] = geometryBounds(feature.geometry);
      expect([feature.properties.code, isInCountryBounds([west, south]) && isInCountryBounds([east, north])]).toEqual([
        feature.properties.code,
        true,
      ]);
    }
  });

  it('tells the country from a swapped pair and from elsewhere, with a margin where asked', () => {
    expect(isInCountryBounds([5.2875, 52.2115])).toBe(true);
    expect(isInCountryBounds([52.2115, 5.2875])).toBe(false);
    expect(isInCountryBounds([-74, 40.7])).toBe(false);
    const [west, , , north] = COUNTRY_BOUNDS;
    expect(isInCountryBounds([west - 0.5, north + 0.5])).toBe(false);
    expect(isInCountryBounds([west - 0.5, north + 0.5], 1)).toBe(true);
  });
});
