// Serves the built app (dist/) on 127.0.0.1 for the end-to-end tests, as `npm start` would.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Serves dist/ for the project's tests (with these response headers, if any) and provides its URL as `baseUrl`. */
export async function serveDist(project: TestProject, headers?: Record<string, string>) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ ontbreekt: draai eerst `npm run build` (npm test doet dat zelf).');
  }
  const port = await freePort();
  const server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true, open: false, headers },
    logLevel: 'warn',
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}

export default function setup(project: TestProject) {
  return serveDist(project);
}
