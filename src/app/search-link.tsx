// A search is a link: the searched place's key in the state (`?zoek=`), the place it stands for once the gazetteer is
// in, and a note when a link's place is not found. The gazetteer is fetched only for a search (on load: with ?zoek=).
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Place } from '../data/places-file';
import { placesQueryOptions } from '../data/queries';
import { placeNameSlug, placeOfSearchKey, searchKeyOf } from '../domain/search-key';
import { useIntl } from '../i18n/language';
import './search-link.css';

export function useSearchLink(initialKey: string | null) {
  const [key, setKey] = useState(initialKey);
  // Disabled without a key, but it still reads the gazetteer that the search field fetched.
  const placesQuery = useQuery({ ...placesQueryOptions(), enabled: key !== null });
  const places = placesQuery.data?.places;
  // Derived, not stored: the same gazetteer object for the same key, so the search field keeps its text.
  const place = useMemo(() => (key && places ? placeOfSearchKey(key, places) : null), [key, places]);
  const choose = useCallback(
    (chosen: Place | null) => setKey(chosen && (places ? searchKeyOf(chosen, places) : placeNameSlug(chosen.name))),
    [places],
  );
  const problem: SearchLinkProblem | null =
    key === null ? null : placesQuery.isError ? 'unavailable' : places && !place ? 'not-found' : null;
  return { key, setKey, place, choose, problem };
}

type SearchLinkProblem = 'not-found' | 'unavailable';

/** Said where the link's place could not be shown; the rest of the link (selection, filter, language) still holds. */
export function SearchLinkNote({
  searchKey,
  problem,
}: {
  searchKey: string | null;
  problem: SearchLinkProblem | null;
}) {
  const text = useIntl().messages.handout;
  const shown = searchKey?.replace(/[-_]/g, ' ') ?? '';
  return (
    <div className="search-link-note" role="status">
      {problem && (
        <p className="data-notice">
          {problem === 'not-found' ? text.linkNotFound(shown) : text.linkUnavailable(shown)}
        </p>
      )}
    </div>
  );
}
