import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realProvincesFile, realTeamsFile, realWaterFile } from '../../../tests/fixtures/public-files';
import { placeGroups } from '../../domain/team-places';
import { StaticTeamMap } from './static-team-map';

const provinces = realProvincesFile().features;
const water = realWaterFile().features;
const groups = placeGroups(realTeamsFile().teams);

describe('StaticTeamMap', () => {
  it('draws every province, the lakes and one symbol per place and kind', () => {
    const { container } = render(<StaticTeamMap provinces={provinces} water={water} groups={groups} />);
    expect(container.querySelectorAll('[data-province]')).toHaveLength(12);
    expect(container.querySelectorAll('[data-place]')).toHaveLength(32);
    expect(container.querySelector('[data-place="den-haag-pandgebonden"] text')).toHaveTextContent('9');
    // A stand-in for the real map: hidden from assistive technology unless it is given a name.
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('is an image with a name and description when it replaces the map', () => {
    render(<StaticTeamMap provinces={provinces} water={water} groups={groups} label="Kaart van Nederland" describedBy="summary" />);
    const image = screen.getByRole('img', { name: 'Kaart van Nederland' });
    expect(image).toHaveAttribute('aria-describedby', 'summary');
  });

  it('shows only the chosen kinds, marks the selected province and place, and the searched place', () => {
    const { container } = render(
      <StaticTeamMap
        provinces={provinces}
        water={water}
        groups={groups}
        visibleKinds={['administratief']}
        highlightedProvince="NL-GE"
        selectedPlaceKeys={['zutphen-administratief']}
        placeMarker={[5.39, 52.16]}
      />,
    );
    const kinds = [...container.querySelectorAll('[data-place]')].map((g) => g.getAttribute('data-kind'));
    expect(kinds).toEqual(['administratief', 'administratief', 'administratief']);
    expect(container.querySelector('[data-province="NL-GE"]')).toHaveAttribute('fill', '#fde7a3');
    expect(container.querySelector('[data-province="NL-UT"]')).not.toHaveAttribute('fill');
    expect(container.querySelector('[data-place="zutphen-administratief"] circle')).toBeInTheDocument();
    expect(container.querySelector('[data-place="zwolle-administratief"] circle')).toBeNull();
    expect(container.querySelector('svg > circle')).toHaveAttribute('fill', '#6a1b9a');
  });

  it('reports clicks on provinces and symbols', async () => {
    const onProvinceClick = vi.fn();
    const onPlaceClick = vi.fn();
    const { container } = render(
      <StaticTeamMap provinces={provinces} water={water} groups={groups} onProvinceClick={onProvinceClick} onPlaceClick={onPlaceClick} />,
    );
    await userEvent.click(container.querySelector('[data-province="NL-ZE"]')!);
    await userEvent.click(container.querySelector('[data-place="jubbega-natuurbeheer"]')!);
    expect(onProvinceClick).toHaveBeenCalledWith('NL-ZE');
    expect(onPlaceClick).toHaveBeenCalledWith('jubbega-natuurbeheer');
  });
});
