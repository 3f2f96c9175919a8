// Moves the camera when the map model's target changes: to a choice, a searched place or the whole country. It flies
// there, unless the user asked for less motion or the map is drawn without a GPU (then it jumps).
import { useEffect, type RefObject } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { sameCameraTarget, type CameraTarget } from '../../domain/map-model';
import { COUNTRY_PADDING, lngLatBounds, NETHERLANDS_BOUNDS } from './map-layers';
import { prefersReducedMotion } from './reduced-motion';
import { rendersInSoftware } from './software-rendering';

/** `appliedRef`: the target the camera shows now (a shared view counts as its choice's target until it changes). */
export function useCameraTarget(
  map: MaplibreMap | null,
  camera: CameraTarget,
  appliedRef: RefObject<CameraTarget>,
): void {
  useEffect(() => {
    // New bounds for the same choice do not move the camera; bounds still loading are waited for.
    if (!map || sameCameraTarget(appliedRef.current, camera)) return;
    const bounds = camera.type === 'country' ? null : camera.bounds;
    if (camera.type !== 'country' && !bounds) return;
    appliedRef.current = camera;
    const animate = !prefersReducedMotion() && !rendersInSoftware(map.getCanvas());
    if (!bounds) {
      // Same padding as the initial view, so "reset" returns exactly there. (An explicit maxZoom of undefined
      // would make maplibre compute NaN.)
      map.fitBounds(NETHERLANDS_BOUNDS, { padding: COUNTRY_PADDING, animate, duration: 600 });
    } else {
      map.fitBounds(lngLatBounds(bounds), { padding: 40, maxZoom: 10, animate, duration: 600 });
    }
  }, [map, camera, appliedRef]);
}
