// One figure of the report as a term and its value, with what it means, where it comes from, or how we derived it.
import type { ReactNode } from 'react';
import { SourceQuote } from '../../components/source-quote';
import { useReportText } from './report-text';

interface ReportFigureProps {
  label: string;
  value: string;
  explanation?: ReactNode;
  /** The report's sentence; none for a derived figure. */
  quote?: string;
  /** How we derived it ("425 − 74 = 351"): the figure is marked as not printed in the report. */
  derivedSum?: string;
}

export function ReportFigure({ label, value, explanation, quote, derivedSum }: ReportFigureProps) {
  const { text } = useReportText();
  return (
    <div className={`report-figure${derivedSum ? ' report-figure--derived' : ''}`}>
      <dt>{label}</dt>
      <dd className="report-figure__value">
        {value}
        {derivedSum && <span className="report-figure__derived"> ({text.derived})</span>}
      </dd>
      {explanation && <dd className="report-figure__explanation">{explanation}</dd>}
      {derivedSum && <dd className="report-figure__explanation">{text.derivedSum(derivedSum)}</dd>}
      {quote && (
        <dd>
          <SourceQuote label={text.sourceLabel} context={text.sourceContext(label)} quote={quote} />
        </dd>
      )}
    </div>
  );
}
