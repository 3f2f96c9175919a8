// A team as a button: its kind's symbol and its label; the accessible name also says the kind.
import type { Team } from '../data/teams-file';
import type { Selection } from '../domain/selection';
import { ChoiceButton } from './choice-button';
import { KindSymbol } from './kind-symbol';

interface TeamButtonProps {
  team: Team;
  label: string;
  kindName: string;
  current?: boolean;
  /** Extra text after the label, also in the accessible name (a distance such as "9,3 km"). */
  detail?: string;
  className?: string;
  /** What a click chooses: the team, or the place it shares with others. */
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

export function TeamButton({
  team,
  label,
  kindName,
  current,
  detail,
  className,
  selection,
  onSelect,
}: TeamButtonProps) {
  return (
    <ChoiceButton
      className={className}
      aria-label={detail ? `${label}, ${kindName}, ${detail}` : `${label}, ${kindName}`}
      aria-current={current ? 'true' : undefined}
      selection={selection}
      onSelect={onSelect}
    >
      <KindSymbol kind={team.kind} size={16} />
      <span>{label}</span>
      {detail && <span className="team-button__detail">{detail}</span>}
    </ChoiceButton>
  );
}
