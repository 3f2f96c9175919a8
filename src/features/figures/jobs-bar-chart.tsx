// The bars of a job chart (recharts), drawn anew only for new rows: choosing a bar changes its mark and button
// through BarChoicesContext, so that recharts keeps its bar elements and the bar with the keyboard's focus keeps it.
import { createContext, memo, useContext } from 'react';
import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { useIntl } from '../../i18n/language';
import { chartColour } from '../../styles/tokens';
import { CHOSEN_MARK, JobsBar, type BarChoice } from './jobs-bar';
import { JobsTooltip, TOOLTIP_HEIGHT } from './jobs-tooltip';
import { WrappedTick } from './wrapped-tick';

export interface BarRow {
  label: string;
  value: number;
  colour: string;
}

/** Which bars are buttons and which are chosen, by label. */
export interface BarChoices {
  choiceOf: (label: string) => BarChoice | undefined;
  isChosen: (label: string) => boolean;
}

export const BarChoicesContext = createContext<BarChoices>({ choiceOf: () => undefined, isChosen: () => false });

interface JobsBarChartProps {
  /** The same array for the same rows (recharts draws new bars for new data). */
  rows: readonly BarRow[];
  decimals: number;
  /** Width reserved for the category labels, in px. */
  labelWidth: number;
  height: number;
}

export const JobsBarChart = memo(function JobsBarChart({ rows, decimals, labelWidth, height }: JobsBarChartProps) {
  const { number } = useIntl();
  const format = (value: number) => number(value, decimals);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
      <BarChart
        data={rows as BarRow[]}
        layout="vertical"
        margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          interval={0}
          tickLine={false}
          tick={(props: object) => (
            <ChosenTick {...(props as Parameters<typeof WrappedTick>[0])} maxChars={Math.floor(labelWidth / 7)} />
          )}
        />
        {/* Centred on the row under the pointer (the tooltip's y is the row's middle plus the offset) and beside the
            pointer: within its own row, never over the next bar. */}
        <Tooltip
          cursor={{ fill: chartColour.cursor }}
          offset={{ x: 12, y: -TOOLTIP_HEIGHT / 2 }}
          isAnimationActive={false}
          content={<JobsTooltip format={format} />}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          minPointSize={2}
          shape={(bar: BarShapeProps) => <ChoosableBar {...bar} />}
        >
          <LabelList
            dataKey="value"
            position="right"
            offset={CHOSEN_MARK.gap + CHOSEN_MARK.width + 4}
            formatter={(value: unknown) => format(Number(value))}
            className="jobs-chart__value"
            aria-hidden="true"
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
});

function ChoosableBar(bar: BarShapeProps) {
  const { choiceOf } = useContext(BarChoicesContext);
  const row = bar.payload as BarRow;
  return (
    <JobsBar
      x={bar.x}
      y={bar.y}
      width={bar.width}
      height={bar.height}
      fill={row.colour}
      row={rowBox(bar.background)}
      choice={choiceOf(row.label)}
    />
  );
}

function ChosenTick(props: Parameters<typeof WrappedTick>[0]) {
  const { isChosen } = useContext(BarChoicesContext);
  return <WrappedTick {...props} chosen={isChosen(String(props.payload?.value ?? ''))} />;
}

/** Recharts' background box of a bar: its whole row across the plot. */
function rowBox(background: BarShapeProps['background']) {
  if (background?.x == null || background.y == null) return undefined;
  return { x: background.x, y: background.y, width: background.width, height: background.height };
}
