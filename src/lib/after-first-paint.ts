// Resolves once the browser has painted the page as index.html brought it: work that can wait (starting React,
// evaluating maplibre) then does not hold up the first view.
let painted: Promise<void> | undefined;

export function afterFirstPaint(): Promise<void> {
  // A frame callback runs just before the browser paints; a task queued from it runs after that paint.
  painted ??= new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return painted;
}
