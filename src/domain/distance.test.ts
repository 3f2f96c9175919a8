import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

describe('distanceKm (great circle)', () => {
  it('gives 111.195 km for one degree of latitude', () => {
    expect(distanceKm([5, 52], [5, 53])).toBeCloseTo(111.195, 3);
  });

  it('gives about 20 km from Amersfoort to Utrecht (19.5 km as the crow flies)', () => {
    const amersfoort = [5.3875, 52.155] as const;
    const utrecht = [5.1214, 52.0907] as const;
    expect(distanceKm(amersfoort, utrecht)).toBeCloseTo(19.52, 1);
    expect(Math.abs(distanceKm(amersfoort, utrecht) - 20)).toBeLessThan(1);
  });

  it('matches the published Paris–London great-circle distance of about 343.5 km', () => {
    expect(distanceKm([2.3522, 48.8566], [-0.1276, 51.5072])).toBeCloseTo(343.5, 0);
  });

  it('is symmetric and zero for the same point', () => {
    const a = [6.5665, 53.2194] as const;
    const b = [5.9667, 50.7833] as const;
    expect(distanceKm(a, b)).toBe(distanceKm(b, a));
    expect(distanceKm(a, a)).toBe(0);
  });

  it('shrinks a degree of longitude with latitude (cos 52° ≈ 0.616)', () => {
    expect(distanceKm([5, 52], [6, 52]) / distanceKm([5, 0], [6, 0])).toBeCloseTo(Math.cos((52 * Math.PI) / 180), 3);
  });
});
