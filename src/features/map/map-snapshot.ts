// A picture of the WebGL map as drawn now: for the PNG export, and for print (a WebGL canvas does not print reliably).
import { useEffect, type RefObject } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface MapSnapshot {
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel. */
  scale: number;
}

export function snapshotOf(map: MaplibreMap): MapSnapshot {
  // A synchronous redraw leaves the drawing buffer readable until this task ends (no preserveDrawingBuffer needed).
  map.redraw();
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return { canvas: copy, scale: source.width / Math.max(1, source.clientWidth) };
}

/** Puts a picture of the map into `image` while the page prints (see the print styles). */
export function usePrintPicture(map: MaplibreMap | null, image: RefObject<HTMLImageElement | null>): void {
  useEffect(() => {
    if (!map) return;
    const beforePrint = () => {
      const picture = image.current;
      if (picture) picture.src = snapshotOf(map).canvas.toDataURL('image/png');
    };
    const afterPrint = () => image.current?.removeAttribute('src');
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [map, image]);
}
