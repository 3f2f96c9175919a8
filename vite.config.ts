// Build, dev server and test configuration (unit tests in jsdom, end-to-end tests in the system Chromium and in
// Firefox ESR).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { designTokensPlugin } from './scripts/design-tokens-plugin.ts';
import { firstViewPlugin } from './scripts/first-view-plugin.ts';
import { mapPreloadPlugin } from './scripts/map-preload-plugin.ts';

export default defineConfig({
  // Relative base: the built app works from any sub-path without rebuilding.
  base: './',
  plugins: [react(), designTokensPlugin(), firstViewPlugin(), mapPreloadPlugin()],
  // lightningcss resolves the breakpoints' custom media (`@media (--stacked)`, from src/styles/tokens.ts).
  css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  build: {
    sourcemap: false,
    // maplibre alone is a 1 MB chunk (loaded on demand, 290 KB gzip): no point in warning about it.
    chunkSizeWarningLimit: 1200,
    target: 'es2022',
  },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.{ts,tsx}',
            'bench/**/*.test.ts',
            'tests/lint/**/*.test.ts',
          ],
          setupFiles: ['tests/setup-unit.ts'],
          // One jsdom per worker thread instead of one per file: building it was most of the run (84 files; the
          // tests themselves take seconds). The setup file cleans up after each test (DOM, stubbed globals); the
          // suite passes in shuffled file order too (`--sequence.shuffle.files`).
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: CI has two cores and software WebGL is CPU-bound.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['tests/firefox/**/*.firefox.test.ts'],
          globalSetup: ['tests/firefox/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
