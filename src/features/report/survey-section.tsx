// The employee survey ("medewerkertevredenheidsonderzoek"): the overall grade, the response, engagement and the
// table of the other parts, each group on its own scale.
import type { Survey } from '../../data/report-sections';
import { MeasureScales } from './measure-scales';
import { useReportText } from './report-text';

interface SurveySectionProps {
  survey: Survey;
  /** The previous year's survey, if its report has one. */
  previous: { year: number; survey: Survey } | null;
}

export function SurveySection({ survey, previous }: SurveySectionProps) {
  const { text } = useReportText();
  const parts = [
    { key: 'overall', title: text.survey.overall, group: survey.overall, before: previous?.survey.overall },
    { key: 'response', title: text.survey.response, group: survey.response, before: previous?.survey.response },
    { key: 'engagement', title: text.survey.engagement, group: survey.engagement, before: undefined },
    {
      key: 'otherParts',
      title: text.survey.otherParts(survey.otherParts?.title ?? ''),
      group: survey.otherParts,
      before: undefined,
    },
  ];
  return (
    <section className="report__section" aria-labelledby="report-survey">
      <h2 id="report-survey">{text.survey.title}</h2>
      {parts.map(
        ({ key, title, group, before }) =>
          group && (
            <div key={key} className="report__part">
              <h3>{title}</h3>
              <MeasureScales
                group={group}
                subject={title}
                previous={previous && { year: previous.year, group: before }}
              />
            </div>
          ),
      )}
    </section>
  );
}
