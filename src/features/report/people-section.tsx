// People and jobs: employees, new jobs, jobs and what a job ("baan") is here, moving on and leaving. Figures we
// derive (the employees a year earlier, jobs per employee) are marked as derived, with their sum.
import type { Headline } from '../../data/report-file';
import type { People } from '../../data/report-sections';
import { employeesAYearEarlier, jobsPerEmployee, partsAddUp } from '../../domain/report-figures';
import { ReportFigure } from './report-figure';
import { useReportText } from './report-text';

interface PeopleSectionProps {
  year: number;
  headlines: readonly Headline[];
  people: People | null;
}

export function PeopleSection({ year, headlines, people }: PeopleSectionProps) {
  const t = useReportText();
  const { text } = t;
  const find = (id: Headline['id']) => headlines.find((h) => h.id === id);
  const employees = find('medewerkers');
  const jobs = find('banen');
  const newJobs = find('nieuweBanen');
  const earlier = employees?.change !== undefined ? employeesAYearEarlier(employees.value, employees.change) : null;
  const perEmployee = employees && jobs?.parts ? jobsPerEmployee(jobs.parts.binnenwerk, employees.value) : null;
  const jobParts = jobs?.parts ? partsAddUp([jobs.parts.binnenwerk, jobs.parts.rso], jobs.value, jobs.decimals) : null;

  return (
    <section className="report__section" aria-labelledby="report-people">
      <h2 id="report-people">{text.people.title}</h2>
      <dl className="report__figures">
        {employees && (
          <ReportFigure
            label={text.people.employees(year)}
            value={t.number(employees.value, employees.decimals)}
            explanation={
              employees.change !== undefined
                ? text.people.change(t.signedNumber(employees.change, 0), year - 1)
                : undefined
            }
            quote={employees.quote}
          />
        )}
        {earlier && (
          <ReportFigure
            label={text.people.employeesYearEarlier(year - 1)}
            value={t.number(earlier.value, 0)}
            derivedSum={t.derivedSum(earlier, 0)}
          />
        )}
        {newJobs && (
          <ReportFigure
            label={text.people.newJobs}
            value={t.number(newJobs.value, newJobs.decimals)}
            quote={newJobs.quote}
          />
        )}
        {jobs && (
          <ReportFigure
            label={text.people.jobs(year)}
            value={t.number(jobs.value, jobs.decimals)}
            explanation={
              jobs.parts && (
                <>
                  {text.people.jobsParts(t.number(jobs.parts.binnenwerk, 0), t.number(jobs.parts.rso, 0))}
                  {jobParts && !jobParts.matches && (
                    <span className="report__mismatch report__mismatch--inline">
                      {text.people.partsMismatch(
                        t.number(jobParts.sum, jobs.decimals),
                        t.number(jobs.value, jobs.decimals),
                      )}
                    </span>
                  )}
                </>
              )
            }
            quote={jobs.quote}
          />
        )}
        {perEmployee && (
          <ReportFigure
            label={text.people.jobsPerEmployee}
            value={t.number(perEmployee.value, 1)}
            explanation={jobs?.hoursPerJob ? text.people.whatIsAJob(t.number(jobs.hoursPerJob, 1)) : undefined}
            derivedSum={t.derivedSum(perEmployee, 1)}
          />
        )}
        {people?.onward && (
          <ReportFigure
            label={text.people.onward}
            value={t.number(people.onward.value, 0)}
            explanation={text.people.onwardExplanation}
            quote={people.onward.quote}
          />
        )}
        {people?.left && (
          <ReportFigure
            label={text.people.left}
            value={t.number(people.left.value, 0)}
            explanation={text.people.leftReasons(text.listOr(people.left.reasons.map(t.local)))}
            quote={people.left.quote}
          />
        )}
      </dl>
    </section>
  );
}
