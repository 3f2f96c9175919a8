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
import { MESSAGES } from '../src/i18n/messages';
import { overviewMapModel } from '../src/domain/map-model';
import { placeGroups } from '../src/domain/team-places';
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
    />,
  );
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
