// Lint rules: recommended JS + TypeScript + React hooks rules, for app, tests and scripts; and the layer boundaries
// of src/ (STYLE.md "Layers, then features"), so that a forbidden import fails lint instead of relying on review.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const root = import.meta.dirname;

// Every feature folder gets its own zone, so a feature added later is fenced in without editing this file.
const featureNames = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Paths are relative to the repository root (basePath below), never to the directory eslint is started from.
const layerZones = [
  ...featureNames.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: [`./${name}`],
    message: `Features do not import each other: move what src/features/${name} shares to src/components or src/lib.`,
  })),
  {
    target: 'src/features',
    from: 'src/app',
    message: 'src/app is where features meet; features never import it.',
  },
  {
    target: ['src/components', 'src/lib', 'src/i18n'],
    from: ['src/features', 'src/app'],
    message: 'Shared code (components, lib, i18n) never imports a feature or the app.',
  },
  {
    target: 'src/domain',
    from: ['src/features', 'src/app', 'src/components', 'src/i18n'],
    message: 'src/domain is plain TypeScript: it imports no views, app or texts.',
  },
  {
    target: 'src/data',
    from: ['src/features', 'src/app', 'src/components'],
    message: 'src/data fetches and validates; it imports no views or app.',
  },
];

const UI_PACKAGES = '^(react|react-dom|maplibre-gl|recharts)(/.*)?$';

// A file name in kebab-case (each dot-separated part: `data-files.property.test.ts`), as the rest of the tree.
const KEBAB_FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;
const localPlugin = {
  rules: {
    'kebab-case-file-name': {
      meta: {
        type: 'suggestion',
        docs: { description: 'File names in kebab-case (team-list.tsx exports TeamList).' },
        messages: { name: 'File name "{{name}}" is not kebab-case (for example team-list.tsx).' },
        schema: [],
      },
      create(context) {
        const name = path.basename(context.physicalFilename);
        return {
          Program(node) {
            if (!KEBAB_FILE_NAME.test(name)) context.report({ node, messageId: 'name', data: { name } });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts,tsx}', 'tests/**/*.ts', 'bench/**/*.ts', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark's Leaflet reference page runs in the browser, with Leaflet's global L.
    files: ['bench/leaflet/*.js'],
    languageOptions: { globals: { ...globals.browser, L: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports resolve as TypeScript resolves them, so zones and cycles see the real files.
    plugins: { 'import-x': importX, local: localPlugin },
    settings: {
      // Without the TypeScript extensions and parser import-x reads no .ts module's imports, and no-cycle sees none.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/external-module-folders': importX.flatConfigs.typescript.settings['import-x/external-module-folders'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json') })],
    },
    rules: {
      // Type-only imports are erased at build time and cannot form a cycle at run time; import-x skips them.
      // Packages cannot import back into this tree; not walking their typings cut lint from 43 s to 24 s of CPU.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'local/kebab-case-file-name': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      // No barrels: a module with more than one re-export and fewer declarations than exports is flagged. A single
      // re-export stays allowed, for a module that configures a library and hands it on (src/data/zod.ts).
      'import-x/avoid-barrel-files': ['error', { amountOfExportsToConsiderModuleAsBarrel: 1 }],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: UI_PACKAGES,
              message: 'src/domain is plain TypeScript: no React, maplibre or charts (not even their types).',
            },
            { regex: '^@tanstack/', message: 'src/domain is plain TypeScript: queries belong in src/data.' },
            {
              // Domain may name the types that src/data validates files into (Team, ProvinceFeature, ...): those
              // types are derived from the data schemas (z.infer) and are exactly what domain functions take in,
              // so writing them a second time in domain would let the two drift. Values stay out: they would pull
              // zod and fetching into the pure layer, and src/data already imports domain's constants
              // (PROVINCE_CODES, TEAM_KINDS), so a value import back would be a cycle.
              regex: '^(\\.\\./)+data(/|$)',
              allowTypeImports: true,
              message: 'src/domain may only `import type` from src/data (the validated file types), no values.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'src/domain does no I/O: fetching belongs in src/data.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({
          object,
          property: 'fetch',
          message: 'src/domain does no I/O: fetching belongs in src/data.',
        })),
      ],
    },
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // @tanstack/react-query stays allowed: the query option factories (queryOptions) live here by design.
          patterns: [{ regex: UI_PACKAGES, message: 'src/data imports no React, maplibre or charts.' }],
        },
      ],
    },
  },
);
