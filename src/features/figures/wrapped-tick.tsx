// A category-axis label that wraps long names (ministries) over lines instead of cutting them off.
import { colour } from '../../styles/tokens';
import { wrapText } from '../../lib/wrap-text';

interface WrappedTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  maxChars: number;
  /** The label of a chosen bar, drawn bold beside the bar's mark (jobs-bar.tsx). */
  chosen?: boolean;
}

const LINE_HEIGHT = 13;

export function WrappedTick({ x = 0, y = 0, payload, maxChars, chosen = false }: WrappedTickProps) {
  // Bold letters are wider: a chosen label wraps sooner, so that it is not cut off at the chart's left edge.
  const lines = wrapText(String(payload?.value ?? ''), chosen ? Math.floor(maxChars * 0.85) : maxChars);
  const top = -((lines.length - 1) * LINE_HEIGHT) / 2;
  // Hidden from screen readers: the chart's table, or the bar's button, names the label.
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      textAnchor="end"
      fill={colour.text}
      fontSize={12}
      fontWeight={chosen ? 700 : undefined}
      aria-hidden="true"
    >
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x) - 4} dy={index === 0 ? top + 4 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
