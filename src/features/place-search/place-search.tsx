// "Which team is near me?": a place-name combobox (WAI-ARIA 1.2, list autocomplete) and the nearest team of each kind.
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { placesQueryOptions } from '../../data/queries';
import type { Place } from '../../data/places-file';
import type { TeamsFile } from '../../data/teams-file';
import type { NearestTeams } from '../../domain/nearest-teams';
import { matchPlaces, placeIndex, type PlaceMatch } from '../../domain/place-names';
import { PROVINCE_NAMES } from '../../domain/provinces';
import type { Selection } from '../../domain/selection';
import type { PlaceGroup } from '../../domain/team-places';
import { QueryError } from '../../components/data-error';
import { useIntl } from '../../i18n/language';
import { shortened } from '../../lib/shortened';
import { NearbyTeams } from './nearby-teams';
import './place-search.css';

const MAX_SUGGESTIONS = 8;

interface PlaceSearchProps {
  file: TeamsFile;
  groups: readonly PlaceGroup[];
  /** The chosen place, or null when nothing is searched. */
  place: Place | null;
  /** The nearest teams to `place`, one per kind shown. */
  nearest: readonly NearestTeams[];
  onPlaceChange: (place: Place | null) => void;
  onSelect: (selection: Selection) => void;
}

// Memoised: it draws again only when its own props change, not whenever the page does.
export const PlaceSearch = memo(function PlaceSearch({
  file,
  groups,
  place,
  nearest,
  onPlaceChange,
  onSelect,
}: PlaceSearchProps) {
  const { messages, number } = useIntl();
  const text = messages.search;
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const inputRef = useRef<HTMLInputElement>(null);
  // The gazetteer is fetched the first time the search is used, never on page load.
  const [used, setUsed] = useState(false);
  const placesQuery = useQuery({ ...placesQueryOptions(), enabled: used });
  const index = useMemo(() => (placesQuery.data ? placeIndex(placesQuery.data.places) : null), [placesQuery.data]);

  const [query, setQuery] = useState(place?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The place may also be cleared from outside (the map's reset button): then the text follows.
  const [shownPlace, setShownPlace] = useState(place);
  if (shownPlace !== place) {
    setShownPlace(place);
    setQuery(place?.name ?? '');
  }

  const suggestions: PlaceMatch<Place>[] = useMemo(
    () => (index && query.trim() ? matchPlaces(index, query, MAX_SUGGESTIONS) : []),
    [index, query],
  );
  const expanded = open && suggestions.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on id, which is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expanded, active]);

  const choose = (match: PlaceMatch<Place>) => {
    setShownPlace(match.place);
    setQuery(match.place.name);
    setOpen(false);
    setActive(-1);
    onPlaceChange(match.place);
  };
  const clear = () => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    if (place) {
      setShownPlace(null);
      onPlaceChange(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else {
          setActive((active + 1) % count);
        }
        return;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive(!expanded || active <= 0 ? count - 1 : active - 1);
        return;
      case 'Enter': {
        const match = expanded ? suggestions[Math.max(active, 0)] : undefined;
        if (!match) return;
        event.preventDefault();
        choose(match);
        return;
      }
      case 'Escape':
        // Handled here, so the page's Escape (close the details) does not also fire.
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query || place) {
          event.preventDefault();
          clear();
        }
        return;
    }
  };

  // A suggestion found through its municipality ("Nes — gemeente Ameland") need not name it twice.
  const whereabouts = (p: Place, matchedArea?: string) =>
    text.whereabouts(PROVINCE_NAMES[p.province], p.municipality === matchedArea ? undefined : p.municipality);
  const kmText = (n: NearestTeams) => text.distance(number(n.distanceKm, 1));
  const status = (() => {
    if (!used || (!query.trim() && !place)) return '';
    if (placesQuery.isPending) return text.loading;
    if (placesQuery.isError) return '';
    if (expanded) {
      return suggestions[0]?.typo ? text.typoSuggestions(suggestions.length) : text.suggestions(suggestions.length);
    }
    if (place && query === place.name) {
      return text.chosen(place.name, nearest.map((n) => `${n.location.place} ${kmText(n)}`).join(', '));
    }
    return query.trim() && suggestions.length === 0 ? text.noMatch(shortened(query.trim())) : '';
  })();

  return (
    <section className="place-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.title}</h2>
      <label className="place-search__label" htmlFor={inputId}>
        {text.label}
      </label>
      <p id={`${id}-hint`} className="place-search__hint">
        {text.hint}
      </p>
      <div className="place-search__field">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          className="place-search__input"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onFocus={() => setUsed(true)}
          onChange={(event) => {
            setUsed(true);
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
            if (!event.target.value.trim() && place) {
              setShownPlace(null);
              onPlaceChange(null);
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        {(query || place) && (
          <button
            type="button"
            className="place-search__clear"
            aria-label={text.clear}
            title={text.clear}
            onClick={() => {
              clear();
              inputRef.current?.focus();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
        <ul
          id={listboxId}
          role="listbox"
          aria-label={text.listLabel}
          className="place-search__listbox"
          hidden={!expanded}
        >
          {expanded &&
            suggestions.map((match, i) => (
              <li
                key={`${match.place.name}-${match.place.province}-${match.place.coordinates.join(',')}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="place-search__option"
                // Keep focus in the input while clicking an option.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(match)}
              >
                <span className="place-search__option-name">
                  {match.place.name}
                  {match.alias && <span className="place-search__alias"> ({match.alias})</span>}
                  {match.area && <span className="place-search__alias"> — {text.viaArea(match.area)}</span>}
                </span>
                <span className="place-search__province">{whereabouts(match.place, match.area?.name)}</span>
              </li>
            ))}
        </ul>
      </div>
      <p role="status" className="place-search__status">
        {status}
      </p>
      <QueryError title={text.dataError} query={placesQuery} />
      {place && (
        <NearbyTeams
          file={file}
          groups={groups}
          title={text.resultsTitle(`${place.name} (${whereabouts(place)})`)}
          nearest={nearest}
          distanceText={kmText}
          onSelect={onSelect}
        />
      )}
    </section>
  );
});
