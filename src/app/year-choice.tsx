// The header's choice of the report's year, when the index has more than one: links (each a view of its own, which
// keeps the rest of the view), the shown year marked as current. A plain click changes the year in place.
import type { MouseEvent } from 'react';
import { useIntl } from '../i18n/language';

interface YearChoiceProps {
  years: readonly number[];
  year: number;
  /** The address of the current view in another year. */
  hrefFor: (year: number) => string;
  onChoose: (year: number) => void;
}

export function YearChoice({ years, year, hrefFor, onChoose }: YearChoiceProps) {
  const { messages } = useIntl();
  if (years.length < 2) return null;
  const choose = (event: MouseEvent, chosen: number) => {
    // A click with a modifier opens the link where the visitor asked (a new tab or window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChoose(chosen);
  };
  return (
    <nav className="year-choice" aria-label={messages.yearChoiceLabel}>
      {/* Newest first, as the header reads from the most recent report. */}
      {[...years].reverse().map((y) => (
        <a
          key={y}
          className="year-choice__year"
          href={hrefFor(y)}
          aria-current={y === year ? 'page' : undefined}
          aria-label={messages.yearChoiceOption(y)}
          onClick={(event) => choose(event, y)}
        >
          {y}
        </a>
      ))}
    </nav>
  );
}
