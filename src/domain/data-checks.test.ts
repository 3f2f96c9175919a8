import { describe, expect, it } from 'vitest';
import { realProvincesFile, realTeamsFile } from '../../tests/fixtures/public-files';
import { locationsOutsideTheirProvince } from './data-checks';

const teams = realTeamsFile().teams;
const provinces = realProvincesFile().features;

describe('locationsOutsideTheirProvince', () => {
  it('finds nothing in the real data', () => {
    expect(locationsOutsideTheirProvince(teams, provinces)).toEqual([]);
  });

  it('names the team, the place, the province recorded and the province the point lies in', () => {
    const baarn = teams.find((t) => t.id === 'natuur-baarn')!;
    const wrong = { ...baarn, locations: [{ ...baarn.locations[0]!, province: 'NL-GE' as const }] };
    expect(locationsOutsideTheirProvince([wrong], provinces)).toEqual([
      { teamId: 'natuur-baarn', locationIndex: 0, place: 'Baarn', recorded: 'NL-GE', actual: 'NL-UT' },
    ]);
  });

  it('says null for a point in no province (in the North Sea)', () => {
    const baarn = teams.find((t) => t.id === 'natuur-baarn')!;
    const atSea = { ...baarn, locations: [{ ...baarn.locations[0]!, coordinates: [3.6, 52.6] as [number, number] }] };
    expect(locationsOutsideTheirProvince([atSea], provinces)[0]?.actual).toBeNull();
  });

  it('skips a province that the province file lacks', () => {
    const baarn = teams.find((t) => t.id === 'natuur-baarn')!;
    const wrong = { ...baarn, locations: [{ ...baarn.locations[0]!, province: 'NL-GE' as const }] };
    const withoutGelderland = provinces.filter((p) => p.properties.code !== 'NL-GE');
    expect(locationsOutsideTheirProvince([wrong], withoutGelderland)).toEqual([]);
  });
});
