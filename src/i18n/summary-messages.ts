// The map put into words for screen readers (the map's description), Dutch and English.

export interface SummaryMessages {
  noTeams: string;
  /** `what` is the number of teams with the filtered kind, `ranked` the provinces with their counts. */
  overview: (what: string, provinces: number, busiest: string, busiestCount: number, ranked: string[]) => string;
  teams: (n: number, kindName: string | null) => string;
}

const teamsWord = (n: number) => (n === 1 ? 'team' : 'teams');

const nl: SummaryMessages = {
  noTeams: 'De kaart toont geen teams.',
  overview: (what, provinces, busiest, busiestCount, ranked) =>
    `De kaart toont ${what} in ${provinces} ${provinces === 1 ? 'provincie' : 'provincies'}; de meeste in ${busiest} (${busiestCount}). Per provincie: ${ranked.join(', ')}.`,
  teams: (n, kindName) => (kindName ? `${n} ${teamsWord(n)} ${kindName.toLowerCase()}` : `${n} ${teamsWord(n)}`),
};

const en: SummaryMessages = {
  noTeams: 'The map shows no teams.',
  overview: (what, provinces, busiest, busiestCount, ranked) =>
    `The map shows ${what} in ${provinces} ${provinces === 1 ? 'province' : 'provinces'}; most in ${busiest} (${busiestCount}). By province: ${ranked.join(', ')}.`,
  teams: (n, kindName) => (kindName ? `${n} ${kindName.toLowerCase()} ${teamsWord(n)}` : `${n} ${teamsWord(n)}`),
};

export const SUMMARY_MESSAGES = { nl, en } as const;
