// Renders its children once the placeholder comes near the screen, the page is printed, or the page has been quiet
// for a while (so that a screen reader's list of headings and the browser's find have them too): what lies below the
// fold does not cost a slow phone's main thread while the page starts. The first render is a transition, which React
// does in slices.
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { whenQuiet } from '../lib/after-first-paint';

/** How far below (or above) the screen the placeholder counts as near. */
const NEAR_MARGIN = '200px 0px';
/** How long the page must have been quiet before the children render anyway. */
const QUIET_MS = 5000;

export interface WhenNearProps {
  /** Shown until then, at about the height of what comes. */
  placeholder: ReactNode;
  children: ReactNode;
}

export function WhenNear({ placeholder, children }: WhenNearProps) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (near || !element) return;
    const show = () => startTransition(() => setNear(true));
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: NEAR_MARGIN,
    });
    observer.observe(element);
    window.addEventListener('beforeprint', show);
    const cancelQuiet = whenQuiet(QUIET_MS, show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
      cancelQuiet();
    };
  }, [near]);
  return near ? children : <div ref={host}>{placeholder}</div>;
}
