// Mistakes found in a data file that could still be used: what was left out and why, where the data is shown.
const MAX_SHOWN = 20;

interface DataProblemsProps {
  title: string;
  hint: string;
  messages: readonly string[];
}

export function DataProblems({ title, hint, messages }: DataProblemsProps) {
  if (messages.length === 0) return null;
  return (
    <section className="data-notice" aria-label={title}>
      <p className="data-notice__title">{title}</p>
      <p className="data-notice__hint">{hint}</p>
      <ul className="data-notice__list">
        {messages.slice(0, MAX_SHOWN).map((message) => (
          <li key={message}>
            <code>{message}</code>
          </li>
        ))}
        {messages.length > MAX_SHOWN && <li>… +{messages.length - MAX_SHOWN}</li>}
      </ul>
    </section>
  );
}
