// A schema with a plain check in front of zod. Files with many values (the outlines' thousands of positions, a
// teams file of 10,000 records) are checked while the page starts, and zod's code costs a slow phone's main thread
// for each value it walks. The plain check accepts only what zod would give back unchanged; every other value goes
// through zod, for zod's result (an extra key left out) or for zod's messages, at the same paths.
import { z } from './zod';

/**
 * `schema`, with `isExact` tried first: a value it accepts is taken as it is. `isExact` must accept nothing that
 * `schema` refuses or would change (the tests next to each check hold it to that).
 */
export function withQuickCheck<T>(isExact: (value: unknown) => value is T, schema: () => z.ZodMiniType<T>) {
  return z.transform<unknown, T>((value, payload) => {
    if (isExact(value)) return value;
    const result = schema().safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      payload.issues.push({ code: 'custom', message: issue.message, path: [...issue.path], input: value });
    return z.NEVER;
  });
}

/** Whether `value` is a plain object with exactly the keys `keys` (zod's objects leave any other key out). */
export function hasExactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}
