// Interface text for sharing the map: the embed mode, the embed dialog, PNG export and print; Dutch and English.
import type { Language } from '../domain/format';

/** maplibre's own control texts, passed to the map. */
export interface MapControlTexts {
  zoomIn: string;
  zoomOut: string;
  toggleAttribution: string;
  cooperativeGestures: { windows: string; mac: string; mobile: string };
}

export interface ShareMessages {
  mapControls: MapControlTexts;
  openFullDashboard: string;
  opensInNewWindow: string;
  embedButton: string;
  embedTitle: string;
  embedIntro: string;
  embedSnippetLabel: string;
  embedScriptLabel: string;
  embedScriptIntro: string;
  embedScriptFieldLabel: string;
  embedNote: string;
  copy: string;
  copied: string;
  copyFailed: string;
  closeDialog: string;
  frameTitle: (subject: string | null) => string;
  exportPng: string;
  /** The PNG export in the 16:9 shape of a slide. */
  exportSlide: string;
  /** The button that opens the header's actions where they do not fit beside the title (phone). */
  actionsMenu: string;
  exporting: string;
  exportFailed: string;
  print: string;
  exportTitle: (subject: string | null, year: number) => string;
  exportSource: (year: number) => string;
}

const nl: ShareMessages = {
  mapControls: {
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    toggleAttribution: 'Bronvermelding tonen of verbergen',
    cooperativeGestures: {
      windows: 'Gebruik Ctrl + scrollen om in te zoomen op de kaart',
      mac: 'Gebruik ⌘ + scrollen om in te zoomen op de kaart',
      mobile: 'Gebruik twee vingers om de kaart te verplaatsen',
    },
  },
  openFullDashboard: 'Open het volledige dashboard',
  opensInNewWindow: '(opent in een nieuw venster)',
  embedButton: 'Insluiten',
  embedTitle: 'Kaart insluiten op uw website',
  embedIntro:
    'Plaats deze code op uw pagina. De kaart opent op de huidige weergave (provincie, team, soort team en taal).',
  embedSnippetLabel: 'HTML-code van het iframe',
  embedScriptLabel: 'Script voor de juiste hoogte (optioneel)',
  embedScriptIntro:
    'Met dit script past het iframe zijn hoogte aan de inhoud aan. Het script aanvaardt alleen berichten van de server van de kaart.',
  embedScriptFieldLabel: 'HTML-code van het script',
  embedNote: 'De kaart doet geen verzoeken aan andere servers en gebruikt geen cookies.',
  copy: 'Kopiëren',
  copied: 'Gekopieerd naar het klembord.',
  copyFailed: 'Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.',
  closeDialog: 'Sluiten',
  frameTitle: (subject) => `Kaart van de Binnenwerk-teams${subject ? ` (${subject})` : ' in Nederland'}`,
  exportPng: 'Kaart opslaan als PNG',
  exportSlide: 'Dia (16:9) als PNG',
  actionsMenu: 'Menu',
  exporting: 'Bezig met opslaan…',
  exportFailed: 'Opslaan lukte niet in deze browser.',
  print: 'Afdrukken',
  exportTitle: (subject, year) => `Binnenwerk-teams ${year}${subject ? ` — ${subject}` : ''}`,
  exportSource: (year) => `Bron: Binnenwerk, jaaroverzicht ${year}`,
};

const en: ShareMessages = {
  mapControls: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    toggleAttribution: 'Show or hide attribution',
    cooperativeGestures: {
      windows: 'Use Ctrl + scroll to zoom the map',
      mac: 'Use ⌘ + scroll to zoom the map',
      mobile: 'Use two fingers to move the map',
    },
  },
  openFullDashboard: 'Open the full dashboard',
  opensInNewWindow: '(opens in a new window)',
  embedButton: 'Embed',
  embedTitle: 'Embed the map on your website',
  embedIntro:
    'Put this code on your page. The map opens on the current view (province, team, kind of team and language).',
  embedSnippetLabel: 'HTML code of the iframe',
  embedScriptLabel: 'Script for the right height (optional)',
  embedScriptIntro:
    "This script makes the iframe follow the height of its content. It accepts messages from the map's server only.",
  embedScriptFieldLabel: 'HTML code of the script',
  embedNote: 'The map makes no requests to other servers and sets no cookies.',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copying failed; select the text and copy it yourself.',
  closeDialog: 'Close',
  frameTitle: (subject) => `Map of the Binnenwerk teams${subject ? ` (${subject})` : ' in the Netherlands'}`,
  exportPng: 'Save map as PNG',
  exportSlide: 'Slide (16:9) as PNG',
  actionsMenu: 'Menu',
  exporting: 'Saving…',
  exportFailed: 'Saving did not work in this browser.',
  print: 'Print',
  exportTitle: (subject, year) => `Binnenwerk teams ${year}${subject ? ` — ${subject}` : ''}`,
  exportSource: (year) => `Source: Binnenwerk, annual overview ${year}`,
};

export const SHARE_MESSAGES: Record<Language, ShareMessages> = { nl, en };
