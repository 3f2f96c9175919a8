// Keeps the selection, the searched place, the kind filter and the language in the address bar, and follows
// back/forward.
import { useEffect, useEffectEvent, useRef } from 'react';
import type { Language } from '../domain/format';
import type { Selection } from '../domain/selection';
import type { TeamKind } from '../domain/team-kinds';
import { formatUrlState, parseUrlState, type Camera, type UrlState } from '../domain/url-state';
import { sameSelection } from '../domain/selection';

export interface SharedState {
  selection: Selection;
  kind: TeamKind | null;
  language: Language;
  /** The report's year as the link carries it: null for the latest. */
  year: number | null;
  /** The searched place's key (`?zoek=`), or null. */
  search: string | null;
}

/**
 * Writes `state` to the URL once `ready` (the data that validates it has loaded): a new history entry when the
 * user chose or searched something else, a replaced entry when only the language changed. Calls `onNavigate` with the
 * state of the entry that back/forward moved to.
 */
export function useUrlState(state: SharedState, ready: boolean, onNavigate: (state: UrlState) => void): void {
  const written = useRef<SharedState | null>(null);
  const { selection, kind, language, year, search } = state;

  useEffect(() => {
    if (!ready) return;
    const current = parseUrlState(window.location.search);
    const previous = written.current;
    written.current = { selection, kind, language, year, search };
    const choiceChanged =
      !sameSelection(current.selection, selection) || current.kind !== kind || current.search !== search;
    const yearChanged = current.year !== year;
    // A new choice moves the camera, so the old camera no longer belongs in the URL.
    const next = { ...current, selection, kind, language, year, search, camera: choiceChanged ? null : current.camera };
    const query = formatUrlState(next);
    if (query === window.location.search) return;
    // On the first write, a link with unknown or hostile parameters is rewritten to what was understood.
    const url = urlWithSearch(query);
    if (previous && (choiceChanged || yearChanged)) window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }, [ready, selection, kind, language, year, search]);

  const navigate = useEffectEvent(() => onNavigate(parseUrlState(window.location.search)));
  useEffect(() => {
    const onPopState = () => navigate();
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
}

/** Records the map's view in the current history entry, without adding one (panning is not navigation); null forgets it. */
export function replaceUrlCamera(camera: Camera | null): void {
  const current = parseUrlState(window.location.search);
  window.history.replaceState(window.history.state, '', urlWithSearch(formatUrlState({ ...current, camera })));
}

/** The current page with another query string; the path is kept, so this works from any sub-path. */
export function urlWithSearch(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/**
 * The absolute address of the current view; in embed mode with the camera where the user moved it (the camera lives
 * in the URL, not in React state, so it is read when asked for).
 */
export function viewUrl(state: SharedState, asEmbed: boolean): string {
  const camera = asEmbed ? parseUrlState(window.location.search).camera : null;
  return new URL(urlWithSearch(formatUrlState({ ...state, embed: asEmbed, camera })), window.location.href).href;
}
