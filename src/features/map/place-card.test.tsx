import { describe, expect, it, vi } from 'vitest';
import { fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realTeamsFile } from '../../../tests/fixtures/public-files';
import { teamsAtPlace } from '../../../tests/fixtures/real-counts';
import { renderWithProviders } from '../../../tests/fixtures/render';
import { placeSummary } from '../../domain/place-summary';
import { placeGroups } from '../../domain/team-places';
import { MapTooltip } from './map-tooltip';
import { PlaceCard } from './place-card';

const groups = placeGroups(realTeamsFile().teams);
const denHaag = placeSummary(groups, 'den-haag')!;
const pand = teamsAtPlace('Den Haag', 'pandgebonden');
const admin = teamsAtPlace('Den Haag', 'administratief');

function renderCard(language: 'nl' | 'en' = 'nl') {
  const onClose = vi.fn();
  const onShowDetails = vi.fn();
  const { container } = renderWithProviders(
    <PlaceCard place={denHaag} anchor={{ x: 100, y: 100 }} onClose={onClose} onShowDetails={onShowDetails} />,
    { language },
  );
  // jsdom lays nothing out, so the card stays hidden (it is placed once measured): query it as such.
  const card = container.querySelector<HTMLElement>('section.place-card')!;
  expect(card.getAttribute('aria-labelledby')).toBe('place-card-den-haag');
  expect(document.getElementById('place-card-den-haag')?.textContent).toBe('Den Haag');
  return { onClose, onShowDetails, card };
}

describe('PlaceCard', () => {
  it('gives the place, its province and its teams per kind, and the way to the details', async () => {
    const { card, onShowDetails } = renderCard();
    expect([...card.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      ` ${pand} pandgebonden teams`,
      ` ${admin} administratieve teams`,
    ]);
    expect(card).toHaveTextContent('Zuid-Holland');
    expect(card.querySelector('.place-card__details')).toHaveTextContent('Alle details');
    await userEvent.click(card.querySelector('.place-card__details')!);
    expect(onShowDetails).toHaveBeenCalledTimes(1);
  });

  it('closes with its button, and takes Escape before the page does', async () => {
    const { card, onClose } = renderCard();
    expect(card.querySelector('.place-card__close')).toHaveAttribute('aria-label', 'Sluiten');
    await userEvent.click(card.querySelector('.place-card__close')!);
    expect(onClose).toHaveBeenCalledTimes(1);
    const pageEscape = vi.fn((event: KeyboardEvent) => event.defaultPrevented);
    document.addEventListener('keydown', pageEscape);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    document.removeEventListener('keydown', pageEscape);
    expect(onClose).toHaveBeenCalledTimes(2);
    // The page's own Escape (use-escape-key.ts) sees it handled, and leaves the details open.
    expect(pageEscape).toHaveReturnedWith(true);
  });

  it('speaks English in the English interface', () => {
    const { card } = renderCard('en');
    expect(card).toHaveTextContent(`${pand} building-related teams`);
    expect(card.querySelector('.place-card__details')).toHaveTextContent('All details');
    expect(card.querySelector('.place-card__close')).toHaveAttribute('aria-label', 'Close');
  });
});

describe('MapTooltip', () => {
  it('says the place with all its kinds, and is hidden from assistive technology', () => {
    const { container } = renderWithProviders(<MapTooltip place={denHaag} anchor={{ x: 10, y: 10 }} />);
    const tooltip = container.querySelector('.map-tooltip')!;
    expect(tooltip.textContent).toBe(`Den Haag — ${pand} pandgebonden en ${admin} administratieve teams`);
    expect(tooltip.getAttribute('aria-hidden')).toBe('true');
  });
});
