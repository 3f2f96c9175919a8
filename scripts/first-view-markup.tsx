// The static map of provinces and teams as markup, from the data files: index.html carries it (first-view-plugin).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseDataFile } from '../src/data/load-data-file';
import { DATA_FILES } from '../src/data/queries';
import { parseProvincesFile } from '../src/data/provinces-file';
import { parseTeamsFile } from '../src/data/teams-file';
import { parseWaterFile } from '../src/data/water-file';
import { overviewMapModel } from '../src/domain/map-model';
import { placeGroups } from '../src/domain/team-places';
import { StaticTeamMap } from '../src/features/map/static-team-map';

/** The static map's markup, from the data files in `publicDir`. */
export function firstViewMarkup(publicDir: string): string {
  const read = <T,>(path: string, parse: (raw: unknown) => T) =>
    parseDataFile(path, readFileSync(resolve(publicDir, path), 'utf8'), parse);
  const teams = read(DATA_FILES.teams, parseTeamsFile);
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
