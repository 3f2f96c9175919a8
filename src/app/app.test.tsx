import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { latestMap, mapInstances } from '../../tests/fixtures/maplibre-mock';
import { renderWithProviders, serveFiles, servePublic } from '../../tests/fixtures/render';
import { PUBLISHED_YEAR } from '../../tests/fixtures/public-files';
import { App } from './app';

vi.mock('maplibre-gl', async () => (await import('../../tests/fixtures/maplibre-mock')).maplibreMock);
vi.mock('../features/map/webgl-support', () => ({ supportsWebGL2: () => true }));

// As main.tsx mounts it: with the year index.html was built with, so that the teams need not wait for the index.
const renderApp = () => renderWithProviders(<App builtInYear={PUBLISHED_YEAR} />);

/** A desktop (mouse and hover), where a choice starts the WebGL map: jsdom has no matchMedia of its own. */
function onDesktop() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('hover: hover'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

/** The WebGL map starts at the first zoom (the SVG map shows the country until then): press "Inzoomen". */
async function zoomIn() {
  await userEvent.click(await screen.findByRole('button', { name: 'Inzoomen' }));
  return latestMap();
}

beforeEach(() => {
  mapInstances.length = 0;
});

describe('App', () => {
  it('lists the teams by province and gives the map the provinces and team symbols', async () => {
    serveFiles();
    renderApp();
    const list = await screen.findByRole('navigation', { name: 'Alle teams per provincie' });
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(12);
    expect(within(list).getByRole('button', { name: 'Zuid-Holland (14 teams)' })).toBeInTheDocument();
    const map = await zoomIn();
    await waitFor(() => expect(map.sources.get('teams')?.data).toBeDefined());
    expect((map.sources.get('teams')?.data as GeoJSON.FeatureCollection).features).toHaveLength(32);
    await waitFor(() =>
      expect((map.sources.get('provinces')?.data as GeoJSON.FeatureCollection).features).toHaveLength(12),
    );
  });

  it('answers on the SVG map before any WebGL; on a desktop a choice that needs the camera starts the WebGL map', async () => {
    onDesktop();
    serveFiles();
    const { container } = renderApp();
    await waitFor(() => expect(container.querySelector('[data-map-ready="true"]')).not.toBeNull());
    expect(container.querySelector('.team-map')).toHaveAttribute('data-map-mode', 'svg');
    expect(mapInstances).toHaveLength(0);
    // A province on the SVG map answers at once.
    await userEvent.click(container.querySelector('.static-map [data-province="NL-ZE"]')!);
    expect(screen.getByRole('heading', { level: 2, name: 'Zeeland' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Heel Nederland' }));
    // Nothing asked for the WebGL map before the choice, which needs its camera: the choice started it.
    const started = await latestMap();
    expect(mapInstances).toHaveLength(1);
    started.emit('idle', {});
    await waitFor(() => expect(container.querySelector('.team-map')).toHaveAttribute('data-webgl-ready', 'true'));
    expect(started.calls.some((c) => c.method === 'zoomTo')).toBe(false);
  });

  it('does what the first zoom asked once the WebGL map has drawn', async () => {
    serveFiles();
    const { container } = renderApp();
    await waitFor(() => expect(container.querySelector('[data-map-ready="true"]')).not.toBeNull());
    expect(mapInstances).toHaveLength(0);
    const map = await zoomIn();
    await waitFor(() => expect(map.sources.get('teams')?.data).toBeDefined());
    map.emit('idle', {});
    await waitFor(() => expect(map.calls.find((c) => c.method === 'zoomTo')?.args[0]).toBe(8));
    expect(container.querySelector('.team-map')).toHaveAttribute('data-map-mode', 'webgl');
  });

  it('keeps the team list working when the province file is missing, and says so on the map', async () => {
    serveFiles((path) =>
      path.endsWith('provinces.geojson')
        ? new Response('', { status: 404, statusText: 'Not Found' })
        : servePublic(path),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De provinciegrenzen konden niet worden geladen.');
    expect(alert).toHaveTextContent('geo/provinces.geojson');
    expect(alert).toHaveTextContent('de server antwoordde 404 Not Found');
    expect(await screen.findByRole('navigation', { name: 'Alle teams per provincie' })).toBeInTheDocument();
  });

  it('shows a team-data error with a retry that recovers', async () => {
    let broken = true;
    serveFiles((path) =>
      broken && path.endsWith('teams.json') ? new Response('{"teams": [', { status: 200 }) : servePublic(path),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De teamgegevens konden niet worden geladen.');
    expect(alert).toHaveTextContent('geen geldige JSON');
    broken = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('navigation', { name: 'Alle teams per provincie' })).toBeInTheDocument();
  });

  it('keeps a choice on the SVG map on a phone: no WebGL map until a zoom', async () => {
    serveFiles();
    const { container } = renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Zeeland (1 team)' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Zeeland' })).toBeInTheDocument();
    expect(container.querySelector('.static-map [data-province="NL-ZE"]')).toHaveAttribute('stroke-width', '2.5');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mapInstances).toHaveLength(0);
  });

  it('selects a province from the list: details, map highlight and camera follow', async () => {
    onDesktop();
    serveFiles();
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Zeeland (1 team)' }));
    const details = screen.getByRole('heading', { level: 2, name: 'Zeeland' }).closest('section')!;
    expect(within(details).getByText('1 team in Zeeland')).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Zonnemaire, Bos- en natuurbeheer' })).toBeInTheDocument();
    // The map's description follows the selection.
    expect(document.getElementById('map-summary')).toHaveTextContent(
      /; de meeste in Zuid-Holland \(14\)\. .* Zeeland gekozen: 1 team\.$/,
    );
    const map = await latestMap();
    await waitFor(() =>
      expect(map.calls).toContainEqual({
        method: 'setFilter',
        args: ['province-selected-fill', ['==', ['get', 'code'], 'NL-ZE']],
      }),
    );
    expect(map.calls.some((c) => c.method === 'fitBounds')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Heel Nederland' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Details' })).toBeInTheDocument();
  });

  it('filters the map by kind through the layers’ opacity, without laying the symbols out again', async () => {
    serveFiles();
    renderApp();
    const map = await zoomIn();
    await userEvent.click(await screen.findByRole('button', { name: /^Pandgebonden \(13\)/ }));
    const opacity = (layer: string) =>
      map.calls
        .filter((c) => c.method === 'setPaintProperty' && c.args[0] === layer && c.args[1] === 'icon-opacity')
        .at(-1)?.args[2];
    await waitFor(() => expect(opacity('teams-natuurbeheer')).toBe(0));
    expect(opacity('teams-pandgebonden')).toBe(1);
    expect(opacity('teams-administratief')).toBe(0);
    expect(map.calls.some((c) => c.method === 'setFilter' && String(c.args[0]).startsWith('teams'))).toBe(false);
  });

  it('switches the interface and the page language to English', async () => {
    serveFiles();
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Binnenwerk team map 2021');
    expect(await screen.findByRole('navigation', { name: 'All teams by province' })).toBeInTheDocument();
  });

  it('removes the map when the app unmounts (no leaked WebGL contexts)', async () => {
    serveFiles();
    const { unmount } = renderApp();
    await screen.findByRole('navigation', { name: 'Alle teams per provincie' });
    await zoomIn();
    unmount();
    expect(mapInstances.length).toBeGreaterThan(0);
    expect(mapInstances.every((m) => m.removed.value)).toBe(true);
  });
});
