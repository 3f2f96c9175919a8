import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../src/i18n/messages';
import { DATA_FILES, yearFiles } from '../src/data/queries';
import { placeKeysIn } from '../tests/fixtures/first-view-sizes';
import { PUBLISHED_YEAR, realTeamsFile } from '../tests/fixtures/public-files';
import { PROVINCE_CODES } from '../src/domain/provinces';
import { placeGroups } from '../src/domain/team-places';
import { placeSummary } from '../src/domain/place-summary';
import { parseUrlState } from '../src/domain/url-state';
import { fillFirstViewTexts, firstViewAnswers, firstViewMarkup } from './first-view-markup';
import { FIRST_VIEW_SCALES } from '../src/features/map/static-team-map';

const root = resolve(import.meta.dirname, '..');

describe('the first view that index.html carries', () => {
  const markup = firstViewMarkup(resolve(root, 'public'));

  it('is the static map of all 12 provinces and the 32 place symbols of the 44 teams, hidden from screen readers', () => {
    expect(markup).toMatch(/^<svg id="first-view" class="static-map"[^>]* aria-hidden="true"/);
    expect(markup.match(/data-province="NL-[A-Z]{2}"/g)).toHaveLength(12);
    // At each of its sizes (FIRST_VIEW_SCALES): map.css shows one.
    const sizes = markup.split('data-first-view-scale=').slice(1);
    expect(sizes).toHaveLength(FIRST_VIEW_SCALES.length);
    for (const size of sizes) {
      expect(placeKeysIn(size)).toHaveLength(32);
      // The numbers on the shared places: Den Haag 9 and 4, Jubbega 2, Vlodrop 2.
      expect([...size.matchAll(/>(\d+)<\/text>/g)].map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual([
        2, 2, 4, 9,
      ]);
    }
  });

  it('carries, for its answers to a click (first-view-taps.ts), each symbol’s hidden ring where the symbol is', () => {
    const rings = [
      ...markup.matchAll(/<circle [^>]*data-ring="([^"]+)" data-at="([\d.]+),([\d.]+)" visibility="hidden"/g),
    ];
    expect(rings.map((m) => m[1]).sort()).toEqual(placeKeysIn(markup).sort());
    expect(markup).toMatch(/<svg [^>]*data-hit-radius="\d+"/);
    expect(markup).toMatch(/data-chosen-look="#[0-9a-f]{6} #[0-9a-f]{6} [\d.]+"/i);
  });

  it('stays small: under 12 KB gzip with the page around it', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(markup).length).toBeLessThan(12_000);
  });

  const template = readFileSync(resolve(root, 'index.html'), 'utf8');
  const html = fillFirstViewTexts(template, resolve(root, 'public'));

  it('names no year and no count in the template: they come from the latest year’s files', () => {
    expect(template).not.toMatch(/\b(?:19|20)\d\d\b/);
    expect(template).not.toMatch(/\b(?:44|12)\b/);
  });

  it('sits in a page frame whose Dutch texts are the app’s own, for the latest year in data/jaren.json', () => {
    const nl = MESSAGES.nl;
    const { year, published } = realTeamsFile();
    expect(year).toBe(PUBLISHED_YEAR);
    expect(html).toContain('<!--first-view-->');
    expect(html).toContain(`<html lang="nl" data-jaar="${year}">`);
    expect(html).toContain(`<title>${nl.appTitle(year)}</title>`);
    expect(html).toContain(`<h1>${nl.appTitle(year)}</h1>`);
    expect(html).toContain(
      `<p class="app__subtitle">${nl.appSubtitle(published.teams, published.provinces, true)}</p>`,
    );
    expect(html).toContain(`content="${nl.pageDescription(published.teams, year)}"`);
    expect(html).toContain(`<p class="side-panel__loading">${nl.retrying}</p>`);
    expect(html).not.toContain('{{');
  });

  it('preloads exactly the files the map draws, by the paths the app fetches', () => {
    const preloaded = [...html.matchAll(/<link rel="preload" href="\.\/([^"]+)" as="fetch" crossorigin \/>/g)].map(
      (m) => m[1],
    );
    expect(preloaded).toEqual([
      DATA_FILES.years,
      yearFiles(PUBLISHED_YEAR).teams,
      DATA_FILES.provinces,
      DATA_FILES.water,
    ]);
  });

  it('refuses a placeholder it does not know', () => {
    expect(() => fillFirstViewTexts('<p>{{onbekend}}</p>', resolve(root, 'public'))).toThrow('{{onbekend}}');
  });
});

describe('the first view’s answers to a click before the app has started', () => {
  const answers = firstViewAnswers(resolve(root, 'public'));
  const templates = [
    ...answers.matchAll(
      /<template data-answer data-language="(\w+)" data-key="([^"]+)" data-query="([^"]+)"((?: data-[a-z]+="[^"]+")*)>(.*?)<\/template>/g,
    ),
  ].map(([, language, key, query, extra, details]) => ({
    language: language!,
    key: key!,
    query: query!,
    also: /data-also="([^"]+)"/.exec(extra!)?.[1],
    ring: /data-ring="([^"]+)"/.exec(extra!)?.[1],
    details: details!,
  }));
  const groups = placeGroups(realTeamsFile().teams);

  it('has in each language the details of every place and province, under the URL the app opens them by', () => {
    const keys = [...groups.map((group) => group.key), ...PROVINCE_CODES].sort();
    for (const language of Object.keys(MESSAGES)) {
      const ofLanguage = templates.filter((t) => t.language === language && !t.key.startsWith('team:'));
      expect(ofLanguage.map((t) => t.key).sort()).toEqual(keys);
      for (const { key, query, details } of ofLanguage) {
        // The place as a click on the app's map chooses it (by its slug), the province by its code.
        const { selection } = parseUrlState(`?${query}`);
        const expected = groups.find((group) => group.key === key)
          ? { type: 'place', key: placeSummary(groups, key)!.slug }
          : { type: 'province', code: key };
        expect(selection).toEqual(expected);
        expect(details).toMatch(/^<div class="details-panel"><section class="details" [^>]*><h2 id="details-title"/);
      }
    }
  });

  it('has in each language an answer to every team, its own or its place’s where it is the only team there', () => {
    for (const language of Object.keys(MESSAGES)) {
      for (const team of realTeamsFile().teams) {
        const query = `team=${team.id}`;
        const found = templates.filter((t) => t.language === language && (t.query === query || t.also === query));
        expect(found, team.id).toHaveLength(1);
        const [answer] = found;
        if (answer!.also) expect(placeSummary(groups, answer!.key)!.teamIds).toEqual([team.id]);
        // The symbol it marks is one of the team's own.
        const symbol = answer!.ring ?? answer!.key;
        expect(groups.find((group) => group.key === symbol)?.teamIds).toContain(team.id);
      }
    }
  });

  it('has an answer to every button in an answer, in the same language', () => {
    for (const { language, details } of templates) {
      for (const [, query] of details.matchAll(/data-selects="([^"]+)"/g)) {
        const found = templates.some((t) => t.language === language && (t.query === query || t.also === query));
        expect(found, query).toBe(true);
      }
    }
    expect(templates.some((t) => t.details.includes('data-selects'))).toBe(true);
  });

  it('shows them in a place that is hidden until a click', () => {
    expect(answers).toMatch(/^<div id="first-view-answer" class="first-view-answer" [^>]*hidden><\/div>/);
  });

  it('stays small: under 9 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(answers).length).toBeLessThan(9_000);
  });
});
