// A text field from a data file: not empty, and without the invisible controls that change what is shown.
import { z } from './zod';
import { lazySchema } from './lazy-schema';

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): `\u202EAlmere` would read
 * "eremlA". No place or team name needs them, so a file that has them is refused with a message, not shown changed.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Whether `dataText` accepts `value`, without zod. */
export const isDataText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && !BIDI_CONTROLS.test(value);

export const dataText = lazySchema(() =>
  z.string().check(
    z.minLength(1),
    z.refine(
      (value) => !BIDI_CONTROLS.test(value),
      'bevat onzichtbare tekens die de leesrichting omkeren (U+202A–U+202E of U+2066–U+2069): haal ze weg',
    ),
  ),
);
