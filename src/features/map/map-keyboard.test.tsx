import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../tests/fixtures/render';
import { realProvincesFile, realTeamsFile } from '../../../tests/fixtures/public-files';
import { provinceLabels } from '../../domain/map-labels';
import type { ProvinceCode } from '../../domain/provinces';
import { placeSummary, type PlaceSummary } from '../../domain/place-summary';
import { readingOrder } from '../../domain/spatial-focus';
import { placeGroups, placeSlug } from '../../domain/team-places';
import { MapKeyboard } from './map-keyboard';
import type { TeamMapHandle } from './team-map';

const groups = placeGroups(realTeamsFile().teams);
const places = [...new Set(groups.map((g) => placeSlug(g.place)))].map((slug) => placeSummary(groups, slug)!);
const inOrder = readingOrder(places);
const provinces = provinceLabels(realProvincesFile().features);

function renderLayer(chosenPlace: string | null = null) {
  const map = {
    pointOf: vi.fn(() => ({ x: 10, y: 10 })),
    keepInView: vi.fn(),
    zoomBy: vi.fn(),
    panBy: vi.fn(),
  } as unknown as TeamMapHandle;
  const onChoose = vi.fn<(place: PlaceSummary) => void>();
  const onChooseProvince = vi.fn<(code: ProvinceCode) => void>();
  renderWithProviders(
    <MapKeyboard
      places={places}
      map={{ current: map }}
      chosenPlace={chosenPlace}
      searchPlace={null}
      describedBy="summary"
      onChoose={onChoose}
      provinces={provinces}
      onChooseProvince={onChooseProvince}
    />,
  );
  const layer = screen.getByRole('application', { name: 'Plaatsen met teams op de kaart' });
  const said = () => screen.getByRole('status').textContent;
  return { map, onChoose, onChooseProvince, layer, said };
}

describe('MapKeyboard', () => {
  it('moves between the provinces after P, says their teams, and Enter chooses one', async () => {
    const { layer, said, onChooseProvince } = renderLayer();
    layer.focus();
    await userEvent.keyboard('p');
    expect(said()).toMatch(/^Provincies: /);
    await userEvent.keyboard('{Home}');
    const north = readingOrder(provinces)[0]!;
    const teams = places.filter((p) => p.province === north.code).reduce((n, p) => n + p.teamIds.length, 0);
    expect(said()).toMatch(new RegExp(`^${north.name}: .*\\. Provincie 1 van ${provinces.length}\\.$`));
    // Its teams by kind, adding up to the teams of its places.
    const counted = [
      ...said()!
        .split('. Provincie')[0]!
        .matchAll(/(\d+) /g),
    ].reduce((n, m) => n + Number(m[1]), 0);
    expect(counted).toBe(teams);
    await userEvent.keyboard('{ArrowUp}');
    expect(said()).toBe(`Geen provincie meer naar het noorden van ${north.name}.`);
    await userEvent.keyboard('{Enter}');
    expect(onChooseProvince).toHaveBeenCalledWith(north.code);
    await userEvent.keyboard('p');
    expect(said()).toMatch(/^Plaatsen: /);
    expect(layer.getAttribute('data-keyboard-mode')).toBe('places');
  });

  it('starts at the northernmost place, walks north to south with Page Down and End, and keeps each in view', async () => {
    const { map, layer, said } = renderLayer();
    layer.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(said()).toMatch(new RegExp(`^${inOrder[0]!.place}, .*\\. 1 van ${inOrder.length}\\.$`));
    await userEvent.keyboard('{PageDown}');
    expect(said()).toMatch(new RegExp(`^${inOrder[1]!.place}, .* 2 van ${inOrder.length}\\. .* km naar `));
    await userEvent.keyboard('{End}');
    expect(layer.getAttribute('data-focused')).toBe(inOrder.at(-1)!.slug);
    expect(map.keepInView).toHaveBeenLastCalledWith(inOrder.at(-1)!.coordinates);
  });

  it('starts from the chosen place, and Enter chooses the focused one', async () => {
    const chosen = inOrder[5]!;
    const { onChoose, layer, said } = renderLayer(chosen.slug);
    layer.focus();
    await userEvent.keyboard('{PageDown}');
    expect(layer.getAttribute('data-focused')).toBe(inOrder[6]!.slug);
    await userEvent.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(inOrder[6]);
    expect(said()).toBe(`${inOrder[6]!.place} gekozen; de details zijn geopend.`);
  });

  it('zooms with + and −, pans with Shift and an arrow, and leaves other keys (Tab, Escape) to the page', async () => {
    const { map, layer } = renderLayer();
    layer.focus();
    await userEvent.keyboard('+-');
    expect(map.zoomBy).toHaveBeenNthCalledWith(1, 1);
    expect(map.zoomBy).toHaveBeenNthCalledWith(2, -1);
    // Shift and an arrow pan (east is positive), and move the focus nowhere.
    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowUp}{/Shift}');
    expect(map.panBy).toHaveBeenNthCalledWith(1, expect.any(Number), 0);
    expect((map.panBy as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toBeGreaterThan(0);
    expect((map.panBy as ReturnType<typeof vi.fn>).mock.calls[1]![1]).toBeLessThan(0);
    expect(layer.getAttribute('data-focused')).toBeNull();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    layer.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(false);
  });
});
