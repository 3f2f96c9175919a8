// Entry point, before the app (index.html loads it first): the static map that index.html shows answers a click or a
// tap on a team symbol or a province at once, with the details panel that the build drew in for each of them
// (scripts/first-view-markup.tsx), while the app's own script is still on its way (on a slow phone, a second or two).
// The choice goes into the address as the app writes it, so the app opens on the same choice: main.tsx reads it with
// `takeOverFirstTaps` when the app starts to render, and the app follows what is chosen here after that
// (`followFirstTaps`) until its first render replaces the first view. Plain DOM, no imports: this file is all the page
// runs before the app.

/** What the visitor chose on the first view, for the app to carry on from. */
export interface FirstTap {
  /**
   * The place: its symbol's key, or its own (as in `?plaats=`); null for a province or a team, or when the answer was
   * closed.
   */
  place: string | null;
  /** The province's code (as in `?provincie=`); null for a place or a team, or when the answer was closed. */
  province: string | null;
  /** The team's id (as in `?team=`), chosen with a button in an answer; null otherwise. */
  team: string | null;
  /**
   * The symbol's centre in the map area (`.map-area`, the same box in index.html as in the app), where a symbol was
   * clicked on the map; null for a choice made otherwise.
   */
  point: { x: number; y: number } | null;
  /** Whether a finger (not a mouse) chose it. */
  touch: boolean;
}

interface Choice {
  key: string;
  tap: FirstTap;
  ring?: Element;
  province?: Element;
}

let shown: Choice | null = null;
let pointerType = '';
/** Counts the choices (and closes): the app's first render started at one of them, and follows those after it. */
let choices = 0;
let takenOverAt: number | null = null;
let follower: ((tap: FirstTap) => void) | null = null;
const CLOSED: FirstTap = { place: null, province: null, team: null, point: null, touch: false };

const svg = document.getElementById('first-view');
const answer = document.getElementById('first-view-answer');
if (svg instanceof SVGSVGElement && answer) {
  svg.addEventListener('pointerdown', (event) => (pointerType = event.pointerType));
  // Once the app has replaced the first view, neither is in the page any more: the answers end by themselves (and
  // where the app shows the first view itself while its data loads, the app is told of each choice).
  svg.addEventListener('click', (event) => onMapClick(svg, answer, event));
  answer.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('.details__close')) close(answer);
    const button = target.closest<HTMLElement>('[data-selects]');
    if (button) onAnswerButton(svg, answer, button.dataset.selects ?? '');
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown && answer.isConnected) close(answer);
  });
}

/**
 * For the app's first render: what was chosen on the first view and is still shown, if anything (the address already
 * carries it). The first view goes on answering until the app's render replaces it; `followFirstTaps` hears of it.
 */
export function takeOverFirstTaps(): FirstTap | null {
  takenOverAt = choices;
  return shown?.tap ?? null;
}

/**
 * Tells `onTap` of each choice made on the first view after `takeOverFirstTaps` (at once of the last one, if one was
 * made before this call), with a closed answer as a tap on nothing. Returns the unsubscribe.
 */
export function followFirstTaps(onTap: (tap: FirstTap) => void): () => void {
  follower = onTap;
  if (takenOverAt !== null && choices > takenOverAt) onTap(shown?.tap ?? CLOSED);
  takenOverAt = choices;
  return () => {
    if (follower === onTap) follower = null;
  };
}

function chosen(): void {
  choices++;
  if (takenOverAt === null || !follower) return;
  takenOverAt = choices;
  follower(shown?.tap ?? CLOSED);
}

function onMapClick(svg: SVGSVGElement, answer: HTMLElement, event: MouseEvent): void {
  const touch = pointerType === 'touch';
  const symbol = symbolAt(svg, event);
  if (symbol) {
    const tap = { place: symbol.key, province: null, team: null, point: symbol.point, touch };
    choose(answer, { key: symbol.key, ring: symbol.ring, tap });
    return;
  }
  const province = (event.target as Element).closest('[data-province]');
  const code = province?.getAttribute('data-province');
  if (province && code)
    choose(answer, { key: code, province, tap: { place: null, province: code, team: null, point: null, touch } });
}

/**
 * A button in an answer (a team in a province's list, a place's teams, "all teams at …"): its choice's answer, with
 * its symbol marked, and the keyboard on its heading as the app puts it there.
 */
function onAnswerButton(svg: SVGSVGElement, answer: HTMLElement, query: string): void {
  const template = [...document.querySelectorAll<HTMLTemplateElement>('template[data-answer]')].find(
    (t) => t.dataset.query === query || t.dataset.also === query,
  );
  if (!template) return;
  const [team = '', place = '', province = ''] = (answer.dataset.selectionParams ?? '').split(' ');
  const chosen = new URLSearchParams(query);
  const tap: FirstTap = {
    place: chosen.get(place),
    province: chosen.get(province),
    team: chosen.get(team),
    point: null,
    touch: pointerType === 'touch',
  };
  const key = template.dataset.key ?? '';
  const symbol = template.dataset.ring ?? key;
  const ring = shownRings(svg).find((r) => r.dataset.ring === symbol);
  choose(answer, { key, ring, tap }, query);
  answer.querySelector<HTMLElement>('#details-title')?.focus();
}

/**
 * The symbols' rings at the size on screen: the first view carries its symbols at two sizes (map.css shows one), the
 * same places at the same points except where kinds stand side by side.
 */
function shownRings(svg: SVGSVGElement): SVGElement[] {
  const sizes = [...svg.querySelectorAll('[data-first-view-scale]')];
  const shown = sizes.find((size) => getComputedStyle(size).display !== 'none') ?? svg;
  return [...shown.querySelectorAll<SVGElement>('[data-ring]')];
}

/** The symbol nearest to the click within the map's hit radius (screen pixels), as the app's map finds it. */
function symbolAt(svg: SVGSVGElement, event: MouseEvent) {
  const matrix = svg.getScreenCTM?.();
  if (!matrix) return null;
  const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  let best: { ring: SVGElement; x: number; y: number } | null = null;
  let bestDistance = Number(svg.dataset.hitRadius) / matrix.a;
  for (const ring of shownRings(svg)) {
    const [x = NaN, y = NaN] = (ring.dataset.at ?? '').split(',').map(Number);
    const distance = Math.hypot(x - at.x, y - at.y);
    if (!(distance <= bestDistance)) continue;
    bestDistance = distance;
    best = { ring, x, y };
  }
  if (!best) return null;
  const centre = new DOMPoint(best.x, best.y).matrixTransform(matrix);
  const area = svg.closest('.map-area')?.getBoundingClientRect();
  const point = area ? { x: centre.x - area.left, y: centre.y - area.top } : null;
  return { key: best.ring.dataset.ring ?? '', ring: best.ring, point };
}

/** Shows the answer of `choice.key` (in the address's language) and puts `query`, by default the answer's, there. */
function choose(answer: HTMLElement, choice: Choice, query?: string): void {
  const params = new URLSearchParams(window.location.search);
  const language = params.get(answer.dataset.languageParam ?? '') ?? 'nl';
  const templates = [...document.querySelectorAll<HTMLTemplateElement>('template[data-answer]')];
  const ofKey = templates.filter((template) => template.dataset.key === choice.key);
  const template = ofKey.find((t) => t.dataset.language === language) ?? ofKey[0];
  if (!template) return;
  unmark();
  answer.replaceChildren(template.content.cloneNode(true));
  answer.hidden = false;
  shown = choice;
  mark(choice);
  answer.dataset.side = sideFor(choice);
  writeAddress(answer, new URLSearchParams(query ?? template.dataset.query));
  chosen();
}

function close(answer: HTMLElement): void {
  unmark();
  shown = null;
  answer.hidden = true;
  answer.replaceChildren();
  writeAddress(answer, new URLSearchParams());
  chosen();
}

/**
 * Where a phone shows the answer (layout.css, as a sheet): at the bottom, or at the top where the chosen symbol or
 * province lies in the lower half of the screen, so that the sheet does not cover what was tapped (Limburg's teams on
 * a small phone).
 */
function sideFor({ ring, province }: Choice): 'top' | 'bottom' {
  const box = (ring ?? province)?.getBoundingClientRect();
  return box && box.top + box.height / 2 > window.innerHeight / 2 ? 'top' : 'bottom';
}

/** The ring round the chosen symbol, or the chosen province's fill and outline (as the app's map draws them). */
function mark({ ring, province }: Choice): void {
  ring?.setAttribute('visibility', 'visible');
  const look = province?.parentElement?.getAttribute('data-chosen-look')?.split(' ');
  if (!province || !look) return;
  const [fill = '', stroke = '', width = ''] = look;
  province.setAttribute('fill', fill);
  province.setAttribute('stroke', stroke);
  province.setAttribute('stroke-width', width);
  // Drawn last, so that its outline is not under its neighbours'.
  province.parentElement?.append(province);
}

function unmark(): void {
  shown?.ring?.setAttribute('visibility', 'hidden');
  for (const name of ['fill', 'stroke', 'stroke-width']) shown?.province?.removeAttribute(name);
}

/** The address with the choice in place of any earlier one; the rest of the query stays. */
function writeAddress(answer: HTMLElement, selection: URLSearchParams): void {
  const params = new URLSearchParams(window.location.search);
  for (const name of (answer.dataset.selectionParams ?? '').split(' ')) params.delete(name);
  for (const [name, value] of selection) params.set(name, value);
  const query = params.toString();
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${query ? `?${query}` : ''}${hash}`);
}
