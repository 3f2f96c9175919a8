// The app's TanStack Query client: which failed data requests are tried again, how often and how soon.
//
// A dropped connection or a server error (5xx, 408, 429) is often gone a moment later: those are retried up to
// DATA_FILE_RETRIES times, with exponential backoff and full jitter (a random wait between 0 and a doubling cap),
// so that many visitors whose requests failed at once do not all come back at the same moment. With these numbers
// a real outage still ends in the error box after at most MAX_RETRY_WAIT_MS (37.5 s) of waiting, plus the failed
// attempts themselves (a refused connection or an error page comes back at once). Nine retries make a load on a
// network that loses half of all requests fail only one time in 1,024 per file, against one in 8 with two retries.
//
// A time-out is not retried automatically: the user has already waited 15 s for that file, and gets the retry
// button instead of waiting up to three times as long. Neither is a missing file (404) or a broken one (JSON,
// schema): asking again gives the same answer.
//
// While the browser is offline, TanStack Query's default network mode ('online') holds the retries back instead of
// using them up, and continues them when the browser is online again; a file that had failed before is fetched
// again then too (refetchOnReconnect: a failed file has no data and so is stale, whatever its staleTime).
import { QueryClient } from '@tanstack/react-query';
import { DataFileError } from '../data/load-data-file';

export const DATA_FILE_RETRIES = 9;
/** The longest wait before the first retry; it doubles for each later one, up to RETRY_DELAY_CAP_MS. */
export const RETRY_DELAY_BASE_MS = 500;
export const RETRY_DELAY_CAP_MS = 6_000;

/** The longest wait before retry number `failureCount` (0 for the first retry). */
export function retryDelayCap(failureCount: number): number {
  return Math.min(RETRY_DELAY_CAP_MS, RETRY_DELAY_BASE_MS * 2 ** failureCount);
}

/** The wait before a retry: anything from 0 to its cap ("full jitter"). */
export function retryDelay(failureCount: number, random: () => number = Math.random): number {
  return Math.round(random() * retryDelayCap(failureCount));
}

/** The most a file can spend waiting between its attempts before its error is shown. */
export const MAX_RETRY_WAIT_MS = Array.from({ length: DATA_FILE_RETRIES }, (_, n) => retryDelayCap(n)).reduce(
  (sum, wait) => sum + wait,
  0,
);

/** HTTP statuses that say "try again later": the server is down, overloaded, restarting, or asks for patience. */
function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** Whether a failed data request may succeed if simply asked again: decided by the kind of failure and its status. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof DataFileError)) return false;
  if (error.problem === 'network') return true;
  return error.problem === 'http' && error.status !== undefined && isTransientStatus(error.status);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < DATA_FILE_RETRIES && isRetryable(error),
        retryDelay: (failureCount) => retryDelay(failureCount),
      },
    },
  });
}
