// A schema made when it is first used, not when its module loads: zod's schemas cost a slow phone's main thread while
// the page starts (about 100 ms at 4x throttling for all the files' schemas), and most files come later.
export function lazySchema<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
