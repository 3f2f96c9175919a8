// English names for the text the report prints in Dutch (clients, work types and the table footnote). The Dutch
// text, as printed, stays the key and is shown in Dutch; a text missing here is shown as printed.
import type { Language } from '../domain/format';

const ENGLISH: Record<string, string> = {
  // Clients (ministries and High Councils of State), by their official English names
  'Algemene Rekenkamer': 'Netherlands Court of Audit',
  'Algemene Zaken': 'General Affairs',
  'Binnenlandse Zaken en Koninkrijksrelaties': 'Interior and Kingdom Relations',
  'Buitenlandse Zaken': 'Foreign Affairs',
  'Economische Zaken en Klimaat': 'Economic Affairs and Climate Policy',
  'Landbouw Natuur en Voedselkwaliteit': 'Agriculture, Nature and Food Quality',
  'Infrastructuur & Waterstaat': 'Infrastructure and Water Management',
  Financiën: 'Finance',
  'Justitie & Veiligheid': 'Justice and Security',
  'Onderwijs, Cultuur en Wetenschap': 'Education, Culture and Science',
  'Sociale Zaken & Werkgelegenheid': 'Social Affairs and Employment',
  'Tweede Kamer': 'House of Representatives',
  'Volksgezondheid, Welzijn en Sport': 'Health, Welfare and Sport',
  // Work types
  'Bos- en natuurbeheer': 'Forest and nature management',
  'P-Dossiers op orde': 'Personnel files in order',
  Archiefbewerking: 'Archive processing',
  'Autowassen zonder water': 'Waterless car washing',
  'Pandgebonden taken': 'Building-related tasks',
  'Extra schoonmaak RSO': 'Extra cleaning for the RSO',
  // The footnote to the printed total of the jobs per client
  'banen bij RSO meegerekend': 'jobs at the RSO included',
};

export function sourceName(printed: string, language: Language): string {
  return language === 'en' ? (ENGLISH[printed] ?? printed) : printed;
}
