// A category-axis label that wraps long names (ministries) over lines instead of cutting them off.
import { colour } from '../../styles/tokens';
import { wrapText } from '../../lib/wrap-text';

interface WrappedTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  maxChars: number;
}

const LINE_HEIGHT = 13;

export function WrappedTick({ x = 0, y = 0, payload, maxChars }: WrappedTickProps) {
  const lines = wrapText(String(payload?.value ?? ''), maxChars);
  const top = -((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fill={colour.text} fontSize={12}>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x) - 4} dy={index === 0 ? top + 4 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
