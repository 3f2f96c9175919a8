// The command line of `npm run bench`: which profiles, how many runs, stress or not, and where the figures go.
import type { NetworkProfile } from './network-profiles';

export interface BenchOptions {
  runs: number;
  profiles: NetworkProfile['name'][];
  /** The 10,000-team comparison; on by default, off with --no-stress. */
  stress: boolean;
  /** Only the 10,000-team comparison (and the 44-team baseline it needs): --stress. */
  stressOnly: boolean;
  verbose: boolean;
  noFail: boolean;
  /** Use dist/ as it is (for a tree that does not build right now). */
  skipBuild: boolean;
  json: string | null;
}

export const USAGE = `npm run bench -- [--runs N] [--profile local|mobile|both] [--stress | --no-stress] [--quick]
                 [--verbose] [--no-fail] [--skip-build] [--json path]
  default: 5 runs, both profiles, stress included; --stress runs only the stress comparison (10,000 teams);
  --quick: 1 run, local profile only, stress included.`;

export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    runs: 5,
    profiles: ['local', 'mobile'],
    stress: true,
    stressOnly: false,
    verbose: false,
    noFail: false,
    skipBuild: false,
    json: null,
  };
  let quick = false;
  let runsGiven = false;
  let profileGiven = false;
  const value = (index: number, flag: string): string => {
    const next = args[index + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return next;
  };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    switch (flag) {
      case '--runs': {
        const runs = Number(value(i++, flag));
        if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number of at least 1\n${USAGE}`);
        options.runs = runs;
        runsGiven = true;
        break;
      }
      case '--profile': {
        const profile = value(i++, flag);
        if (profile === 'both') options.profiles = ['local', 'mobile'];
        else if (profile === 'local' || profile === 'mobile') options.profiles = [profile];
        else throw new Error(`--profile is local, mobile or both, not "${profile}"\n${USAGE}`);
        profileGiven = true;
        break;
      }
      case '--stress':
        options.stressOnly = true;
        break;
      case '--no-stress':
        options.stress = false;
        break;
      case '--quick':
        quick = true;
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--no-fail':
        options.noFail = true;
        break;
      case '--skip-build':
        options.skipBuild = true;
        break;
      case '--json':
        options.json = value(i++, flag);
        break;
      default:
        throw new Error(`unknown option "${flag}"\n${USAGE}`);
    }
  }
  if (options.stressOnly && !options.stress) throw new Error(`--stress and --no-stress exclude each other\n${USAGE}`);
  if (quick) {
    if (!runsGiven) options.runs = 1;
    if (!profileGiven) options.profiles = ['local'];
  }
  return options;
}
