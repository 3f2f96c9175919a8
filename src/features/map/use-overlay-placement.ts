// Places an overlay of the map area (tooltip, card) beside a symbol, measured before it is painted.
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { placeOverlay, type PlacementOptions, type Point } from './overlay-placement';

/**
 * `anchor` is the symbol's centre in the coordinates of the overlay's offset parent (the map area); null hides the
 * overlay (the map is moving, the symbol is out of view). `content` is anything that changes the overlay's size.
 */
export function useOverlayPlacement<E extends HTMLElement>(
  anchor: Point | null,
  options: PlacementOptions,
  content: unknown,
) {
  const ref = useRef<E>(null);
  const [style, setStyle] = useState<CSSProperties>({ visibility: 'hidden', left: 0, top: 0 });
  const { sides, clearance, margin } = options;
  const x = anchor?.x;
  const y = anchor?.y;
  useLayoutEffect(() => {
    const element = ref.current;
    const area = element?.offsetParent;
    if (!element || !area || x === undefined || y === undefined) {
      setStyle({ visibility: 'hidden', left: 0, top: 0 });
      return;
    }
    // The part of the map area in the window: a card below the fold would need scrolling to be read.
    const rect = area.getBoundingClientRect();
    const left = Math.max(0, -rect.left);
    const top = Math.max(0, -rect.top);
    const space = {
      x: left,
      y: top,
      width: Math.min(area.clientWidth, window.innerWidth - rect.left) - left,
      height: Math.min(area.clientHeight, window.innerHeight - rect.top) - top,
    };
    const outside = x < space.x || y < space.y || x > space.x + space.width || y > space.y + space.height;
    const box = { width: element.offsetWidth, height: element.offsetHeight };
    const placed = placeOverlay(space, { x, y }, box, { sides, clearance, margin });
    setStyle(
      outside
        ? { visibility: 'hidden', left: 0, top: 0 }
        : { left: Math.round(placed.left), top: Math.round(placed.top), visibility: 'visible' },
    );
    element.dataset.side = placed.side;
    // `sides` is a constant of the caller; the content changes the size.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [x, y, clearance, margin, content]);
  return { ref, style };
}
