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
import { clickTarget, measureFirstInteraction } from './first-interaction';
import { formatReport } from './format-report';
import { formatResources } from './format-resources';
import { formatMachineInfo, machineInfo } from './machine-info';
import { measurePage, type PageLoad } from './measure-page';
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
        '/data/2021/teams.json': JSON.stringify(syntheticTeamsFromPublicFiles(join(REPO, 'public'))),
      })
    : null;
  const session = await launchBrowser();
  const notes: string[] = [];
  const series: Series[] = [];
  const loadAtStart = loadavg()[0] ?? NaN;
  const baarn = clickTarget(app);
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
        series.push({
          profile: group.profile.name,
          teams: group.teams,
          page,
          loads: [],
          interactions: [],
          failures: [],
        });
      for (let run = 1; run <= options.runs; run++) {
        for (const page of group.pages) {
          const target = findSeries(series, group.profile.name, group.teams, page)!;
          const label = `${group.profile.name} ${group.teams} teams ${page} run ${run}/${options.runs}`;
          const url = `${origin}${PAGE_PATHS[page]}`;
          const timeoutMs = group.teams === 44 ? 60_000 : 180_000;
          const app44 = page === 'ours-full' && group.teams === 44;
          // The full app and Leaflet are each clicked in the same way (the embed runs the same code as the full app).
          const clicked = group.teams === 44 && page !== 'ours-embed';
          try {
            const load = await measurePage(session.browser, {
              page,
              url,
              profile: group.profile,
              firstViewIsPaint: page === 'leaflet' || staticFirstView,
              filterToggles: OURS.includes(page) ? FILTER_TOGGLES : 0,
              quiet: group.teams === 44,
              gesture: app44,
              timeoutMs,
            });
            target.loads.push(load);
            log(`${label}: ${loadLine(load)}`);
            if (load.filterError) target.failures.push(`${label} (filter change): ${load.filterError}`);
            if (options.verbose && run === 1) console.log(`\nResources of ${label}\n${formatResources(load)}\n`);
          } catch (error) {
            target.failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
            log(`${label}: FAILED ${target.failures.at(-1)}`);
          }
          // A load of its own: the clicks would change what the one above measures (paints, tasks, layout).
          if (!clicked) continue;
          try {
            const answer = await measureFirstInteraction(session.browser, {
              url,
              profile: group.profile,
              target: baarn,
              timeoutMs,
            });
            target.interactions.push(answer);
            log(
              `${label}: first interaction answered ${Math.round(answer.answeredMs)} ms by the ${answer.answeredBy}` +
                ` (${answer.clicks} clicks, ${(answer.bytesBeforeAnswer.total / 1000).toFixed(1)} KB)`,
            );
          } catch (error) {
            target.failures.push(`${label} (clicks): ${error instanceof Error ? error.message : String(error)}`);
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

function loadLine(load: PageLoad): string {
  const ms = (value: number | null | undefined) => (value == null ? '–' : `${Math.round(value)} ms`);
  const parts = [`first view ${ms(load.firstViewMs)}`, `map-ready ${ms(load.mapReadyMs)}`];
  if (load.quiet) {
    parts.push(
      `TBT ${ms(load.totalBlockingTimeMs)}`,
      `LCP ${ms(load.largestContentfulPaint?.startTime)}`,
      `CLS ${load.cumulativeLayoutShift?.toFixed(3) ?? '–'}`,
      `quiet ${ms(load.quiet.atMs)}${load.quiet.capped ? ' (cap)' : ''}`,
    );
  }
  if (load.gesture) parts.push(`wheel → webgl-ready ${ms(load.gesture.toWebglReadyMs)}`);
  return parts.join(', ');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
