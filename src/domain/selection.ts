// What the user has chosen on the map or in the list; everything else (highlight, details) derives from it.
import type { ProvinceCode } from './provinces';

export type Selection =
  | { type: 'country' }
  | { type: 'province'; code: ProvinceCode }
  | { type: 'place'; key: string }
  | { type: 'team'; id: string };

export const COUNTRY: Selection = { type: 'country' };

export function sameSelection(a: Selection, b: Selection): boolean {
  switch (a.type) {
    case 'country':
      return b.type === 'country';
    case 'province':
      return b.type === 'province' && a.code === b.code;
    case 'place':
      return b.type === 'place' && a.key === b.key;
    case 'team':
      return b.type === 'team' && a.id === b.id;
  }
}
