// The tooltip at a hovered map symbol: the place, and how many teams of which kinds it has. Hidden from assistive
// technology: the same words are in the details and the list, which the keyboard reaches.
import type { PlaceSummary } from '../../domain/place-summary';
import { useIntl } from '../../i18n/language';
import type { Point } from './overlay-placement';
import { useOverlayPlacement } from './use-overlay-placement';
import './map-overlays.css';

const TOOLTIP_SIDES = ['above', 'below', 'right', 'left'] as const;

export function MapTooltip({ place, anchor }: { place: PlaceSummary; anchor: Point }) {
  const intl = useIntl();
  const text = intl.kindCounts(place.kinds);
  const { ref, style } = useOverlayPlacement<HTMLDivElement>(
    anchor,
    { sides: TOOLTIP_SIDES, clearance: 18, margin: 4 },
    `${place.slug} ${text}`,
  );
  return (
    <div
      ref={ref}
      className="map-tooltip"
      style={style}
      aria-hidden="true"
      data-place={place.slug}
      data-anchor={`${Math.round(anchor.x)},${Math.round(anchor.y)}`}
    >
      <strong>{place.place}</strong> — {text}
    </div>
  );
}
