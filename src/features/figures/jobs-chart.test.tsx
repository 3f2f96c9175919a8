import { describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../tests/fixtures/render';
import type { TeamKind } from '../../domain/team-kinds';
import { compareWithPublishedTotal } from '../../domain/totals';
import { FIGURES_MESSAGES } from '../../i18n/figures-messages';
import { JobsChart, type ChartRow } from './jobs-chart';

const rows: ChartRow[] = [
  { label: 'Bos- en natuurbeheer', value: 257, colour: '#00745a', note: 'Bos- en natuurbeheer', kind: 'natuurbeheer' },
  { label: 'P-Dossiers op orde', value: 57, colour: '#005b96', note: 'Administratief', kind: 'administratief' },
  { label: 'Archiefbewerking', value: 21, colour: '#005b96', note: 'Administratief', kind: 'administratief' },
  { label: 'Autowassen zonder water', value: 9, colour: '#595959', note: 'geen team op de kaart', kind: null },
];

/** The chart as the figures panel uses it: choosing a bar toggles the map's kind filter. */
function WorkTypeChart({ onKindFilter }: { onKindFilter: (kind: TeamKind | null) => void }) {
  const [kind, setKind] = useState<TeamKind | null>(null);
  return (
    <>
      <JobsChart
        title="Banen per werksoort"
        labelHeader="Werksoort"
        noteHeader="Soort team op de kaart"
        rows={rows}
        decimals={0}
        total={compareWithPublishedTotal(
          rows.map((r) => r.value),
          344,
          0,
        )}
        csvFileName="banen.csv"
        labelWidth={150}
        onBarClick={(row) => {
          const next = row.kind === kind ? null : (row.kind ?? null);
          setKind(next);
          onKindFilter(next);
        }}
        chosenKind={kind}
      />
      <button type="button" onClick={() => setKind('natuurbeheer')}>
        Legenda: natuurbeheer
      </button>
    </>
  );
}

function renderChart(language: 'nl' | 'en' = 'nl') {
  const onKindFilter = vi.fn();
  renderWithProviders(<WorkTypeChart onKindFilter={onKindFilter} />, { language });
  const chart = screen.getByRole('group', {
    name: new RegExp(`^${FIGURES_MESSAGES[language].chartChoiceDescription('Banen per werksoort').slice(0, 20)}`),
  });
  return { onKindFilter, chart };
}

const nl = FIGURES_MESSAGES.nl;
const bar = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}:`) });
/** The outline drawn round a bar while its kind is on the map. */
const markOf = (button: HTMLElement) => button.querySelector('.jobs-bar__chosen');
const boldLabels = (chart: HTMLElement) =>
  [...chart.querySelectorAll('text[font-weight="700"]')].map((t) =>
    [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
  );

describe('JobsChart with bars that choose a kind of team', () => {
  it('makes every bar a toggle button named with its label, jobs and kind, none pressed at first', () => {
    const { chart } = renderChart();
    const buttons = within(chart).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Bos- en natuurbeheer: 257 banen; op de kaart: Bos- en natuurbeheer',
      'P-Dossiers op orde: 57 banen; op de kaart: Administratief',
      'Archiefbewerking: 21 banen; op de kaart: Administratief',
      'Autowassen zonder water: 9 banen; geen team op de kaart',
    ]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false', null]);
    expect(chart.querySelectorAll('.jobs-bar__chosen')).toHaveLength(0);
    expect(boldLabels(chart)).toEqual([]);
  });

  it("marks the chosen kind's bars with an outline and a bold label, and presses them", async () => {
    const { chart, onKindFilter } = renderChart();
    await userEvent.click(bar('P-Dossiers op orde'));
    expect(onKindFilter).toHaveBeenLastCalledWith('administratief');
    // Both work types of the administrative teams are on the map now.
    expect(bar('P-Dossiers op orde')).toHaveAttribute('aria-pressed', 'true');
    expect(bar('Archiefbewerking')).toHaveAttribute('aria-pressed', 'true');
    expect(bar('Bos- en natuurbeheer')).toHaveAttribute('aria-pressed', 'false');
    expect(markOf(bar('P-Dossiers op orde'))).toHaveAttribute('stroke', '#1b1b1b');
    expect(markOf(bar('Archiefbewerking'))).not.toBeNull();
    expect(markOf(bar('Bos- en natuurbeheer'))).toBeNull();
    expect(boldLabels(chart)).toEqual(['P-Dossiers op orde', 'Archiefbewerking']);

    await userEvent.click(bar('Archiefbewerking'));
    expect(onKindFilter).toHaveBeenLastCalledWith(null);
    expect(chart.querySelectorAll('.jobs-bar__chosen')).toHaveLength(0);
  });

  it('marks the bar of a kind chosen elsewhere (the legend, the kind filter) too', async () => {
    const { chart } = renderChart();
    await userEvent.click(screen.getByRole('button', { name: 'Legenda: natuurbeheer' }));
    expect(bar('Bos- en natuurbeheer')).toHaveAttribute('aria-pressed', 'true');
    expect(boldLabels(chart)).toEqual(['Bos- en natuurbeheer']);
  });

  it('chooses by keyboard: Tab to a bar, Enter or Space', async () => {
    const { onKindFilter } = renderChart();
    await userEvent.tab();
    expect(bar('Bos- en natuurbeheer')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onKindFilter).toHaveBeenLastCalledWith('natuurbeheer');
    expect(bar('Bos- en natuurbeheer')).toHaveAttribute('aria-pressed', 'true');
    expect(bar('Bos- en natuurbeheer')).toHaveFocus(); // the chosen bar keeps the focus
    await userEvent.keyboard(' ');
    expect(onKindFilter).toHaveBeenLastCalledWith(null);
  });

  it('says, in a polite live region near the chart, that a work type without a team has none on the map', async () => {
    const { onKindFilter } = renderChart();
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement(); // there before anything is said, so that screen readers hear the change
    await userEvent.click(bar('Autowassen zonder water'));
    expect(status).toHaveTextContent(/^Voor Autowassen zonder water staat geen team op de kaart\.$/);
    expect(onKindFilter).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'Banen per werksoort' })).toContainElement(status);

    // Choosing a bar with a team replaces the note by the choice.
    await userEvent.click(bar('Bos- en natuurbeheer'));
    expect(status).toBeEmptyDOMElement();
  });

  it('says it on Enter too, and in English', async () => {
    renderChart('en');
    screen.getByRole('button', { name: /^Autowassen zonder water: 9 jobs; no team on the map$/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('There is no team on the map for Autowassen zonder water.');
  });

  it('drops the note once the map shows another kind, chosen elsewhere', async () => {
    renderChart();
    await userEvent.click(bar('Autowassen zonder water'));
    expect(screen.getByRole('status')).toHaveTextContent(nl.noTeamOnMap('Autowassen zonder water'));
    await userEvent.click(screen.getByRole('button', { name: 'Legenda: natuurbeheer' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
