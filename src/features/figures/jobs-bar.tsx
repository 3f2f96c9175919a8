// One bar of a job chart; where the bars choose a kind of team for the map, a toggle button whose whole row is the
// target, with a mark round the bar while its kind is shown on the map.
import type { KeyboardEvent } from 'react';
import { Rectangle } from 'recharts';
import { colour } from '../../styles/tokens';

export interface BarChoice {
  /** The button's name: label, jobs and what the map shows for it. */
  name: string;
  /** `aria-pressed`; left out for a bar that switches nothing (its work type has no team on the map). */
  pressed: boolean | undefined;
  onChoose: () => void;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface JobsBarProps extends Box {
  fill: string;
  /** The bar's whole row (recharts' background box): the click target and the frame of the keyboard focus. */
  row?: Box;
  choice?: BarChoice;
}

/**
 * The chosen mark: a dark line this far outside the bar and this wide (svg px), on the panel's surface; its
 * contrast, with what it is drawn on, is checked in chosen-mark-contrast.test.ts.
 */
export const CHOSEN_MARK = { colour: colour.text, gap: 2, width: 2.5 } as const;

export function JobsBar({ x, y, width, height, fill, row, choice }: JobsBarProps) {
  const bar = <Rectangle x={x} y={y} width={width} height={height} fill={fill} />;
  if (!choice) return bar;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault(); // Space would scroll the page
    choice.onChoose();
  };
  const target = row ?? { x, y, width, height };
  const outset = CHOSEN_MARK.gap + CHOSEN_MARK.width / 2;
  return (
    <g
      className="jobs-bar"
      role="button"
      tabIndex={0}
      aria-label={choice.name}
      aria-pressed={choice.pressed}
      onClick={choice.onChoose}
      onKeyDown={onKeyDown}
    >
      <rect className="jobs-bar__target" {...target} fill="transparent" />
      {bar}
      {choice.pressed && (
        <rect
          className="jobs-bar__chosen"
          x={x - outset}
          y={y - outset}
          width={width + 2 * outset}
          height={height + 2 * outset}
          fill="none"
          stroke={CHOSEN_MARK.colour}
          strokeWidth={CHOSEN_MARK.width}
        />
      )}
      <rect className="jobs-bar__focus" {...target} fill="none" />
    </g>
  );
}
