// The printed report: machine, method notes, one table per network profile, the stress table, budgets and problems.
import type { BenchOptions } from './bench-options';
import { PAGE_PATHS } from './bench-server';
import { formatBudgets, type BudgetResult } from './budgets';
import { summaryTable } from './format-table';
import { QUIET_CAP_MS, QUIET_WINDOW_MS } from './blocking-time';
import { CLICKED_PLACE } from './first-interaction';
import { NETWORK_PROFILES } from './network-profiles';
import { seriesSummary, type Series } from './series';
import type { PageSummary } from './summarize-loads';
import { SYNTHETIC_TEAM_COUNT } from './synthetic-teams';

/** The stress loads do not wait for quiet nor zoom: their table leaves those rows out. */
const STRESS_METRICS = [
  'first view, ms',
  'map-ready, ms',
  'KB before first view',
  'KB before map-ready',
  'long tasks before map-ready',
  'filter change, ms',
];

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
    `First interaction answered (full app and Leaflet, each in loads of their own): from the first contentful paint ` +
      `on, a click on ${CLICKED_PLACE}'s symbol (its pixel in the initial view) every ~50 ms until the details ` +
      `panel's heading reads ${CLICKED_PLACE} (Leaflet: until its popup names it); the frame after that, since ` +
      "navigation start. The budget compares the app's with Leaflet's map-ready, as the issue asks.",
    `Total blocking time: sum of (duration − 50 ms) of the long tasks from first contentful paint until the page is ` +
      `quiet (no long task for ${QUIET_WINDOW_MS / 1000} s; at most ${QUIET_CAP_MS / 1000} s after navigation start), ` +
      'each task clipped to that span, as Lighthouse counts it. Largest contentful paint and cumulative layout shift ' +
      '(shifts without recent input, summed) up to the same moment, on the same loads, which get no click before it.',
    'Wheel zoom (full app, after quiet and the filter changes): one mouse-wheel step over the map centre; time from ' +
      "the wheel event to the webgl-ready mark and to the map's data-camera showing a larger zoom. maplibre: the " +
      'chunks named maplibre or team-map and the worker, bytes on the wire.',
    ...notes.map((note) => `NOTE: ${note}`),
  );
  for (const name of options.stressOnly ? [] : options.profiles) {
    const profile = NETWORK_PROFILES[name];
    sections.push('', `Profile ${name} (${profile.description}), 44 teams`);
    const columns = [
      { label: 'ours (full)', summary: seriesSummary(series, name, 44, 'ours-full') },
      { label: 'ours (embed)', summary: seriesSummary(series, name, 44, 'ours-embed') },
      { label: 'Leaflet', summary: seriesSummary(series, name, 44, 'leaflet') },
    ];
    sections.push(
      summaryTable(columns, [
        { label: 'full/Leaflet', numerator: 0, denominator: 2 },
        { label: 'embed/Leaflet', numerator: 1, denominator: 2 },
      ]),
      ...columnFacts(columns),
    );
  }
  if (options.stress) {
    sections.push(
      '',
      `Stress: ${SYNTHETIC_TEAM_COUNT.toLocaleString('en')} synthetic teams at data/2021/teams.json (profile local)`,
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
        STRESS_METRICS,
      ),
    );
  }
  sections.push('', 'Budgets', formatBudgets(budgets));
  const problems = problemsSeen(series);
  sections.push('', 'Problems seen in the pages (console errors, page errors, requests off 127.0.0.1, failed loads)');
  sections.push(...(problems.length > 0 ? problems : ['none']));
  return sections.join('\n');
}

/** Below a profile's table: what the largest paint was, and when maplibre was fetched. */
export function columnFacts(columns: readonly { label: string; summary: PageSummary | null }[]): string[] {
  const facts: string[] = [];
  for (const { label, summary } of columns) {
    if (!summary) continue;
    const elements = summary.largestContentfulPaintElements;
    if (elements.length > 0) {
      const each = elements.map(({ element, loads }) => `${element} (${loads} of ${summary.runs})`).join('; ');
      facts.push(`${label}: largest contentful paint ${each}`);
    }
    if (summary.firstAnswerBy.length > 0) {
      const each = summary.firstAnswerBy.map(({ element, loads }) => `the ${element} (${loads})`).join(', ');
      facts.push(`${label}: the first interaction was answered by ${each}`);
    }
    const { gestures } = summary;
    if (gestures.loads > 0) {
      const files = summary.maplibreFiles.length > 0 ? ` (${summary.maplibreFiles.join(', ')})` : '';
      facts.push(
        `${label}: maplibre${files} requested before the wheel zoom in ${gestures.maplibreBefore} of ` +
          `${gestures.loads} loads; WebGL map drawn before it in ${gestures.webglBefore} of ${gestures.loads}`,
      );
    }
  }
  return facts;
}

/** Failed loads, and console errors, page errors and foreign requests, each once with the pages that had them. */
export function problemsSeen(series: readonly Series[]): string[] {
  const seen = new Map<string, Set<string>>();
  const note = (problem: string, where: string) => seen.set(problem, (seen.get(problem) ?? new Set()).add(where));
  for (const s of series) {
    const where = `${s.profile} ${s.teams} ${s.page}`;
    for (const failure of s.failures) note(`load failed: ${failure}`, where);
    for (const load of [...s.loads, ...s.interactions]) {
      for (const message of load.consoleErrors) note(`console error: ${message}`, where);
      for (const message of load.pageErrors) note(`page error: ${message}`, where);
      for (const url of load.foreignRequests) note(`request off 127.0.0.1: ${url}`, where);
    }
    for (const load of s.loads) {
      if (load.firstContentfulPaintMs === null)
        note('no first-contentful-paint entry within 30 s after map-ready', where);
      if (load.quiet?.capped)
        note(
          `not quiet ${QUIET_CAP_MS / 1000} s after navigation start: blocking time, paint and shift counted to there`,
          where,
        );
      if (load.quiet && !load.largestContentfulPaint) note('no largest-contentful-paint entry', where);
      if (load.gesture && load.gesture.toWebglReadyMs === null)
        note(
          load.gesture.webglBeforeGesture
            ? 'no webgl-ready mark after the wheel zoom: the WebGL map had drawn before it'
            : 'no webgl-ready mark after the wheel zoom',
          where,
        );
    }
  }
  return [...seen].map(([problem, where]) => `- ${problem} (${[...where].join('; ')})`);
}
