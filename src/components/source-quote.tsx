// The report's own sentence behind a native disclosure that keyboard, touch and screen readers all reach. The
// sentence stays Dutch, whatever the interface language: it is what the source says.
interface SourceQuoteProps {
  label: string;
  /** Read after the label by screen readers only, so that the many "Bron" controls of a panel differ. */
  context: string;
  quote: string;
  className?: string;
}

export function SourceQuote({ label, context, quote, className }: SourceQuoteProps) {
  return (
    <details className={`source-quote${className ? ` ${className}` : ''}`}>
      <summary>
        {label}
        <span className="visually-hidden">{context}</span>
      </summary>
      <q lang="nl">{quote}</q>
    </details>
  );
}
