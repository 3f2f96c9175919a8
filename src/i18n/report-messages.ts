// Interface text of the report panel (report-panel.tsx: survey, absence, people, teams, development, context and
// the review of the year), Dutch and English. Figures come in already formatted; every year comes from the data.
import type { MeasureUnit } from '../data/report-sections';

export interface ReportMessages {
  panelToggle: (year: number) => string;
  sectionError: (part: string) => string;
  sourceLabel: string;
  /** Read after `sourceLabel` by screen readers only, so that the "Bron" controls differ. */
  sourceContext: (what: string) => string;
  /** A figure on its scale, as text: "8,6", "81,1%", "ruim 10%" (the scale's name is said once above). */
  measureValue: (value: string, unit: MeasureUnit, atLeast: boolean) => string;
  scaleName: Record<MeasureUnit, string>;
  derived: string;
  /** A change we computed against the previous year's report: "+0,3 ten opzichte van 2021 (berekend)". */
  changeSince: (change: string, unit: MeasureUnit, year: number) => string;
  derivedSum: (sum: string) => string;
  notesTitle: string;
  survey: {
    title: string;
    overall: string;
    response: string;
    engagement: string;
    otherParts: (printedTitle: string) => string;
    caveatTitle: string;
  };
  absence: { title: string };
  people: {
    title: string;
    employees: (year: number) => string;
    employeesYearEarlier: (year: number) => string;
    change: (change: string, year: number) => string;
    newJobs: string;
    jobs: (year: number) => string;
    jobsParts: (binnenwerk: string, rso: string) => string;
    partsMismatch: (sum: string, total: string) => string;
    whatIsAJob: (hours: string) => string;
    jobsPerEmployee: string;
    onward: string;
    onwardExplanation: string;
    left: string;
    leftReasons: (reasons: string) => string;
  };
  teams: {
    title: string;
    structural: (structural: string, teams: string, partner: string) => string;
    since: (month: string) => string;
    notNamed: string;
    mapMismatch: (onMap: string, teams: string, partner: string) => string;
  };
  development: {
    title: string;
    bbl: string;
    bblExplanation: string;
    trainings: string;
    internships: string;
    internshipsWorking: (working: string, total: string) => string;
  };
  context: {
    title: string;
    targetGroupJobs: (since: string) => string;
  };
  timeline: {
    title: (year: number) => string;
    showOnMap: (province: string) => string;
    shownOnMap: (province: string) => string;
  };
  /** "A and B", "A, B or C": a list of reasons in running text. */
  listOr: (items: readonly string[]) => string;
}

function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

const nl: ReportMessages = {
  panelToggle: (year) => `Meer uit het jaaroverzicht ${year}`,
  sectionError: (part) => `Het deel ‘${part}’ in het gegevensbestand klopt niet en wordt niet getoond.`,
  sourceLabel: 'Bron',
  sourceContext: (what) => ` voor ${what}`,
  measureValue: (value, unit, atLeast) => `${atLeast ? 'ruim ' : ''}${value}${unit === 'percent' ? '%' : ''}`,
  scaleName: { grade: 'rapportcijfer, van de 10', percent: 'percentage, van de 100' },
  derived: 'berekend',
  changeSince: (change, unit, year) =>
    `${change}${unit === 'percent' ? ' procentpunt' : ''} ten opzichte van ${year} (berekend)`,
  derivedSum: (sum) => `berekend door ons, niet in het jaaroverzicht: ${sum}`,
  notesTitle: 'Let op: de bron spreekt zichzelf tegen',
  survey: {
    title: 'Medewerkertevredenheid',
    overall: 'Rapportcijfer van de medewerkers',
    response: 'Respons',
    engagement: 'Bevlogenheid',
    otherParts: (printed) => printed,
    caveatTitle: 'Wat het jaaroverzicht erbij zegt',
  },
  absence: { title: 'Ziekteverzuim' },
  people: {
    title: 'Mensen en banen',
    employees: (year) => `Medewerkers eind ${year}`,
    employeesYearEarlier: (year) => `Medewerkers eind ${year}`,
    change: (change, year) => `${change} ten opzichte van eind ${year}`,
    newJobs: 'Nieuwe banen',
    jobs: (year) => `Banen eind ${year}`,
    jobsParts: (binnenwerk, rso) => `${binnenwerk} in dienst bij Binnenwerk en ${rso} bij de RSO`,
    partsMismatch: (sum, total) => ` Samen is dat ${sum}, niet ${total}; beide staan hier zoals de bron ze geeft.`,
    whatIsAJob: (hours) =>
      `Een baan is hier ${hours} uur werk, de maat van de Banenafspraak, geen persoon. Daarom zijn er meer banen bij Binnenwerk dan medewerkers.`,
    jobsPerEmployee: 'Banen bij Binnenwerk per medewerker',
    onward: 'Doorstroom',
    onwardExplanation: 'naar een baan elders bij het Rijk',
    left: 'Uitstroom',
    leftReasons: (reasons) => `uit dienst; redenen: ${reasons}`,
  },
  teams: {
    title: 'Structurele teams',
    structural: (structural, teams, partner) => `${structural} van de ${teams} teams bij ${partner} zijn structureel`,
    since: (month) => `sinds ${month}; de andere zijn nog een pilot`,
    notNamed:
      'Het jaaroverzicht zegt niet welke teams structureel zijn. Op de kaart staat daarom bij geen enkel team of het structureel is of een pilot.',
    mapMismatch: (onMap, teams, partner) =>
      `Op de kaart staan ${onMap} teams bij ${partner}, het jaaroverzicht noemt er hier ${teams}.`,
  },
  development: {
    title: 'Opleiden en ontwikkelen',
    bbl: 'In een BBL-opleiding',
    bblExplanation: 'Beroeps Begeleidende Leerweg, voor het werk in de natuur',
    trainings: 'Trainingen die het jaaroverzicht noemt',
    internships: 'Maatschappelijke stages',
    internshipsWorking: (working, total) => `${working} van de ${total} werken nu bij Binnenwerk`,
  },
  context: {
    title: 'Banenafspraak bij het Rijk',
    targetGroupJobs: (since) =>
      `mensen uit de doelgroep kregen sinds ${since} een baan bij het Rijk (Kamerbrief van de staatssecretaris)`,
  },
  timeline: {
    title: (year) => `Terugblik ${year}`,
    showOnMap: (province) => `Toon ${province} op de kaart`,
    shownOnMap: (province) => `${province} staat op de kaart`,
  },
  listOr: (items) => joinList(items, 'of'),
};

const en: ReportMessages = {
  panelToggle: (year) => `More from the annual report ${year}`,
  sectionError: (part) => `The part ‘${part}’ in the data file is not right and is not shown.`,
  sourceLabel: 'Source',
  sourceContext: (what) => ` for ${what}`,
  measureValue: (value, unit, atLeast) => `${atLeast ? 'over ' : ''}${value}${unit === 'percent' ? '%' : ''}`,
  scaleName: { grade: 'grade, out of 10', percent: 'percentage, out of 100' },
  derived: 'derived',
  changeSince: (change, unit, year) =>
    `${change}${unit === 'percent' ? ' percentage points' : ''} on ${year} (derived)`,
  derivedSum: (sum) => `worked out by us, not in the report: ${sum}`,
  notesTitle: 'Note: the source contradicts itself',
  survey: {
    title: 'Employee satisfaction',
    overall: 'Grade given by the employees',
    response: 'Response',
    engagement: 'Engagement',
    otherParts: () => 'Other parts of the survey',
    caveatTitle: 'What the report says about it',
  },
  absence: { title: 'Sickness absence' },
  people: {
    title: 'People and jobs',
    employees: (year) => `Employees at the end of ${year}`,
    employeesYearEarlier: (year) => `Employees at the end of ${year}`,
    change: (change, year) => `${change} on the end of ${year}`,
    newJobs: 'New jobs',
    jobs: (year) => `Jobs at the end of ${year}`,
    jobsParts: (binnenwerk, rso) => `${binnenwerk} employed by Binnenwerk and ${rso} at the RSO`,
    partsMismatch: (sum, total) => ` Together that is ${sum}, not ${total}; both are shown as the source gives them.`,
    whatIsAJob: (hours) =>
      `A job here is ${hours} hours of work, the measure of the jobs agreement (Banenafspraak), not a person. That is why Binnenwerk has more jobs than employees.`,
    jobsPerEmployee: 'Jobs at Binnenwerk per employee',
    onward: 'Moved on',
    onwardExplanation: 'to a job elsewhere in central government',
    left: 'Left',
    leftReasons: (reasons) => `left Binnenwerk; reasons: ${reasons}`,
  },
  teams: {
    title: 'Permanent teams',
    structural: (structural, teams, partner) => `${structural} of the ${teams} teams at ${partner} are permanent`,
    since: (month) => `since ${month}; the others are still a pilot`,
    notNamed: 'The report does not say which teams are permanent. So the map marks no team as permanent or as a pilot.',
    mapMismatch: (onMap, teams, partner) =>
      `The map shows ${onMap} teams at ${partner}; the report gives ${teams} here.`,
  },
  development: {
    title: 'Training and development',
    bbl: 'In a BBL course',
    bblExplanation: 'work-based vocational training, for the work in nature',
    trainings: 'Trainings the report names',
    internships: 'Social internships',
    internshipsWorking: (working, total) => `${working} of the ${total} now work at Binnenwerk`,
  },
  context: {
    title: 'The jobs agreement in central government',
    targetGroupJobs: (since) =>
      `people from the target group given a job in central government since ${since} (letter of the State Secretary to parliament)`,
  },
  timeline: {
    title: (year) => `The year ${year} in review`,
    showOnMap: (province) => `Show ${province} on the map`,
    shownOnMap: (province) => `${province} is shown on the map`,
  },
  listOr: (items) => joinList(items, 'or'),
};

export const REPORT_MESSAGES = { nl, en } as const;
