// Training and development (BBL courses, the trainings the report names, social internships), and the context of
// the jobs agreement in central government.
import type { Development, ReportContext } from '../../data/report-sections';
import { SourceQuote } from '../../components/source-quote';
import { ReportFigure } from './report-figure';
import { useReportText } from './report-text';

export function DevelopmentSection({ development }: { development: Development }) {
  const t = useReportText();
  const { text } = t;
  const { bbl, trainings, internships } = development;
  return (
    <section className="report__section" aria-labelledby="report-development">
      <h2 id="report-development">{text.development.title}</h2>
      <dl className="report__figures">
        {bbl && (
          <ReportFigure
            label={text.development.bbl}
            value={t.number(bbl.value, 0)}
            explanation={text.development.bblExplanation}
            quote={bbl.quote}
          />
        )}
        {internships && (
          <ReportFigure
            label={text.development.internships}
            value={t.number(internships.value, 0)}
            explanation={text.development.internshipsWorking(
              t.number(internships.working, 0),
              t.number(internships.value, 0),
            )}
            quote={internships.quote}
          />
        )}
      </dl>
      {trainings && (
        <>
          <h3>{text.development.trainings}</h3>
          <ul className="report__list">
            {trainings.items.map((item) => (
              <li key={item.nl}>{t.local(item)}</li>
            ))}
          </ul>
          <SourceQuote
            label={text.sourceLabel}
            context={text.sourceContext(text.development.trainings)}
            quote={trainings.quote}
          />
        </>
      )}
    </section>
  );
}

export function ContextSection({ context }: { context: ReportContext }) {
  const t = useReportText();
  const { targetGroupJobs } = context;
  return (
    <section className="report__section" aria-labelledby="report-context">
      <h2 id="report-context">{t.text.context.title}</h2>
      <dl className="report__figures">
        <ReportFigure
          label={t.text.context.targetGroupJobs(t.date(targetGroupJobs.since))}
          value={t.number(targetGroupJobs.value, 0)}
          quote={targetGroupJobs.quote}
        />
      </dl>
    </section>
  );
}
