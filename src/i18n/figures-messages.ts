// Interface text of the figures panels (headline figures and the two job charts), Dutch and English.
import type { Headline } from '../data/report-file';

type HeadlineId = Headline['id'] | 'teams';

/** Numbers already formatted in the interface language. */
export interface TotalNoteValues {
  matches: boolean;
  computed: string;
  published: string;
  difference: string;
  runningText: string | null;
}

export interface FiguresMessages {
  headlinesTitle: string;
  headlineLabel: Record<HeadlineId, string>;
  headlineExplanation: {
    medewerkers: (change: string) => string;
    banen: (hours: string, binnenwerk: string, rso: string) => string;
    nieuweBanen: string;
    teams: (provinces: number) => string;
    tevredenheid: (previousYear: number, previous: string) => string;
    ziekteverzuim: (previousYear: number, previous: string) => string;
  };
  workTypeTitle: string;
  clientTitle: string;
  workTypeHeader: string;
  clientHeader: string;
  jobsHeader: string;
  kindHeader: string;
  noTeamKind: string;
  computedTotal: string;
  publishedTotal: string;
  /** The note under a chart's totals; with `runningText`, the count the report's running text gives as well. */
  totalNote: (totals: TotalNoteValues) => string;
  /** Where the work-type table's printed total comes from: the table itself has none. */
  workTypeTotalSource: (total: string) => string;
  headlineSource: string;
  /** Read after `headlineSource` by screen readers only, so that the five "Source" controls differ. */
  headlineSourceContext: (label: string) => string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  chartDescription: (title: string) => string;
  loading: string;
  filterTitle: string;
  filterAll: string;
  filterShowOnly: (kind: string) => string;
  workTypesLabel: string;
  figuresToggle: string;
  workTypeMappingNote: string;
  sourceNote: string;
  sectionErrorTitle: Record<'headlines' | 'workTypes' | 'clients', string>;
}

const nl: FiguresMessages = {
  headlinesTitle: 'Kerncijfers 2021',
  headlineLabel: {
    medewerkers: 'Medewerkers',
    banen: 'Banen',
    nieuweBanen: 'Nieuwe banen',
    teams: 'Teams',
    tevredenheid: 'Tevredenheid medewerkers',
    ziekteverzuim: 'Ziekteverzuim',
  },
  headlineExplanation: {
    medewerkers: (change) => `eind 2021; ${change} ten opzichte van eind 2020`,
    banen: (hours, binnenwerk, rso) => `van elk ${hours} uur: ${binnenwerk} bij Binnenwerk en ${rso} bij de RSO`,
    nieuweBanen: 'gerealiseerd in 2021',
    teams: (provinces) => `verdeeld over ${provinces} provincies`,
    tevredenheid: (year, previous) => `rapportcijfer van de medewerkers (${year}: ${previous})`,
    ziekteverzuim: (year, previous) => `in 2021 (${year}: ${previous})`,
  },
  sectionErrorTitle: {
    headlines: 'De kerncijfers in het gegevensbestand kloppen niet en worden niet getoond.',
    workTypes: 'De tabel banen per werksoort in het gegevensbestand klopt niet en wordt niet getoond.',
    clients: 'De tabel banen per opdrachtgever in het gegevensbestand klopt niet en wordt niet getoond.',
  },
  workTypeTitle: 'Banen per werksoort',
  clientTitle: 'Banen per opdrachtgever',
  workTypeHeader: 'Werksoort',
  clientHeader: 'Opdrachtgever',
  jobsHeader: 'Banen',
  kindHeader: 'Soort team op de kaart',
  noTeamKind: 'geen team op de kaart',
  computedTotal: 'Totaal, opgeteld uit de rijen',
  publishedTotal: 'Totaal volgens het jaaroverzicht',
  totalNote: ({ matches, computed, published, difference, runningText }) => {
    const running = runningText === null ? '' : ` In de lopende tekst noemt het jaaroverzicht ${runningText} banen.`;
    if (matches) return `De rijen tellen op tot het totaal dat het jaaroverzicht vermeldt.${running}`;
    const uncorrected = runningText === null ? 'Beide getallen' : 'Alle drie de getallen';
    return `De rijen tellen op tot ${computed}, maar het jaaroverzicht vermeldt ${published} (verschil ${difference}).${running} ${uncorrected} staan hier zoals de bron ze geeft; niets is gecorrigeerd.`;
  },
  workTypeTotalSource: (total) =>
    `Het totaal volgens het jaaroverzicht (${total}) komt uit de lopende tekst; de tabel zelf heeft geen totaalregel.`,
  headlineSource: 'Bron',
  headlineSourceContext: (label) => ` voor ${label}`,
  showTable: 'Toon als tabel',
  hideTable: 'Verberg tabel',
  downloadCsv: 'Download CSV',
  chartDescription: (title) => `Staafdiagram: ${title}. De cijfers staan ook in de tabel.`,
  loading: 'Cijfers worden geladen…',
  filterTitle: 'Toon op de kaart',
  filterAll: 'Alle soorten teams',
  filterShowOnly: (kind) => `Alleen ${kind}`,
  workTypesLabel: 'werksoort',
  figuresToggle: 'Cijfers uit het jaaroverzicht',
  workTypeMappingNote:
    'Bos- en natuurbeheer hoort bij de teams bij Staatsbosbeheer, Pandgebonden taken bij de pandgebonden teams, P-Dossiers op orde en Archiefbewerking bij de administratieve teams. Extra schoonmaak RSO zijn banen bij de RSO, niet bij een Binnenwerk-team; bij Autowassen zonder water noemt de bron geen soort team.',
  sourceNote: 'Bron: Binnenwerk Jaaroverzicht 2021.',
};

const en: FiguresMessages = {
  headlinesTitle: 'Key figures 2021',
  headlineLabel: {
    medewerkers: 'Staff',
    banen: 'Jobs',
    nieuweBanen: 'New jobs',
    teams: 'Teams',
    tevredenheid: 'Employee satisfaction',
    ziekteverzuim: 'Sickness absence',
  },
  headlineExplanation: {
    medewerkers: (change) => `at the end of 2021; ${change} on the end of 2020`,
    banen: (hours, binnenwerk, rso) => `of ${hours} hours each: ${binnenwerk} at Binnenwerk and ${rso} at the RSO`,
    nieuweBanen: 'created in 2021',
    teams: (provinces) => `spread over ${provinces} provinces`,
    tevredenheid: (year, previous) => `employees' rating out of 10 (${year}: ${previous})`,
    ziekteverzuim: (year, previous) => `in 2021 (${year}: ${previous})`,
  },
  sectionErrorTitle: {
    headlines: 'The headline figures in the data file are not valid and are not shown.',
    workTypes: 'The table of jobs per work type in the data file is not valid and is not shown.',
    clients: 'The table of jobs per client in the data file is not valid and is not shown.',
  },
  workTypeTitle: 'Jobs per work type',
  clientTitle: 'Jobs per client',
  workTypeHeader: 'Work type',
  clientHeader: 'Client',
  jobsHeader: 'Jobs',
  kindHeader: 'Kind of team on the map',
  noTeamKind: 'no team on the map',
  computedTotal: 'Total, added up from the rows',
  publishedTotal: 'Total according to the annual report',
  totalNote: ({ matches, computed, published, difference, runningText }) => {
    const running = runningText === null ? '' : ` The running text of the annual report names ${runningText} jobs.`;
    if (matches) return `The rows add up to the total the annual report gives.${running}`;
    const uncorrected = runningText === null ? 'Both numbers are' : 'All three numbers are';
    return `The rows add up to ${computed}, but the annual report prints ${published} (a difference of ${difference}).${running} ${uncorrected} shown as the source gives them; nothing has been corrected.`;
  },
  workTypeTotalSource: (total) =>
    `The total according to the annual report (${total}) comes from its running text; the table itself has no total row.`,
  headlineSource: 'Source',
  headlineSourceContext: (label) => ` for ${label}`,
  showTable: 'Show as table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  chartDescription: (title) => `Bar chart: ${title}. The figures are also in the table.`,
  loading: 'Loading figures…',
  filterTitle: 'Show on the map',
  filterAll: 'All kinds of team',
  filterShowOnly: (kind) => `Only ${kind}`,
  workTypesLabel: 'work type',
  figuresToggle: 'Figures from the annual report',
  workTypeMappingNote:
    'Forest and nature management belongs to the teams with Staatsbosbeheer, building-related tasks to the building-related teams, personnel files and archive processing to the administrative teams. Extra cleaning RSO are jobs at the RSO, not in a Binnenwerk team; for waterless car washing the source names no kind of team.',
  sourceNote: 'Source: Binnenwerk Jaaroverzicht 2021 (annual report).',
};

export const FIGURES_MESSAGES = { nl, en } as const;
