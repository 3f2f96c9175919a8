// Types for polylabel 2 (it ships none): the pole of inaccessibility of a polygon given as rings of [x, y].
declare module 'polylabel' {
  export default function polylabel(
    polygon: readonly (readonly (readonly [number, number])[])[],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
