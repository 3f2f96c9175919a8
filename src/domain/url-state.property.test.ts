// Property-based tests of the URL parser: any query string gives a valid state, and a written state reads back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROVINCE_CODES, isProvinceCode } from './provinces';
import { TEAM_KINDS } from './team-kinds';
import { CAMERA_MARGIN, COUNTRY_BOUNDS, ZOOM_LIMITS } from './netherlands';
import { MAX_SEARCH_KEY_LENGTH, SEARCH_KEY } from './search-key';
import { URL_PARAM, formatUrlState, parseUrlState, type UrlState } from './url-state';

const within = (x: number, [min, max]: readonly [number, number]) => x >= min && x <= max;
// Where a link's camera may be centred: the country's box and the margin beside it.
const [WEST, SOUTH, EAST, NORTH] = COUNTRY_BOUNDS;
const CAMERA_LON = [WEST - CAMERA_MARGIN, EAST + CAMERA_MARGIN] as const;
const CAMERA_LAT = [SOUTH - CAMERA_MARGIN, NORTH + CAMERA_MARGIN] as const;

function isValid(state: UrlState): boolean {
  const { selection, camera } = state;
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const selectionOk =
    selection.type === 'country' ||
    (selection.type === 'province' && isProvinceCode(selection.code)) ||
    (selection.type === 'team' && slug.test(selection.id) && selection.id.length <= 80) ||
    (selection.type === 'place' && slug.test(selection.key) && selection.key.length <= 80);
  const cameraOk =
    camera === null ||
    (within(camera.zoom, [ZOOM_LIMITS.min, ZOOM_LIMITS.max]) &&
      within(camera.center[1], CAMERA_LAT) &&
      within(camera.center[0], CAMERA_LON));
  return (
    selectionOk &&
    cameraOk &&
    (state.kind === null || TEAM_KINDS.includes(state.kind)) &&
    ['nl', 'en'].includes(state.language) &&
    (state.search === null || (SEARCH_KEY.test(state.search) && state.search.length <= MAX_SEARCH_KEY_LENGTH)) &&
    (state.year === null || (Number.isInteger(state.year) && state.year >= 1000 && state.year <= 9999))
  );
}

const names = Object.values(URL_PARAM);
const hostileValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '../../etc/passwd',
    'NaN',
    '1e308/-999/NaN',
    '%00',
  ),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((parts) => parts.join('/')),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string()), hostileValue), { maxLength: 8 })
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

const state: fc.Arbitrary<UrlState> = fc.record({
  selection: fc.oneof(
    fc.constant({ type: 'country' as const }),
    fc.constantFrom(...PROVINCE_CODES).map((code) => ({ type: 'province' as const, code })),
    fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/).map((id) => ({ type: 'team' as const, id })),
    fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/).map((key) => ({ type: 'place' as const, key })),
  ),
  kind: fc.option(fc.constantFrom(...TEAM_KINDS), { nil: null }),
  language: fc.constantFrom('nl' as const, 'en' as const),
  embed: fc.boolean(),
  camera: fc.option(
    fc.record({
      zoom: fc.integer({ min: ZOOM_LIMITS.min * 100, max: ZOOM_LIMITS.max * 100 }).map((z) => z / 100),
      center: fc.tuple(
        fc.integer({ min: Math.ceil(CAMERA_LON[0] * 1e5), max: Math.floor(CAMERA_LON[1] * 1e5) }).map((x) => x / 1e5),
        fc.integer({ min: Math.ceil(CAMERA_LAT[0] * 1e5), max: Math.floor(CAMERA_LAT[1] * 1e5) }).map((y) => y / 1e5),
      ),
    }),
    { nil: null },
  ),
  year: fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: null }),
  search: fc.option(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}(_[a-z0-9]{1,10}){0,1}$/), { nil: null }),
});

describe('parseUrlState, for any query string', () => {
  it('never throws and always gives a state the app can show', () => {
    fc.assert(
      fc.property(query, (search) => {
        expect(isValid(parseUrlState(search))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back every state it writes', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUrlState(formatUrlState(s))).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });
});
