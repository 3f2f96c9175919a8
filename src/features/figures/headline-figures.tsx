// The report's headline figures, each with its short explanation, in the notation of the interface language, and
// the report's own sentence behind a native disclosure that keyboard, touch and screen readers all reach.
import type { Headline } from '../../data/report-file';
import { useIntl } from '../../i18n/language';
import { useFiguresText } from './figures-text';

interface HeadlineFiguresProps {
  headlines: readonly Headline[];
  teams: { count: number; provinces: number } | null;
}

export function HeadlineFigures({ headlines, teams }: HeadlineFiguresProps) {
  const { number, signedNumber } = useIntl();
  const text = useFiguresText();

  const explain = (h: Headline): string => {
    const x = text.headlineExplanation;
    switch (h.id) {
      case 'medewerkers':
        return x.medewerkers(signedNumber(h.change ?? 0, 0));
      case 'banen':
        return x.banen(
          number(h.hoursPerJob ?? 0, 1),
          number(h.parts?.binnenwerk ?? 0, 0),
          number(h.parts?.rso ?? 0, 0),
        );
      case 'nieuweBanen':
        return x.nieuweBanen;
      case 'tevredenheid':
        return x.tevredenheid(h.previous?.year ?? 0, number(h.previous?.value ?? 0, 1));
      case 'ziekteverzuim':
        return x.ziekteverzuim(h.previous?.year ?? 0, `${number(h.previous?.value ?? 0, 1)}%`);
    }
  };

  const items: { label: string; value: string; explanation: string; quote: string | null }[] = headlines.map((h) => ({
    label: text.headlineLabel[h.id],
    value: `${number(h.value, h.decimals)}${h.unit === 'percent' ? '%' : ''}`,
    explanation: explain(h),
    quote: h.quote,
  }));
  if (teams) {
    items.splice(3, 0, {
      label: text.headlineLabel.teams,
      value: number(teams.count, 0),
      explanation: text.headlineExplanation.teams(teams.provinces),
      quote: null,
    });
  }

  return (
    <section className="headlines" aria-labelledby="headlines-title">
      <h2 id="headlines-title">{text.headlinesTitle}</h2>
      <dl className="headlines__list">
        {items.map((item) => (
          <div key={item.label} className="headlines__item">
            <dt>{item.label}</dt>
            <dd className="headlines__value">{item.value}</dd>
            <dd className="headlines__explanation">{item.explanation}</dd>
            {item.quote && (
              // In a dd: a group in a <dl> may hold only dt and dd elements.
              <dd className="headlines__source">
                <details>
                  <summary>
                    {text.headlineSource}
                    <span className="visually-hidden">{text.headlineSourceContext(item.label)}</span>
                  </summary>
                  {/* The report's own words stay Dutch, whatever the interface language. */}
                  <q lang="nl">{item.quote}</q>
                </details>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
