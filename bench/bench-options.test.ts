import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './bench-options';

describe('parseBenchOptions', () => {
  it('runs 5 times, both profiles and the stress comparison by default', () => {
    expect(parseBenchOptions([])).toMatchObject({
      runs: 5,
      profiles: ['local', 'mobile'],
      stress: true,
      stressOnly: false,
      noFail: false,
      json: null,
    });
  });

  it('--quick is 1 run on the local profile, stress included', () => {
    expect(parseBenchOptions(['--quick'])).toMatchObject({ runs: 1, profiles: ['local'], stress: true });
  });

  it('reads runs, profile, json and the switches', () => {
    expect(
      parseBenchOptions(['--runs', '3', '--profile', 'mobile', '--json', 'out.json', '--no-fail', '--verbose']),
    ).toMatchObject({
      runs: 3,
      profiles: ['mobile'],
      json: 'out.json',
      noFail: true,
      verbose: true,
    });
    expect(parseBenchOptions(['--stress']).stressOnly).toBe(true);
    expect(parseBenchOptions(['--no-stress']).stress).toBe(false);
  });

  it('refuses what it does not understand', () => {
    expect(() => parseBenchOptions(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchOptions(['--profile', '3g'])).toThrow(/local, mobile or both/);
    expect(() => parseBenchOptions(['--json'])).toThrow(/needs a value/);
    expect(() => parseBenchOptions(['--fast'])).toThrow(/unknown option "--fast"/);
  });
});
