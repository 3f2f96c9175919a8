// The review of the year ("Terugblik") by month. An event about a province has a button that shows the province on
// the map, as choosing it in the list would; beside it, a mark says when it is shown.
import type { TimelineEvent } from '../../data/report-sections';
import type { Selection } from '../../domain/selection';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { timelineByMonth } from '../../domain/report-figures';
import { SourceQuote } from '../../components/source-quote';
import { SourceNotes } from './measure-scales';
import { useReportText } from './report-text';

interface YearTimelineProps {
  year: number;
  events: readonly TimelineEvent[];
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

export function YearTimeline({ year, events, selection, onSelect }: YearTimelineProps) {
  const t = useReportText();
  const { text } = t;
  return (
    <section className="report__section" aria-labelledby="report-timeline">
      <h2 id="report-timeline">{text.timeline.title(year)}</h2>
      <ol className="timeline">
        {timelineByMonth(events).map(({ month, events: monthEvents }) => (
          <li key={month} className="timeline__month">
            <h3 className="timeline__month-name">{t.monthName(month)}</h3>
            <ul className="timeline__events">
              {monthEvents.map((event) => {
                const title = t.local(event.title);
                const province = event.province;
                const shown = province !== undefined && selection.type === 'province' && selection.code === province;
                return (
                  <li key={event.title.nl} className="timeline__event">
                    <p className="timeline__title">
                      {event.day && <span className="timeline__day">{t.monthName(month, event.day)}: </span>}
                      {title}
                    </p>
                    <p className="timeline__text">{t.local(event.text)}</p>
                    {province && (
                      <p className="timeline__map">
                        <button
                          type="button"
                          className="timeline__show"
                          onClick={() => onSelect({ type: 'province', code: province })}
                        >
                          {text.timeline.showOnMap(PROVINCE_NAMES[province])}
                        </button>
                        {shown && (
                          <span className="timeline__shown">
                            {' '}
                            ✓ {text.timeline.shownOnMap(PROVINCE_NAMES[province])}
                          </span>
                        )}
                      </p>
                    )}
                    <SourceQuote label={text.sourceLabel} context={text.sourceContext(title)} quote={event.quote} />
                    <SourceNotes notes={event.notes} />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
