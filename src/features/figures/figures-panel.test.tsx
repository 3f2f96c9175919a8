import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { readPublicText, realTeamsFile } from '../../../tests/fixtures/public-files';
import { createQueryClient } from '../../app/query-client';
import { LanguageProvider } from '../../i18n/language';
import FiguresPanel from './figures-panel';

const teams = realTeamsFile();

function renderPanel(respond: () => Response, onKindFilter = vi.fn(), language: 'nl' | 'en' = 'nl') {
  vi.stubGlobal('fetch', vi.fn(async () => respond()));
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LanguageProvider initial={language}>
        <FiguresPanel kinds={teams.kinds} publishedTeams={{ count: 44, provinces: 12 }} kindFilter={null} onKindFilter={onKindFilter} />
      </LanguageProvider>
    </QueryClientProvider>,
  );
  return onKindFilter;
}

afterEach(() => vi.unstubAllGlobals());

const real = () => new Response(readPublicText('data/jaaroverzicht-2021.json'));

describe('FiguresPanel', () => {
  it('shows the headline figures in Dutch notation with their explanations', async () => {
    renderPanel(real);
    const headlines = await screen.findByRole('region', { name: 'Kerncijfers 2021' });
    const values = within(headlines).getAllByRole('definition').map((d) => d.textContent);
    expect(values).toEqual([
      '425', 'eind 2021; +74 ten opzichte van eind 2020',
      '579', 'van elk 25,5 uur: 510 bij Binnenwerk en 69 bij de RSO',
      '123', 'gerealiseerd in 2021',
      '44', 'verdeeld over 12 provincies',
      '8,6', 'rapportcijfer van de medewerkers (2019: 8,3)',
      '6%', 'in 2021 (2020: 5,9%)',
    ]);
  });

  it('tables the jobs per client largest first, with both totals and the difference', async () => {
    renderPanel(real);
    const table = await screen.findByRole('table', { name: 'Banen per opdrachtgever' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Opdrachtgever', 'Banen']);
    expect(rows[1]).toEqual(['Binnenlandse Zaken en Koninkrijksrelaties', '176,60']);
    expect(rows[13]).toEqual(['Algemene Rekenkamer', '0,50']);
    expect(rows.slice(-2)).toEqual([
      ['Totaal, opgeteld uit de rijen', '579,83'],
      ['Totaal volgens het jaaroverzicht', '579,66*'],
    ]);
    const section = screen.getByRole('region', { name: 'Banen per opdrachtgever' });
    expect(within(section).getByText('* banen bij RSO meegerekend')).toBeInTheDocument();
    expect(within(section).getByRole('note')).toHaveTextContent(
      'De rijen tellen op tot 579,83, maar het jaaroverzicht vermeldt 579,66 (verschil 0,17).',
    );
  });

  it('names the clients in English, with English number notation, when the page is in English', async () => {
    renderPanel(real, vi.fn(), 'en');
    const table = await screen.findByRole('table', { name: 'Jobs per client' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows[1]).toEqual(['Interior and Kingdom Relations', '176.60']);
    expect(rows[13]).toEqual(['Netherlands Court of Audit', '0.50']);
  });

  it('draws one bar per work type and links the work types to the kind filter', async () => {
    const onKindFilter = renderPanel(real);
    const section = await screen.findByRole('region', { name: 'Banen per werksoort' });
    expect(section.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(6);
    const table = within(section).getByRole('table');
    expect(within(table).getByRole('row', { name: /Extra schoonmaak RSO/ })).toHaveTextContent('geen team op de kaart');
    await userEvent.click(screen.getByRole('button', { name: /Alleen administratief \(werksoort: P-Dossiers op orde, Archiefbewerking\)/ }));
    expect(onKindFilter).toHaveBeenCalledWith('administratief');
  });

  it('shows its own error with a retry when the report file fails, naming the file', async () => {
    renderPanel(() => new Response('{"headlines": "579,66"}'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De cijfers uit het jaaroverzicht konden niet worden geladen.');
    expect(alert).toHaveTextContent('data/jaaroverzicht-2021.json');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeEnabled();
  });
});
