// "Kaart opslaan als PNG": the map as drawn now, with title, legend, source and attribution, for slides.
import { useState, type RefObject } from 'react';
import { useIntl } from '../../i18n/language';
import { composeMapImage, downloadCanvas, type MapImageText } from './map-image';
import type { TeamMapHandle } from './team-map';
import './map.css';

export interface MapExportButtonProps {
  map: RefObject<TeamMapHandle | null>;
  image: MapImageText;
  fileName: string;
}

export function MapExportButton({ map, image, fileName }: MapExportButtonProps) {
  const text = useIntl().messages.share;
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const save = async () => {
    const snapshot = map.current?.snapshot();
    if (!snapshot) {
      setStatus('failed');
      return;
    }
    setStatus('busy');
    try {
      await downloadCanvas(composeMapImage(snapshot.canvas, snapshot.scale, image), fileName);
      setStatus('idle');
    } catch (error) {
      console.warn('PNG export failed:', error);
      setStatus('failed');
    }
  };
  return (
    <span className="map-export">
      <button
        type="button"
        className="share-button"
        onClick={() => void save()}
        aria-describedby={status === 'failed' ? 'map-export-status' : undefined}
      >
        {status === 'busy' ? text.exporting : text.exportPng}
      </button>
      <span
        id="map-export-status"
        role="status"
        className={status === 'failed' ? 'map-export__failed' : 'visually-hidden'}
      >
        {status === 'failed' ? text.exportFailed : ''}
      </span>
    </span>
  );
}
