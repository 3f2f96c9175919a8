// `npm run bench`: builds the app, loads it and the Leaflet reference page in Chromium, prints the figures and budgets.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../tests/e2e/chromium';
import { parseBenchOptions } from './bench-options';
import { hasStaticFirstView, PAGE_PATHS, startBenchServer } from './bench-server';
import { budgetsFailed, evaluateBudgets } from './budgets';
import { formatReport } from './format-report';
import { formatResources } from './format-resources';
import { formatMachineInfo, machineInfo } from './machine-info';
import { measurePage } from './measure-page';
import { budgetFigures, findSeries, OURS, plan, seriesSummary, type Series } from './series';
import { syntheticTeamsFromPublicFiles } from './synthetic-teams';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const FILTER_TOGGLES = 5;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.skipBuild) log('Using dist/ as it is (--skip-build).');
  else await build({ root: REPO, configFile: join(REPO, 'vite.config.ts'), logLevel: 'warn' });

  // Served from a copy, so that a rebuild of dist/ during the run (by someone else) cannot change the pages.
  const app = await mkdtemp(join(tmpdir(), 'binnenwerk-bench-'));
  await cp(join(REPO, 'dist'), app, { recursive: true });
  const server = await startBenchServer(REPO, app);
  const stressServer = options.stress
    ? await startBenchServer(REPO, app, {
        '/data/teams.json': JSON.stringify(syntheticTeamsFromPublicFiles(join(REPO, 'public'))),
      })
    : null;
  const session = await launchBrowser();
  const notes: string[] = [];
  const series: Series[] = [];
  const loadAtStart = loadavg()[0] ?? NaN;
  try {
    const staticFirstView = await hasStaticFirstView(server.origin);
    if (!staticFirstView) {
      notes.push(
        "no static first view in index.html: the app's first view is its map-ready (Leaflet's is its first contentful paint).",
      );
    }
    for (const group of plan(options)) {
      const origin = group.teams === 44 ? server.origin : stressServer!.origin;
      for (const page of group.pages)
        series.push({ profile: group.profile.name, teams: group.teams, page, loads: [], failures: [] });
      for (let run = 1; run <= options.runs; run++) {
        for (const page of group.pages) {
          const target = findSeries(series, group.profile.name, group.teams, page)!;
          const label = `${group.profile.name} ${group.teams} teams ${page} run ${run}/${options.runs}`;
          try {
            const load = await measurePage(session.browser, {
              page,
              url: `${origin}${PAGE_PATHS[page]}`,
              profile: group.profile,
              firstViewIsPaint: page === 'leaflet' || staticFirstView,
              filterToggles: OURS.includes(page) ? FILTER_TOGGLES : 0,
              timeoutMs: group.teams === 44 ? 60_000 : 180_000,
            });
            target.loads.push(load);
            log(`${label}: first view ${Math.round(load.firstViewMs)} ms, map-ready ${Math.round(load.mapReadyMs)} ms`);
            if (options.verbose && run === 1) console.log(`\nResources of ${label}\n${formatResources(load)}\n`);
          } catch (error) {
            target.failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
            log(`${label}: FAILED ${target.failures.at(-1)}`);
          }
        }
      }
    }

    const machine = machineInfo(session.browser.version(), loadAtStart);
    const budgets = evaluateBudgets(budgetFigures(series));
    console.log(formatReport(options, series, notes, budgets, formatMachineInfo(machine)));
    if (options.json) {
      const summaries = series.map(({ profile, teams, page }) => ({
        profile,
        teams,
        page,
        summary: seriesSummary(series, profile, teams, page),
      }));
      await writeFile(
        options.json,
        `${JSON.stringify({ machine, options, staticFirstView, notes, budgets, summaries, series }, null, 2)}\n`,
      );
      log(`Raw figures written to ${options.json}`);
    }
    const failed = budgetsFailed(budgets) || series.some((s) => s.failures.length > 0);
    return failed && !options.noFail ? 1 : 0;
  } finally {
    await session.close();
    await server.close();
    await stressServer?.close();
    await rm(app, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
