// "Kaart opslaan als PNG" and "Dia (16:9) als PNG": the map drawn again at 2× pixel density, with title, legend,
// source and attribution; the view as on screen, or a 16:9 slide. The map as drawn on screen is the fallback where
// a second map cannot be drawn.
import { useState, type RefObject } from 'react';
import { useIntl } from '../../i18n/language';
import { downloadCanvas } from '../../lib/download';
import type { MapImageText } from './map-image';
import type { TeamMapHandle } from './team-map';
import './map.css';

export interface MapExportButtonProps {
  map: RefObject<TeamMapHandle | null>;
  image: MapImageText;
  /** Ends in .png; the slide's name gets "-dia" before that. */
  fileName: string;
}

type Shape = 'view' | 'slide';

export function MapExportButton({ map, image, fileName }: MapExportButtonProps) {
  const text = useIntl().messages.share;
  const [status, setStatus] = useState<'idle' | Shape | 'failed'>('idle');
  const save = async (shape: Shape) => {
    const handle = map.current;
    if (!handle) {
      setStatus('failed');
      return;
    }
    // Until the WebGL map has drawn, picture() starts it and waits.
    setStatus(shape);
    try {
      // The picture's composition loads when it is first asked for, not before the map.
      const { composeMapImage, composeSlideImage, slideMapSize } = await import('./map-image');
      const size = shape === 'slide' ? slideMapSize(image) : undefined;
      const drawn = await handle.picture(size).catch((error: unknown) => {
        console.info('Second map not drawn, using the map on screen:', error);
        return shape === 'view' ? handle.snapshot() : null;
      });
      if (!drawn) throw new Error('no picture of the map');
      const picture =
        shape === 'slide'
          ? composeSlideImage(drawn.canvas, drawn.scale, image)
          : composeMapImage(drawn.canvas, drawn.scale, image);
      await downloadCanvas(picture, shape === 'slide' ? fileName.replace(/\.png$/, '-dia.png') : fileName);
      setStatus('idle');
    } catch (error) {
      console.warn('PNG export failed:', error);
      setStatus('failed');
    }
  };
  const failed = status === 'failed';
  return (
    <span className="map-export">
      <button
        type="button"
        className="share-button"
        onClick={() => void save('view')}
        aria-describedby={failed ? 'map-export-status' : undefined}
      >
        {status === 'view' ? text.exporting : text.exportPng}
      </button>
      <button
        type="button"
        className="share-button"
        onClick={() => void save('slide')}
        aria-describedby={failed ? 'map-export-status' : undefined}
      >
        {status === 'slide' ? text.exporting : text.exportSlide}
      </button>
      <span id="map-export-status" role="status" className={failed ? 'map-export__failed' : 'visually-hidden'}>
        {failed ? text.exportFailed : ''}
      </span>
    </span>
  );
}
