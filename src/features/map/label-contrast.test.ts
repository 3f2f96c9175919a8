// WCAG 2.1 AA 1.4.3 for the names on the map: each text colour on its halo, and the halo itself
// against every map colour it can stand on (a thin halo lets the background show at the letters' edges).
import { describe, expect, it } from 'vitest';
import { SYMBOL } from '../../components/kind-style';
import { contrastRatio } from '../../lib/contrast';
import { COLOURS, MAP_SURFACES } from './map-look';

describe('contrast of the names on the map', () => {
  const texts = { place: COLOURS.label, province: COLOURS.provinceLabel, town: COLOURS.townLabel };
  const backgrounds = {
    halo: COLOURS.labelHalo,
    ...MAP_SURFACES,
  };

  it.each(
    Object.entries(texts).flatMap(([text, colour]) =>
      Object.entries(backgrounds).map(([name, background]) => [text, colour, name, background] as const),
    ),
  )('%s names (%s) on the %s are at least 4.5:1', (_text, colour, _name, background) => {
    expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('team place names differ from the symbols’ dark outline, so tests can tell them apart on the canvas', () => {
    expect(COLOURS.label).not.toBe(SYMBOL.dark);
  });
});
