// Where a team symbol is on screen, as the map reports it to the page: for the hover tooltip and the tap card.

/** A symbol's centre in viewport (client) pixels. */
export interface ClientPoint {
  x: number;
  y: number;
}

export interface SymbolHit extends ClientPoint {
  /** The symbol's place-and-kind key (PlaceGroup.key). */
  key: string;
  /** Chosen by a finger (touch), not a mouse or pen. */
  touch: boolean;
}
