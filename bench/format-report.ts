// The printed report: machine, method notes, one table per network profile, the stress table, budgets and problems.
import type { BenchOptions } from './bench-options';
import { PAGE_PATHS } from './bench-server';
import { formatBudgets, type BudgetResult } from './budgets';
import { summaryTable } from './format-table';
import { NETWORK_PROFILES } from './network-profiles';
import { seriesSummary, type Series } from './series';
import { SYNTHETIC_TEAM_COUNT } from './synthetic-teams';

export function formatReport(
  options: BenchOptions,
  series: readonly Series[],
  notes: readonly string[],
  budgets: readonly BudgetResult[],
  machine: string,
): string {
  const sections: string[] = ['Binnenwerk teamkaart: benchmark', machine, ''];
  sections.push(
    `Pages: ours (full) ${PAGE_PATHS['ours-full']}, ours (embed) ${PAGE_PATHS['ours-embed']}, Leaflet ${PAGE_PATHS.leaflet}; ` +
      `${options.runs} run(s) each, alternating, fresh browser context per run.`,
    'First view: first-contentful-paint. Bytes: Resource Timing transferSize (headers + gzip body) of the responses ' +
      'that ended before the moment, KB = 1000 bytes. Filter change: median over all toggles.',
    "Leaflet's map-ready mark is set in a requestAnimationFrame after its layers are added, so before the browser " +
      'lays out and paints its SVG; its first view (first contentful paint) is when the drawn map is on screen.',
    ...notes.map((note) => `NOTE: ${note}`),
  );
  for (const name of options.stressOnly ? [] : options.profiles) {
    const profile = NETWORK_PROFILES[name];
    sections.push('', `Profile ${name} (${profile.description}), 44 teams`);
    sections.push(
      summaryTable(
        [
          { label: 'ours (full)', summary: seriesSummary(series, name, 44, 'ours-full') },
          { label: 'ours (embed)', summary: seriesSummary(series, name, 44, 'ours-embed') },
          { label: 'Leaflet', summary: seriesSummary(series, name, 44, 'leaflet') },
        ],
        [
          { label: 'full/Leaflet', numerator: 0, denominator: 2 },
          { label: 'embed/Leaflet', numerator: 1, denominator: 2 },
        ],
      ),
    );
  }
  if (options.stress) {
    sections.push(
      '',
      `Stress: ${SYNTHETIC_TEAM_COUNT.toLocaleString('en')} synthetic teams at data/teams.json (profile local)`,
    );
    sections.push(
      summaryTable(
        [
          { label: 'ours 44', summary: seriesSummary(series, 'local', 44, 'ours-full') },
          { label: 'ours 10k', summary: seriesSummary(series, 'local', SYNTHETIC_TEAM_COUNT, 'ours-full') },
          { label: 'Leaflet 10k', summary: seriesSummary(series, 'local', SYNTHETIC_TEAM_COUNT, 'leaflet') },
        ],
        [
          { label: 'ours 10k/44', numerator: 1, denominator: 0 },
          { label: '10k ours/Leaflet', numerator: 1, denominator: 2 },
        ],
      ),
    );
  }
  sections.push('', 'Budgets', formatBudgets(budgets));
  const problems = problemsSeen(series);
  sections.push('', 'Problems seen in the pages (console errors, page errors, requests off 127.0.0.1, failed loads)');
  sections.push(...(problems.length > 0 ? problems : ['none']));
  return sections.join('\n');
}

/** Failed loads, and console errors, page errors and foreign requests, each once with the pages that had them. */
function problemsSeen(series: readonly Series[]): string[] {
  const seen = new Map<string, Set<string>>();
  const note = (problem: string, where: string) => seen.set(problem, (seen.get(problem) ?? new Set()).add(where));
  for (const s of series) {
    const where = `${s.profile} ${s.teams} ${s.page}`;
    for (const failure of s.failures) note(`load failed: ${failure}`, where);
    for (const load of s.loads) {
      if (load.firstContentfulPaintMs === null)
        note('no first-contentful-paint entry within 30 s after map-ready', where);
      for (const message of load.consoleErrors) note(`console error: ${message}`, where);
      for (const message of load.pageErrors) note(`page error: ${message}`, where);
      for (const url of load.foreignRequests) note(`request off 127.0.0.1: ${url}`, where);
    }
  }
  return [...seen].map(([problem, where]) => `- ${problem} (${[...where].join('; ')})`);
}
