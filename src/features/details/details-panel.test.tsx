import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realTeamsFile } from '../../../tests/fixtures/public-files';
import { renderWithProviders } from '../../../tests/fixtures/render';
import { placeGroups } from '../../domain/team-places';
import type { Selection } from '../../domain/selection';
import { DetailsPanel } from './details-panel';

const file = realTeamsFile();
const groups = placeGroups(file.teams);

function renderPanel(selection: Selection, onSelect = vi.fn(), teamsFile = file) {
  renderWithProviders(
    <DetailsPanel file={teamsFile} groups={groups} selection={selection} onSelect={onSelect} focusRequest={0} />,
  );
  return onSelect;
}

describe('DetailsPanel', () => {
  it('describes a team: place as printed, provinces, kind, partner and work', () => {
    renderPanel({ type: 'team', id: 'pand-assen-zwolle' });
    const panel = screen.getByRole('region', { name: 'Assen / Zwolle' });
    expect(within(panel).getByText('Eén team dat op twee plaatsen werkt.')).toBeInTheDocument();
    const facts = within(panel)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    expect(facts).toEqual(['Assen/Zwolle', 'Drenthe, Overijssel', ' Pandgebonden', 'niet genoemd in de bron']);
    expect(within(panel).getByRole('heading', { level: 3, name: 'Wat doet zo’n team?' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('toetsenbord- en stoelreiniging');
  });

  it('names Staatsbosbeheer as the partner of a nature team', () => {
    renderPanel({ type: 'team', id: 'natuur-vlodrop-2' });
    const panel = screen.getByRole('region', { name: 'Vlodrop, team 2 van 2' });
    expect(within(panel).getAllByRole('definition')[3]).toHaveTextContent('Staatsbosbeheer');
  });

  it('lists the teams at a shared place, each one selectable', async () => {
    const onSelect = renderPanel({ type: 'place', key: 'den-haag-administratief' });
    const panel = screen.getByRole('region', { name: 'Den Haag: 4 teams' });
    const buttons = within(panel).getAllByRole('button', { name: /^Den Haag, team/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(
      [1, 2, 3, 4].map((n) => `Den Haag, team ${n} van 4, Administratief`),
    );
    await userEvent.click(buttons[1]!);
    expect(onSelect).toHaveBeenCalledWith({ type: 'team', id: 'admin-den-haag-2' });
  });

  it('gives a province its counts per kind', () => {
    renderPanel({ type: 'province', code: 'NL-OV' });
    const panel = screen.getByRole('region', { name: 'Overijssel' });
    expect(panel).toHaveTextContent('5 teams in Overijssel');
    const counts = within(panel)
      .getAllByRole('listitem')
      .slice(0, 3)
      .map((li) => li.textContent);
    expect(counts).toEqual([' Bos- en natuurbeheer: 3', ' Pandgebonden: 1', ' Administratief: 1']);
  });

  it('makes a difference between the records and the published counts visible', () => {
    const fewer = { ...file, teams: file.teams.filter((t) => t.id !== 'admin-zutphen') };
    renderPanel({ type: 'country' }, vi.fn(), fewer);
    const notes = screen.getAllByRole('note').map((n) => n.textContent);
    expect(notes).toEqual([
      'Let op: Administratief: 5 teams in de gegevens, het jaaroverzicht noemt 6.',
      'Let op: Totaal: 43 teams in de gegevens, het jaaroverzicht noemt 44.',
    ]);
  });
});
