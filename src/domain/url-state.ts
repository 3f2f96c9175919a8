// The shareable part of the app's state as a query string: parsed defensively, written canonically.
import type { Language } from './format';
import { CAMERA_MARGIN, isInCountryBounds, ZOOM_LIMITS } from './netherlands';
import { isProvinceCode } from './provinces';
import { parseSearchKey } from './search-key';
import { COUNTRY, type Selection } from './selection';
import { TEAM_KINDS, type TeamKind } from './team-kinds';

/** A map view: centre and zoom. */
export interface Camera {
  center: [lon: number, lat: number];
  zoom: number;
}

export interface UrlState {
  selection: Selection;
  kind: TeamKind | null;
  language: Language;
  embed: boolean;
  camera: Camera | null;
  /** The report's year a link asks for (`?jaar=2021`); null: the latest. Checked against the index by the app. */
  year: number | null;
  /** The searched place's key (`?zoek=amersfoort`, see search-key.ts); null: nothing searched. Resolved by the app. */
  search: string | null;
}

/** Dutch parameter names: the links are shared on Dutch government pages. */
export const URL_PARAM = {
  province: 'provincie',
  place: 'plaats',
  team: 'team',
  kind: 'soort',
  language: 'taal',
  embed: 'embed',
  camera: 'kaart',
  year: 'jaar',
  search: 'zoek',
} as const;

export const DEFAULT_URL_STATE: UrlState = {
  selection: COUNTRY,
  kind: null,
  language: 'nl',
  embed: false,
  camera: null,
  year: null,
  search: null,
};

// Ids and place keys are lowercase slugs; anything else (script text, paths, very long strings) is ignored.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 80;
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,7})?$/;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return {
    selection: parseSelection(params),
    kind: parseKind(params.get(URL_PARAM.kind)),
    language: params.get(URL_PARAM.language) === 'en' ? 'en' : 'nl',
    embed: ['1', 'true', 'ja'].includes(params.get(URL_PARAM.embed) ?? ''),
    camera: parseCamera(params.get(URL_PARAM.camera)),
    year: parseYear(params.get(URL_PARAM.year)),
    search: parseSearchKey(params.get(URL_PARAM.search)),
  };
}

/** Four digits; whether the index has that year is the app's to decide. */
function parseYear(value: string | null): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

function parseSelection(params: URLSearchParams): Selection {
  // The most specific valid choice wins: a team, then a place, then a province.
  const team = parseSlug(params.get(URL_PARAM.team));
  if (team) return { type: 'team', id: team };
  const place = parseSlug(params.get(URL_PARAM.place));
  if (place) return { type: 'place', key: place };
  // ASCII only before case-folding: "nl-lı" (dotless i) or "nl-ﬂ" (a ligature) would otherwise fold into a code.
  const raw = params.get(URL_PARAM.province);
  const province = raw && /^[A-Za-z]{2}-[A-Za-z]{2}$/.test(raw) ? raw.toUpperCase() : null;
  if (isProvinceCode(province)) return { type: 'province', code: province };
  return COUNTRY;
}

function parseSlug(value: string | null): string | null {
  return value && value.length <= MAX_SLUG_LENGTH && SLUG.test(value) ? value : null;
}

function parseKind(value: string | null): TeamKind | null {
  return (TEAM_KINDS as readonly (string | null)[]).includes(value) ? (value as TeamKind) : null;
}

/**
 * Whether a camera is a view of the Netherlands: within the map's zoom range and centred on or beside the country.
 * A camera outside is ignored rather than clamped.
 */
function isCameraOnTheCountry(zoom: number, center: readonly [number, number]): boolean {
  return zoom >= ZOOM_LIMITS.min && zoom <= ZOOM_LIMITS.max && isInCountryBounds(center, CAMERA_MARGIN);
}

/** `kaart=zoom/lat/lon`, as OpenStreetMap writes it. */
export function parseCamera(value: string | null): Camera | null {
  const parts = value?.split('/') ?? [];
  if (parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  return isCameraOnTheCountry(zoom, [lon, lat]) ? { center: [lon, lat], zoom } : null;
}

export function formatCamera(camera: Camera): string {
  const [lon, lat] = camera.center;
  return `${round(camera.zoom, 2)}/${round(lat, 5)}/${round(lon, 5)}`;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The canonical query string (with leading `?`, or empty), leaving out everything that is the default. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const { selection } = state;
  if (state.year !== null) params.set(URL_PARAM.year, String(state.year));
  if (selection.type === 'province') params.set(URL_PARAM.province, selection.code);
  if (selection.type === 'place') params.set(URL_PARAM.place, selection.key);
  if (selection.type === 'team') params.set(URL_PARAM.team, selection.id);
  if (state.search) params.set(URL_PARAM.search, state.search);
  if (state.kind) params.set(URL_PARAM.kind, state.kind);
  if (state.language !== 'nl') params.set(URL_PARAM.language, state.language);
  if (state.embed) params.set(URL_PARAM.embed, '1');
  if (state.camera) params.set(URL_PARAM.camera, formatCamera(state.camera));
  const text = params.toString().replaceAll('%2F', '/');
  return text ? `?${text}` : '';
}

/** What a choice puts in the address, without the `?` (`team=pand-den-haag-3`): the rest of the state as by default. */
export function selectionQuery(selection: Selection): string {
  return formatUrlState({ ...DEFAULT_URL_STATE, selection }).slice(1);
}
