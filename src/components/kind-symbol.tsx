// A small inline SVG of a team kind's map symbol, for the legend and the team list.
import type { TeamKind } from '../domain/team-kinds';
import { KIND_STYLE, SYMBOL, shapePath } from './kind-style';

export function KindSymbol({ kind, size = 18 }: { kind: TeamKind; size?: number }) {
  const { colour, shape } = KIND_STYLE[kind];
  return (
    <svg
      width={size}
      height={size}
      viewBox="-12 -12 24 24"
      aria-hidden="true"
      focusable="false"
      className="kind-symbol"
    >
      <path d={shapePath(shape, 9)} fill={colour} stroke={SYMBOL.light} strokeWidth={2} />
      <path d={shapePath(shape, 10.5)} fill="none" stroke={SYMBOL.dark} strokeWidth={1} />
    </svg>
  );
}
