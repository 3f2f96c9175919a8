// Vite plugin: writes into index.html the hints that fetch what the WebGL map needs (its chunk and maplibre's worker,
// about 440 KB; the CSS comes with the chunk) into the HTTP cache, inert inside a <template>: the app puts them to work once the page has
// been quiet (src/features/map/map-files.ts), so that they never compete with what makes the map usable, and a
// browser without WebGL never fetches them. The first zoom then finds the files in the cache.
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The id that src/features/map/map-files.ts looks for (the same string; a plugin cannot import the app's code). */
const MAP_FILES_TEMPLATE_ID = 'webgl-map-files';
const MAP_MODULE = '/src/features/map/team-map.tsx';
const WORKER_ASSET = /maplibre-gl-worker-[\w-]+\.js$/;

export function mapPreloadPlugin(): Plugin {
  let base = './';
  return {
    name: 'binnenwerk-map-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(_html, context) {
      const bundle = context.bundle;
      if (!bundle) return [];
      const files = Object.values(bundle);
      const map = files.find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(MAP_MODULE));
      if (!map || map.type !== 'chunk') throw new Error(`geen chunk voor ${MAP_MODULE} in de build`);
      const worker = files.find((file) => WORKER_ASSET.test(file.fileName));
      const tags: HtmlTagDescriptor[] = [
        {
          tag: 'link',
          attrs: { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href: `${base}${map.fileName}` },
        },
        // The worker's file goes into the HTTP cache, where the worker finds it (the hashed assets are served
        // cacheable, see deploy/nginx.conf); its own module map is not the page's. Not rel=prefetch: Firefox checks a
        // prefetch against default-src ('none' in deploy/security-headers.conf), whatever its `as`, while a
        // modulepreload falls under script-src 'self'. The page only parses it, never runs it.
        ...(worker
          ? [
              {
                tag: 'link',
                attrs: {
                  rel: 'modulepreload',
                  fetchpriority: 'low',
                  crossorigin: true,
                  href: `${base}${worker.fileName}`,
                },
              },
            ]
          : []),
      ];
      return [{ tag: 'template', attrs: { id: MAP_FILES_TEMPLATE_ID }, children: tags, injectTo: 'body' }];
    },
  };
}
