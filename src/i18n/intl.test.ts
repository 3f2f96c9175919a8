import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import { FIGURES_MESSAGES } from './figures-messages';
import { INTL } from './intl';

const { kinds } = realTeamsFile();

describe('INTL', () => {
  it('formats numbers in the notation of each language', () => {
    expect(INTL.nl.number(579.66, 2)).toBe('579,66');
    expect(INTL.en.number(579.66, 2)).toBe('579.66');
    expect(INTL.nl.signedNumber(74, 0)).toBe('+74');
  });

  it('names kinds from the data, in the interface language', () => {
    const admin = kinds.find((k) => k.id === 'administratief')!;
    expect(INTL.nl.kindName(kinds, 'administratief')).toBe(admin.name.nl);
    expect(INTL.en.kindName(kinds, 'administratief')).toBe(admin.name.en);
    expect(INTL.en.kindName(undefined, 'administratief')).toBe('administratief');
  });

  it('holds every part of the interface text in both languages', () => {
    for (const part of ['search', 'share', 'summary'] as const) {
      expect(Object.keys(INTL.en.messages[part]).sort()).toEqual(Object.keys(INTL.nl.messages[part]).sort());
    }
    expect(Object.keys(FIGURES_MESSAGES.en).sort()).toEqual(Object.keys(FIGURES_MESSAGES.nl).sort());
    expect(INTL.en.messages.appTitle(2021)).not.toBe(INTL.nl.messages.appTitle(2021));
  });
});
