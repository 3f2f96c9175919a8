// A minimal static web server for deployment tests and the benchmark: serves a folder under a sub-path with given
// headers, like deploy/nginx.conf does (optionally gzip-compressed), and reads those headers from
// deploy/security-headers.conf.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The text types deploy/nginx.conf compresses (`gzip_types`, plus HTML, which nginx always compresses). */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);
/** nginx's `gzip_comp_level 6`. */
const GZIP_LEVEL = 6;

/** The `add_header` lines of an nginx snippet, as header name → value. */
export function nginxHeaders(path = 'deploy/security-headers.conf'): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const match of readFileSync(path, 'utf8').matchAll(/^add_header\s+([\w-]+)\s+"([^"]*)"/gm)) {
    headers[match[1]!] = match[2]!;
  }
  return headers;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** URL path the root is served under, e.g. `/binnenwerk/kaart/`. */
  prefix?: string;
  headers?: Record<string, string>;
  /** Extra pages by exact path (e.g. a host page for embedding). */
  pages?: Record<string, string>;
  /** Further folders by URL prefix, e.g. `{ '/vendor/leaflet/': 'node_modules/leaflet/dist' }`; checked before `root`. */
  mounts?: Record<string, string>;
  /** Another body at an exact path, served with the content type of the path's extension (e.g. a generated data file). */
  overrides?: Record<string, string | Buffer>;
  /** gzip the text types, level 6, when the request accepts gzip, as deploy/nginx.conf does. */
  compress?: boolean;
  /** The Cache-Control header for a path, if any (deploy/nginx.conf: `nginxCacheControl`). */
  cacheControl?: (path: string) => string | undefined;
}

/** deploy/nginx.conf's caching: hashed assets for a year, data files for five minutes, the page itself revalidated. */
export function nginxCacheControl(path: string): string {
  if (/\/assets\//.test(path)) return 'public, max-age=31536000, immutable';
  if (/\/(data|geo)\//.test(path)) return 'public, max-age=300, must-revalidate';
  return 'no-cache';
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

/** Where a path's file is: in a mount or under the root; or outside every served folder, or climbing out of one. */
function resolveFile(path: string, options: StaticServerOptions): { file: string } | { refused: 404 | 400 } {
  const folders: [string, string][] = [...Object.entries(options.mounts ?? {}), [options.prefix ?? '/', options.root]];
  const folder = folders.find(([prefix]) => path.startsWith(prefix));
  if (!folder) return { refused: 404 };
  let relative = normalize(path.slice(folder[0].length));
  if (relative.startsWith('..')) return { refused: 400 };
  if (relative === '.' || relative.endsWith('/')) relative = join(relative, 'index.html');
  return { file: join(folder[1], relative) };
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  // Compressed once per version of a body (a file's mtime and size, or the page or override itself), so that
  // repeated loads in a benchmark do not time the server's gzip.
  const gzipped = new Map<string | Buffer, Buffer>();
  const send = (
    request: IncomingMessage,
    extension: string,
    body: string | Buffer,
    version: string | Buffer = body,
  ) => {
    const headers: Record<string, string> = { 'Content-Type': TYPES[extension] ?? 'application/octet-stream' };
    if (options.compress && COMPRESSED.has(extension)) {
      headers['Vary'] = 'Accept-Encoding';
      if (acceptsGzip(request)) {
        headers['Content-Encoding'] = 'gzip';
        let compressed = gzipped.get(version);
        if (!compressed) {
          compressed = gzipSync(body, { level: GZIP_LEVEL });
          gzipped.set(version, compressed);
        }
        return { headers, body: compressed };
      }
    }
    return { headers, body: typeof body === 'string' ? Buffer.from(body) : body };
  };
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const caching = options.cacheControl?.(path);
    if (caching) response.setHeader('Cache-Control', caching);
    const page = options.pages?.[path];
    if (page !== undefined) {
      const sent = send(request, '.html', page);
      response.writeHead(200, { ...sent.headers, ...options.headers });
      response.end(sent.body);
      return;
    }
    const override = options.overrides?.[path];
    if (override !== undefined) {
      const sent = send(request, extname(path), override);
      response.writeHead(200, { ...sent.headers, ...options.headers });
      response.end(sent.body);
      return;
    }
    const resolved = resolveFile(path, options);
    if ('refused' in resolved) {
      response.writeHead(resolved.refused).end();
      return;
    }
    try {
      const body = await readFile(resolved.file);
      const version = options.compress
        ? `${resolved.file}:${(await stat(resolved.file)).mtimeMs}:${body.length}`
        : body;
      const sent = send(request, extname(resolved.file), body, version);
      response.writeHead(200, { ...sent.headers, ...options.headers });
      response.end(sent.body);
    } catch {
      response.writeHead(404, options.headers).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
