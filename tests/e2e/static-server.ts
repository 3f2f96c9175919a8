// A minimal static web server for deployment tests: serves a folder under a sub-path with given headers,
// like deploy/nginx.conf does, and reads those headers from deploy/security-headers.conf.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

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
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const prefix = options.prefix ?? '/';
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const page = options.pages?.[path];
    if (page !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES['.html']!, ...options.headers });
      response.end(page);
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    let relative = normalize(path.slice(prefix.length));
    if (relative.startsWith('..')) {
      response.writeHead(400).end();
      return;
    }
    if (relative === '.' || relative.endsWith('/')) relative = join(relative, 'index.html');
    try {
      const body = await readFile(join(options.root, relative));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream',
        ...options.headers,
      });
      response.end(body);
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
