// Typed or loaded text repeated in a message: enough to recognise it, not a whole pasted paragraph.

/** `text` cut to at most `max` characters (whole code points, so no emoji is split), with "…" where it was cut. */
export function shortened(text: string, max = 40): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}
