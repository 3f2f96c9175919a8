// A job chart's tooltip: one line of a fixed height, which the chart centres on the bar's own row (jobs-chart.tsx)
// so that it never covers the next bar.
import { useChartWidth, usePlotArea, type TooltipContentProps } from 'recharts';

/** The tooltip's height in px (one line of 16 px, padding and border: figures.css). */
export const TOOLTIP_HEIGHT = 24;

interface JobsTooltipProps extends Partial<Pick<TooltipContentProps, 'active' | 'payload'>> {
  format: (value: number) => string;
}

export function JobsTooltip({ active, payload, format }: JobsTooltipProps) {
  const chartWidth = useChartWidth();
  const plot = usePlotArea();
  const row = payload?.[0]?.payload as { label: string; value: number } | undefined;
  if (!active || !row) return null;
  // Recharts keeps the tooltip right of the labels; wider than the room left there, the name ends in "…".
  const maxWidth = chartWidth && plot ? chartWidth - plot.x : undefined;
  return (
    <div className="jobs-chart__tooltip" style={{ height: TOOLTIP_HEIGHT, maxWidth }}>
      <span className="jobs-chart__tooltip-label">{row.label}</span>: <strong>{format(row.value)}</strong>
    </div>
  );
}
