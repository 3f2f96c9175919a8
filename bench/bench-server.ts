// Serves the built app, the Leaflet reference page and Leaflet's files from one origin, gzip-compressed and with
// the caching headers of deploy/nginx.conf.
import { join } from 'node:path';
import { nginxCacheControl, startStaticServer, type StaticServer } from '../tests/e2e/static-server';
import type { PageKind } from './measure-page';

/** Where each page is on the bench server; the app is built with `base: './'`, so it works from `/`. */
export const PAGE_PATHS: Record<PageKind, string> = {
  'ours-full': '/',
  'ours-embed': '/?embed=1',
  leaflet: '/bench/leaflet/',
};

/**
 * `app`: the built app's folder; `overrides`: other bodies at exact paths, e.g. the synthetic `/data/2021/teams.json`,
 * seen by both the app and the Leaflet page.
 */
export function startBenchServer(
  repo: string,
  app: string,
  overrides?: Record<string, string | Buffer>,
): Promise<StaticServer> {
  return startStaticServer({
    root: app,
    compress: true,
    cacheControl: nginxCacheControl,
    mounts: {
      '/bench/leaflet/': join(repo, 'bench/leaflet'),
      '/node_modules/leaflet/dist/': join(repo, 'node_modules/leaflet/dist'),
    },
    ...(overrides ? { overrides } : {}),
  });
}

/** The static first view the app ships in index.html: without it, first view falls back to map-ready. */
export async function hasStaticFirstView(origin: string): Promise<boolean> {
  const response = await fetch(`${origin}/`);
  return /\bid=["']?first-view\b/.test(await response.text());
}
