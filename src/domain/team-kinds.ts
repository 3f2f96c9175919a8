// The three kinds of Binnenwerk team, in the order the map legend and the list show them.

export const TEAM_KINDS = ['natuurbeheer', 'pandgebonden', 'administratief'] as const;

export type TeamKind = (typeof TEAM_KINDS)[number];
