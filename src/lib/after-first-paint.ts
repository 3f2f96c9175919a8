// Moments when work that can wait does not hold up what the user sees: after the first paint (starting React), after
// the next paint (an answer on screen first), and when the page has been quiet for a while (fetching ahead).
let painted: Promise<void> | undefined;

export function afterFirstPaint(): Promise<void> {
  painted ??= afterNextPaint();
  return painted;
}

/** A frame callback runs just before the browser paints; a task queued from it runs after that paint. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Calls `run` once `delayMs` have passed and the browser then has an idle moment (at most `delayMs` more); returns
 * a function that cancels it.
 */
export function whenQuiet(delayMs: number, run: () => void): () => void {
  let cancelIdle = () => {};
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const idle = window.requestIdleCallback(run, { timeout: delayMs });
      cancelIdle = () => window.cancelIdleCallback(idle);
    } else {
      const later = window.setTimeout(run);
      cancelIdle = () => window.clearTimeout(later);
    }
  }, delayMs);
  return () => {
    window.clearTimeout(timer);
    cancelIdle();
  };
}
