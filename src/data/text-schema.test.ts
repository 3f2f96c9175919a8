import { describe, expect, it } from 'vitest';
import { DATA_FILES, readPublicText } from '../../tests/fixtures/public-files';
import { parseDataFile } from './load-data-file';
import { parseTeamsFile } from './teams-file';

const realText = readPublicText(DATA_FILES.teams);

function withFirstTeam(edit: (team: { printedAs: string; locations: { place: string }[] }) => void) {
  const file = JSON.parse(realText) as { teams: { printedAs: string; locations: { place: string }[] }[] };
  edit(file.teams[0]!);
  return parseDataFile(DATA_FILES.teams, JSON.stringify(file), parseTeamsFile);
}

describe('text fields in data files', () => {
  it('refuses a name with a right-to-left override, naming the record and the field', () => {
    const parsed = withFirstTeam((team) => (team.locations[0]!.place = '\u202EAlmere'));
    expect(parsed.problems.rejected).toBe(1);
    expect(parsed.problems.messages.join('\n')).toMatch(/locations\[0\]\.place: .*leesrichting/);
  });

  it('refuses an isolate control too, and keeps the other teams', () => {
    const real = parseDataFile(DATA_FILES.teams, realText, parseTeamsFile).teams.length;
    const parsed = withFirstTeam((team) => (team.printedAs = 'Baarn\u2067'));
    expect(parsed.teams).toHaveLength(real - 1);
  });

  it('keeps right-to-left and emoji text that has no control characters', () => {
    const parsed = withFirstTeam((team) => (team.printedAs = 'בארן 🌳 Baarn'));
    expect(parsed.problems.rejected).toBe(0);
    expect(parsed.teams[0]?.printedAs).toBe('בארן 🌳 Baarn');
  });
});
