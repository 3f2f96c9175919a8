// Sickness absence in comparison: this year, last year and the sectors the report compares with.
import type { MeasureGroup } from '../../data/report-sections';
import { MeasureScales } from './measure-scales';
import { useReportText } from './report-text';

interface AbsenceSectionProps {
  absence: MeasureGroup;
  /** The previous year's absence figures, if its report has them. */
  previous: { year: number; group: MeasureGroup } | null;
}

export function AbsenceSection({ absence, previous }: AbsenceSectionProps) {
  const { text } = useReportText();
  return (
    <section className="report__section" aria-labelledby="report-absence">
      <h2 id="report-absence">{text.absence.title}</h2>
      <MeasureScales group={absence} subject={text.absence.title} previous={previous} />
    </section>
  );
}
