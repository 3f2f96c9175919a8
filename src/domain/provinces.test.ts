import { describe, expect, it } from 'vitest';
import { realProvincesFile } from '../../tests/fixtures/public-files';
import { PROVINCE_CODES, PROVINCE_NAMES } from './provinces';

describe('provinces', () => {
  it('are named in the province file exactly as the app names them (the file is written from this list)', () => {
    const inFile = realProvincesFile().features.map((feature) => [feature.properties.code, feature.properties.name]);
    expect(inFile).toEqual(PROVINCE_CODES.map((code) => [code, PROVINCE_NAMES[code]]));
  });
});
