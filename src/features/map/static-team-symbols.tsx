// The team symbols of the SVG map: the same layers as the WebGL map's canvas icons (team-icons.ts), and finding the
// symbol under a click.
import type { MouseEvent } from 'react';
import { countLabel, KIND_STYLE, SYMBOL, shapePathAt } from '../../components/kind-style';
import type { PlaceCluster } from '../../domain/place-clusters';
import { TEAM_KINDS } from '../../domain/team-kinds';

/** A symbol on the picture: one place, or (with many teams) a cluster of places of one kind. */
export interface PlacedSymbol {
  cluster: PlaceCluster;
  /** Its centre in drawing units, beside the other kinds at its point. */
  x: number;
  y: number;
}

/**
 * The layers of the WebGL map's canvas icons (team-icons.ts): ring when selected, outline, white edge, colour,
 * count. All symbols of a kind share one path per layer, so that thousands of teams stay cheap to draw.
 */
export function TeamSymbols({
  symbols,
  scale,
  selectedPlaceKeys,
  answersFirstTaps = false,
}: {
  symbols: PlacedSymbol[];
  scale: number;
  selectedPlaceKeys: readonly string[];
  /** The first view in index.html (first-view-taps.ts): every symbol's ring is drawn, hidden, and says where it is. */
  answersFirstTaps?: boolean;
}) {
  // A cluster is ringed when one of its places is chosen.
  const chosen = new Set(selectedPlaceKeys);
  const selected =
    chosen.size === 0 ? [] : symbols.filter((s) => s.cluster.places.some((place) => chosen.has(place.key)));
  const ringed = answersFirstTaps ? symbols : selected;
  const counted = symbols.filter((s) => s.cluster.teams > 1);
  return (
    <g className="static-map__teams">
      {ringed.map(({ cluster, x, y }) => (
        <circle
          key={cluster.key}
          cx={x}
          cy={y}
          r={SYMBOL.ring.radius * scale}
          fill={SYMBOL.light}
          stroke={SYMBOL.dark}
          strokeWidth={SYMBOL.ring.width * scale}
          {...(answersFirstTaps
            ? { 'data-ring': cluster.key, 'data-at': `${x},${y}`, visibility: 'hidden' }
            : { 'data-selected-place': cluster.key })}
        />
      ))}
      {TEAM_KINDS.map((kind) => {
        const ofKind = symbols.filter((s) => s.cluster.kind === kind);
        if (ofKind.length === 0) return null;
        const { colour, shape } = KIND_STYLE[kind];
        const path = (r: number) => ofKind.map(({ x, y }) => shapePathAt(shape, r * scale, x, y)).join('');
        return (
          <g
            key={kind}
            data-kind={kind}
            data-places={ofKind.map((s) => s.cluster.key).join(' ')}
            data-teams={ofKind.map((s) => s.cluster.teams).join(' ')}
          >
            <path d={path(SYMBOL.outline)} fill={SYMBOL.dark} />
            <path d={path(SYMBOL.edge)} fill={SYMBOL.light} />
            <path d={path(SYMBOL.fill)} fill={colour} />
          </g>
        );
      })}
      <g fill={SYMBOL.light} fontWeight="bold" textAnchor="middle" dominantBaseline="middle">
        {counted.map(({ cluster, x, y }) => {
          const count = cluster.teams;
          return (
            <text
              key={cluster.key}
              x={x}
              y={round(y + SYMBOL.countOffset * scale)}
              fontSize={round(SYMBOL.countSize(count) * scale)}
            >
              {countLabel(count)}
            </text>
          );
        })}
      </g>
    </g>
  );
}

/** The symbol nearest to a click on `svg`, if the click is within `radius` drawing units of it. */
export function symbolAt(
  svg: SVGSVGElement | null,
  symbols: readonly PlacedSymbol[],
  event: MouseEvent,
  radius: number,
): PlacedSymbol | null {
  const matrix = svg?.getScreenCTM?.();
  if (!matrix) return null;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return nearestSymbol(symbols, point.x, point.y, radius);
}

/** The symbol nearest to (x, y) within `radius`, or null. */
export function nearestSymbol<S extends { x: number; y: number }>(
  symbols: readonly S[],
  x: number,
  y: number,
  radius: number,
): S | null {
  let best: S | null = null;
  let bestDistance = radius;
  for (const symbol of symbols) {
    const distance = Math.hypot(symbol.x - x, symbol.y - y);
    if (distance <= bestDistance) {
      best = symbol;
      bestDistance = distance;
    }
  }
  return best;
}

/** Coordinates to a tenth of a drawing unit: enough on screen, and a much shorter path. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
