import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { HeadlineFigures } from './headline-figures';
import { FIGURES_MESSAGES } from '../../i18n/figures-messages';
import { renderWithProviders, serveFiles, servePublic } from '../../../tests/fixtures/render';
import { FICTITIOUS_YEAR, fictitiousReport, fictitiousTeamsFile } from '../../../tests/fixtures/fictitious-year';
import { PUBLISHED_YEAR, readPublicText } from '../../../tests/fixtures/public-files';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const nl = FIGURES_MESSAGES.nl;
const headlines = () => {
  const section = fictitiousReport().headlines;
  if (!section.ok) throw new Error('the fixture’s headlines are broken');
  return section.value;
};
const { published } = fictitiousTeamsFile();
const teams = { count: published.teams, provinces: published.provinces };

/** The published year from public/, the fictitious year from its fixture folder. */
function serveBothYears() {
  const fixture = resolve(import.meta.dirname, '../../../tests/fixtures/fictief-jaar');
  return serveFiles((path) =>
    path.startsWith(`data/${FICTITIOUS_YEAR}/`)
      ? new Response(readFileSync(resolve(fixture, path.slice('data/'.length)), 'utf8'))
      : servePublic(path),
  );
}

describe('HeadlineFigures', () => {
  it('shows each figure’s change against the previous year in the index, marked as computed', async () => {
    const fetched = serveBothYears();
    renderWithProviders(<HeadlineFigures headlines={headlines()} teams={teams} />, {
      year: { year: FICTITIOUS_YEAR, years: [PUBLISHED_YEAR, FICTITIOUS_YEAR], previousYear: PUBLISHED_YEAR },
    });
    const region = screen.getByRole('region', { name: nl.headlinesTitle(FICTITIOUS_YEAR) });
    // The fixture: 450 staff (425 in 2021), 600 jobs (579), 110 new jobs (123), 45 teams (44), 8,8 (8,6), 5,5% (6%).
    expect(await within(region).findByText(nl.headlineChange('+25', PUBLISHED_YEAR))).toBeInTheDocument();
    expect(within(region).getByText(nl.headlineChange('+21', PUBLISHED_YEAR))).toBeInTheDocument();
    expect(within(region).getByText(nl.headlineChange('−13', PUBLISHED_YEAR))).toBeInTheDocument();
    expect(within(region).getByText(nl.headlineChange('+0,2', PUBLISHED_YEAR))).toBeInTheDocument();
    expect(
      within(region).getByText(nl.headlineChange(nl.percentagePoints('−0,5'), PUBLISHED_YEAR)),
    ).toBeInTheDocument();
    expect(await within(region).findByText(nl.headlineChange('+1', PUBLISHED_YEAR))).toBeInTheDocument();
    expect(within(region).getByText(nl.headlineChangeNote(PUBLISHED_YEAR, FICTITIOUS_YEAR))).toBeInTheDocument();
    expect(fetched).toEqual(
      expect.arrayContaining([`data/${PUBLISHED_YEAR}/jaaroverzicht.json`, `data/${PUBLISHED_YEAR}/teams.json`]),
    );
  });

  it('shows no change and fetches nothing without a previous year', () => {
    const fetched = serveFiles();
    const report = JSON.parse(readPublicText(`data/${PUBLISHED_YEAR}/jaaroverzicht.json`)) as {
      headlines: Parameters<typeof HeadlineFigures>[0]['headlines'];
    };
    renderWithProviders(<HeadlineFigures headlines={report.headlines} teams={{ count: 44, provinces: 12 }} />);
    const region = screen.getByRole('region', { name: nl.headlinesTitle(PUBLISHED_YEAR) });
    expect(region.querySelectorAll('.headlines__change')).toHaveLength(0);
    expect(within(region).queryByText(/berekend/)).toBeNull();
    expect(fetched).toEqual([]);
  });
});
