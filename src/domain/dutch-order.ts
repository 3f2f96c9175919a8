// Dutch alphabetical order without a collator: the letters without their accents and case first, then the accents,
// then the case. An `Intl.Collator('nl')` (and `localeCompare`, which makes one per call) loads ICU's collation data when
// first made: about 90 ms on a 4x-throttled phone, in the middle of the app's start, for twelve province names. For
// the names we sort (provinces, places, teams) this order is the collator's (tested against it).
const folded = new Map<string, string>();

/** Lower case, accents taken off (é → e, ë → e): the letters a Dutch reader sorts by. */
function fold(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    key = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    folded.set(text, key);
  }
  return key;
}

/** By the text's code units, as written: for keys and codes, and to break ties. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const order = compareCodeUnits;
/** Lower case before upper case, as the collator has it ("ede" before "Ede"). */
const swapCase = (text: string) =>
  [...text].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

/** As the collator: the letters, then the accents, then the case. */
export function compareDutch(a: string, b: string): number {
  if (a === b) return 0;
  return order(fold(a), fold(b)) || order(a.toLowerCase(), b.toLowerCase()) || order(swapCase(a), swapCase(b));
}
