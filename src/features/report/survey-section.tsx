// The employee survey ("medewerkertevredenheidsonderzoek"): the overall grade, the response, engagement and the
// table of the other parts, each group on its own scale.
import type { Survey } from '../../data/report-sections';
import { MeasureScales } from './measure-scales';
import { useReportText } from './report-text';

export function SurveySection({ survey }: { survey: Survey }) {
  const { text } = useReportText();
  const parts = [
    { key: 'overall', title: text.survey.overall, group: survey.overall },
    { key: 'response', title: text.survey.response, group: survey.response },
    { key: 'engagement', title: text.survey.engagement, group: survey.engagement },
    {
      key: 'otherParts',
      title: text.survey.otherParts(survey.otherParts?.title ?? ''),
      group: survey.otherParts,
    },
  ];
  return (
    <section className="report__section" aria-labelledby="report-survey">
      <h2 id="report-survey">{text.survey.title}</h2>
      {parts.map(
        ({ key, title, group }) =>
          group && (
            <div key={key} className="report__part">
              <h3>{title}</h3>
              <MeasureScales group={group} subject={title} />
            </div>
          ),
      )}
    </section>
  );
}
