// A place in the search's results for what the page adds there (the handout's button), so that the place search
// need not import another feature: the app provides it, the results show it.
import { createContext, useContext, type ReactNode } from 'react';

export const SearchResultActions = createContext<ReactNode>(null);

export function useSearchResultActions(): ReactNode {
  return useContext(SearchResultActions);
}
