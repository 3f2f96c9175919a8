import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DATA_FILES, readPublicText, realReportFile, realTeamsFile } from '../../../tests/fixtures/public-files';
import { renderWithProviders, serveFiles, servePublic } from '../../../tests/fixtures/render';
import { COUNTRY, type Selection } from '../../domain/selection';
import ReportPanel from './report-panel';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FICTITIOUS_YEAR, fictitiousReport } from '../../../tests/fixtures/fictitious-year';
import { PUBLISHED_YEAR } from '../../../tests/fixtures/public-files';
import { formatSignedNumber } from '../../domain/format';

const teams = realTeamsFile();
const report = realReportFile();

function renderPanel({
  language = 'nl' as 'nl' | 'en',
  respond = servePublic,
  selection = COUNTRY as Selection,
  onSelect = vi.fn(),
} = {}) {
  serveFiles(respond);
  renderWithProviders(<ReportPanel year={report.year} teams={teams} selection={selection} onSelect={onSelect} />, {
    language,
  });
  return onSelect;
}

const section = (name: string | RegExp) => screen.findByRole('region', { name });
const texts = (element: HTMLElement, selector: string) =>
  [...element.querySelectorAll(selector)].map((e) => e.textContent);

describe('ReportPanel', () => {
  it('shows the survey with grades and percentages on separate scales', async () => {
    renderPanel();
    const survey = await section('Medewerkertevredenheid');
    const scales = [...survey.querySelectorAll('.measures__scale')];
    const scaleOf = (label: string) => scales.find((s) => texts(s as HTMLElement, '.measure__label').includes(label));
    expect(scaleOf('Blij met leidinggevende')).toBeDefined();
    expect(scaleOf('Werkdruk is goed')).not.toBe(scaleOf('Blij met leidinggevende'));
    expect(within(scaleOf('Werkdruk is goed') as HTMLElement).getByText('percentage, van de 100')).toBeVisible();
    expect(texts(survey, '.measure__value')).toEqual([
      '8,6',
      '8,3',
      '81,1%',
      '73,5%',
      '62,1%',
      '8,2',
      '7,8',
      '8,1',
      '8,7',
      '7,8',
      '8,8',
      '7,3',
      '81,8%',
    ]);
    expect(survey).toHaveTextContent('De scores zijn gemiddeld en verschillen per team.');
    expect(survey).toHaveTextContent('Let op: de bron spreekt zichzelf tegen');
  });

  it('writes a lower bound as printed, never as the bare number', async () => {
    renderPanel();
    const absence = await section('Ziekteverzuim');
    expect(texts(absence, '.measure__value')).toEqual(['6%', '5,9%', '13%', 'ruim 10%']);
    expect(absence.querySelector('.measure--at-least')).toHaveTextContent('Diverse uitvoeringsorganisaties');
  });

  it('marks derived figures as derived, with their sum', async () => {
    renderPanel();
    const people = await section('Mensen en banen');
    const derived = [...people.querySelectorAll('.report-figure--derived')];
    expect(derived.map((d) => d.querySelector('dt')?.textContent)).toEqual([
      `Medewerkers eind ${report.year - 1}`,
      'Banen bij Binnenwerk per medewerker',
    ]);
    expect(derived[0]).toHaveTextContent('351 (berekend)');
    expect(derived[0]).toHaveTextContent('berekend door ons, niet in het jaaroverzicht: 425 − 74 = 351');
    expect(derived[1]).toHaveTextContent('510 ÷ 425 = 1,2');
    expect(people).toHaveTextContent('Een baan is hier 25,5 uur werk');
    expect(people).toHaveTextContent('Doorstroom4');
    expect(people).toHaveTextContent(
      'Uitstroom38uit dienst; redenen: een andere baan, ziek uit dienst, met pensioen of intensievere begeleiding nodig',
    );
  });

  it('says that the report does not name the structural teams', async () => {
    renderPanel();
    const status = await section('Structurele teams');
    expect(status).toHaveTextContent('21 / 25');
    expect(status).toHaveTextContent('sinds oktober');
    expect(status).toHaveTextContent('Het jaaroverzicht zegt niet welke teams structureel zijn.');
    expect(status.querySelector('.report__mismatch')).toBeNull();
  });

  it('shows development and the context', async () => {
    renderPanel();
    const development = await section('Opleiden en ontwikkelen');
    expect(development).toHaveTextContent('In een BBL-opleiding64');
    expect(development).toHaveTextContent('4 van de 5 werken nu bij Binnenwerk');
    expect(
      within(development)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Leer je groen');
    expect(await section('Banenafspraak bij het Rijk')).toHaveTextContent(
      'mensen uit de doelgroep kregen sinds 1 januari 2013 een baan bij het Rijk (Kamerbrief van de staatssecretaris)2.663',
    );
  });

  it('has the review of the year by month, and its Limburg event shows Limburg on the map', async () => {
    const user = userEvent.setup();
    const onSelect = renderPanel();
    const timeline = await section(`Terugblik ${report.year}`);
    expect(texts(timeline, '.timeline__month-name')).toEqual([
      'mei',
      'juli',
      'augustus',
      'september',
      'oktober',
      'december',
    ]);
    expect(timeline).toHaveTextContent('15 december: Binnenwerk bestaat vijf jaar');
    expect(timeline).toHaveTextContent('vijftigjarig');
    await user.click(within(timeline).getByRole('button', { name: 'Toon Limburg op de kaart' }));
    expect(onSelect).toHaveBeenCalledWith({ type: 'province', code: 'NL-LI' });
  });

  it('marks the event’s province as shown once it is chosen', async () => {
    renderPanel({ selection: { type: 'province', code: 'NL-LI' } });
    const timeline = await section(`Terugblik ${report.year}`);
    expect(timeline).toHaveTextContent('✓ Limburg staat op de kaart');
  });

  it('speaks English, in English notation', async () => {
    renderPanel({ language: 'en' });
    expect(texts(await section('Sickness absence'), '.measure__value')).toEqual(['6%', '5.9%', '13%', 'over 10%']);
    expect(await section('The jobs agreement in central government')).toHaveTextContent('2,663');
    const timeline = await section(`The year ${report.year} in review`);
    expect(texts(timeline, '.timeline__month-name')).toContain('July');
    expect(within(timeline).getByRole('button', { name: 'Show Limburg on the map' })).toBeVisible();
  });

  it('keeps the other parts when one is broken, and names the broken one', async () => {
    const broken = { ...JSON.parse(readPublicText(DATA_FILES.report)), absence: { rows: 'kapot' } };
    renderPanel({
      respond: (path) => (path === DATA_FILES.report ? new Response(JSON.stringify(broken)) : servePublic(path)),
    });
    expect(await screen.findByText(/Het deel ‘Ziekteverzuim’ in het gegevensbestand klopt niet/)).toBeVisible();
    expect(await section('Medewerkertevredenheid')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Ziekteverzuim' })).toBeNull();
  });

  it('leaves out a part the year’s report does not have', async () => {
    const without = JSON.parse(readPublicText(DATA_FILES.report)) as Record<string, unknown>;
    delete without.timeline;
    renderPanel({
      respond: (path) => (path === DATA_FILES.report ? new Response(JSON.stringify(without)) : servePublic(path)),
    });
    expect(await section('Medewerkertevredenheid')).toBeVisible();
    expect(screen.queryByRole('region', { name: /Terugblik/ })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the change of this year’s own figures against the previous year’s report, as computed', async () => {
    const fixture = resolve(import.meta.dirname, '../../../tests/fixtures/fictief-jaar');
    serveFiles((path) =>
      path.startsWith(`data/${FICTITIOUS_YEAR}/`)
        ? new Response(readFileSync(resolve(fixture, path.slice('data/'.length)), 'utf8'))
        : servePublic(path),
    );
    renderWithProviders(<ReportPanel year={FICTITIOUS_YEAR} teams={teams} selection={COUNTRY} onSelect={vi.fn()} />, {
      year: { year: FICTITIOUS_YEAR, years: [PUBLISHED_YEAR, FICTITIOUS_YEAR], previousYear: PUBLISHED_YEAR },
    });
    const own = (file: typeof report, key: 'survey' | 'absence') => {
      const section = file[key];
      if (!section?.ok) throw new Error(`${key} missing`);
      const group = 'overall' in section.value ? section.value.overall : section.value;
      const row = group.rows.find((r) => r.current)!;
      return { value: row.value, decimals: row.decimals ?? group.decimals };
    };
    for (const [key, name, unit] of [
      ['survey', 'Medewerkertevredenheid', ''],
      ['absence', 'Ziekteverzuim', ' procentpunt'],
    ] as const) {
      const now = own(fictitiousReport(), key);
      const then = own(report, key);
      const decimals = Math.max(now.decimals, then.decimals);
      const difference = Math.round((now.value - then.value) * 10 ** decimals) / 10 ** decimals;
      expect(await section(name)).toHaveTextContent(
        `${formatSignedNumber(difference, decimals, 'nl')}${unit} ten opzichte van ${PUBLISHED_YEAR} (berekend)`,
      );
    }
  });

  it('shows no change without a previous year', async () => {
    renderPanel();
    await section('Medewerkertevredenheid');
    expect(document.querySelector('.measure__change')).toBeNull();
  });
});
