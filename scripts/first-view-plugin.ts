// Vite plugin: draws the static map of provinces and teams into index.html at build time, so that the first view of
// the map needs no script and no data request; the app takes the picture over when it starts. It also writes the
// latest year (data/jaren.json) and the texts that name it into the page, and preloads that year's teams.
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { fillFirstViewTexts, firstViewMarkup } from './first-view-markup.tsx';

const PLACEHOLDER = '<!--first-view-->';
type Markup = { firstViewMarkup: typeof firstViewMarkup; fillFirstViewTexts: typeof fillFirstViewTexts };

/** The markup needs no styles: a component's stylesheet import becomes an empty module (the page has the CSS). */
function withoutStylesheets(): Plugin {
  const EMPTY = '\0first-view-no-css';
  return {
    name: 'binnenwerk-first-view-no-css',
    enforce: 'pre',
    resolveId: (id) => (/\.css(?:\?|$)/.test(id) ? EMPTY : undefined),
    load: (id) => (id === EMPTY ? 'export {};' : undefined),
  };
}

export function firstViewPlugin(): Plugin[] {
  let publicDir = 'public';
  let root = process.cwd();
  // Loaded through Vite itself: the app's own TypeScript and React component, rendered to static markup.
  const markup = async () =>
    (
      await runnerImport<Markup>(resolve(root, 'scripts/first-view-markup.tsx'), {
        configFile: false,
        logLevel: 'error',
        root,
        plugins: [withoutStylesheets()],
      })
    ).module;
  return [
    {
      name: 'binnenwerk-first-view-texts',
      configResolved(config) {
        publicDir = config.publicDir;
        root = config.root;
      },
      // Before Vite reads the page: the preload's path names the year.
      transformIndexHtml: {
        order: 'pre',
        handler: async (html) => (await markup()).fillFirstViewTexts(html, publicDir),
      },
    },
    {
      name: 'binnenwerk-first-view',
      async transformIndexHtml(html) {
        if (!html.includes(PLACEHOLDER)) throw new Error(`index.html mist ${PLACEHOLDER}`);
        return html.replace(PLACEHOLDER, (await markup()).firstViewMarkup(publicDir));
      },
    },
  ];
}
