// The app's TanStack Query client: retry at once only what a quick retry can fix (network and server errors).
// A time-out has already made the user wait 15 s: it is shown with a retry button instead of waiting twice more.
import { QueryClient } from '@tanstack/react-query';
import { DataFileError } from '../data/load-data-file';

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof DataFileError)) return false;
  return (
    error.problem === 'network' || (error.problem === 'http' && /^de server antwoordde 5/.test(error.details[0] ?? ''))
  );
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
      },
    },
  });
}
