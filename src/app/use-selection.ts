// The chosen province, place or team, and the focus that goes with choosing: details get focus when opened from
// a list, and focus returns where it was when they close. The callbacks keep their identity between renders, so
// that panels which only pass them on need not draw again.
import { useCallback, useRef, useState } from 'react';
import { COUNTRY, type Selection } from '../domain/selection';

export function useSelection(initial: Selection) {
  const [chosen, setSelection] = useState<Selection>(initial);
  const [detailsFocusRequest, setDetailsFocusRequest] = useState(0);
  // Where focus was when details were opened from a list, to return there when they close.
  const detailsOpener = useRef<HTMLElement | null>(null);

  const closeDetails = useCallback(() => {
    setSelection(COUNTRY);
    const opener = detailsOpener.current;
    detailsOpener.current = null;
    if (opener?.isConnected) opener.focus();
  }, []);

  /** A choice made in a panel (list, details, search results): the details take focus. */
  const selectFromPanel = useCallback(
    (next: Selection) => {
      if (next.type === 'country') {
        closeDetails();
        return;
      }
      if (!detailsOpener.current && document.activeElement instanceof HTMLElement)
        detailsOpener.current = document.activeElement;
      setSelection(next);
      setDetailsFocusRequest((n) => n + 1);
    },
    [closeDetails],
  );

  /** A choice on the map: focus stays where it is (and still returns to a list that opened details before). */
  const select = setSelection;

  /** A new starting point (back/forward, a searched place): focus stays, and has nowhere to return to. */
  const navigate = useCallback((next: Selection) => {
    detailsOpener.current = null;
    setSelection(next);
  }, []);

  return { chosen, select, navigate, selectFromPanel, closeDetails, detailsFocusRequest };
}
