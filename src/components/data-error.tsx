// A data file that failed: says which file and what is wrong, in the part of the screen that needed it, with a retry.
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { DataFileError } from '../data/load-data-file';
import { refetchFailedDataFiles } from '../data/queries';
import { useIntl } from '../i18n/language';

const MAX_DETAILS = 5;

interface DataErrorProps {
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

export function DataError({ title, error, onRetry, retrying }: DataErrorProps) {
  const { messages } = useIntl();
  const details =
    error instanceof DataFileError ? error.details : [error instanceof Error ? error.message : String(error)];
  const file = error instanceof DataFileError ? error.file : null;
  return (
    <div className="data-error" role="alert">
      <p className="data-error__title">{title}</p>
      {file && (
        <p className="data-error__file">
          <code>{file}</code>
        </p>
      )}
      <ul className="data-error__details">
        {details.slice(0, MAX_DETAILS).map((detail) => (
          <li key={detail}>{detail}</li>
        ))}
        {details.length > MAX_DETAILS && <li>… +{details.length - MAX_DETAILS}</li>}
      </ul>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? messages.retrying : messages.retry}
      </button>
    </div>
  );
}

/** The error box for a failed data file's query, or nothing while it has not failed; its retry retries every failed file. */
export function QueryError({ title, query }: { title: string; query: UseQueryResult<unknown> }) {
  const queryClient = useQueryClient();
  if (!query.isError) return null;
  return (
    <DataError
      title={title}
      error={query.error}
      onRetry={() => void refetchFailedDataFiles(queryClient)}
      retrying={query.isFetching}
    />
  );
}

/**
 * A small, calm note for a file the rest does without (the towns named on the map): what is missing, and a retry
 * that fetches every failed file; nothing while it has not failed.
 */
export function QueryNote({ text, query }: { text: string; query: UseQueryResult<unknown> }) {
  const queryClient = useQueryClient();
  const { messages } = useIntl();
  if (!query.isError) return null;
  return (
    <p className="data-note" role="status">
      {text}{' '}
      <button type="button" onClick={() => void refetchFailedDataFiles(queryClient)} disabled={query.isFetching}>
        {query.isFetching ? messages.retrying : messages.retry}
      </button>
    </p>
  );
}
