import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realTeamsFile } from '../../../tests/fixtures/public-files';
import { renderWithProviders } from '../../../tests/fixtures/render';
import { COUNTRY, type Selection } from '../../domain/selection';
import type { Team } from '../../data/teams-file';
import { TEAMS_SHOWN_MORE, TEAMS_SHOWN_PER_PROVINCE, TeamList } from './team-list';

const file = realTeamsFile();
const baarn = file.teams.find((t) => t.id === 'natuur-baarn')!;
/** `n` more teams in Utrecht, each at a place of its own. */
const withExtra = (n: number): Team[] => [
  ...file.teams,
  ...Array.from({ length: n }, (_, i) => ({
    ...baarn,
    id: `extra-${i}`,
    printedAs: `Extra ${i}`,
    locations: [{ ...baarn.locations[0]!, place: `Extra ${i}` }],
  })),
];
const many = withExtra(120);

function renderList(teams: readonly Team[], selection: Selection = COUNTRY, selectedTeamIds: string[] = []) {
  return renderWithProviders(
    <TeamList
      teams={teams}
      kindFilter={null}
      kinds={file.kinds}
      selection={selection}
      selectedTeamIds={selectedTeamIds}
      onSelect={vi.fn()}
    />,
  );
}

const utrecht = () => screen.getByRole('region', { name: 'Utrecht: 122 teams' });

describe('TeamList', () => {
  it('lists all 44 teams in their 12 provinces', () => {
    renderList(file.teams);
    const nav = screen.getByRole('navigation', { name: 'Alle teams per provincie' });
    expect(within(nav).getAllByRole('listitem')).toHaveLength(45); // Assen/Zwolle in Drenthe and Overijssel
    expect(within(nav).queryByRole('button', { name: /^Toon alle/ })).toBeNull();
  });

  it('lists the first teams of a very full province, and all of them on request', async () => {
    renderList(many);
    expect(within(utrecht()).getAllByRole('listitem')).toHaveLength(TEAMS_SHOWN_PER_PROVINCE);
    await userEvent.click(within(utrecht()).getByRole('button', { name: 'Toon alle 122 teams in Utrecht' }));
    expect(within(utrecht()).getAllByRole('listitem')).toHaveLength(122);
  });

  it('always lists the selected team, even beyond the first ones', () => {
    renderList(many, { type: 'team', id: 'extra-119' }, ['extra-119']);
    expect(within(utrecht()).getByRole('button', { name: /^Extra 119/ })).toBeInTheDocument();
  });

  it('lists a province of thousands a bounded piece at a time', async () => {
    const extra = 2 * TEAMS_SHOWN_MORE;
    const total = extra + 2;
    renderList(withExtra(extra));
    const region = () => screen.getByRole('region', { name: `Utrecht: ${total} teams` });
    await userEvent.click(within(region()).getByRole('button', { name: /^Toon 500 teams meer/ }));
    expect(within(region()).getAllByRole('listitem')).toHaveLength(TEAMS_SHOWN_PER_PROVINCE + TEAMS_SHOWN_MORE);
    await userEvent.click(within(region()).getByRole('button', { name: `Toon alle ${total} teams in Utrecht` }));
    expect(within(region()).getAllByRole('listitem')).toHaveLength(total);
    expect(within(region()).queryByRole('button', { name: /^Toon/ })).toBeNull();
  }, 15_000); // thousands of rows: slow in jsdom on a loaded 2-core machine
});
