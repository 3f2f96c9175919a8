// Sorts the page's loaded resources into categories and adds up the bytes that arrived before a moment.

export const BYTE_CATEGORIES = ['html', 'js', 'css', 'data', 'geo', 'other'] as const;

export type ByteCategory = (typeof BYTE_CATEGORIES)[number];

/** One response as the page's Resource Timing saw it: bytes on the wire and when the response ended (page clock, ms). */
export interface LoadedResource {
  url: string;
  /** Headers plus the body as sent (compressed); 0 for a cache hit. */
  transferSize: number;
  /** When the request was started (page clock, ms); absent in figures written before it was recorded. */
  startTime?: number;
  responseEnd: number;
}

export type ByteSplit = Record<ByteCategory, number> & { total: number };

/** By the path: the maplibre worker is a `.js` file too, so it counts as js. */
export function byteCategory(url: string): ByteCategory {
  const path = new URL(url).pathname;
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\/data\/(?:[^/]+\/)*[^/]+\.json$/.test(path)) return 'data';
  if (/\/geo\/[^/]+\.geojson$/.test(path)) return 'geo';
  return 'other';
}

export function emptySplit(): ByteSplit {
  return { html: 0, js: 0, css: 0, data: 0, geo: 0, other: 0, total: 0 };
}

/** Bytes of the responses that had finished by `moment` (ms since navigation start). */
export function bytesBefore(resources: readonly LoadedResource[], moment: number): ByteSplit {
  const split = emptySplit();
  for (const resource of resources) {
    if (resource.responseEnd > moment) continue;
    split[byteCategory(resource.url)] += resource.transferSize;
    split.total += resource.transferSize;
  }
  return split;
}

/** maplibre and the map that uses it: the chunk(s) named maplibre or team-map (script and style) and the worker. */
export function isMaplibreFile(url: string): boolean {
  const name = new URL(url).pathname.split('/').at(-1) ?? '';
  return /maplibre|team-map/.test(name);
}

export interface MaplibreBytes {
  /** Bytes on the wire of all of them (0 when none was fetched). */
  bytes: number;
  /** Their paths, in the order they were requested. */
  files: string[];
  /** Whether any of them was requested before `moment` (null: no moment, e.g. no gesture made). */
  requestedBefore: boolean | null;
}

export function maplibreBytes(resources: readonly LoadedResource[], moment: number | null): MaplibreBytes {
  const files = resources
    .filter((resource) => isMaplibreFile(resource.url))
    .sort((a, b) => (a.startTime ?? a.responseEnd) - (b.startTime ?? b.responseEnd));
  return {
    bytes: files.reduce((sum, resource) => sum + resource.transferSize, 0),
    files: files.map((resource) => new URL(resource.url).pathname),
    requestedBefore:
      moment === null ? null : files.some((resource) => (resource.startTime ?? resource.responseEnd) < moment),
  };
}
