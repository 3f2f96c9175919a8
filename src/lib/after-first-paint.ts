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
 * Calls `run` once the page has been quiet for `quietMs` (no task of 50 ms or more, where the browser reports them;
 * elsewhere simply `quietMs` from now) and the browser then has an idle moment; returns a function that cancels it.
 * What it runs comes after the time Lighthouse counts as "interactive", and never into a busy moment.
 */
export function whenQuiet(quietMs: number, run: () => void): () => void {
  let cancelIdle = () => {};
  let timer: number | undefined;
  const fire = () => {
    observer?.disconnect();
    if (typeof window.requestIdleCallback === 'function') {
      const idle = window.requestIdleCallback(run, { timeout: quietMs });
      cancelIdle = () => window.cancelIdleCallback(idle);
    } else {
      const later = window.setTimeout(run);
      cancelIdle = () => window.clearTimeout(later);
    }
  };
  const arm = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(fire, quietMs);
  };
  const observer = observesLongTasks() ? new PerformanceObserver(arm) : undefined;
  observer?.observe({ type: 'longtask' });
  arm();
  return () => {
    observer?.disconnect();
    window.clearTimeout(timer);
    cancelIdle();
  };
}

function observesLongTasks(): boolean {
  return typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask');
}
