import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { latestMap, mapInstances } from '../../tests/fixtures/maplibre-mock';
import { renderWithProviders, serveFiles } from '../../tests/fixtures/render';
import { teamIconExpression } from '../features/map/map-layers';
import { App } from './app';

vi.mock('maplibre-gl', async () => (await import('../../tests/fixtures/maplibre-mock')).maplibreMock);
vi.mock('../features/map/webgl-support', () => ({ supportsWebGL2: () => true }));

let fetched: string[];
beforeEach(() => {
  mapInstances.length = 0;
  fetched = serveFiles();
});

const NEAR_AMERSFOORT = ['baarn-natuurbeheer', 'utrecht-pandgebonden', 'zutphen-administratief'];

describe('App with the place search', () => {
  it('shows the nearest teams of a place on the map: highlighted, with a marker, in view; a team opens and closes back to the search', async () => {
    renderWithProviders(<App />);
    const input = await screen.findByRole('combobox', { name: 'Plaatsnaam' });
    // The WebGL map starts at the first zoom.
    await userEvent.click(await screen.findByRole('button', { name: 'Inzoomen' }));
    const map = await latestMap();
    await waitFor(() => expect(map.sources.get('teams')?.data).toBeDefined());
    expect(fetched).not.toContain('data/places.json');

    await userEvent.type(input, 'Amersfoort');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    await userEvent.keyboard('{Enter}');

    await waitFor(() =>
      expect(map.calls).toContainEqual({
        method: 'setLayoutProperty',
        args: ['teams-natuurbeheer', 'icon-image', teamIconExpression(NEAR_AMERSFOORT)],
      }),
    );
    expect(map.sources.get('search-place')?.data).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [5.3875, 52.155] }, properties: {} }],
    });
    // The view takes in Amersfoort, Baarn, Utrecht and Zutphen.
    expect(map.calls.filter((c) => c.method === 'fitBounds').at(-1)?.args[0]).toEqual([
      [5.1214, 52.0907],
      [6.2014, 52.2115],
    ]);
    expect(document.querySelector('.team-map__canvas')).toHaveAttribute(
      'data-selected-places',
      NEAR_AMERSFOORT.join(' '),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Utrecht, Pandgebonden, 19,5 km' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Utrecht' })).toHaveFocus();
    expect(document.querySelector('.team-map__canvas')).toHaveAttribute('data-selected-places', 'utrecht-pandgebonden');
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Utrecht, Pandgebonden, 19,5 km' })).toHaveFocus();
    expect(document.querySelector('.team-map__canvas')).toHaveAttribute(
      'data-selected-places',
      NEAR_AMERSFOORT.join(' '),
    );
    // Back at the search, the page does not announce "Heel Nederland"; the search's status still names the place.
    expect(document.querySelector('p[aria-live="polite"]')).toHaveTextContent(/^$/);
    const searchRegion = screen.getByRole('region', { name: 'Welk team is bij mij in de buurt?' });
    expect(within(searchRegion).getByRole('status')).toHaveTextContent('Amersfoort gekozen.');

    // Only the kind shown on the map is answered.
    await userEvent.click(screen.getByRole('button', { name: 'Administratief (6), ruit' }));
    expect(document.querySelector('.team-map__canvas')).toHaveAttribute(
      'data-selected-places',
      'zutphen-administratief',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Administratief (6), ruit' }));

    await userEvent.click(screen.getByRole('button', { name: 'Heel Nederland' }));
    expect(input).toHaveValue('');
    expect(document.querySelector('.team-map__canvas')).toHaveAttribute('data-selected-places', '');
    expect(map.sources.get('search-place')?.data).toEqual({ type: 'FeatureCollection', features: [] });
  }, 30_000);
});
