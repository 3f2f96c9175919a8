// The card at a tapped map symbol (touch, or a layout where the details are below the map): the place, its teams
// per kind, and the way to the full details. Beside the symbol, never over it, always inside the map.
import { useEffect, useEffectEvent } from 'react';
import { KindSymbol } from '../../components/kind-symbol';
import type { PlaceSummary } from '../../domain/place-summary';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { useIntl } from '../../i18n/language';
import type { Point } from './overlay-placement';
import { useOverlayPlacement } from './use-overlay-placement';
import './map-overlays.css';

const CARD_SIDES = ['right', 'left', 'below', 'above'] as const;

interface PlaceCardProps {
  place: PlaceSummary;
  /** The symbol's centre in the map area; null while the map moves (the card waits, rather than point wrongly). */
  anchor: Point | null;
  onClose: () => void;
  onShowDetails: () => void;
}

export function PlaceCard({ place, anchor, onClose, onShowDetails }: PlaceCardProps) {
  const intl = useIntl();
  const { messages } = intl;
  const { ref, style } = useOverlayPlacement<HTMLElement>(
    anchor,
    { sides: CARD_SIDES, clearance: 20, margin: 8 },
    `${place.slug} ${intl.language}`,
  );
  // Escape closes the card first (capture: before the page's own Escape, which would close the details too).
  const close = useEffectEvent(onClose);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  const titleId = `place-card-${place.slug}`;
  return (
    <section
      ref={ref}
      className="place-card"
      style={style}
      aria-labelledby={titleId}
      data-place={place.slug}
      // Where the symbol is, for tests (the canvas cannot be asked).
      data-anchor={anchor ? `${Math.round(anchor.x)},${Math.round(anchor.y)}` : ''}
    >
      <p className="place-card__title">
        <span id={titleId}>{place.place}</span>
        <span className="place-card__province">{PROVINCE_NAMES[place.province]}</span>
      </p>
      <ul className="place-card__kinds">
        {place.kinds.map(({ kind, count }) => (
          <li key={kind}>
            <KindSymbol kind={kind} size={16} /> {intl.kindCounts([{ kind, count }])}
          </li>
        ))}
      </ul>
      <button type="button" className="place-card__details" onClick={onShowDetails}>
        {messages.placeCardDetails}
      </button>
      <button type="button" className="place-card__close" onClick={onClose} aria-label={messages.close}>
        ×
      </button>
    </section>
  );
}
