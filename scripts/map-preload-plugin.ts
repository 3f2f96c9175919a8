// Vite plugin: lets the browser fetch what the interactive map needs while the page's own script still loads: the
// map's chunk and CSS and maplibre's worker (index.html itself preloads the data files). Without it each would
// wait for the script that asks for it. A browser without WebGL fetches them in vain (about 440 KB): the price of
// a faster map for everyone else.
import type { HtmlTagDescriptor, Plugin } from 'vite';

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
        { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${map.fileName}` } },
        ...[...(map.viteMetadata?.importedCss ?? [])].map((css) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${css}` },
        })),
        // The worker's file, fetched early into the HTTP cache, where the worker finds it (the hashed assets are
        // served cacheable, see deploy/nginx.conf); its own module map is not the page's. Not rel=prefetch: Firefox
        // checks a prefetch against default-src ('none' in deploy/security-headers.conf), whatever its `as`, while a
        // modulepreload falls under script-src 'self'; fetchpriority low, as a prefetch's, so that it does not
        // compete with the page's own script. The page only parses it, never runs it.
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
      return tags.map((tag) => ({ ...tag, injectTo: 'head' as const }));
    },
  };
}
