// Sorts the page's loaded resources into categories and adds up the bytes that arrived before a moment.

export const BYTE_CATEGORIES = ['html', 'js', 'css', 'data', 'geo', 'other'] as const;

export type ByteCategory = (typeof BYTE_CATEGORIES)[number];

/** One response as the page's Resource Timing saw it: bytes on the wire and when the response ended (page clock, ms). */
export interface LoadedResource {
  url: string;
  /** Headers plus the body as sent (compressed); 0 for a cache hit. */
  transferSize: number;
  responseEnd: number;
}

export type ByteSplit = Record<ByteCategory, number> & { total: number };

/** By the path: the maplibre worker is a `.js` file too, so it counts as js. */
export function byteCategory(url: string): ByteCategory {
  const path = new URL(url).pathname;
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\/data\/[^/]+\.json$/.test(path)) return 'data';
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
