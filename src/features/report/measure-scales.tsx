// A group of the report's figures on their own scales: a grade on 1–10, a percentage on 0–100, never one axis for
// both. Each figure is text first (label and value); the bar beside it is a picture of the same, hidden from
// screen readers. A lower bound ("ruim 10%") is written as printed and drawn with an open end.
import type { MeasureGroup } from '../../data/report-sections';
import { currentChange, measureScales, SCALE_MAX } from '../../domain/report-figures';
import { SourceQuote } from '../../components/source-quote';
import { useReportText } from './report-text';

interface MeasureScalesProps {
  group: MeasureGroup;
  /** What the figures are, for the sources' screen-reader context ("Respons"). */
  subject: string;
  /** The same group in the previous year's report, if any: this year's figure then shows its change. */
  previous?: { year: number; group: MeasureGroup | undefined } | null;
}

export function MeasureScales({ group, subject, previous }: MeasureScalesProps) {
  const t = useReportText();
  const change = previous?.group ? currentChange(group, previous.group) : null;
  return (
    <div className="measures">
      {measureScales(group).map((scale) => (
        <div key={scale.unit} className="measures__scale">
          <p className="measures__scale-name">{t.text.scaleName[scale.unit]}</p>
          <ul className="measures__rows">
            {scale.rows.map((row) => {
              const label = t.local(row.label);
              const share = Math.min(1, row.value / SCALE_MAX[scale.unit]);
              return (
                <li
                  key={label}
                  className={`measure${row.current ? ' measure--current' : ''}${row.bound ? ' measure--at-least' : ''}`}
                >
                  <span className="measure__label">{label}</span>
                  <span className="measure__value">
                    {t.text.measureValue(t.number(row.value, row.decimals), scale.unit, row.bound === 'atLeast')}
                  </span>
                  {row.current && change && (
                    <span className="measure__change">
                      {t.text.changeSince(
                        t.signedNumber(change.difference, change.decimals),
                        scale.unit,
                        previous!.year,
                      )}
                    </span>
                  )}
                  <span className="measure__bar" aria-hidden="true">
                    <span className="measure__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
                  </span>
                  {row.quote && (
                    <SourceQuote
                      className="measure__source"
                      label={t.text.sourceLabel}
                      context={t.text.sourceContext(`${subject}: ${label}`)}
                      quote={row.quote}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {group.caveat && (
        <p className="report__caveat">
          <span className="report__caveat-title">{t.text.survey.caveatTitle}: </span>
          <q lang="nl">{group.caveat}</q>
        </p>
      )}
      {group.quote && (
        <SourceQuote label={t.text.sourceLabel} context={t.text.sourceContext(subject)} quote={group.quote} />
      )}
      <SourceNotes notes={group.notes} />
    </div>
  );
}

/** Where the report disagrees with itself: shown, never smoothed over. */
export function SourceNotes({ notes }: { notes: readonly { nl: string; en: string }[] | undefined }) {
  const t = useReportText();
  if (!notes?.length) return null;
  return (
    <div className="report__mismatch">
      <p className="report__mismatch-title">{t.text.notesTitle}</p>
      {notes.map((note) => (
        <p key={note.nl}>{t.local(note)}</p>
      ))}
    </div>
  );
}
