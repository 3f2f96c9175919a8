// Entry point: mounts the app with its providers.
// The page's styles first: the tokens' custom properties, element defaults, the layout and the shared looks, so that
// each feature's stylesheet (imported by its components, below) comes after them and may refine them.
import 'virtual:design-tokens.css';
import './styles/base.css';
import './app/layout.css';
import './components/components.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app';
import { createQueryClient } from './data/query-client';
import { provincesQueryOptions, teamsQueryOptions, waterQueryOptions, yearsQueryOptions } from './data/queries';
import { YEAR_PATTERN } from './data/years-file';
import { shownYear } from './domain/report-years';
import { LanguageProvider } from './i18n/language';
import { parseUrlState } from './domain/url-state';
import { afterFirstPaint } from './lib/after-first-paint';
import { takeOverFirstTaps } from './first-view-taps';

// Read for the data to fetch; read again when the app starts, for what the first view may have been clicked on since.
const linked = parseUrlState(window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html mist het element #root');
// The static map that index.html shows before any script has run: the app takes it over until its data is in.
const firstView = document.getElementById('first-view');
// The latest year when the page was built (first-view-plugin writes it, and preloads that year's teams).
const builtInText = document.documentElement.dataset.jaar ?? '';
const builtInYear = YEAR_PATTERN.test(builtInText) ? Number(builtInText) : null;

/** How long the first render waits for the files that index.html preloads (then it shows them loading). */
const FIRST_DATA_WAIT_MS = 1500;

const client = createQueryClient();
// The files the map draws are on their way already (index.html preloads them): with them in, React's first render
// draws the whole page at once, legend included, instead of a frame that grows (and shifts) when they arrive.
// The index of the years comes in parallel (preloaded too). The teams of the year the page was built with are taken
// from the preload at once (also under a link to another year: the preload has fetched them anyway, and the year
// choice may come back to them); a link's own year waits for the index, which says whether it exists at all.
const years = client.fetchQuery(yearsQueryOptions()).then(
  (file) => file.years,
  () => null,
);
const builtInTeams = builtInYear === null ? null : client.prefetchQuery(teamsQueryOptions(builtInYear));
const teams = years.then((list) => {
  const year = shownYear(linked.year, list, builtInYear)?.year ?? null;
  return year === null || year === builtInYear ? builtInTeams : client.prefetchQuery(teamsQueryOptions(year));
});
const firstData = Promise.race([
  Promise.allSettled([teams, client.prefetchQuery(provincesQueryOptions()), client.prefetchQuery(waterQueryOptions())]),
  new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS)),
]);

// Let the browser paint the page as index.html brought it (with its static map) before React starts working; the
// first render is a transition, which React does in slices, so that a tap in the meantime is answered.
void Promise.all([afterFirstPaint(), firstData]).then(() => {
  // The first view's answer (a place or province clicked before) is the app's first state; what is chosen there until
  // this render replaces it, the app follows (followFirstTaps). Later changes of the URL come from the app itself or
  // from back/forward (see use-url-state).
  const firstTap = takeOverFirstTaps();
  const initial = parseUrlState(window.location.search);
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={client}>
          <LanguageProvider initial={initial.language}>
            <App initial={initial} firstView={firstView} builtInYear={builtInYear} firstTap={firstTap} />
          </LanguageProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
});
