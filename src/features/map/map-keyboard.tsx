// The map for the keyboard and the screen reader (issue 16): one tab stop over the places with teams, in whichever
// picture of the map is shown. Arrow keys move to the nearest place in that direction (domain/spatial-focus.ts),
// Home/End and Page Up/Down walk them north to south, Enter chooses, P switches to the provinces and back, Shift and
// an arrow pan, +/− zoom,
// "?" lists the keys; each move is said (the place, its teams, "3 van 30", where it lies from the last one). A ring on
// the map shows what has the focus.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { distanceKm } from '../../domain/distance';
import type { Position } from '../../domain/geometry';
import type { PlaceSummary } from '../../domain/place-summary';
import { PROVINCE_NAMES, type ProvinceCode } from '../../domain/provinces';
import { nearestInDirection, readingOrder, relativePosition, type Direction } from '../../domain/spatial-focus';
import { TEAM_KINDS } from '../../domain/team-kinds';
import { useIntl } from '../../i18n/language';
import {
  lastInDirectionText,
  MAP_KEYBOARD_TEXT,
  placeMoveText,
  provinceMoveText,
} from '../../i18n/map-keyboard-messages';
import { symbolsHalfWidth } from './map-look';
import type { TeamMapHandle } from './team-map';

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'north',
  ArrowRight: 'east',
  ArrowDown: 'south',
  ArrowLeft: 'west',
};

/** Shift and an arrow pan the map this far, in CSS pixels (east and south positive). */
const PAN_STEP = 120;
const PAN: Record<Direction, [number, number]> = {
  north: [0, -PAN_STEP],
  east: [PAN_STEP, 0],
  south: [0, PAN_STEP],
  west: [-PAN_STEP, 0],
};

/** Room between the symbols and the ring, in CSS pixels. */
const RING_GAP = 6;
/** The ring round a province's name point. */
const PROVINCE_RING_RADIUS = 18;

export interface KeyboardProvince {
  code: ProvinceCode;
  /** Where its name stands on the map. */
  coordinates: Position;
}

export interface MapKeyboardProps {
  /** The places shown on the map (a kind filter leaves out the others). */
  places: readonly PlaceSummary[];
  /** The provinces, at their name points. */
  provinces: readonly KeyboardProvince[];
  map: RefObject<TeamMapHandle | null>;
  /** The place whose details are open (its slug), or null: the first arrow starts there. */
  chosenPlace: string | null;
  /** The searched place: each move also says how far from it. */
  searchPlace: { name: string; coordinates: Position } | null;
  /** The map's description in words (its summary), read after the hint. */
  describedBy: string;
  onChoose: (place: PlaceSummary) => void;
  onChooseProvince: (code: ProvinceCode) => void;
}

/** What the arrows move between: the places, or the provinces. */
interface Stop {
  key: string;
  name: string;
  coordinates: Position;
  ringRadius: number;
}

export function MapKeyboard(props: MapKeyboardProps) {
  const { places, provinces, map, chosenPlace, searchPlace, describedBy } = props;
  const intl = useIntl();
  const { language } = intl;
  const text = MAP_KEYBOARD_TEXT[language];
  const [mode, setMode] = useState<'places' | 'provinces'>('places');
  const orderedPlaces = useMemo(() => readingOrder(places), [places]);
  // A province's teams: those of its places on the map, by kind.
  const orderedProvinces = useMemo(
    () =>
      readingOrder(provinces).map((province) => {
        const own = places.filter((place) => place.province === province.code).flatMap((place) => place.kinds);
        const kinds = TEAM_KINDS.map((kind) => ({
          kind,
          count: own.filter((k) => k.kind === kind).reduce((sum, k) => sum + k.count, 0),
        }));
        return { ...province, kinds };
      }),
    [provinces, places],
  );
  const stops: Stop[] = useMemo(
    () =>
      mode === 'places'
        ? orderedPlaces.map((place) => ({
            key: place.slug,
            name: place.place,
            coordinates: place.coordinates,
            ringRadius: symbolsHalfWidth(place.kinds.length) + RING_GAP,
          }))
        : orderedProvinces.map((province) => ({
            key: province.code,
            name: PROVINCE_NAMES[province.code],
            coordinates: province.coordinates,
            ringRadius: PROVINCE_RING_RADIUS,
          })),
    [mode, orderedPlaces, orderedProvinces],
  );
  const [focused, setFocused] = useState<string | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const [said, setSaid] = useState('');
  const [ring, setRing] = useState<{ x: number; y: number; radius: number } | null>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const helpRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const current = stops.find((stop) => stop.key === focused) ?? null;

  // The ring follows the focused stop while the map moves (a pan, a zoom, the camera easing to a choice).
  useEffect(() => {
    if (!hasFocus || !current) return;
    let frame = 0;
    const follow = () => {
      const point = map.current?.pointOf(current.coordinates);
      const box = layerRef.current?.getBoundingClientRect();
      const next = point && box ? { x: point.x - box.left, y: point.y - box.top, radius: current.ringRadius } : null;
      setRing((shown) =>
        shown && next && Math.abs(shown.x - next.x) < 0.5 && Math.abs(shown.y - next.y) < 0.5 ? shown : next,
      );
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [hasFocus, current, map]);

  const describe = (stop: Stop, from: Stop | null): string => {
    const index = stops.indexOf(stop);
    if (mode === 'provinces') {
      const province = orderedProvinces[index]!;
      return provinceMoveText(stop.name, intl.kindCounts(province.kinds), index + 1, stops.length, language);
    }
    const place = orderedPlaces[index]!;
    return placeMoveText(
      {
        place: place.place,
        province: PROVINCE_NAMES[place.province],
        teams: intl.kindCounts(place.kinds),
        position: index + 1,
        of: stops.length,
        from:
          from && from !== stop ? { place: from.name, ...relativePosition(from.coordinates, stop.coordinates) } : null,
        search: searchPlace && { place: searchPlace.name, km: distanceKm(searchPlace.coordinates, place.coordinates) },
      },
      language,
    );
  };

  const moveTo = (stop: Stop, from: Stop | null) => {
    setFocused(stop.key);
    map.current?.keepInView(stop.coordinates);
    setSaid(describe(stop, from));
  };

  const choose = (stop: Stop) => {
    const index = stops.indexOf(stop);
    if (mode === 'provinces') props.onChooseProvince(orderedProvinces[index]!.code);
    else props.onChoose(orderedPlaces[index]!);
    setSaid(text.chosen(stop.name));
  };

  const switchMode = () => {
    const next = mode === 'places' ? 'provinces' : 'places';
    setMode(next);
    setFocused(null);
    setSaid(next === 'provinces' ? text.provincesMode : text.placesMode);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || stops.length === 0) return;
    const start = current ?? (mode === 'places' ? stops.find((stop) => stop.key === chosenPlace) : undefined) ?? null;
    const index = start ? stops.indexOf(start) : -1;
    const direction = ARROWS[event.key];
    let handled = true;
    if (direction && event.shiftKey) {
      const [x, y] = PAN[direction];
      map.current?.panBy(x, y);
    } else if (direction) {
      const next = start ? nearestInDirection(stops, start.coordinates, direction) : stops[0]!;
      if (next) moveTo(next, start);
      else setSaid(lastInDirectionText(direction, start!.name, language, mode));
    } else if (event.key === 'Home') moveTo(stops[0]!, start);
    else if (event.key === 'End') moveTo(stops[stops.length - 1]!, start);
    else if (event.key === 'PageDown') moveTo(stops[Math.min(index + 1, stops.length - 1)]!, start);
    else if (event.key === 'PageUp') moveTo(stops[Math.max(index - 1, 0)]!, start);
    else if ((event.key === 'Enter' || event.key === ' ') && current) choose(current);
    else if (event.key === 'p' || event.key === 'P') switchMode();
    else if (event.key === '+' || event.key === '=') map.current?.zoomBy(1);
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
        data-keyboard-mode={mode}
        data-focused={focused ?? undefined}
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
        className="modal-dialog map-keyboard__help"
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
