import { describe, expect, it } from 'vitest';
import { shortened } from './shortened';

describe('shortened', () => {
  it('keeps a short text as it is', () => {
    expect(shortened('Amersfoort')).toBe('Amersfoort');
    expect(shortened('a'.repeat(40))).toBe('a'.repeat(40));
  });

  it('cuts a long text to the maximum, ending in an ellipsis, without splitting an emoji', () => {
    expect(shortened('a'.repeat(200))).toBe(`${'a'.repeat(39)}…`);
    expect(shortened('🌳'.repeat(50), 5)).toBe('🌳🌳🌳🌳…');
  });
});
