import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { realTeamsFile } from '../../../tests/fixtures/public-files';
import { renderWithProviders, serveFiles } from '../../../tests/fixtures/render';
import type { Place } from '../../data/places-file';
import type { Language } from '../../domain/format';
import { nearestTeamsByKind } from '../../domain/nearest-teams';
import type { Selection } from '../../domain/selection';
import { placeGroups } from '../../domain/team-places';
import { PlaceSearch } from './place-search';

const file = realTeamsFile();
const groups = placeGroups(file.teams);
let fetched: string[];

function Harness({ onSelect, onPlace }: { onSelect: (s: Selection) => void; onPlace?: (p: Place | null) => void }) {
  const [place, setPlace] = useState<Place | null>(null);
  return (
    <PlaceSearch
      file={file}
      groups={groups}
      place={place}
      nearest={place ? nearestTeamsByKind(place.coordinates, file.teams) : []}
      onPlaceChange={(p) => {
        setPlace(p);
        onPlace?.(p);
      }}
      onSelect={onSelect}
    />
  );
}

function renderSearch(language: Language = 'nl') {
  const onSelect = vi.fn<(s: Selection) => void>();
  const onPlace = vi.fn<(p: Place | null) => void>();
  renderWithProviders(<Harness onSelect={onSelect} onPlace={onPlace} />, { language });
  return { onSelect, onPlace, input: screen.getByRole('combobox') };
}

beforeEach(() => {
  fetched = serveFiles();
});

const optionNames = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('PlaceSearch', () => {
  it('has a visible label and loads the gazetteer only once the search is used', async () => {
    const { input } = renderSearch();
    expect(input).toHaveAccessibleName('Plaatsnaam');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(document.getElementById(input.getAttribute('aria-controls')!)).toHaveAttribute('role', 'listbox');
    expect(fetched).toEqual([]);
    await userEvent.click(input);
    await waitFor(() => expect(fetched).toEqual(['data/places.json']));
  });

  it('suggests places while typing, says how many, and picks one with the arrow keys and Enter', async () => {
    const { input, onPlace } = renderSearch();
    await userEvent.type(input, 'amersf');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    expect(optionNames()[0]).toBe('AmersfoortUtrecht');
    const count = screen.getAllByRole('option').length;
    expect(screen.getByRole('status')).toHaveTextContent(`${count} plaats${count === 1 ? '' : 'en'} gevonden`);
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await userEvent.keyboard('{ArrowDown}');
    const first = screen.getAllByRole('option')[0]!;
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');

    expect(input).toHaveValue('Amersfoort');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(onPlace).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Amersfoort', province: 'NL-UT' }));
    const results = screen.getByRole('heading', { name: 'Dichtstbij Amersfoort (Utrecht)' }).parentElement!;
    expect(
      within(results)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Baarn, Bos- en natuurbeheer, 9,3 km',
      'Utrecht, Pandgebonden, 19,5 km',
      'Zutphen, Administratief, 55,6 km',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Amersfoort gekozen. Dichtstbijzijnde teams: Baarn 9,3 km, Utrecht 19,5 km, Zutphen 55,6 km.',
    );
  });

  it('wraps around with the arrow keys', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'afferden');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    await userEvent.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1]!.id);
    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
    expect(optionNames()).toEqual(['Afferdengemeente Druten, Gelderland', 'AfferdenLimburg']);
  });

  it('opens a team from the results', async () => {
    const { input, onSelect } = renderSearch();
    await userEvent.type(input, 'Amersfoort{Enter}');
    await userEvent.click(await screen.findByRole('button', { name: 'Baarn, Bos- en natuurbeheer, 9,3 km' }));
    expect(onSelect).toHaveBeenCalledWith({ type: 'team', id: 'natuur-baarn' });
  });

  it('finds Den Haag by its other names and opens the place when several teams are there', async () => {
    const { input, onSelect } = renderSearch();
    await userEvent.type(input, "'s-Gravenh");
    await waitFor(() => expect(optionNames()[0]).toBe("Den Haag ('s-Gravenhage)Zuid-Holland"));
    await userEvent.click(screen.getAllByRole('option')[0]!);
    expect(input).toHaveValue('Den Haag');
    await userEvent.click(screen.getByRole('button', { name: 'Den Haag (9 teams), Pandgebonden, 0,9 km' }));
    expect(onSelect).toHaveBeenCalledWith({ type: 'place', key: 'den-haag-pandgebonden' });
  });

  it('finds St. Anthonis and Den Bosch', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'St. Anth');
    await waitFor(() => expect(optionNames()[0]).toBe('Sint AnthonisNoord-Brabant'));
    await userEvent.clear(input);
    await userEvent.type(input, 'den bosch');
    await waitFor(() => expect(optionNames()[0]).toBe("'s-Hertogenbosch (Den Bosch)Noord-Brabant"));
  });

  it('closes the list with Escape, then clears the search with a second Escape', async () => {
    const { input, onPlace } = renderSearch();
    await userEvent.type(input, 'Amersfoort{Enter}');
    expect(screen.getByRole('heading', { name: 'Dichtstbij Amersfoort (Utrecht)' })).toBeInTheDocument();
    await userEvent.type(input, '{Backspace}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Amersfoor');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(onPlace).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('heading', { name: /Dichtstbij/ })).not.toBeInTheDocument();
  });

  it('clears with the clear button and says when nothing matches', async () => {
    const { input, onPlace } = renderSearch();
    await userEvent.type(input, 'Utrecht{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Wis zoekopdracht' }));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(onPlace).toHaveBeenLastCalledWith(null);
    await userEvent.type(input, 'xqzt');
    expect(screen.getByRole('status')).toHaveTextContent('Geen plaats gevonden voor “xqzt”.');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('speaks English with English number notation', async () => {
    const { input } = renderSearch('en');
    expect(input).toHaveAccessibleName('Place name');
    await userEvent.type(input, 'Amersfoort{Enter}');
    expect(await screen.findByRole('heading', { name: 'Nearest to Amersfoort (Utrecht)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Baarn, Forest and nature management, 9.3 km' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the gazetteer cannot be loaded', async () => {
    serveFiles(() => new Response('', { status: 404, statusText: 'Not Found' }));
    const { input } = renderSearch();
    await userEvent.click(input);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De lijst met plaatsen kon niet worden geladen.');
    expect(alert).toHaveTextContent('data/places.json');
  });
});

describe('PlaceSearch with places that share a name', () => {
  it('names the municipality in the suggestions and the results', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'valkenburg');
    // Both are exact; GeoNames counts more inhabitants in the one in Katwijk.
    await waitFor(() =>
      expect(optionNames()).toEqual([
        'Valkenburggemeente Katwijk, Zuid-Holland',
        'Valkenburggemeente Valkenburg aan de Geul, Limburg',
      ]),
    );
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(
      screen.getByRole('heading', { name: 'Dichtstbij Valkenburg (gemeente Valkenburg aan de Geul, Limburg)' }),
    ).toBeInTheDocument();
  });
});

describe('PlaceSearch with other names, municipalities and typing errors', () => {
  it('says how a place matched: through its municipality, or its Frisian name', async () => {
    const { input, onPlace } = renderSearch();
    await userEvent.type(input, 'Texel');
    await waitFor(() => expect(optionNames()).toEqual(['Den Burg — gemeente TexelNoord-Holland']));
    await userEvent.keyboard('{Enter}');
    expect(input).toHaveValue('Den Burg');
    expect(onPlace).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Den Burg', province: 'NL-NH' }));
    await userEvent.clear(input);
    await userEvent.type(input, 'Ljouwert');
    await waitFor(() => expect(optionNames()[0]).toBe('Leeuwarden (Ljouwert)Friesland'));
  });

  it('says in the status when it only found places like the text, in English too', async () => {
    const { input } = renderSearch('en');
    await userEvent.type(input, 'Amsterdm');
    await waitFor(() => expect(optionNames()[0]).toBe('AmsterdamNoord-Holland'));
    const count = screen.getAllByRole('option').length;
    expect(screen.getByRole('status')).toHaveTextContent(
      `No place of exactly this name; ${count} places like it. Choose with the arrow keys and Enter.`,
    );
    await userEvent.clear(input);
    await userEvent.type(input, 'Walcheren');
    await waitFor(() => expect(optionNames()).toEqual(['Middelburg — Walcheren regionZeeland']));
  });
});
