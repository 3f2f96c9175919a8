// The twelve Dutch provinces by ISO 3166-2:NL code, with their Dutch names.
import { compareDutch } from './dutch-order';

export const PROVINCE_CODES = [
  'NL-DR',
  'NL-FL',
  'NL-FR',
  'NL-GE',
  'NL-GR',
  'NL-LI',
  'NL-NB',
  'NL-NH',
  'NL-OV',
  'NL-UT',
  'NL-ZE',
  'NL-ZH',
] as const;

export type ProvinceCode = (typeof PROVINCE_CODES)[number];

/**
 * The one list of names: `scripts/build-provinces.ts` writes them into the province file, and the team list uses them
 * directly, so it can name provinces even when that file fails to load.
 */
export const PROVINCE_NAMES: Record<ProvinceCode, string> = {
  'NL-DR': 'Drenthe',
  'NL-FL': 'Flevoland',
  'NL-FR': 'Friesland',
  'NL-GE': 'Gelderland',
  'NL-GR': 'Groningen',
  'NL-LI': 'Limburg',
  'NL-NB': 'Noord-Brabant',
  'NL-NH': 'Noord-Holland',
  'NL-OV': 'Overijssel',
  'NL-UT': 'Utrecht',
  'NL-ZE': 'Zeeland',
  'NL-ZH': 'Zuid-Holland',
};

export function isProvinceCode(value: unknown): value is ProvinceCode {
  return typeof value === 'string' && (PROVINCE_CODES as readonly string[]).includes(value);
}

/** Provinces in alphabetical order of their name (the order of the team list). */
export const PROVINCES_BY_NAME: readonly ProvinceCode[] = [...PROVINCE_CODES].sort((a, b) =>
  compareDutch(PROVINCE_NAMES[a], PROVINCE_NAMES[b]),
);
