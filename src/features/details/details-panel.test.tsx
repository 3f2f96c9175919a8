import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realReport, realTeamsFile } from '../../../tests/fixtures/public-files';
import { renderWithProviders } from '../../../tests/fixtures/render';
import { placeGroups } from '../../domain/team-places';
import type { Selection } from '../../domain/selection';
import { DetailsPanel } from './details-panel';

const file = realTeamsFile();
const groups = placeGroups(file.teams);
const { contact } = realReport();
const teamsAt = (place: string, kind: string) =>
  file.teams.filter((t) => t.kind === kind && t.locations.some((l) => l.place === place));

function renderPanel(selection: Selection, onSelect = vi.fn(), teamsFile = file, language: 'nl' | 'en' = 'nl') {
  renderWithProviders(
    <DetailsPanel
      file={teamsFile}
      groups={groups}
      selection={selection}
      onSelect={onSelect}
      contact={contact}
      focusRequest={0}
    />,
    { language },
  );
  return onSelect;
}

describe('DetailsPanel', () => {
  it('describes a team: provinces, kind, partner and work, without repeating the place of its heading', () => {
    renderPanel({ type: 'team', id: 'pand-assen-zwolle' });
    const panel = screen.getByRole('region', { name: 'Assen / Zwolle' });
    expect(within(panel).getByText('Eén team dat op twee plaatsen werkt.')).toBeInTheDocument();
    const facts = within(panel.querySelector('dl')!)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    expect(facts).toEqual(['Drenthe, Overijssel', ' Pandgebonden', 'niet genoemd in de bron']);
    expect(within(panel).queryByText('Plaats')).toBeNull();
    expect(within(panel).getByRole('heading', { level: 3, name: 'Wat doet zo’n team?' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('toetsenbord- en stoelreiniging');
  });

  it('names Staatsbosbeheer as the partner of a nature team', () => {
    renderPanel({ type: 'team', id: 'natuur-vlodrop-2' });
    const panel = screen.getByRole('region', { name: 'Vlodrop, team 2 van 2' });
    expect(within(panel).getByText('Partner').nextElementSibling).toHaveTextContent('Staatsbosbeheer');
    // The heading numbers the team; the report's own "Vlodrop (2 teams)" is there as printed.
    expect(within(panel).getByText('In het jaaroverzicht').nextElementSibling).toHaveTextContent('Vlodrop (2 teams)');
  });

  it('gives the next step the report gives: its contact, as mail and web links', () => {
    renderPanel({ type: 'team', id: 'natuur-baarn' });
    const panel = screen.getByRole('region', { name: 'Baarn' });
    expect(within(panel).getByRole('heading', { level: 3, name: 'Aanmelden of meer weten?' })).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: contact.email })).toHaveAttribute('href', `mailto:${contact.email}`);
    expect(within(panel).getByRole('link', { name: 'www.ubrijk.nl/binnenwerk' })).toHaveAttribute(
      'href',
      'https://www.ubrijk.nl/binnenwerk',
    );
    expect(panel).toHaveTextContent('Postbus 20011');
    // A team of its own at its place: no row that says the heading again.
    expect(within(panel).queryByText('In het jaaroverzicht')).toBeNull();
  });

  it('sums up a place with many teams once, of every kind, with each team still selectable', async () => {
    const pand = teamsAt('Den Haag', 'pandgebonden');
    const admin = teamsAt('Den Haag', 'administratief');
    // Either symbol of Den Haag gives the same place.
    for (const key of ['den-haag-pandgebonden', 'den-haag-administratief']) {
      const onSelect = renderPanel({ type: 'place', key });
      const panel = screen.getByRole('region', { name: 'Den Haag' });
      expect(panel).toHaveTextContent(`${pand.length} pandgebonden en ${admin.length} administratieve teams`);
      expect(
        within(panel)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual([
        ` ${pand.length} pandgebonden teams`,
        ` ${admin.length} administratieve teams`,
        'Aanmelden of meer weten?',
      ]);
      // Plain numbers: the heading above each row says how many teams of which kind, the section's heading where.
      const buttons = within(panel).getAllByRole('button', { name: /^Team \d+,/ });
      expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
        ...pand.map((_, i) => `Team ${i + 1}, Pandgebonden`),
        ...admin.map((_, i) => `Team ${i + 1}, Administratief`),
      ]);
      expect(buttons.map((b) => b.textContent)).toEqual([
        ...pand.map((_, i) => `Team ${i + 1}`),
        ...admin.map((_, i) => `Team ${i + 1}`),
      ]);
      // No count of a kind Den Haag has no team of.
      expect(panel).not.toHaveTextContent('natuurbeheer');
      await userEvent.click(buttons[pand.length + 1]!);
      expect(onSelect).toHaveBeenCalledWith({ type: 'team', id: admin[1]!.id });
      cleanup();
    }
  });

  it('says the place summary in English', () => {
    renderPanel({ type: 'place', key: 'den-haag' }, vi.fn(), file, 'en');
    const panel = screen.getByRole('region', { name: 'Den Haag' });
    const pand = teamsAt('Den Haag', 'pandgebonden').length;
    const admin = teamsAt('Den Haag', 'administratief').length;
    expect(panel).toHaveTextContent(`${pand} building-related and ${admin} administrative teams`);
  });

  it('leads from one of many teams at a place to all of them', async () => {
    const onSelect = renderPanel({ type: 'team', id: 'pand-den-haag-3' });
    const all = teamsAt('Den Haag', 'pandgebonden').length + teamsAt('Den Haag', 'administratief').length;
    await userEvent.click(screen.getByRole('button', { name: `Alle ${all} teams in Den Haag` }));
    expect(onSelect).toHaveBeenCalledWith({ type: 'place', key: 'den-haag' });
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

  it('leaves out the kinds a province has no team of', () => {
    renderPanel({ type: 'province', code: 'NL-ZE' });
    const panel = screen.getByRole('region', { name: 'Zeeland' });
    const zeeland = file.teams.filter((t) => t.locations.some((l) => l.province === 'NL-ZE'));
    const kinds = new Set(zeeland.map((t) => t.kind));
    expect(kinds.size).toBeLessThan(3);
    const counts = panel.querySelectorAll('.details__kind-counts li');
    expect(counts).toHaveLength(kinds.size);
    expect(panel).not.toHaveTextContent(': 0');
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
