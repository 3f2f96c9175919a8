// The first view that index.html carries (first-view-plugin), from the data files of the latest year in
// data/jaren.json: the static map of provinces and teams as markup, and the page's texts that name the year.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseDataFile } from '../src/data/load-data-file';
import { DATA_FILES, yearFiles } from '../src/data/queries';
import { parseProvincesFile } from '../src/data/provinces-file';
import { parseTeamsFile } from '../src/data/teams-file';
import { parseWaterFile } from '../src/data/water-file';
import { parseYearsFile } from '../src/data/years-file';
import { PROVINCE_CODES } from '../src/domain/provinces';
import type { Selection } from '../src/domain/selection';
import { selectionQuery, URL_PARAM } from '../src/domain/url-state';
import type { Language } from '../src/domain/format';
import { MESSAGES } from '../src/i18n/messages';
import { LanguageProvider } from '../src/i18n/language';
import { overviewMapModel } from '../src/domain/map-model';
import { placeGroups } from '../src/domain/team-places';
import { placeSummary } from '../src/domain/place-summary';
import { DetailsPanel } from '../src/features/details/details-panel';
import { StaticTeamMap } from '../src/features/map/static-team-map';

function reader(publicDir: string) {
  return <T,>(path: string, parse: (raw: unknown) => T) =>
    parseDataFile(path, readFileSync(resolve(publicDir, path), 'utf8'), parse);
}

/** The year the page opens on: the latest in the index. */
export function latestYear(publicDir: string): number {
  return reader(publicDir)(DATA_FILES.years, parseYearsFile).latest;
}

/** The static map's markup, from the latest year's data files in `publicDir`. */
export function firstViewMarkup(publicDir: string): string {
  const read = reader(publicDir);
  const teams = read(yearFiles(latestYear(publicDir)).teams, parseTeamsFile);
  const provinces = read(DATA_FILES.provinces, parseProvincesFile);
  const water = read(DATA_FILES.water, parseWaterFile);
  return renderToStaticMarkup(
    <StaticTeamMap
      id="first-view"
      provinces={provinces.features}
      water={water.features}
      model={overviewMapModel(placeGroups(teams.teams))}
      answersFirstTaps
    />,
  );
}

/**
 * What the first view answers a click with before the app has started (src/first-view-taps.ts): the details panel
 * of each place, province and team, drawn by the app's own component in each language, as inert templates; and the
 * empty place they are shown in. Each template carries its selection as the app's URL writes it (`data-query`), so
 * that the app opens on the same choice, and a button in one answer (`data-selects`) finds the next. A place of one
 * team is that team's answer too (`data-also`), so a team has a template of its own only where it shares its place;
 * `data-ring` names the symbol to mark where the key is not a symbol's.
 */
export function firstViewAnswers(publicDir: string): string {
  const read = reader(publicDir);
  const file = read(yearFiles(latestYear(publicDir)).teams, parseTeamsFile);
  const groups = placeGroups(file.teams);
  // Keyed by the symbol (its place group); the selection is the place, as a click on the app's map makes it.
  const placeAnswers = groups.map((group): Answer => {
    const place = placeSummary(groups, group.key);
    const only = place?.teamIds.length === 1 ? place.teamIds[0] : undefined;
    return {
      key: group.key,
      selection: { type: 'place', key: place?.slug ?? group.key },
      ...(only !== undefined && { also: selectionQuery({ type: 'team', id: only }) }),
    };
  });
  const answered = new Set(placeAnswers.map((answer) => answer.also));
  const answers: Answer[] = [
    ...placeAnswers,
    ...PROVINCE_CODES.map((code) => ({ key: code, selection: { type: 'province', code } as const })),
    ...file.teams
      .filter((team) => !answered.has(selectionQuery({ type: 'team', id: team.id })))
      .map((team) => ({
        key: `team:${team.id}`,
        selection: { type: 'team', id: team.id } as const,
        ring: groups.find((group) => group.teamIds.includes(team.id))?.key,
      })),
  ];
  const templates = (Object.keys(MESSAGES) as Language[]).flatMap((language) =>
    answers.map(({ key, selection, also, ring }) => {
      const details = renderToStaticMarkup(
        <LanguageProvider initial={language}>
          <DetailsPanel
            file={file}
            groups={groups}
            selection={selection}
            onSelect={() => {}}
            contact={null}
            focusRequest={0}
          />
        </LanguageProvider>,
      );
      const extra = `${also ? ` data-also="${also}"` : ''}${ring ? ` data-ring="${ring}"` : ''}`;
      return `<template data-answer data-language="${language}" data-key="${key}" data-query="${selectionQuery(selection)}"${extra}>${details}</template>`;
    }),
  );
  const params = [URL_PARAM.team, URL_PARAM.place, URL_PARAM.province].join(' ');
  return `<div id="first-view-answer" class="first-view-answer" data-selection-params="${params}" data-language-param="${URL_PARAM.language}" hidden></div>${templates.join('')}`;
}

interface Answer {
  key: string;
  selection: Selection;
  /** The other choice this answer is the details of (a place's only team). */
  also?: string;
  /** The symbol to mark, where `key` is not one. */
  ring?: string | undefined;
}

/** The page's texts and files that depend on the year, by the placeholder index.html has for each. */
export function firstViewTexts(publicDir: string): Record<string, string> {
  const year = latestYear(publicDir);
  const { published } = reader(publicDir)(yearFiles(year).teams, parseTeamsFile);
  const nl = MESSAGES.nl;
  return {
    '{{jaar}}': String(year),
    '{{titel}}': nl.appTitle(year),
    '{{ondertitel}}': nl.appSubtitle(
      published.teams,
      published.provinces,
      published.provinces === PROVINCE_CODES.length,
    ),
    '{{beschrijving}}': nl.pageDescription(published.teams, year),
  };
}

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** index.html with its placeholders filled in; a placeholder left over is an error, not a page with `{{titel}}`. */
export function fillFirstViewTexts(html: string, publicDir: string): string {
  let filled = html;
  for (const [placeholder, text] of Object.entries(firstViewTexts(publicDir))) {
    filled = filled.replaceAll(
      placeholder,
      text.replace(/[&<>"]/g, (c) => ESCAPED[c]!),
    );
  }
  const left = filled.match(/\{\{[a-z]+\}\}/);
  if (left) throw new Error(`index.html: onbekende plaatshouder ${left[0]}`);
  return filled;
}
