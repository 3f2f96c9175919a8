// The benchmark's click loop (bench/first-interaction.ts) in the real browser, on both pages it measures: the built
// app and the Leaflet reference page, served as `npm run bench` serves them. Without this, a loop that never sees an
// answer shows up only as a failed load in a 20-minute run.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForThisFile } from './browser';
import type { StaticServer } from './static-server';
import { PAGE_PATHS, startBenchServer } from '../../bench/bench-server';
import { CLICKED_PLACE, clickTarget, measureFirstInteraction } from '../../bench/first-interaction';
import { NETWORK_PROFILES } from '../../bench/network-profiles';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const DIST = `${REPO}dist`;
const browser = browserForThisFile();
let server: StaticServer;

beforeAll(async () => {
  server = await startBenchServer(REPO, DIST);
});
afterAll(() => server.close());

async function clicked(page: 'ours-full' | 'leaflet') {
  return measureFirstInteraction(browser.browser, {
    url: `${server.origin}${PAGE_PATHS[page]}`,
    profile: NETWORK_PROFILES.local,
    target: clickTarget(DIST),
    timeoutMs: 30_000,
  });
}

describe("the benchmark's first interaction", () => {
  it(`is the app's details for ${CLICKED_PLACE}, after the first click, with what had arrived by then`, async () => {
    const answer = await clicked('ours-full');
    expect(['first view', 'app']).toContain(answer.answeredBy);
    expect(answer.clicks).toBeGreaterThan(0);
    expect(answer.answeredMs).toBeGreaterThan(answer.firstClickMs!);
    expect(answer.bytesBeforeAnswer.html).toBeGreaterThan(0);
    expect([...answer.consoleErrors, ...answer.pageErrors, ...answer.foreignRequests]).toEqual([]);
  });

  it(`is Leaflet's popup for ${CLICKED_PLACE} on the reference page, clicked in the same way`, async () => {
    const answer = await clicked('leaflet');
    expect(answer.answeredBy).toBe('Leaflet popup');
    expect(answer.answeredMs).toBeGreaterThan(answer.firstClickMs!);
    // Leaflet sets its mark before its first paint, so its answer to a click comes after it.
    expect(answer.answeredMs).toBeGreaterThan(answer.mapReadyMs!);
    expect([...answer.consoleErrors, ...answer.pageErrors, ...answer.foreignRequests]).toEqual([]);
  });
});
