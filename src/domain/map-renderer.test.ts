import { describe, expect, it } from 'vitest';
import { COUNTRY_CAMERA, overviewMapModel } from './map-model';
import { STATIC_MAP_MAX_PLACES, webglNeed } from './map-renderer';
import { placeGroups } from './team-places';
import { realTeamsFile } from '../../tests/fixtures/public-files';

const places = placeGroups(realTeamsFile().teams);
const overview = overviewMapModel(places);

describe('webglNeed', () => {
  it('lets the SVG map show the whole country with the real teams', () => {
    expect(places.length).toBeLessThanOrEqual(STATIC_MAP_MAX_PLACES);
    expect(webglNeed(overview, false, true)).toBeNull();
    expect(webglNeed({ places: null, camera: COUNTRY_CAMERA }, false, true)).toBeNull();
  });

  it('needs the WebGL map for a shared camera, and on a roomy device for a choice or a search', () => {
    expect(webglNeed(overview, true, false)).toBe('shared-view');
    const province = { type: 'selection' as const, selection: { type: 'province' as const, code: 'NL-UT' as const } };
    const chosen = { ...overview, camera: { ...province, bounds: null } };
    expect(webglNeed(chosen, false, true)).toBe('zoomed-view');
    expect(webglNeed({ ...overview, camera: { type: 'search', bounds: [5, 51, 6, 52] } }, false, true)).toBe(
      'zoomed-view',
    );
    // A phone keeps a choice on the SVG map.
    expect(webglNeed(chosen, false, false)).toBeNull();
  });

  it('needs the WebGL map for more symbols than the SVG map draws well', () => {
    const many = Array.from({ length: STATIC_MAP_MAX_PLACES + 1 }, (_, index) => ({ ...places[0]!, key: `k${index}` }));
    expect(webglNeed({ places: many, camera: COUNTRY_CAMERA }, false, false)).toBe('many-places');
  });
});
