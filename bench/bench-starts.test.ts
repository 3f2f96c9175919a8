// @vitest-environment node
// `npm run bench` runs outside vitest: its modules (and what they import from tests/e2e) must load without it.
// A wrong option makes it stop right after loading them, before it builds or starts a browser.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));

// Its own timeout, as long as the child's: loading tsx and the modules takes seconds on a busy 2-core machine.
test('the benchmark loads outside vitest and stops at an unknown option with its usage', { timeout: 30_000 }, () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run-bench.ts', '--no-such-option'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.stderr).not.toMatch(/Vitest failed/);
  expect(run.stderr).toMatch(/unknown option "--no-such-option"/);
  expect(run.status).toBe(1);
});
