// Renders its children only once the placeholder comes near the screen (or the page is printed): what lies far below
// the fold does not cost a slow phone's main thread while the visitor looks at the map. The children's first render
// is a transition, which React does in slices.
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

/** How far below (or above) the screen the placeholder counts as near. */
const NEAR_MARGIN = '200px 0px';

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
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [near]);
  return near ? children : <div ref={host}>{placeholder}</div>;
}
