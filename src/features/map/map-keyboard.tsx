// The map for the keyboard and the screen reader (issue 16): one tab stop over the places with teams, in whichever
// picture of the map is shown. Arrow keys move to the nearest place in that direction (domain/spatial-focus.ts),
// Home/End and Page Up/Down walk them north to south, Enter chooses, +/− zoom, "?" lists the keys; each move is said
// (the place, its teams, "3 van 30", where it lies from the last one). A ring on the map shows the focused place.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Position } from '../../domain/geometry';
import type { PlaceSummary } from '../../domain/place-summary';
import { PROVINCE_NAMES } from '../../domain/provinces';
import { nearestInDirection, readingOrder, relativePosition, type Direction } from '../../domain/spatial-focus';
import { distanceKm } from '../../domain/distance';
import { useIntl } from '../../i18n/language';
import { lastInDirectionText, MAP_KEYBOARD_TEXT, placeMoveText } from '../../i18n/map-keyboard-messages';
import { symbolsHalfWidth } from './map-look';
import type { TeamMapHandle } from './team-map';

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'north',
  ArrowRight: 'east',
  ArrowDown: 'south',
  ArrowLeft: 'west',
};

/** Room between the symbols and the ring, in CSS pixels. */
const RING_GAP = 6;

export interface MapKeyboardProps {
  /** The places shown on the map (a kind filter leaves out the others). */
  places: readonly PlaceSummary[];
  map: RefObject<TeamMapHandle | null>;
  /** The place whose details are open (its slug), or null: the first arrow starts there. */
  chosenPlace: string | null;
  /** The searched place: each move also says how far from it. */
  searchPlace: { name: string; coordinates: Position } | null;
  /** The map's description in words (its summary), read after the hint. */
  describedBy: string;
  onChoose: (place: PlaceSummary) => void;
}

export function MapKeyboard({ places, map, chosenPlace, searchPlace, describedBy, onChoose }: MapKeyboardProps) {
  const intl = useIntl();
  const { language } = intl;
  const text = MAP_KEYBOARD_TEXT[language];
  const ordered = useMemo(() => readingOrder(places), [places]);
  const [focused, setFocused] = useState<string | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const [said, setSaid] = useState('');
  const [ring, setRing] = useState<{ x: number; y: number; radius: number } | null>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const helpRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const current = ordered.find((place) => place.slug === focused) ?? null;

  // The ring follows the place while the map moves (a pan, a zoom, the camera easing to a choice).
  useEffect(() => {
    if (!hasFocus || !current) return;
    let frame = 0;
    const follow = () => {
      const point = map.current?.pointOf(current.coordinates);
      const box = layerRef.current?.getBoundingClientRect();
      const next =
        point && box
          ? { x: point.x - box.left, y: point.y - box.top, radius: symbolsHalfWidth(current.kinds.length) + RING_GAP }
          : null;
      setRing((shown) =>
        shown && next && Math.abs(shown.x - next.x) < 0.5 && Math.abs(shown.y - next.y) < 0.5 ? shown : next,
      );
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [hasFocus, current, map]);

  const moveTo = (place: PlaceSummary, from: PlaceSummary | null) => {
    setFocused(place.slug);
    map.current?.keepInView(place.coordinates);
    setSaid(
      placeMoveText(
        {
          place: place.place,
          province: PROVINCE_NAMES[place.province],
          teams: intl.kindCounts(place.kinds),
          position: ordered.indexOf(place) + 1,
          of: ordered.length,
          from:
            from && from !== place
              ? { place: from.place, ...relativePosition(from.coordinates, place.coordinates) }
              : null,
          search: searchPlace && {
            place: searchPlace.name,
            km: distanceKm(searchPlace.coordinates, place.coordinates),
          },
        },
        language,
      ),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ordered.length === 0) return;
    const start = current ?? ordered.find((place) => place.slug === chosenPlace) ?? null;
    const index = start ? ordered.indexOf(start) : -1;
    const direction = ARROWS[event.key];
    let handled = true;
    if (direction) {
      if (!start) moveTo(ordered[0]!, null);
      else {
        const next = nearestInDirection(ordered, start.coordinates, direction);
        if (next) moveTo(next, start);
        else setSaid(lastInDirectionText(direction, start.place, language));
      }
    } else if (event.key === 'Home') moveTo(ordered[0]!, start);
    else if (event.key === 'End') moveTo(ordered[ordered.length - 1]!, start);
    else if (event.key === 'PageDown') moveTo(ordered[Math.min(index + 1, ordered.length - 1)]!, start);
    else if (event.key === 'PageUp') moveTo(ordered[Math.max(index - 1, 0)]!, start);
    else if ((event.key === 'Enter' || event.key === ' ') && current) {
      onChoose(current);
      setSaid(text.chosen(current.place));
    } else if (event.key === '+' || event.key === '=') map.current?.zoomBy(1);
    else if (event.key === '-') map.current?.zoomBy(-1);
    else if (event.key === '?') helpRef.current?.showModal?.();
    else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <>
      <div
        ref={layerRef}
        className="map-keyboard"
        tabIndex={0}
        role="application"
        aria-roledescription={text.roleDescription}
        aria-label={text.label}
        aria-describedby={`${id}-hint ${describedBy}`}
        data-focused-place={focused ?? undefined}
        onKeyDown={onKeyDown}
        onFocus={() => setHasFocus(true)}
        onBlur={() => setHasFocus(false)}
      >
        {hasFocus && current && ring && (
          <span
            className="map-keyboard__ring"
            style={{
              left: ring.x - ring.radius,
              top: ring.y - ring.radius,
              width: ring.radius * 2,
              height: ring.radius * 2,
            }}
          />
        )}
      </div>
      <p id={`${id}-hint`} className="visually-hidden">
        {text.hint}
      </p>
      <p className="visually-hidden map-keyboard__said" role="status">
        {said}
      </p>
      <dialog
        ref={helpRef}
        className="map-keyboard__help"
        aria-labelledby={`${id}-help`}
        onClose={() => layerRef.current?.focus()}
      >
        <h2 id={`${id}-help`}>{text.helpTitle}</h2>
        <p>{text.helpIntro}</p>
        <dl>
          {text.keys.map(([keys, what]) => (
            <div key={keys}>
              <dt>{keys}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit">{text.close}</button>
        </form>
      </dialog>
    </>
  );
}
