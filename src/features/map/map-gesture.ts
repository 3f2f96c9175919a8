// The first zoom or pan on the SVG map: it starts the WebGL map, which then does what the gesture asked (zoom in or
// out at the pointer, or pan by the drag), so that the gesture is not lost while maplibre loads.
import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { ClientPoint } from './symbol-point';

export type MapGesture =
  /** Zoom by `by` levels, keeping the point under the pointer (or the centre) in place. */
  | { type: 'zoom'; by: number; around: ClientPoint | null }
  /** Pan the map by a drag of this many pixels. */
  | { type: 'pan'; x: number; y: number };

/**
 * Whether the WebGL map, started by this gesture while something is chosen, goes to the choice instead of doing the
 * gesture: the "+" button (no pointer, so no place to zoom towards) asks to see more of what is chosen, as the
 * choice's camera shows it; one step into the middle of the country would leave a chosen Zuid-Holland half off a
 * phone's screen. A wheel, a pinch, a drag or "−" says where to look, and is done as made.
 */
export function zoomsToChoice(gesture: MapGesture | null | undefined, somethingChosen: boolean): boolean {
  return somethingChosen && gesture?.type === 'zoom' && gesture.around === null && gesture.by > 0;
}

/** How far a pointer must move while pressed before it counts as a drag and not a click. */
const DRAG_THRESHOLD = 6;

/**
 * Watches `target` for the gestures that ask for a zoomable map: a wheel (with Ctrl or ⌘ where the page must scroll,
 * `cooperative`), a double click or double tap, a pinch, a mouse drag. A one-finger swipe keeps scrolling the page,
 * as over any picture.
 */
export function useMapGestures(
  target: RefObject<HTMLElement | null>,
  cooperative: boolean,
  onGesture: ((gesture: MapGesture) => void) | null,
): void {
  const report = useEffectEvent((gesture: MapGesture) => onGesture?.(gesture));
  const active = onGesture !== null;
  useEffect(() => {
    const element = target.current;
    if (!element || !active) return;
    const pointers = new Map<number, { x: number; y: number; type: string }>();
    const onWheel = (event: WheelEvent) => {
      if (cooperative && !event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      report({ type: 'zoom', by: event.deltaY < 0 ? 1 : -1, around: { x: event.clientX, y: event.clientY } });
    };
    const onDoubleClick = (event: MouseEvent) =>
      report({ type: 'zoom', by: 1, around: { x: event.clientX, y: event.clientY } });
    const onPointerDown = (event: PointerEvent) => {
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY, type: event.pointerType });
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        report({ type: 'zoom', by: 1, around: { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 } });
      }
    };
    const onPointerMove = (event: PointerEvent) => {
      const start = pointers.get(event.pointerId);
      // A finger's drag scrolls the page; a mouse's pans the map (in the embed too, as the WebGL map does).
      if (!start || start.type === 'touch' || pointers.size !== 1) return;
      const x = event.clientX - start.x;
      const y = event.clientY - start.y;
      if (Math.hypot(x, y) < DRAG_THRESHOLD) return;
      pointers.delete(event.pointerId);
      report({ type: 'pan', x, y });
    };
    const onPointerEnd = (event: PointerEvent) => pointers.delete(event.pointerId);
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('dblclick', onDoubleClick);
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerEnd);
    element.addEventListener('pointercancel', onPointerEnd);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('dblclick', onDoubleClick);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerEnd);
      element.removeEventListener('pointercancel', onPointerEnd);
    };
  }, [target, cooperative, active]);
}
