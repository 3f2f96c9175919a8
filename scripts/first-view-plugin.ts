// Vite plugin: draws the static map of provinces and teams into index.html at build time, so that the first view of
// the map needs no script and no data request; the app takes the picture over when it starts.
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { firstViewMarkup } from './first-view-markup.tsx';

const PLACEHOLDER = '<!--first-view-->';
type Markup = { firstViewMarkup: typeof firstViewMarkup };

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

export function firstViewPlugin(): Plugin {
  let publicDir = 'public';
  let root = process.cwd();
  return {
    name: 'binnenwerk-first-view',
    configResolved(config) {
      publicDir = config.publicDir;
      root = config.root;
    },
    async transformIndexHtml(html) {
      if (!html.includes(PLACEHOLDER)) throw new Error(`index.html mist ${PLACEHOLDER}`);
      // Loaded through Vite itself: the app's own TypeScript and React component, rendered to static markup.
      const { module } = await runnerImport<Markup>(resolve(root, 'scripts/first-view-markup.tsx'), {
        configFile: false,
        logLevel: 'error',
        root,
        plugins: [withoutStylesheets()],
      });
      return html.replace(PLACEHOLDER, module.firstViewMarkup(publicDir));
    },
  };
}
