import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readPublicText, realReport, realTeamsFile } from '../../../tests/fixtures/public-files';
import { renderWithProviders, serveFiles } from '../../../tests/fixtures/render';
import FiguresPanel from './figures-panel';

const teams = realTeamsFile();

function renderPanel(respond: () => Response, onKindFilter = vi.fn(), language: 'nl' | 'en' = 'nl') {
  serveFiles(respond);
  renderWithProviders(
    <FiguresPanel
      kinds={teams.kinds}
      publishedTeams={{ count: 44, provinces: 12 }}
      kindFilter={null}
      onKindFilter={onKindFilter}
    />,
    { language },
  );
  return onKindFilter;
}

const real = () => new Response(readPublicText('data/2021/jaaroverzicht.json'));
/** The real report file with one of its three parts replaced by something unusable. */
const realWithBroken = (part: 'headlines' | 'jobsPerClient' | 'jobsPerWorkType') => () =>
  new Response(JSON.stringify({ ...JSON.parse(readPublicText('data/2021/jaaroverzicht.json')), [part]: 'kapot' }));
const report = realReport();

describe('FiguresPanel', () => {
  it('shows the headline figures in Dutch notation with their explanations', async () => {
    renderPanel(real);
    const headlines = await screen.findByRole('region', { name: 'Kerncijfers 2021' });
    const values = within(headlines)
      .getAllByRole('definition')
      .filter((d) => !within(d).queryByRole('group')) // the source sentences, tested below
      .map((d) => d.textContent);
    expect(values).toEqual([
      '425',
      'eind 2021; +74 ten opzichte van eind 2020',
      '579',
      'van elk 25,5 uur: 510 bij Binnenwerk en 69 bij de RSO',
      '123',
      'gerealiseerd in 2021',
      '44',
      'verdeeld over 12 provincies',
      '8,6',
      'rapportcijfer van de medewerkers (2019: 8,3)',
      '6%',
      'in 2021 (2020: 5,9%)',
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
      'De rijen tellen op tot 579,83, maar het jaaroverzicht vermeldt 579,66 (verschil 0,17). ' +
        'In de lopende tekst noemt het jaaroverzicht 579 banen. ' +
        'Alle drie de getallen staan hier zoals de bron ze geeft; niets is gecorrigeerd.',
    );
  });

  it('takes the running-text count in the client note from the headline figures, not from the component', async () => {
    const file = JSON.parse(readPublicText('data/2021/jaaroverzicht.json'));
    file.headlines = file.headlines.map((h: { id: string }) => (h.id === 'banen' ? { ...h, value: 1234 } : h));
    renderPanel(() => new Response(JSON.stringify(file)));
    const section = await screen.findByRole('region', { name: 'Banen per opdrachtgever' });
    expect(within(section).getByRole('note')).toHaveTextContent(
      'In de lopende tekst noemt het jaaroverzicht 1.234 banen.',
    );
  });

  it('leaves the running-text count out of the client note when the headline figures are not usable', async () => {
    renderPanel(realWithBroken('headlines'));
    const section = await screen.findByRole('region', { name: 'Banen per opdrachtgever' });
    expect(within(section).getByRole('note')).toHaveTextContent(
      /^De rijen tellen op tot 579,83, maar het jaaroverzicht vermeldt 579,66 \(verschil 0,17\)\. Beide getallen staan hier zoals de bron ze geeft; niets is gecorrigeerd\.$/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'De kerncijfers in het gegevensbestand kloppen niet en worden niet getoond.',
    );
  });

  it('gives the client footnote and the note with all three numbers in English', async () => {
    renderPanel(real, vi.fn(), 'en');
    const section = await screen.findByRole('region', { name: 'Jobs per client' });
    expect(within(section).getByText('* jobs at the RSO included')).toBeInTheDocument();
    expect(within(section).queryByText(/meegerekend/)).toBeNull();
    expect(within(section).getByRole('note')).toHaveTextContent(
      'The rows add up to 579.83, but the annual report prints 579.66 (a difference of 0.17). ' +
        'The running text of the annual report names 579 jobs. ' +
        'All three numbers are shown as the source gives them; nothing has been corrected.',
    );
  });

  it.each([
    [
      'nl',
      'Banen per werksoort',
      'Het totaal volgens het jaaroverzicht (579) komt uit de lopende tekst; de tabel zelf heeft geen totaalregel.',
    ],
    [
      'en',
      'Jobs per work type',
      'The total according to the annual report (579) comes from its running text; the table itself has no total row.',
    ],
  ] as const)(
    'says under the work-type chart (%s) that its printed total comes from the running text',
    async (language, title, note) => {
      renderPanel(real, vi.fn(), language);
      const section = await screen.findByRole('region', { name: title });
      expect(within(section).getByText(note)).toBeInTheDocument();
      expect(
        screen.getByRole('region', { name: language === 'nl' ? 'Banen per opdrachtgever' : 'Jobs per client' }),
      ).not.toHaveTextContent(note);
    },
  );

  // Opening by keyboard is the browser's own summary behaviour, checked in tests/e2e/panels.e2e.test.ts.
  it('opens the sentence of the report behind each headline figure, in Dutch', async () => {
    renderPanel(real);
    const headlines = await screen.findByRole('region', { name: 'Kerncijfers 2021' });
    expect(headlines.querySelector('[title]')).toBeNull();
    const sources = within(headlines).getAllByRole('group');
    expect(sources).toHaveLength(report.headlines.length); // the teams figure comes from the teams file and has none
    const summary = sources[0]!.querySelector('summary')!;
    expect(summary).toHaveTextContent('Bron voor Medewerkers'); // "voor Medewerkers" for screen readers only
    const quote = sources[0]!.querySelector('q')!;
    expect(quote).toHaveTextContent(report.headlines[0]!.quote);
    expect(quote).toHaveAttribute('lang', 'nl');
    expect(quote).not.toBeVisible();
    await userEvent.click(summary);
    expect(quote).toBeVisible();
  });

  it('names the headline sources in English but keeps the quoted sentences Dutch', async () => {
    renderPanel(real, vi.fn(), 'en');
    const headlines = await screen.findByRole('region', { name: 'Key figures 2021' });
    const summaries = [...headlines.querySelectorAll('summary')].map((s) => s.textContent);
    expect(summaries).toEqual([
      'Source for Staff',
      'Source for Jobs',
      'Source for New jobs',
      'Source for Employee satisfaction',
      'Source for Sickness absence',
    ]);
    const quotes = [...headlines.querySelectorAll('q')];
    expect(quotes.map((q) => [q.lang, q.textContent])).toEqual(report.headlines.map((h) => ['nl', h.quote]));
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
    await userEvent.click(
      screen.getByRole('button', { name: /Alleen administratief \(werksoort: P-Dossiers op orde, Archiefbewerking\)/ }),
    );
    expect(onKindFilter).toHaveBeenCalledWith('administratief');
  });

  it("filters the map by a work type's bar, by mouse or keyboard, and says when a work type has no team", async () => {
    const onKindFilter = renderPanel(real);
    const section = await screen.findByRole('region', { name: 'Banen per werksoort' });
    const chart = within(section).getByRole('group', { name: /^Staafdiagram: Banen per werksoort\. Kies een staaf/ });
    const bars = within(chart).getAllByRole('button');
    expect(bars).toHaveLength(report.jobsPerWorkType.rows.length);
    await userEvent.click(within(chart).getByRole('button', { name: /^Pandgebonden taken: 166 banen/ }));
    expect(onKindFilter).toHaveBeenLastCalledWith('pandgebonden');

    const status = within(section).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    within(chart).getByRole('button', { name: 'Extra schoonmaak RSO: 69 banen; geen team op de kaart' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(status).toHaveTextContent('Voor Extra schoonmaak RSO staat geen team op de kaart.');
    expect(onKindFilter).toHaveBeenCalledTimes(1);
    await userEvent.click(within(chart).getByRole('button', { name: /^Autowassen zonder water/ }));
    expect(status).toHaveTextContent('Voor Autowassen zonder water staat geen team op de kaart.');
    expect(onKindFilter).toHaveBeenCalledTimes(1);
  });

  it('keeps the client chart a picture without buttons', async () => {
    renderPanel(real);
    const section = await screen.findByRole('region', { name: 'Banen per opdrachtgever' });
    expect(within(section).getByRole('img', { name: /^Staafdiagram: Banen per opdrachtgever/ })).toBeInTheDocument();
    expect(
      within(section)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Toon als tabel', 'Download CSV']);
    expect(within(section).queryByRole('status')).toBeNull();
  });

  it('shows its own error with a retry when the report file fails, naming the file', async () => {
    renderPanel(() => new Response('{"headlines": "579,66"}'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De cijfers uit het jaaroverzicht konden niet worden geladen.');
    expect(alert).toHaveTextContent('data/2021/jaaroverzicht.json');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeEnabled();
  });
});
