import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../../tests/fixtures/public-files';
import { INTL } from '../../i18n/intl';
import { mapSummary } from './map-summary';

const teams = realTeamsFile().teams;

describe('mapSummary', () => {
  it('sums up the whole map in Dutch, busiest province first', () => {
    expect(mapSummary(teams, null, INTL.nl)).toBe(
      'De kaart toont 44 teams in 12 provincies; de meeste in Zuid-Holland (14). Per provincie: Zuid-Holland (14), ' +
        'Overijssel (5), Drenthe (4), Limburg (4), Noord-Brabant (4), Gelderland (3), Flevoland (2), Friesland (2), ' +
        'Groningen (2), Noord-Holland (2), Utrecht (2), Zeeland (1).',
    );
  });

  it('follows the kind filter, in English too', () => {
    const administrative = teams.filter((t) => t.kind === 'administratief');
    expect(mapSummary(administrative, 'Administrative', INTL.en)).toBe(
      'The map shows 6 administrative teams in 3 provinces; most in Zuid-Holland (4). By province: Zuid-Holland (4), Gelderland (1), Overijssel (1).',
    );
  });

  it('says when nothing is shown', () => {
    expect(mapSummary([], null, INTL.nl)).toBe('De kaart toont geen teams.');
  });
});
