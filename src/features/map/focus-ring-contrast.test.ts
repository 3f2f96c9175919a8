// WCAG 2.4.7 / 2.4.11 for the keyboard's ring round a place on the map (map-keyboard.tsx, map.css): the accent ring
// or its yellow halo stands out at least 3:1 against everything the map draws beside it.
import { describe, expect, it } from 'vitest';
import { KIND_STYLE, SYMBOL } from '../../components/kind-style';
import { TEAM_KINDS } from '../../domain/team-kinds';
import { contrastRatio } from '../../lib/contrast';
import { colour } from '../../styles/tokens';
import { MAP_SURFACES } from './map-look';

describe('contrast of the keyboard focus ring on the map', () => {
  const surroundings = {
    ...MAP_SURFACES,
    "a symbol's outline": SYMBOL.dark,
    "a symbol's edge": SYMBOL.light,
    ...Object.fromEntries(TEAM_KINDS.map((kind) => [`a ${kind} symbol`, KIND_STYLE[kind].colour])),
  };

  it.each(Object.entries(surroundings))('stands out against %s', (_name, background) => {
    const best = Math.max(contrastRatio(colour.accent, background), contrastRatio(colour.focus, background));
    expect(best).toBeGreaterThanOrEqual(3);
  });
});
