// Design tokens: the one place for the colours, spacing, radii, type and breakpoints. The map's code reads them as
// values (maplibre style, canvas icons, the static SVG map); the CSS reads them as custom properties and custom
// media queries, which scripts/design-tokens-plugin.ts generates from this module (cssCustomProperties below).

/**
 * Interface colours, in CSS as `--<name>` (camelCase written kebab-case: `warningBg` is `--warning-bg`). Text
 * colours keep at least 4.5 : 1 on the surfaces they are used on (WCAG 1.4.3; axe checks it in the e2e tests).
 */
export const colour = {
  text: '#1b1b1b',
  muted: '#4a4a4a',
  /** Rijksoverheid's lintblauw, the Rijkshuisstijl's primary colour. */
  accent: '#154273',
  /** Text and outlines on the accent (the header, a pressed filter button, the active suggestion). */
  onAccent: '#ffffff',
  border: '#c8ccc4',
  surface: '#ffffff',
  page: '#f3f4f1',
  /** The focus halo round the accent outline. */
  focus: '#ffbf47',
  hover: '#f4f7fb',
  /** What is chosen: a pressed legend or province button, the current team, and the selected province on the map. */
  selected: '#fde7a3',
  warningBg: '#fff4ce',
  warningBorder: '#8a6d00',
  /** The edge of a note that numbers do not agree. */
  mismatch: '#b35300',
  error: '#a4000f',
  skeleton: '#e8eae5',
  skeletonShine: '#f4f5f2',
  legendBg: 'rgba(255, 255, 255, 0.96)',
  backdrop: 'rgba(0, 0, 0, 0.45)',
  shadow: 'rgba(0, 0, 0, 0.18)',
} as const;

/**
 * The map's colours (maplibre style, static map), in CSS as `--map-<name>`. Their contrast with the team symbols is
 * measured in src/features/map/symbol-contrast.test.ts, and end-to-end tests read them back from the canvas.
 */
export const mapColour = {
  /**
   * The sea: the map's background, the same water as the lakes (the provinces and the neighbouring countries cover all
   * land); also the map area's own background before a map has drawn.
   */
  background: '#c4dbea',
  /** The neighbouring countries' land: grey, quieter than the provinces, and unlike the sea. */
  abroad: '#e4e7e1',
  province: '#fbfbf6',
  provinceOutline: '#6f7d6f',
  provinceSelected: colour.selected,
  provinceSelectedOutline: colour.text,
  water: '#c4dbea',
  waterOutline: '#7d9fb8',
  /** The searched place: a purple dot, unlike any kind's colour or shape. */
  searchPlace: '#6a1b9a',
  searchPlaceOutline: '#ffffff',
  /**
   * Names of the team places, on a halo of labelHalo (contrast measured in label-contrast.test.ts): a dark navy,
   * not the symbols' outline colour, so that tests can tell names from symbols on the canvas.
   */
  label: '#14283c',
  labelHalo: '#ffffff',
  /** Names of the provinces and of the towns around the teams: quieter than the team places' names. */
  provinceLabel: '#4a4a4a',
  townLabel: '#4a4a4a',
} as const;

/**
 * The coverage views' shading (issue 18), in CSS as `--shade-<name>`: light fills under the symbols and names, told
 * apart from the plain province by a dark edge of at least 3 : 1 (WCAG 1.4.11; shading-contrast.test.ts), not by the
 * fill alone. Teams per province: four steps of one hue, light to dark. Nearest team: six quiet hues, neighbouring
 * cells never the same.
 */
export const shadeColour = {
  reach: '#a8dccb',
  reachEdge: '#1d6b55',
  step1: '#ddd1ec',
  step2: '#bba7da',
  step3: '#9479c2',
  step4: '#6f51a6',
  cell0: '#f6d8a8',
  cell1: '#cfe4f5',
  cell2: '#d4ecc4',
  cell3: '#f4cad6',
  cell4: '#e2d5f1',
  cell5: '#f6eda9',
  cellEdge: '#5b4636',
} as const;

/**
 * The kinds of team, in CSS as `--kind-<name>`: Okabe–Ito hues (safe for the common colour-vision deficiencies),
 * darkened so that the symbols reach at least 3:1 against the light province fill and carry a white count at 4.5:1.
 */
export const kindColour = {
  natuurbeheer: '#00745a',
  pandgebonden: '#b35300',
  administratief: '#005b96',
} as const;

/** The team symbol's dark outline and white edge and count, in CSS as `--symbol-<name>`. */
export const symbolColour = {
  dark: colour.text,
  light: '#ffffff',
} as const;

/** The charts' colours (figures panel), in CSS as `--chart-<name>`; a kind's bars have the kind's colour. */
export const chartColour = {
  /** Bars of a work type that belongs to no kind of team. */
  noKind: '#595959',
  /** Bars of the jobs per client. */
  client: colour.accent,
  /** The band behind the bar under the pointer: the accent, faint. */
  cursor: 'rgba(21, 66, 115, 0.08)',
} as const;

/** Spacing steps, in CSS as `--space-1` … `--space-4`. */
export const space = { 1: '0.25rem', 2: '0.5rem', 3: '0.75rem', 4: '1rem' } as const;

/** Corner radii, in CSS as `--radius-<name>`. */
export const radius = { small: '3px', medium: '4px', large: '6px', pill: '1rem' } as const;

/**
 * Type, in CSS as `--font-<name>`. System fonts only: the Rijksoverheid's own fonts are not open, and nothing is
 * fetched from a font service.
 */
export const font = {
  body: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  mono: "ui-monospace, 'DejaVu Sans Mono', monospace",
} as const;

/**
 * Breakpoints, each defined once: in CSS as custom media (`@media (--stacked)`), resolved at build time by
 * lightningcss; in JavaScript usable with `matchMedia`.
 */
export const media = {
  /** The panels go under the map. */
  stacked: '(max-width: 900px)',
  /** In the embed, the side panel stands beside the map. */
  embedSidePanel: '(min-width: 760px)',
  /** The legend goes under the map instead of covering it (wherever the panels go under the map too). */
  legendBelow: '(max-width: 900px)',
  /** The no-WebGL note may cover more of the map. */
  narrow: '(max-width: 600px)',
  /** A phone held upright: the header stacks, the nearby teams take one column. */
  phone: '(max-width: 480px)',
} as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function properties(prefix: string, group: Record<string, string>): string[] {
  return Object.entries(group).map(([name, value]) => `  --${prefix}${kebab(name)}: ${value};`);
}

/** The tokens as one `:root` rule of custom properties. */
export function cssCustomProperties(): string {
  const lines = [
    ...properties('', colour),
    ...properties('map-', mapColour),
    ...properties('shade-', shadeColour),
    ...properties('kind-', kindColour),
    ...properties('symbol-', symbolColour),
    ...properties('chart-', chartColour),
    ...properties('space-', space),
    ...properties('radius-', radius),
    ...properties('font-', font),
  ];
  return `:root {\n${lines.join('\n')}\n}\n`;
}

/** The breakpoints as `@custom-media` rules on one line (put in front of a stylesheet, it keeps its line numbers). */
export function cssCustomMedia(): string {
  return Object.entries(media)
    .map(([name, query]) => `@custom-media --${kebab(name)} ${query};`)
    .join(' ');
}
