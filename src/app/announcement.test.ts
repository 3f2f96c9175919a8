import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import { placeGroups } from '../domain/team-places';
import { INTL } from '../i18n/intl';
import { announcement } from './announcement';

const file = realTeamsFile();
const groups = placeGroups(file.teams);
const { nl, en } = INTL;

describe('announcement', () => {
  it('names a chosen province and its number of teams', () => {
    expect(announcement(file, groups, { type: 'province', code: 'NL-ZE' }, null, nl)).toBe('Zeeland gekozen: 1 team.');
  });

  it('names a team with its kind and provinces', () => {
    expect(announcement(file, groups, { type: 'team', id: 'pand-assen-zwolle' }, null, nl)).toBe(
      'Assen / Zwolle gekozen: Pandgebonden, Drenthe, Overijssel.',
    );
  });

  it('names a shared place with its teams of every kind, from either symbol', () => {
    const count = (key: string) => groups.find((g) => g.key === key)!.teamIds.length;
    const expected = `Den Haag gekozen: ${count('den-haag-pandgebonden')} pandgebonden en ${count('den-haag-administratief')} administratieve teams.`;
    expect(announcement(file, groups, { type: 'place', key: 'den-haag-pandgebonden' }, null, nl)).toBe(expected);
    expect(announcement(file, groups, { type: 'place', key: 'den-haag' }, null, nl)).toBe(expected);
  });

  it('adds the filter, and speaks English in the English interface', () => {
    expect(announcement(file, groups, { type: 'country' }, 'natuurbeheer', nl)).toBe(
      'Heel Nederland: 44 teams. Alleen bos- en natuurbeheer getoond: 25 teams.',
    );
    expect(announcement(file, groups, { type: 'country' }, 'administratief', en)).toBe(
      'Whole country: 44 teams. Only administrative shown: 6 teams.',
    );
  });
});
