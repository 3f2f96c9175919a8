// "Inzoomen" and "Uitzoomen" on the SVG map, where maplibre's own buttons will be (top left, same size): pressing
// one starts the WebGL map, which then zooms. They stay in place while it loads, so nothing jumps.
import { useIntl } from '../../i18n/language';
import type { MapGesture } from './map-gesture';

export interface StaticZoomButtonsProps {
  onZoom: (gesture: MapGesture) => void;
  /** The WebGL map is on its way: the buttons say so (for screen readers too). */
  busy: boolean;
}

export function StaticZoomButtons({ onZoom, busy }: StaticZoomButtonsProps) {
  const texts = useIntl().messages.share.mapControls;
  const buttons = [
    { by: 1, label: texts.zoomIn, sign: '+' },
    { by: -1, label: texts.zoomOut, sign: '−' },
  ];
  return (
    <div className="static-zoom" data-map-overlay>
      {buttons.map(({ by, label, sign }) => (
        <button
          key={by}
          type="button"
          className="static-zoom__button"
          data-zoom={by}
          aria-label={label}
          title={label}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onZoom({ type: 'zoom', by, around: null });
          }}
        >
          <span aria-hidden="true">{sign}</span>
        </button>
      ))}
    </div>
  );
}
