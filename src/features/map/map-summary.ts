// The map put into words for screen readers: how many teams, where most are, and what is filtered.
import { compareDutch } from '../../domain/dutch-order';
import type { Team } from '../../data/teams-file';
import { PROVINCE_CODES, PROVINCE_NAMES } from '../../domain/provinces';
import { busiestProvince, provincesWithoutTeams, teamsByProvince } from '../../domain/teams';
import type { Intl } from '../../i18n/intl';

/** `teams`: those visible on the map (after the kind filter); `kindName`: the filtered kind, or null for all. */
export function mapSummary(teams: readonly Team[], kindName: string | null, { messages }: Intl): string {
  const text = messages.summary;
  const busiest = busiestProvince(teams);
  if (!busiest || teams.length === 0) return text.noTeams;
  const provinces = PROVINCE_CODES.length - provincesWithoutTeams(teams).length;
  const ranked = teamsByProvince(teams)
    .filter((g) => g.teams.length > 0)
    .sort(
      (a, b) => b.teams.length - a.teams.length || compareDutch(PROVINCE_NAMES[a.province], PROVINCE_NAMES[b.province]),
    )
    .map((g) => `${PROVINCE_NAMES[g.province]} (${g.teams.length})`);
  return text.overview(
    text.teams(teams.length, kindName),
    provinces,
    PROVINCE_NAMES[busiest.province],
    busiest.teams.length,
    ranked,
  );
}
