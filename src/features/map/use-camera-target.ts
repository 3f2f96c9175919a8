// Moves the camera when the map model's target changes: to a choice, a searched place or the whole country. It flies
// there, unless the user asked for less motion or the map is drawn without a GPU (then it jumps). A choice is fitted
// into the part of the map that nothing covers (`padding`, measured at the time of the move).
import { useEffect, type RefObject } from 'react';
import { clearancePadding } from '../../domain/map-clearance';
import type { Map as MaplibreMap, PaddingOptions } from 'maplibre-gl';
import { sameCameraTarget, type CameraTarget } from '../../domain/map-model';
import { AREA_MAX_ZOOM, SINGLE_PLACE_MAX_ZOOM } from '../../domain/netherlands';
import { COUNTRY_PADDING, lngLatBounds, NETHERLANDS_BOUNDS } from './map-layers';
import { prefersReducedMotion } from './reduced-motion';
import { rendersInSoftware } from './software-rendering';

/** Room kept round a fitted choice besides what covers the map: a symbol drawn at the edge stays whole. */
const CHOICE_MARGIN = 32;

/** Marks the app's own moves on their events (maplibre passes this on to movestart, move and moveend). */
const APP_MOVE = { appMove: true } as const;

/** A move the app asked for: not one by the user, nor a resize. */
export function isAppMove(event: object): boolean {
  return 'appMove' in event && event.appMove === true;
}

/**
 * The padding that keeps a fitted view clear of the map's own controls, of `overlays` where they lie over the map,
 * and of what lies under the fold where the map starts on screen. (Where the page has been scrolled past the map's
 * top, the choice was made below it: the reader scrolls back to the whole map.)
 */
export function measureClearance(container: HTMLElement | null, overlays: Iterable<Element>): PaddingOptions {
  if (!container) return { top: CHOICE_MARGIN, right: CHOICE_MARGIN, bottom: CHOICE_MARGIN, left: CHOICE_MARGIN };
  const box = container.getBoundingClientRect();
  const fold = window.innerHeight;
  const offScreen =
    box.top >= 0 && box.top < fold && box.bottom > fold
      ? [{ left: box.left, right: box.right, top: fold, bottom: box.bottom }]
      : [];
  const covering = [...container.querySelectorAll('.maplibregl-ctrl'), ...overlays].map((element) =>
    element.getBoundingClientRect(),
  );
  return clearancePadding(box, [...covering, ...offScreen], CHOICE_MARGIN);
}

/** Moves that animate, unless motion is unwelcome or too slow to draw. */
export function animates(map: MaplibreMap): boolean {
  return !prefersReducedMotion() && !rendersInSoftware(map.getCanvas());
}

/** The whole country, with the same padding as the initial view, so "reset" returns exactly there. */
export function showCountry(map: MaplibreMap): void {
  // (An explicit maxZoom of undefined would make maplibre compute NaN.)
  map.fitBounds(NETHERLANDS_BOUNDS, { padding: COUNTRY_PADDING, animate: animates(map), duration: 600 }, APP_MOVE);
}

/** A team or a place is one point (or a few): zoom in only as far as keeps its neighbouring places in view. */
function maxZoomFor(camera: Exclude<CameraTarget, { type: 'country' }>): number {
  const single = camera.type === 'selection' && camera.selection.type !== 'province';
  return single ? SINGLE_PLACE_MAX_ZOOM : AREA_MAX_ZOOM;
}

/**
 * `appliedRef`: the target the camera shows now (a shared view counts as its choice's target until it changes).
 * `padding`: the room to keep free on each side of the map (what lies over it), asked for at each move.
 */
export function useCameraTarget(
  map: MaplibreMap | null,
  camera: CameraTarget,
  appliedRef: RefObject<CameraTarget>,
  padding: () => PaddingOptions,
): void {
  useEffect(() => {
    // New bounds for the same choice do not move the camera; bounds still loading are waited for.
    if (!map || sameCameraTarget(appliedRef.current, camera)) return;
    if (camera.type === 'country') {
      appliedRef.current = camera;
      showCountry(map);
      return;
    }
    if (!camera.bounds) return;
    appliedRef.current = camera;
    map.fitBounds(
      lngLatBounds(camera.bounds),
      { padding: padding(), maxZoom: maxZoomFor(camera), animate: animates(map), duration: 600 },
      APP_MOVE,
    );
    // `padding` is read at the time of the move; a new function for the same overlays is no reason to move.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, camera, appliedRef]);
}
