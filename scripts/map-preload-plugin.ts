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
        // A module worker has a module map of its own: modulepreload would not reach it; the HTTP cache does (the
        // hashed assets are served cacheable, see deploy/nginx.conf).
        ...(worker ? [{ tag: 'link', attrs: { rel: 'prefetch', href: `${base}${worker.fileName}` } }] : []),
      ];
      return tags.map((tag) => ({ ...tag, injectTo: 'head' as const }));
    },
  };
}
