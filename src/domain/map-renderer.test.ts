import { describe, expect, it } from 'vitest';
import { COUNTRY_CAMERA, overviewMapModel } from './map-model';
import { CLUSTER_ABOVE_PLACES } from './place-clusters';
import { webglNeed } from './map-renderer';
import { placeGroups } from './team-places';
import { realTeamsFile } from '../../tests/fixtures/public-files';

const places = placeGroups(realTeamsFile().teams);
const overview = overviewMapModel(places);

describe('webglNeed', () => {
  it('lets the SVG map show the whole country with the real teams', () => {
    expect(webglNeed(overview, false, true)).toBeNull();
    expect(webglNeed({ camera: COUNTRY_CAMERA }, false, true)).toBeNull();
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

  it('lets the SVG map show the whole country with more symbols than it draws one by one (it clusters them)', () => {
    const many = Array.from({ length: CLUSTER_ABOVE_PLACES + 1 }, (_, index) => ({ ...places[0]!, key: `k${index}` }));
    expect(webglNeed(overviewMapModel(many), false, true)).toBeNull();
  });
});
