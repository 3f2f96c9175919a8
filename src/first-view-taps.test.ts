// The first view's answers before the app (first-view-taps.ts), on a small first view in jsdom: a province chosen
// and closed, the address, and what the app hears after it has taken over. (Symbols and the phone: e2e.)
import { afterEach, describe, expect, it, vi } from 'vitest';

const PAGE = `
  <svg id="first-view" data-hit-radius="13">
    <g data-chosen-look="#111111 #222222 2.5"><path data-province="NL-UT"></path><path data-province="NL-GE"></path></g>
    <circle data-ring="baarn-natuurbeheer" data-at="10,10" visibility="hidden"></circle>
    <circle data-ring="utrecht-pandgebonden" data-at="20,20" visibility="hidden"></circle>
  </svg>
  <aside class="side-panel">
    <p class="side-panel__loading">Bezig met laden…</p>
    <div id="first-view-answer" data-selection-params="team plaats provincie" data-language-param="taal" hidden></div>
    <template data-answer data-language="nl" data-key="NL-UT" data-query="provincie=NL-UT"
      ><section class="details"><h2 id="details-title">Utrecht</h2><button class="details__close">Sluiten</button></section
    ></template>
    <template data-answer data-language="en" data-key="NL-UT" data-query="provincie=NL-UT"
      ><section class="details"><h2 id="details-title">Utrecht (en)</h2></section
    ></template>
    <template data-answer data-language="nl" data-key="NL-GE" data-query="provincie=NL-GE"
      ><section class="details"><h2 id="details-title">Gelderland</h2
        ><button data-selects="team=natuur-baarn">Baarn</button><button data-selects="team=pand-utrecht-2">Utrecht 2</button
        ><button data-selects="plaats=utrecht">Alle teams in Utrecht</button></section
    ></template>
    <template data-answer data-language="nl" data-key="baarn-natuurbeheer" data-query="plaats=baarn" data-also="team=natuur-baarn"
      ><section class="details"><h2 id="details-title" tabindex="-1">Baarn</h2></section
    ></template>
    <template data-answer data-language="nl" data-key="utrecht-pandgebonden" data-query="plaats=utrecht"
      ><section class="details"><h2 id="details-title" tabindex="-1">Utrecht</h2></section
    ></template>
    <template data-answer data-language="nl" data-key="team:pand-utrecht-2" data-query="team=pand-utrecht-2" data-ring="utrecht-pandgebonden"
      ><section class="details"><h2 id="details-title" tabindex="-1">Utrecht, team 2</h2></section
    ></template>
  </aside>`;

async function firstView(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  document.body.innerHTML = PAGE;
  vi.resetModules();
  const taps = await import('./first-view-taps');
  const click = (selector: string) =>
    document.querySelector(selector)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const heading = () => document.querySelector('#first-view-answer #details-title')?.textContent ?? null;
  return { taps, click, heading };
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the first view answers a click before the app has started', () => {
  it('shows the province’s details, fills it and puts it in the address; Sluiten undoes all three', async () => {
    const { click, heading } = await firstView('?taal=nl&kaart=8/52/5');
    click('[data-province="NL-UT"]');
    expect(heading()).toBe('Utrecht');
    expect(document.querySelector<HTMLElement>('#first-view-answer')!.hidden).toBe(false);
    expect(window.location.search).toBe('?taal=nl&kaart=8%2F52%2F5&provincie=NL-UT');
    const province = document.querySelector('[data-province="NL-UT"]')!;
    expect(province.getAttribute('fill')).toBe('#111111');
    click('[data-province="NL-GE"]');
    expect(heading()).toBe('Gelderland');
    expect(province.getAttribute('fill')).toBeNull();
    expect(new URLSearchParams(window.location.search).get('provincie')).toBe('NL-GE');

    click('[data-province="NL-UT"]');
    click('#first-view-answer .details__close');
    expect(document.querySelector<HTMLElement>('#first-view-answer')!.hidden).toBe(true);
    expect(new URLSearchParams(window.location.search).get('provincie')).toBeNull();
  });

  it('answers in the language the address asks for', async () => {
    const { click, heading } = await firstView('?taal=en');
    click('[data-province="NL-UT"]');
    expect(heading()).toBe('Utrecht (en)');
  });

  it('tells the app what was chosen when it starts, and what is chosen after that', async () => {
    const { taps, click } = await firstView();
    click('[data-province="NL-UT"]');
    expect(taps.takeOverFirstTaps()).toMatchObject({ place: null, province: 'NL-UT' });
    // Chosen while the app renders, before it follows: heard at once when it does.
    click('[data-province="NL-GE"]');
    const heard: unknown[] = [];
    const stop = taps.followFirstTaps((tap) => heard.push(tap));
    expect(heard).toEqual([expect.objectContaining({ province: 'NL-GE' })]);
    // Closed: a tap on nothing.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(heard.at(-1)).toEqual({ place: null, province: null, team: null, point: null, touch: false });
    stop();
    click('[data-province="NL-UT"]');
    expect(heard).toHaveLength(2);
  });

  it('answers the buttons in an answer: a team with its own details or its place’s, a place; marks the symbol', async () => {
    const { taps, click, heading } = await firstView('?taal=nl');
    const ring = (key: string) => document.querySelector(`[data-ring="${key}"]`)!.getAttribute('visibility');
    click('[data-province="NL-GE"]');
    click('#first-view-answer [data-selects="team=pand-utrecht-2"]');
    expect(heading()).toBe('Utrecht, team 2');
    expect(document.activeElement?.id).toBe('details-title');
    expect(ring('utrecht-pandgebonden')).toBe('visible');
    expect(window.location.search).toBe('?taal=nl&team=pand-utrecht-2');
    expect(taps.takeOverFirstTaps()).toEqual({
      place: null,
      province: null,
      team: 'pand-utrecht-2',
      point: null,
      touch: false,
    });

    // A team alone at its place: the place's answer, which is the team's details; the address names the team.
    click('[data-province="NL-GE"]');
    click('#first-view-answer [data-selects="team=natuur-baarn"]');
    expect(heading()).toBe('Baarn');
    expect(ring('baarn-natuurbeheer')).toBe('visible');
    expect(ring('utrecht-pandgebonden')).toBe('hidden');
    expect(new URLSearchParams(window.location.search).get('team')).toBe('natuur-baarn');

    click('[data-province="NL-GE"]');
    click('#first-view-answer [data-selects="plaats=utrecht"]');
    expect(heading()).toBe('Utrecht');
    expect(window.location.search).toBe('?taal=nl&plaats=utrecht');
  });

  it('tells the app nothing when nothing was chosen', async () => {
    const { taps } = await firstView();
    expect(taps.takeOverFirstTaps()).toBeNull();
    const heard: unknown[] = [];
    taps.followFirstTaps((tap) => heard.push(tap));
    expect(heard).toEqual([]);
  });
});
