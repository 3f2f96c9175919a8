// What the user has chosen on the map or in the list; everything else (highlight, details) derives from it.
import type { ProvinceCode } from './provinces';

export type Selection =
  | { type: 'country' }
  | { type: 'province'; code: ProvinceCode }
  | { type: 'place'; key: string }
  | { type: 'team'; id: string };

export const COUNTRY: Selection = { type: 'country' };
