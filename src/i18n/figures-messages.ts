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
  headlinesTitle: (year: number) => string;
  headlineLabel: Record<HeadlineId, string>;
  headlineExplanation: {
    medewerkers: (change: string, year: number) => string;
    banen: (hours: string, binnenwerk: string, rso: string) => string;
    nieuweBanen: (year: number) => string;
    teams: (provinces: number) => string;
    tevredenheid: (previousYear: number, previous: string) => string;
    ziekteverzuim: (year: number, previousYear: number, previous: string) => string;
  };
  /** A change we computed against the previous year's report: "+25 ten opzichte van 2021 (berekend)". */
  headlineChange: (change: string, previousYear: number) => string;
  /** A change of a percentage, in percentage points. */
  percentagePoints: (change: string) => string;
  /** Under the headline figures, when a change is shown: that we computed it, and from what. */
  headlineChangeNote: (previousYear: number, year: number) => string;
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
  sourceNote: (year: number) => string;
  sectionErrorTitle: Record<'headlines' | 'workTypes' | 'clients', string>;
  /** The name of a chart whose bars choose a kind of team for the map (a group of toggle buttons). */
  chartChoiceDescription: (title: string) => string;
  /** A bar's button: its label, its jobs, and the kind of team it shows on the map (none: `null`). */
  barChoiceName: (label: string, jobs: string, kind: string | null) => string;
  /** Said, and shown under the chart, when a bar whose work type has no team on the map is chosen. */
  noTeamOnMap: (workType: string) => string;
  /** The header of a CSV's column for the footnote of a printed total. */
  csvFootnoteHeader: string;
}

const nl: FiguresMessages = {
  headlinesTitle: (year) => `Kerncijfers ${year}`,
  headlineLabel: {
    medewerkers: 'Medewerkers',
    banen: 'Banen',
    nieuweBanen: 'Nieuwe banen',
    teams: 'Teams',
    tevredenheid: 'Tevredenheid medewerkers',
    ziekteverzuim: 'Ziekteverzuim',
  },
  headlineExplanation: {
    medewerkers: (change, year) => `eind ${year}; ${change} ten opzichte van eind ${year - 1}`,
    banen: (hours, binnenwerk, rso) => `van elk ${hours} uur: ${binnenwerk} bij Binnenwerk en ${rso} bij de RSO`,
    nieuweBanen: (year) => `gerealiseerd in ${year}`,
    teams: (provinces) => `verdeeld over ${provinces} provincies`,
    tevredenheid: (year, previous) => `rapportcijfer van de medewerkers (${year}: ${previous})`,
    ziekteverzuim: (year, previousYear, previous) => `in ${year} (${previousYear}: ${previous})`,
  },
  headlineChange: (change, previousYear) => `${change} ten opzichte van ${previousYear} (berekend)`,
  percentagePoints: (change) => `${change} procentpunt`,
  headlineChangeNote: (previousYear, year) =>
    `Berekend: de verschillen met ${previousYear} hebben wij uitgerekend uit de jaaroverzichten ${previousYear} en ${year}; het jaaroverzicht ${year} noemt ze niet.`,
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
  chartChoiceDescription: (title) =>
    `Staafdiagram: ${title}. Kies een staaf om die soort team op de kaart te tonen; de cijfers staan ook in de tabel.`,
  barChoiceName: (label, jobs, kind) =>
    kind ? `${label}: ${jobs} banen; op de kaart: ${kind}` : `${label}: ${jobs} banen; geen team op de kaart`,
  noTeamOnMap: (workType) => `Voor ${workType} staat geen team op de kaart.`,
  csvFootnoteHeader: 'Voetnoot',
  workTypeMappingNote:
    'Bos- en natuurbeheer hoort bij de teams bij Staatsbosbeheer, Pandgebonden taken bij de pandgebonden teams, P-Dossiers op orde en Archiefbewerking bij de administratieve teams. Extra schoonmaak RSO zijn banen bij de RSO, niet bij een Binnenwerk-team; bij Autowassen zonder water noemt de bron geen soort team.',
  sourceNote: (year) => `Bron: Binnenwerk Jaaroverzicht ${year}.`,
};

const en: FiguresMessages = {
  headlinesTitle: (year) => `Key figures ${year}`,
  headlineLabel: {
    medewerkers: 'Staff',
    banen: 'Jobs',
    nieuweBanen: 'New jobs',
    teams: 'Teams',
    tevredenheid: 'Employee satisfaction',
    ziekteverzuim: 'Sickness absence',
  },
  headlineExplanation: {
    medewerkers: (change, year) => `at the end of ${year}; ${change} on the end of ${year - 1}`,
    banen: (hours, binnenwerk, rso) => `of ${hours} hours each: ${binnenwerk} at Binnenwerk and ${rso} at the RSO`,
    nieuweBanen: (year) => `created in ${year}`,
    teams: (provinces) => `spread over ${provinces} provinces`,
    tevredenheid: (year, previous) => `employees' rating out of 10 (${year}: ${previous})`,
    ziekteverzuim: (year, previousYear, previous) => `in ${year} (${previousYear}: ${previous})`,
  },
  headlineChange: (change, previousYear) => `${change} on ${previousYear} (computed)`,
  percentagePoints: (change) => `${change} percentage points`,
  headlineChangeNote: (previousYear, year) =>
    `Computed: we worked out the changes on ${previousYear} from the annual reports of ${previousYear} and ${year}; the annual report of ${year} does not give them.`,
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
  chartChoiceDescription: (title) =>
    `Bar chart: ${title}. Choose a bar to show that kind of team on the map; the figures are also in the table.`,
  barChoiceName: (label, jobs, kind) =>
    kind ? `${label}: ${jobs} jobs; on the map: ${kind}` : `${label}: ${jobs} jobs; no team on the map`,
  noTeamOnMap: (workType) => `There is no team on the map for ${workType}.`,
  csvFootnoteHeader: 'Footnote',
  workTypeMappingNote:
    'Forest and nature management belongs to the teams with Staatsbosbeheer, building-related tasks to the building-related teams, personnel files and archive processing to the administrative teams. Extra cleaning RSO are jobs at the RSO, not in a Binnenwerk team; for waterless car washing the source names no kind of team.',
  sourceNote: (year) => `Source: Binnenwerk Jaaroverzicht ${year} (annual report).`,
};

export const FIGURES_MESSAGES = { nl, en } as const;
