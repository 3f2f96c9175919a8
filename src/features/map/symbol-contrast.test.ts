// WCAG 2.1 AA for map symbols (1.4.11 non-text contrast, 3:1) and the count on them (1.4.3 text, 4.5:1),
// measured on the colours the map really uses.
import { describe, expect, it } from 'vitest';
import { KIND_STYLE } from '../../components/kind-style';
import { TEAM_KINDS } from '../../domain/team-kinds';
import { contrastRatio } from '../../lib/contrast';
import { MAP_SURFACES } from './map-look';

describe('contrast of the team symbols', () => {
  const backgrounds = MAP_SURFACES;

  it.each(
    TEAM_KINDS.flatMap((kind) => Object.entries(backgrounds).map(([name, colour]) => [kind, name, colour] as const)),
  )('%s against the %s is at least 3:1', (kind, _name, background) => {
    expect(contrastRatio(KIND_STYLE[kind].colour, background)).toBeGreaterThanOrEqual(3);
  });

  it.each(TEAM_KINDS)('the white count on a %s symbol is at least 4.5:1', (kind) => {
    expect(contrastRatio('#ffffff', KIND_STYLE[kind].colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes the WCAG ratio (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
