import { describe, expect, it } from 'vitest';
import { zoomsToChoice, type MapGesture } from './map-gesture';

const plus: MapGesture = { type: 'zoom', by: 1, around: null };

describe('zoomsToChoice', () => {
  it('takes the "+" button with something chosen to the choice', () => {
    expect(zoomsToChoice(plus, true)).toBe(true);
  });

  it('does what the visitor did otherwise: nothing chosen, "−", a zoom at the pointer, a drag', () => {
    expect(zoomsToChoice(plus, false)).toBe(false);
    expect(zoomsToChoice({ ...plus, by: -1 }, true)).toBe(false);
    expect(zoomsToChoice({ ...plus, around: { x: 10, y: 20 } }, true)).toBe(false);
    expect(zoomsToChoice({ type: 'pan', x: 5, y: 0 }, true)).toBe(false);
    expect(zoomsToChoice(null, true)).toBe(false);
  });
});
