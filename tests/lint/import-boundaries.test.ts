// @vitest-environment node
// The layer boundaries of STYLE.md are lint rules of eslint.config.js: each forbidden import is reported under its
// own rule id, and each allowed one lints clean. The linted code is given as text with a file path inside src/, so
// the rules see it exactly where such a file would sit; the imported modules are real files of the tree.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// import-x/no-restricted-paths says nothing about an import it cannot resolve, so an "allowed" case whose target had
// moved would pass for the wrong reason. With no-unresolved on, such a case reports and fails instead.
const eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import-x/no-unresolved': 'error' } } });

// Each lint walks the imported module's graph for import-x/no-cycle: quick, but not on a busy two-core CI machine.
vi.setConfig({ testTimeout: 30_000 });

/** The rule ids ESLint reports for `code` written at `filePath` (relative to the repository root). */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map((message) => message.ruleId);
}

/** A module of folder `dir` (first non-test .ts/.tsx file), as an import specifier from file `from`. */
function moduleIn(dir: string, from: string): string {
  const file = readdirSync(path.join(root, dir))
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .sort()[0];
  if (!file) throw new Error(`no module in ${dir}`);
  const specifier = path.relative(path.dirname(from), path.join(dir, file.replace(/\.tsx?$/, '')));
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

/** Code that imports `specifier` and uses what it imports (so that only boundary rules can object). */
function importOf(specifier: string): string {
  return `import * as imported from '${specifier}';\n\nexport const used = imported;\n`;
}

const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

beforeAll(async () => {
  // Loading the config and the TypeScript resolver is the slow part; do it once, outside the first test's time.
  await ruleIds('export const warm = 1;\n', 'src/lib/warm-up.ts');
}, 60_000);

describe('src/domain is plain TypeScript', () => {
  const file = 'src/domain/example.ts';

  it.each(['react', 'react-dom/client', 'maplibre-gl', '@tanstack/react-query', 'recharts'])(
    'reports an import of %s',
    async (specifier) => {
      expect(await ruleIds(importOf(specifier), file)).toContain('@typescript-eslint/no-restricted-imports');
    },
  );

  it('reports a type-only import of maplibre-gl too', async () => {
    const code = "import type { Map } from 'maplibre-gl';\n\nexport type Used = Map;\n";
    expect(await ruleIds(code, file)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it.each([
    ['fetch', "export const load = () => fetch('teams.json');\n", 'no-restricted-globals'],
    ['XMLHttpRequest', 'export const request = () => new XMLHttpRequest();\n', 'no-restricted-globals'],
    ['window.fetch', "export const load = () => window.fetch('teams.json');\n", 'no-restricted-properties'],
  ])('reports %s', async (_name, code, rule) => {
    expect(await ruleIds(code, file)).toContain(rule);
  });

  it.each(['src/features/map', 'src/app', 'src/components', 'src/i18n'])('reports an import from %s', async (dir) => {
    expect(await ruleIds(importOf(moduleIn(dir, file)), file)).toContain('import-x/no-restricted-paths');
  });

  it('reports a value import from src/data', async () => {
    expect(await ruleIds(importOf('../data/teams-file'), file)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows a type-only import from src/data', async () => {
    const code = "import type { Team } from '../data/teams-file';\n\nexport type Used = Team;\n";
    expect(await ruleIds(code, file)).toEqual([]);
  });

  it('allows an import from src/domain itself', async () => {
    expect(await ruleIds(importOf(moduleIn('src/domain', file)), file)).toEqual([]);
  });
});

describe('src/data fetches and validates', () => {
  const file = 'src/data/example.ts';

  it.each(['react', 'react-dom', 'maplibre-gl'])('reports an import of %s', async (specifier) => {
    expect(await ruleIds(importOf(specifier), file)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it.each(['src/features/map', 'src/app', 'src/components'])('reports an import from %s', async (dir) => {
    expect(await ruleIds(importOf(moduleIn(dir, file)), file)).toContain('import-x/no-restricted-paths');
  });

  it('allows @tanstack/react-query (the query option factories) and src/domain', async () => {
    const code = `import { queryOptions } from '@tanstack/react-query';\nimport * as domain from '${moduleIn('src/domain', file)}';\n\nexport const used = [queryOptions, domain];\n`;
    expect(await ruleIds(code, file)).toEqual([]);
  });
});

describe('features meet only in src/app', () => {
  it('has more than one feature to keep apart', () => {
    expect(features.length).toBeGreaterThan(1);
  });

  it.each(features)('reports an import from another feature into src/features/%s', async (feature) => {
    const file = `src/features/${feature}/example.ts`;
    const others = features.filter((name) => name !== feature);
    for (const other of others) {
      const ids = await ruleIds(importOf(moduleIn(`src/features/${other}`, file)), file);
      expect(ids, `src/features/${feature} importing src/features/${other}`).toContain('import-x/no-restricted-paths');
    }
  });

  it('reports an import of src/app from a feature', async () => {
    const file = 'src/features/map/example.ts';
    expect(await ruleIds(importOf(moduleIn('src/app', file)), file)).toContain('import-x/no-restricted-paths');
  });

  it('allows a feature its own modules and the shared layers', async () => {
    const file = 'src/features/map/example.ts';
    for (const dir of ['src/features/map', 'src/components', 'src/lib', 'src/i18n', 'src/domain', 'src/data']) {
      expect(await ruleIds(importOf(moduleIn(dir, file)), file), dir).toEqual([]);
    }
  });

  it('allows src/app to import every feature', async () => {
    const file = 'src/app/example.ts';
    for (const feature of features) {
      expect(await ruleIds(importOf(moduleIn(`src/features/${feature}`, file)), file), feature).toEqual([]);
    }
  });
});

describe('shared code never imports a feature or the app', () => {
  it.each(['src/components/example.tsx', 'src/lib/example.ts', 'src/i18n/example.ts'])(
    'reports imports of src/features and src/app from %s',
    async (file) => {
      expect(await ruleIds(importOf(moduleIn('src/features/map', file)), file)).toContain(
        'import-x/no-restricted-paths',
      );
      expect(await ruleIds(importOf(moduleIn('src/app', file)), file)).toContain('import-x/no-restricted-paths');
    },
  );

  it('allows src/components to import src/domain', async () => {
    const file = 'src/components/example.tsx';
    expect(await ruleIds(importOf(moduleIn('src/domain', file)), file)).toEqual([]);
  });
});

describe('the zones apply to src/ only', () => {
  it.each(['tests/example.test.ts', 'scripts/example.ts', 'bench/example.ts'])(
    'allows %s to import React, a feature and the app',
    async (file) => {
      const code = [
        "import * as react from 'react';",
        `import * as feature from '${moduleIn('src/features/map', file)}';`,
        `import * as app from '${moduleIn('src/app', file)}';`,
        '',
        'export const used = [react, feature, app];',
        '',
      ].join('\n');
      expect(await ruleIds(code, file)).toEqual([]);
    },
  );
});

describe('module structure', () => {
  const cycleStart = 'tests/fixtures/import-cycle/cycle-start.ts';

  it('reports an import cycle', async () => {
    // On disk cycle-partner imports cycle-start; this version of cycle-start imports it back.
    const code = "import { partner } from './cycle-partner';\n\nexport const start = partner;\n";
    expect(await ruleIds(code, cycleStart)).toContain('import-x/no-cycle');
  });

  it('does not count a type-only import as a cycle', async () => {
    const code = "import type { partner } from './cycle-partner';\n\nexport type Start = typeof partner;\n";
    expect(await ruleIds(code, cycleStart)).toEqual([]);
  });

  it('reports a barrel file', async () => {
    const file = 'src/lib/index.ts';
    const code = `export * from '${moduleIn('src/domain', file)}';\nexport * from '${moduleIn('src/lib', file)}';\n`;
    expect(await ruleIds(code, file)).toContain('import-x/avoid-barrel-files');
  });

  it('allows a module that configures a library and re-exports it', async () => {
    const code = "import * as z from 'zod/mini';\n\nz.config({ jitless: true });\n\nexport { z };\n";
    expect(await ruleIds(code, 'src/data/example-zod.ts')).toEqual([]);
  });

  it('reports a file name that is not kebab-case', async () => {
    expect(await ruleIds('export const teams = 1;\n', 'src/lib/TeamList.ts')).toContain('local/kebab-case-file-name');
  });

  it('allows a kebab-case name with dotted parts', async () => {
    expect(await ruleIds('export const teams = 1;\n', 'src/lib/team-list.property.ts')).toEqual([]);
  });
});
