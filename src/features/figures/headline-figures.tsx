// The report's headline figures, each with its short explanation, in the notation of the interface language, and
// the report's own sentence behind a native disclosure that keyboard, touch and screen readers all reach. Where the
// index has a previous year, each figure that both years give also shows its change, marked as computed by us.
import { SourceQuote } from '../../components/source-quote';
import type { Headline } from '../../data/report-file';
import { figureChange, type FigureChange } from '../../domain/figure-change';
import { useIntl } from '../../i18n/language';
import { usePreviousReport, usePreviousTeamsFile, useReportYear } from '../../lib/report-year';
import { useFiguresText } from './figures-text';

interface HeadlineFiguresProps {
  headlines: readonly Headline[];
  teams: { count: number; provinces: number } | null;
}

export function HeadlineFigures({ headlines, teams }: HeadlineFiguresProps) {
  const { number, signedNumber } = useIntl();
  const text = useFiguresText();
  const { year, previousYear } = useReportYear();
  const previousReport = usePreviousReport();
  const previousTeams = usePreviousTeamsFile();
  const previousHeadlines = previousReport?.headlines.ok ? previousReport.headlines.value : null;

  const changeText = (change: FigureChange | null, percent: boolean): string | null => {
    if (!change || previousYear === null) return null;
    const value = signedNumber(change.difference, change.decimals);
    return text.headlineChange(percent ? text.percentagePoints(value) : value, previousYear);
  };

  const explain = (h: Headline): string => {
    const x = text.headlineExplanation;
    switch (h.id) {
      case 'medewerkers':
        return x.medewerkers(signedNumber(h.change ?? 0, 0), year);
      case 'banen':
        return x.banen(
          number(h.hoursPerJob ?? 0, 1),
          number(h.parts?.binnenwerk ?? 0, 0),
          number(h.parts?.rso ?? 0, 0),
        );
      case 'nieuweBanen':
        return x.nieuweBanen(year);
      case 'tevredenheid':
        return x.tevredenheid(h.previous?.year ?? 0, number(h.previous?.value ?? 0, 1));
      case 'ziekteverzuim':
        return x.ziekteverzuim(year, h.previous?.year ?? 0, `${number(h.previous?.value ?? 0, 1)}%`);
    }
  };

  interface Item {
    label: string;
    value: string;
    explanation: string;
    change: string | null;
    quote: string | null;
  }
  const items: Item[] = headlines.map((h) => ({
    label: text.headlineLabel[h.id],
    value: `${number(h.value, h.decimals)}${h.unit === 'percent' ? '%' : ''}`,
    explanation: explain(h),
    change: changeText(
      figureChange(
        h,
        previousHeadlines?.find((p) => p.id === h.id),
      ),
      h.unit === 'percent',
    ),
    quote: h.quote,
  }));
  if (teams) {
    const previous = previousTeams ? { value: previousTeams.published.teams, decimals: 0 } : null;
    items.splice(3, 0, {
      label: text.headlineLabel.teams,
      value: number(teams.count, 0),
      explanation: text.headlineExplanation.teams(teams.provinces),
      change: changeText(figureChange({ value: teams.count, decimals: 0 }, previous), false),
      quote: null,
    });
  }
  const showsChanges = previousYear !== null && items.some((item) => item.change !== null);

  return (
    <section className="headlines" aria-labelledby="headlines-title">
      <h2 id="headlines-title">{text.headlinesTitle(year)}</h2>
      <dl className="headlines__list">
        {items.map((item) => (
          <div key={item.label} className="headlines__item">
            <dt>{item.label}</dt>
            <dd className="headlines__value">{item.value}</dd>
            <dd className="headlines__explanation">{item.explanation}</dd>
            {item.change && <dd className="headlines__explanation headlines__change">{item.change}</dd>}
            {item.quote && (
              // In a dd: a group in a <dl> may hold only dt and dd elements.
              <dd className="headlines__source">
                <SourceQuote
                  label={text.headlineSource}
                  context={text.headlineSourceContext(item.label)}
                  quote={item.quote}
                />
              </dd>
            )}
          </div>
        ))}
      </dl>
      {showsChanges && <p className="figures__note">{text.headlineChangeNote(previousYear, year)}</p>}
    </section>
  );
}
