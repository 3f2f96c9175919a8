// The app's TanStack Query client: retry only what a retry can fix (network, time-out, server errors).
import { QueryClient } from '@tanstack/react-query';
import { DataFileError } from '../data/load-data-file';

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof DataFileError)) return false;
  return error.problem === 'network' || error.problem === 'timeout' || (error.problem === 'http' && /^de server antwoordde 5/.test(error.details[0] ?? ''));
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
