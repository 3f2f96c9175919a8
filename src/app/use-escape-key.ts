// Escape anywhere on the page closes what is chosen, unless something nearer (a dialog, the search box) took it.
import { useEffect, useEffectEvent } from 'react';

export function useEscapeKey(active: boolean, onEscape: () => void): void {
  const escape = useEffectEvent(onEscape);
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // A native modal dialog closes on Escape without marking the event as handled: that Escape is the dialog's.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      escape();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
