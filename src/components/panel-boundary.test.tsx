import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PanelBoundary } from './panel-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('Invalid LngLat object: (NaN, NaN)');
  return <p>Kaart</p>;
}

describe('PanelBoundary', () => {
  it('shows the crash of one part as a message, leaves its siblings, and retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <PanelBoundary message="De kaart liep vast." retryLabel="Opnieuw proberen">
          <Fragile />
        </PanelBoundary>
        <p>Lijst met teams</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('De kaart liep vast.Invalid LngLat object: (NaN, NaN)');
    expect(screen.getByText('Lijst met teams')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(screen.getByText('Kaart')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
