import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realProvincesFile, realTeamsFile, realWaterFile } from '../../../tests/fixtures/public-files';
import { overviewMapModel } from '../../domain/map-model';
import { placeGroups } from '../../domain/team-places';
import { placeLabels } from '../../domain/map-labels';
import { readFileSync } from 'node:fs';
import { FIRST_VIEW_NARROW_BELOW, FIRST_VIEW_SCALES, pictureFit, StaticTeamMap } from './static-team-map';
import { staticLabels } from './static-map-labels';
import { fitProjection } from '../../domain/web-mercator';
import { COUNTRY_BOUNDS } from '../../domain/netherlands';
import { COLOURS } from './map-look';
import { nearestSymbol } from './static-team-symbols';
import { join } from 'node:path';
import { syntheticTeamsFromPublicFiles } from '../../../bench/synthetic-teams';
import type { Team } from '../../data/teams-file';
import { clustersAreDrawn } from '../../domain/place-clusters';
import { TEAM_KINDS } from '../../domain/team-kinds';

const provinces = realProvincesFile().features;
const water = realWaterFile().features;
const overview = overviewMapModel(placeGroups(realTeamsFile().teams));

const placesOf = (container: HTMLElement, kind: string) =>
  container.querySelector(`[data-kind="${kind}"]`)?.getAttribute('data-places')?.split(' ') ?? [];

describe('StaticTeamMap', () => {
  it('draws every province, the lakes and one symbol per place and kind, with the shared counts', () => {
    const { container } = render(<StaticTeamMap provinces={provinces} water={water} model={overview} />);
    expect(container.querySelectorAll('[data-province]')).toHaveLength(12);
    expect(placesOf(container, 'natuurbeheer')).toHaveLength(23);
    expect(placesOf(container, 'pandgebonden')).toHaveLength(6);
    expect(placesOf(container, 'administratief')).toHaveLength(3);
    const counts = container.querySelectorAll('.static-map__teams text');
    expect([...counts].map((t) => t.textContent).sort()).toEqual(['2', '2', '4', '9']);
    // All symbols of a kind are one path per layer (outline, edge, colour), however many teams there are.
    expect(container.querySelectorAll('[data-kind="natuurbeheer"] path')).toHaveLength(3);
    // A stand-in for the real map: hidden from assistive technology unless it is given a name.
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws the neighbouring countries’ land under the provinces and the lakes over them, on the sea', () => {
    const { container } = render(<StaticTeamMap provinces={provinces} water={water} model={overview} />);
    const neighbours = water.filter((area) => area.properties.kind === 'land').map((area) => area.properties.name);
    expect(neighbours.length).toBeGreaterThan(0);
    const abroad = [...container.querySelectorAll('[data-abroad]')];
    // Those the picture reaches: Luxembourg lies beyond it.
    expect(abroad.map((path) => path.getAttribute('data-abroad'))).toEqual(
      expect.arrayContaining(['België', 'Duitsland']),
    );
    for (const path of abroad) expect(path.getAttribute('d')).toMatch(/^m[\d.-]+ [\d.-]+l/);
    const firstProvince = container.querySelector('[data-province]')!;
    for (const path of abroad)
      expect(path.compareDocumentPosition(firstProvince) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const lakes = water.filter((area) => area.properties.kind === 'lake');
    const lakeGroup = container.querySelector(`g[fill="${COLOURS.water}"]`)!;
    expect(lakeGroup.querySelectorAll('path')).toHaveLength(lakes.length);
    expect(firstProvince.compareDocumentPosition(lakeGroup) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names the places, the largest of each province first, and the provinces, below the symbols', () => {
    const { container } = render(<StaticTeamMap provinces={provinces} water={water} model={overview} />);
    const names = [...container.querySelectorAll('[data-place-label]')].map((t) => t.textContent);
    const leading = placeLabels(overview.places ?? []).filter((label) => label.leading);
    expect(leading.filter((label) => !names.includes(label.name)).map((label) => label.name)).toEqual([]);
    expect(container.querySelectorAll('[data-province-label]').length).toBeGreaterThan(0);
    // Drawn before the symbols, so that a symbol is never under a name.
    const labels = container.querySelector('.static-map__labels')!;
    const symbols = container.querySelector('.static-map__teams')!;
    expect(labels.compareDocumentPosition(symbols) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is an image with a name and description when it replaces the map', () => {
    render(
      <StaticTeamMap
        provinces={provinces}
        water={water}
        model={overview}
        label="Kaart van Nederland"
        describedBy="summary"
      />,
    );
    const image = screen.getByRole('img', { name: 'Kaart van Nederland' });
    expect(image).toHaveAttribute('aria-describedby', 'summary');
  });

  it('shows only the chosen kinds, marks the selected province and place, and the searched place', () => {
    const { container } = render(
      <StaticTeamMap
        provinces={provinces}
        water={water}
        model={{
          ...overview,
          visibleKinds: ['administratief'],
          highlightedProvince: 'NL-GE',
          selectedPlaceKeys: ['zutphen-administratief'],
          searchMarker: [5.39, 52.16],
          shading: null,
        }}
      />,
    );
    expect(container.querySelectorAll('[data-kind]')).toHaveLength(1);
    expect(placesOf(container, 'administratief').sort()).toEqual([
      'den-haag-administratief',
      'zutphen-administratief',
      'zwolle-administratief',
    ]);
    expect(container.querySelector('[data-province="NL-GE"]')).toHaveAttribute('fill', '#fde7a3');
    expect(container.querySelector('[data-province="NL-UT"]')).not.toHaveAttribute('fill');
    expect(
      [...container.querySelectorAll('[data-selected-place]')].map((c) => c.getAttribute('data-selected-place')),
    ).toEqual(['zutphen-administratief']);
    expect(container.querySelector('svg > circle')).toHaveAttribute('fill', '#6a1b9a');
  });

  it('reports a click on a province', async () => {
    const onProvinceClick = vi.fn();
    const { container } = render(
      <StaticTeamMap provinces={provinces} water={water} model={overview} onProvinceClick={onProvinceClick} />,
    );
    await userEvent.click(container.querySelector('[data-province="NL-ZE"]')!);
    expect(onProvinceClick).toHaveBeenCalledWith('NL-ZE');
  });
});

describe('StaticTeamMap with many teams', () => {
  const synthetic = syntheticTeamsFromPublicFiles(join(process.cwd(), 'public'), 3000);
  const places = placeGroups(synthetic.teams as Team[]);
  const many = overviewMapModel(places);
  const teamsOf = (container: HTMLElement, kind: string) =>
    (container.querySelector(`[data-kind="${kind}"]`)?.getAttribute('data-teams')?.split(' ') ?? []).map(Number);

  it('draws each kind’s clusters, with every team counted once, and names no place', () => {
    expect(clustersAreDrawn(places.length)).toBe(true);
    const { container } = render(<StaticTeamMap provinces={provinces} water={water} model={many} />);
    expect(container.querySelector('svg')).toHaveAttribute('data-static-map-clustered', 'true');
    let symbols = 0;
    for (const kind of TEAM_KINDS) {
      const counts = teamsOf(container, kind);
      symbols += counts.length;
      expect(counts.reduce((a, b) => a + b, 0)).toBe(synthetic.teams.filter((t) => t.kind === kind).length);
    }
    expect(symbols).toBeLessThan(places.length / 4);
    expect(container.querySelectorAll('[data-place-label]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-province-label]').length).toBeGreaterThan(0);
  });

  it('keeps the clusters of the other kinds when a kind is hidden', () => {
    const { container, rerender } = render(<StaticTeamMap provinces={provinces} water={water} model={many} />);
    const before = placesOf(container, 'pandgebonden');
    rerender(<StaticTeamMap provinces={provinces} water={water} model={{ ...many, visibleKinds: ['pandgebonden'] }} />);
    expect(container.querySelectorAll('[data-kind]')).toHaveLength(1);
    expect(placesOf(container, 'pandgebonden')).toEqual(before);
  });

  it('rings the cluster that holds a chosen place', () => {
    const chosen = places[0]!;
    const { container } = render(
      <StaticTeamMap provinces={provinces} water={water} model={{ ...many, selectedPlaceKeys: [chosen.key] }} />,
    );
    const ringed = [...container.querySelectorAll('[data-selected-place]')].map((c) =>
      c.getAttribute('data-selected-place'),
    );
    expect(ringed).toHaveLength(1);
    expect(placesOf(container, chosen.kind)).toContain(ringed[0]);
  });
});

describe('nearestSymbol (what a click on the static map hits)', () => {
  const symbols = [
    { key: 'a', x: 100, y: 100 },
    { key: 'b', x: 120, y: 100 },
  ];

  it('takes the nearest symbol within the radius', () => {
    expect(nearestSymbol(symbols, 104, 101, 13)?.key).toBe('a');
    expect(nearestSymbol(symbols, 113, 100, 13)?.key).toBe('b');
  });

  it('hits nothing farther away', () => {
    expect(nearestSymbol(symbols, 100, 130, 13)).toBeNull();
  });
});

describe('pictureFit (the picture in its box, and where names may go)', () => {
  const pictureHeight = fitProjection(COUNTRY_BOUNDS, 800).height;
  const places = placeGroups(realTeamsFile().teams);
  const projection = fitProjection(COUNTRY_BOUNDS, 800);

  it('gives a box as wide as the picture its own frame, and a wider box the room beside it, on both sides', () => {
    const exact = pictureFit(400, (400 * pictureHeight) / 800);
    expect(exact.scale).toBeCloseTo(2, 5);
    [0, 0, 800, pictureHeight].forEach((edge, i) => expect(exact.frame[i]).toBeCloseTo(edge, 1));
    const wide = pictureFit(1000, 500);
    const units = pictureHeight / 500;
    expect(wide.scale).toBeCloseTo(units, 5);
    expect(wide.frame[0]).toBeCloseTo(-(wide.frame[2] - 800), 0);
    expect(wide.frame[2] - wide.frame[0]).toBeCloseTo(1000 * units, 0);
    expect(wide.frame[3] - wide.frame[1]).toBeCloseTo(pictureHeight, 0);
    const tall = pictureFit(300, 900);
    expect(tall.frame[0]).toBeCloseTo(0, 5);
    expect(tall.frame[3] - tall.frame[1]).toBeCloseTo((900 * 800) / 300, 0);
  });

  it('lets names use the room beside the picture: a wide box names more places than the picture alone', () => {
    const { scale, frame } = pictureFit(860, 700);
    expect(frame[2]).toBeGreaterThan(800);
    const symbols = placeLabels(places).map((label) => {
      const [x, y] = projection.project(label.coordinates);
      return { cluster: { key: label.key, x, y, kind: 'natuurbeheer', places: [] }, x, y };
    });
    const named = (box?: typeof frame) =>
      staticLabels(places, symbols as never, provinces, projection, scale, box).places.length;
    expect(named(frame)).toBeGreaterThan(named());
  });
});

describe("the first view's two sizes", () => {
  const firstView = () =>
    render(<StaticTeamMap provinces={provinces} water={water} model={overview} answersFirstTaps />).container;

  it('carries every symbol, ring and name at each of its sizes, the larger ones larger', () => {
    const container = firstView();
    const sizes = [...container.querySelectorAll('[data-first-view-scale]')];
    expect(sizes.map((size) => Number(size.getAttribute('data-first-view-scale')))).toEqual([...FIRST_VIEW_SCALES]);
    const rings = sizes.map((size) =>
      [...size.querySelectorAll('[data-ring]')].map((r) => r.getAttribute('data-ring')),
    );
    expect(rings[1]).toEqual(rings[0]);
    expect(rings[0]!.length).toBeGreaterThan(0);
    const fontSizes = sizes.map((size) =>
      Number(size.querySelector('[data-place-label]')?.parentElement?.getAttribute('font-size')),
    );
    expect(fontSizes[1]! / fontSizes[0]!).toBeCloseTo(FIRST_VIEW_SCALES[1] / FIRST_VIEW_SCALES[0], 1);
    // Each size has names: at the phone's, fewer fit.
    const names = sizes.map((size) => size.querySelectorAll('[data-place-label]').length);
    expect(names[1]).toBeGreaterThan(0);
    expect(names[1]).toBeLessThanOrEqual(names[0]!);
  });

  it("is chosen in map.css by the app's own rule: the fitted picture narrower than FIRST_VIEW_NARROW_BELOW", () => {
    const css = readFileSync(join(process.cwd(), 'src/features/map/map.css'), 'utf8');
    const [, width, height] = /@container static-map \(width < ([\d.]+)px\) or \(height < ([\d.]+)px\)/.exec(css) ?? [];
    const padding = 2 * 28;
    const pictureHeight = fitProjection(COUNTRY_BOUNDS, 800).height;
    expect(Number(width)).toBe(FIRST_VIEW_NARROW_BELOW + padding);
    expect(Number(height)).toBeCloseTo((FIRST_VIEW_NARROW_BELOW * pictureHeight) / 800 + padding, 1);
    expect(css).toMatch(new RegExp(`inset: ${padding / 2}px`));
  });
});
