import { onlineManager, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataFileError } from '../data/load-data-file';
import {
  createQueryClient,
  DATA_FILE_RETRIES,
  isRetryable,
  MAX_RETRY_WAIT_MS,
  retryDelay,
  retryDelayCap,
} from './query-client';

const FILE = 'data/2021/teams.json';
const networkError = new DataFileError(FILE, 'network', ['het netwerk gaf geen antwoord']);
const httpError = (status: number, detail = `de server antwoordde ${status}`) =>
  new DataFileError(FILE, 'http', [detail], status);

describe('isRetryable', () => {
  it('retries a dropped connection and the statuses that mean "later": 5xx, 408, 429', () => {
    expect(isRetryable(networkError)).toBe(true);
    for (const status of [500, 502, 503, 504, 408, 429]) expect(isRetryable(httpError(status))).toBe(true);
  });

  it('does not retry what asking again cannot fix, nor a time-out', () => {
    for (const status of [400, 403, 404, 410]) expect(isRetryable(httpError(status))).toBe(false);
    for (const problem of ['timeout', 'json', 'schema'] as const) {
      expect(isRetryable(new DataFileError(FILE, problem, ['…']))).toBe(false);
    }
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(false);
    expect(isRetryable(new DataFileError(FILE, 'http', ['de server antwoordde 503']))).toBe(false);
  });

  it('decides by the status, not by the wording of the message', () => {
    expect(isRetryable(httpError(503, 'the server answered 503 Service Unavailable'))).toBe(true);
    expect(isRetryable(httpError(404, 'de server antwoordde 503 (zegt de tekst, maar de status is 404)'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('waits anything from 0 to a cap that doubles from 0,5 s up to 6 s', () => {
    expect([0, 1, 2, 3, 4, 5, 8].map(retryDelayCap)).toEqual([500, 1000, 2000, 4000, 6000, 6000, 6000]);
    expect(retryDelay(3, () => 0)).toBe(0);
    expect(retryDelay(3, () => 0.5)).toBe(2000);
    expect(retryDelay(3, () => 0.9999999)).toBe(4000);
  });

  it('keeps a real outage to well under a minute of waiting before the error shows', () => {
    expect(MAX_RETRY_WAIT_MS).toBe(37_500);
    expect(MAX_RETRY_WAIT_MS).toBeLessThanOrEqual(60_000);
  });
});

describe('createQueryClient', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    onlineManager.setOnline(true);
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  /** A query whose attempts fail with `failures` in turn (the last one again and again), then succeed if `then`. */
  function observe(failures: readonly Error[], then?: string) {
    const client = createQueryClient();
    client.mount();
    let attempts = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['data-file', FILE],
      queryFn: async () => {
        const failure = failures[Math.min(attempts, failures.length - 1)];
        attempts++;
        if (then !== undefined && attempts > failures.length) return then;
        throw failure;
      },
    });
    const unsubscribe = observer.subscribe(() => {});
    return {
      attempts: () => attempts,
      result: () => observer.getCurrentResult(),
      done: () => {
        unsubscribe();
        client.unmount();
        client.clear();
      },
    };
  }

  it.each([
    ['a server error (503), 1 + 9 times', httpError(503), 1 + DATA_FILE_RETRIES],
    ['a missing file (404), once', httpError(404), 1],
  ])('tries %s, then shows the error, within the longest wait', async (_name, error, attempts) => {
    const query = observe([error]);
    await vi.advanceTimersByTimeAsync(MAX_RETRY_WAIT_MS);
    expect(query.attempts()).toBe(attempts);
    expect(query.result().status).toBe('error');
    expect(query.result().error).toBe(error);
    query.done();
  });

  it('recovers from a few failures of either kind without showing an error', async () => {
    const query = observe([networkError, httpError(503), networkError], 'ok');
    await vi.advanceTimersByTimeAsync(MAX_RETRY_WAIT_MS);
    expect(query.attempts()).toBe(4);
    expect(query.result().data).toBe('ok');
    query.done();
  });

  it('holds its retries while the browser is offline and goes on once it is back', async () => {
    // A jittered wait can round to 0 ms, and the retry would come before the browser goes offline: wait half the cap.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const query = observe([networkError], 'ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(query.attempts()).toBe(1);
    onlineManager.setOnline(false);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(query.attempts()).toBe(1);
    expect(query.result().fetchStatus).toBe('paused');
    onlineManager.setOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(query.result().data).toBe('ok');
    query.done();
  });

  it('fetches a file that had failed again when the browser comes online', async () => {
    const query = observe([httpError(503)]);
    await vi.advanceTimersByTimeAsync(MAX_RETRY_WAIT_MS);
    expect(query.result().status).toBe('error');
    const before = query.attempts();
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(query.attempts()).toBe(before + 1);
    query.done();
  });
});
