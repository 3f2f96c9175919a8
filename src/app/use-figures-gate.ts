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
  return mapMode !== 'loading' || waitOver || dataFailed;
}
