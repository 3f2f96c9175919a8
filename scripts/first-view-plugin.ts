// Vite plugin: draws the static map of provinces and teams into index.html at build time, so that the first view of
// the map needs no script and no data request; the app takes the picture over when it starts. It also writes the
// latest year (data/jaren.json) and the texts that name it into the page, and preloads that year's teams.
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { fillFirstViewTexts, firstViewAnswers, firstViewMarkup } from './first-view-markup.tsx';

const PLACEHOLDER = '<!--first-view-->';
const ANSWERS_PLACEHOLDER = '<!--first-view-answers-->';
const TAPS_MODULE = 'src/first-view-taps.ts';
type Markup = {
  firstViewMarkup: typeof firstViewMarkup;
  firstViewAnswers: typeof firstViewAnswers;
  fillFirstViewTexts: typeof fillFirstViewTexts;
};

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
  let base = './';
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
        base = config.base;
      },
      // Before Vite reads the page: the preload's path names the year.
      transformIndexHtml: {
        order: 'pre',
        handler: async (html) => (await markup()).fillFirstViewTexts(html, publicDir),
      },
    },
    {
      // The first view's answers to a click (src/first-view-taps.ts) as an entry of their own, loaded before the app's
      // script and run as soon as they are in: a kilobyte, where the app is over a hundred. (Left in index.html, the
      // script would be bundled into the app's.) The app imports it too, to take over; in dev it comes with the app.
      name: 'binnenwerk-first-view-taps',
      apply: 'build',
      config: (config) => ({
        build: {
          rollupOptions: {
            input: {
              index: resolve(config.root ?? process.cwd(), 'index.html'),
              'first-view-taps': resolve(config.root ?? process.cwd(), TAPS_MODULE),
            },
          },
        },
      }),
      transformIndexHtml(_html, context) {
        const taps = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(TAPS_MODULE),
        );
        if (!taps) throw new Error(`geen chunk voor ${TAPS_MODULE} in de build`);
        return [
          {
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, src: `${base}${taps.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    {
      name: 'binnenwerk-first-view',
      async transformIndexHtml(html) {
        for (const placeholder of [PLACEHOLDER, ANSWERS_PLACEHOLDER])
          if (!html.includes(placeholder)) throw new Error(`index.html mist ${placeholder}`);
        const { firstViewMarkup, firstViewAnswers } = await markup();
        return html
          .replace(PLACEHOLDER, () => firstViewMarkup(publicDir))
          .replace(ANSWERS_PLACEHOLDER, () => firstViewAnswers(publicDir));
      },
    },
  ];
}
