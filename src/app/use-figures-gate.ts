// The charts load once the map has settled (or failed, or after a while), so that they never hold the map up.
import { useEffect, useState } from 'react';
import type { MapMode } from '../features/map/map-view';

/** How long the charts wait for the map before they load anyway. */
const FIGURES_WAIT_MS = 10_000;

export function useFiguresGate(mapMode: MapMode, dataFailed: boolean): boolean {
  const [waitOver, setWaitOver] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setWaitOver(true), FIGURES_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, []);
  // Once the charts may load they stay: a file retried while the map still waits must not unmount them again.
  const [open, setOpen] = useState(false);
  const openNow = mapMode !== 'loading' || waitOver || dataFailed;
  if (openNow && !open) setOpen(true);
  return open || openNow;
}
