// WCAG 1.4.11 for the mark round a chosen bar (jobs-bar.tsx) and the keyboard's frame round a bar's row: each
// stands out at least 3:1 against what it is drawn on, the panel's surface and the band under the pointer.
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../lib/contrast';
import { chartColour, colour } from '../../styles/tokens';
import { CHOSEN_MARK } from './jobs-bar';

/** An rgba(r, g, b, a) colour laid over an opaque #rrggbb one, as #rrggbb. */
function over(rgba: string, base: string): string {
  const [r, g, b, a] = rgba.match(/[\d.]+/g)!.map(Number) as [number, number, number, number];
  const channels = [r, g, b].map((c, i) => {
    const under = parseInt(base.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(c * a + under * (1 - a));
  });
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

describe('contrast of the marks on the job charts', () => {
  const surroundings = {
    "the panel's surface": colour.surface,
    'the band under the pointer': over(chartColour.cursor, colour.surface),
  };

  it.each(Object.entries(surroundings))('the chosen mark stands out against %s', (_name, background) => {
    expect(contrastRatio(CHOSEN_MARK.colour, background)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(surroundings))("the keyboard's frame stands out against %s", (_name, background) => {
    expect(contrastRatio(colour.accent, background)).toBeGreaterThanOrEqual(3);
  });
});
